import Foundation
@testable import StrategyKit
import XCTest

/// Pictures in prose: read and checked with the workspace, shown by every writer, compared by
/// the version diff.
final class ProseImageTests: XCTestCase {
    private func demo() throws -> URL {
        let root = try TestWorkspace.temporaryFolder()
        let workspace = root.appendingPathComponent("strategy")
        try FileManager.default.copyItem(at: TestWorkspace.fixture("prose-demo"), to: workspace)
        return workspace
    }

    private func render(_ workspace: URL, _ formats: [Workspace.Format]) throws -> [RenderedFile] {
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        return try Workspace.render(
            strategy, templates: opened.templates, languages: [Language("en")], formats: formats)
    }

    // MARK: Loading and checking

    func testDemo_loadsEveryPictureWithItsSize() throws {
        let opened = Workspace.open(try demo())
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        let images = try XCTUnwrap(opened.strategy?.images)
        XCTAssertEqual(images.keys.sorted(), [
            "images/logo.svg", "images/photo.jpg", "prose/en/images/oblasts.png", "prose/ru/images/oblasts.png",
        ])
        XCTAssertEqual(images["prose/en/images/oblasts.png"].map { [$0.width, $0.height] }, [480, 240])
        XCTAssertEqual(images["images/photo.jpg"].map { [$0.width, $0.height] }, [340, 240])
        XCTAssertEqual(images["images/logo.svg"].map { [$0.width, $0.height] }, [240, 80])
        XCTAssertEqual(images["images/photo.jpg"]?.format, .jpeg)
    }

    func testCheck_reportsMissingWrongTypeAndOutsideAtTheProsePosition() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let outside = workspace.deletingLastPathComponent().appendingPathComponent("secret.png")
        try Data(contentsOf: TestWorkspace.fixture("prose-demo/prose/en/images/oblasts.png")).write(to: outside)
        try TestWorkspace.write(workspace, "prose/en/notes.txt.png", "not a picture")
        try TestWorkspace.write(workspace, "prose/en/table.csv", "a,b")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.appendingPathComponent("prose/en/link.png").path, withDestinationPath: outside.path)
        try TestWorkspace.write(workspace, "prose/en/situation.md", """
            Intro ![gone](images/gone.png)
            ![text](notes.txt.png) and ![sheet](table.csv)
            ![up](../../../secret.png)
              ![web](https://example.org/a.png) ![link](link.png)
            ```
            ![in code](not-checked.png)
            ```
            """)
        let lines = TestWorkspace.diagnostics(workspace).filter { $0.hasPrefix("prose/en/situation.md") }
        XCTAssertEqual(lines, [
            "prose/en/situation.md:1:15: error: image 'images/gone.png' does not exist (looked for prose/en/images/gone.png) [prose.image-missing]",
            "prose/en/situation.md:2:9: error: image 'notes.txt.png' is not a readable PNG file [prose.image-type]",
            "prose/en/situation.md:2:37: error: image 'table.csv' is not a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg) [prose.image-type]",
            "prose/en/situation.md:3:7: error: image '../../../secret.png' is not a file inside the workspace [prose.image-outside]",
            "prose/en/situation.md:4:10: error: image 'https://example.org/a.png' is not a file inside the workspace [prose.image-outside]",
            "prose/en/situation.md:4:45: error: image 'link.png' leads outside the workspace through a symbolic link [prose.image-outside]",
        ])
    }

    func testWorkspacePath_resolvesInsideTheWorkspaceOnly() {
        XCTAssertEqual(WorkspaceFiles.workspacePath("images/a.png", from: "prose/en"), "prose/en/images/a.png")
        XCTAssertEqual(WorkspaceFiles.workspacePath("./a%20b.png", from: "prose/en"), "prose/en/a b.png")
        XCTAssertEqual(WorkspaceFiles.workspacePath("../../logo.svg", from: "prose/en"), "logo.svg")
        XCTAssertNil(WorkspaceFiles.workspacePath("../../../logo.svg", from: "prose/en"))
        XCTAssertNil(WorkspaceFiles.workspacePath("/etc/logo.svg", from: "prose/en"))
        XCTAssertNil(WorkspaceFiles.workspacePath("file:logo.svg", from: "prose/en"))
        XCTAssertNil(WorkspaceFiles.workspacePath("C:\\logo.svg", from: "prose/en"))
        XCTAssertNil(WorkspaceFiles.workspacePath("../..", from: "prose/en"))
    }

    // MARK: Writers

    func testHTML_embedsEveryPictureAsADataURI() throws {
        let files = try render(try demo(), [.html])
        let html = String(decoding: try XCTUnwrap(files.first { $0.path == "en/strategy.html" }).data, as: UTF8.self)
        let png = try Data(contentsOf: TestWorkspace.fixture("prose-demo/prose/en/images/oblasts.png"))
        XCTAssertTrue(html.contains("<img src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"Map of the oblasts\""
            + " title=\"Seven oblasts, one colour each\" width=\"480\" height=\"240\" />"))
        XCTAssertTrue(html.contains("data:image/svg+xml;base64,"))
        XCTAssertTrue(html.contains("data:image/jpeg;base64,"))
        XCTAssertTrue(html.contains("<ol start=\"3\">\n<li>Talas</li>"))
        XCTAssertFalse(files.contains { $0.path.contains("media/") }, "HTML alone needs no copies")
    }

    func testDOCX_placesPicturesWithPartsRelationshipsAndAltText() throws {
        let files = try render(try demo(), [.docx])
        let entries = try ZIPReader.read(try XCTUnwrap(files.first { $0.path == "en/strategy.docx" }).data)
        func part(_ path: String) throws -> String {
            String(decoding: try XCTUnwrap(entries.first { $0.path == path }).data, as: UTF8.self)
        }
        XCTAssertEqual(entries.map(\.path).filter { $0.hasPrefix("word/media/") },
                       ["word/media/image1.png", "word/media/image2.svg", "word/media/image3.jpeg"])
        let png = try Data(contentsOf: TestWorkspace.fixture("prose-demo/prose/en/images/oblasts.png"))
        XCTAssertEqual(entries.first { $0.path == "word/media/image1.png" }?.data, png)
        let types = try part("[Content_Types].xml")
        XCTAssertTrue(types.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        XCTAssertTrue(types.contains("<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"))
        let relationships = try part("word/_rels/document.xml.rels")
        XCTAssertTrue(relationships.contains(
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\""))
        let body = try part("word/document.xml")
        // 480 × 240 px at 96 dpi is 4,572,000 × 2,286,000 EMU: narrower than the text, kept.
        XCTAssertTrue(body.contains("<wp:extent cx=\"4572000\" cy=\"2286000\"/>"))
        XCTAssertTrue(body.contains("<wp:docPr id=\"1\" name=\"Picture 1\" descr=\"Map of the oblasts\" title=\"Seven oblasts, one colour each\"/>"))
        XCTAssertTrue(body.contains("<asvg:svgBlip"))
        XCTAssertTrue(body.contains("<w:pStyle w:val=\"HTMLPreformatted\"/>"))
        XCTAssertTrue(body.contains("<w:t xml:space=\"preserve\">    (indentation kept)</w:t>"))
        XCTAssertTrue(try part("word/numbering.xml").contains("<w:startOverride w:val=\"3\"/>"))
    }

    func testDOCX_widePictureIsScaledToTheTextWidthKeepingItsShape() {
        let wide = DocumentImage(data: Data(), format: .png, width: 2000, height: 500)
        let (width, height) = DOCXRuns.extent(of: wide)
        XCTAssertEqual(width, DOCXSection.textWidth(.portrait) * DOCXRuns.emuPerTwip)
        XCTAssertEqual(Double(height), Double(width) / 4, accuracy: 1)
    }

    func testMarkdown_linksACopyBesideTheExport() throws {
        let files = try render(try demo(), [.md])
        XCTAssertEqual(files.map(\.path), [
            "en/media/images/logo.svg", "en/media/images/photo.jpg", "en/media/prose/en/images/oblasts.png",
            "en/strategy.md",
        ])
        let markdown = String(decoding: try XCTUnwrap(files.last).data, as: UTF8.self)
        XCTAssertTrue(markdown.contains("![Map of the oblasts](media/prose/en/images/oblasts.png \"Seven oblasts, one colour each\")"))
        XCTAssertTrue(markdown.contains("![Coalition logo](media/images/logo.svg) ![A meeting in Osh](media/images/photo.jpg)"))
        XCTAssertTrue(markdown.contains("3. Talas\n4. Jalal-Abad"))
        XCTAssertTrue(markdown.contains("```sh\nstrategy check --strict\n"))
        let png = try Data(contentsOf: TestWorkspace.fixture("prose-demo/prose/en/images/oblasts.png"))
        XCTAssertEqual(files.first { $0.path == "en/media/prose/en/images/oblasts.png" }?.data, png)
    }

    // MARK: Versions

    func testDiff_aChangedPictureIsAChange() throws {
        let workspace = try demo()
        let before = try XCTUnwrap(Workspace.open(workspace).strategy)
        let logo = workspace.appendingPathComponent("images/logo.svg")
        let svg = try String(contentsOf: logo, encoding: .utf8)
        try svg.replacingOccurrences(of: "#edc948", with: "#e15759").write(to: logo, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("images/photo.jpg"))
        try TestWorkspace.edit(workspace, "prose/en/situation.md", replacing: " ![A meeting in Osh](../../images/photo.jpg)", with: "")
        try TestWorkspace.edit(workspace, "prose/ru/situation.md", replacing: " ![Встреча в Оше](../../images/photo.jpg)", with: "")
        let after = try XCTUnwrap(Workspace.open(workspace).strategy)
        let diff = StrategyDiff(from: before, to: after)
        XCTAssertEqual(diff.images, [
            ImageChange(path: "images/logo.svg", change: .changed),
            ImageChange(path: "images/photo.jpg", change: .removed),
        ])
        XCTAssertFalse(diff.isEmpty)
    }

    func testVersionDiff_namesTheChangedPicture() throws {
        let workspace = try demo()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft", date: VersionDiffFixture.day)
        let logo = workspace.appendingPathComponent("images/logo.svg")
        try (try String(contentsOf: logo, encoding: .utf8) + "<!-- v2 -->\n").write(to: logo, atomically: true, encoding: .utf8)
        let old = try store.load("v1")
        let now = try XCTUnwrap(Workspace.open(workspace).strategy)
        let changes = VersionChanges(since: old.version, to: nil, diff: StrategyDiff(from: old.strategy, to: now))
        let templates = try XCTUnwrap(TemplateSet.builtIn().0.languages[Language("en")])
        let text = MarkdownWriter().text(ChangesDocument(changes, templates: templates).document())
        XCTAssertTrue(text.contains("## Pictures\n\n- **changed** `images/logo.svg`\n"), text)
        XCTAssertTrue(try Data(contentsOf: store.snapshotFolder("v1").appendingPathComponent("images/logo.svg")).count > 0,
                      "the snapshot holds the picture")
    }
}
