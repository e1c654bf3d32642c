import Foundation
@testable import StrategyKit
import XCTest

/// An example workspace says in every document it renders, in every format, that it is an
/// illustration; a real strategy says nothing of the kind.
final class IllustrationNoticeTests: XCTestCase {
    private let notice = ["ru": "ИЛЛЮСТРАЦИЯ: учебный пример", "en": "ILLUSTRATION: a worked example"]

    private func miniWithNotice() throws -> URL {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: "\"languages\": [\"ru\", \"en\"],",
            with: "\"languages\": [\"ru\", \"en\"], \"illustration\": {\"ru\": \"\(notice["ru"]!)\", \"en\": \"\(notice["en"]!)\"},")
        return workspace
    }

    /// The text of a rendered file: Markdown and HTML as they are, DOCX as its document part,
    /// XLSX as its first sheet (the notice heads every printed page) and its properties.
    private func text(_ file: RenderedFile) throws -> String {
        if file.path.hasSuffix(".xlsx") {
            return try ZIPReader.read(file.data).filter { $0.path == "xl/worksheets/sheet1.xml" || $0.path == "docProps/core.xml" }
                .map { String(decoding: $0.data, as: UTF8.self) }.joined()
        }
        guard file.path.hasSuffix(".docx") else { return String(decoding: file.data, as: UTF8.self) }
        let part = try XCTUnwrap(try ZIPReader.read(file.data).first { $0.path == "word/document.xml" })
        return String(decoding: part.data, as: UTF8.self)
    }

    func testNotice_isInEveryDocumentAndFormat() throws {
        let opened = Workspace.open(try miniWithNotice())
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        let strategy = try XCTUnwrap(opened.strategy)
        var files = try Workspace.render(
            strategy, templates: opened.templates, languages: strategy.languages, formats: Workspace.Format.allCases)
        files += try Workspace.renderPaperwork(
            strategy, templates: opened.templates, kinds: PaperworkKind.allCases.filter { $0 != .programme },
            languages: strategy.languages, formats: Workspace.Format.allCases, records: PaperworkRecords())
        // Two languages × three document formats × the strategy and three paperwork kinds, and
        // plan.xlsx in each language.
        XCTAssertEqual(files.count, 2 * 3 * 4 + 2)
        for file in files {
            let language = String(file.path.prefix(2))
            XCTAssertTrue(try text(file).contains(try XCTUnwrap(notice[language])), file.path)
        }
    }

    func testNotice_comesRightAfterTheTitlePage() throws {
        let opened = Workspace.open(try miniWithNotice())
        let strategy = try XCTUnwrap(opened.strategy)
        let templates = try opened.templates.templates(for: Language("en"))
        let document = try DocumentBuilder(
            strategy: strategy, context: RenderContext(language: Language("en"), templates: templates, date: strategy.edition.date)
        ).build()
        guard case .titlePage = document.blocks[0], case .quote(let quote) = document.blocks[1] else {
            return XCTFail("\(document.blocks.prefix(2))")
        }
        XCTAssertEqual(quote, [.paragraph([.strong([.text(notice["en"]!)])])])
    }

    func testRealStrategy_hasNoNotice() throws {
        let opened = Workspace.open(try TestWorkspace.copyOfMiniUntracked())
        let strategy = try XCTUnwrap(opened.strategy)
        XCTAssertNil(strategy.illustration)
        let files = try Workspace.render(strategy, templates: opened.templates, languages: strategy.languages, formats: [.md])
        for file in files {
            XCTAssertFalse(try text(file).contains("ILLUSTRATION") || text(file).contains("ИЛЛЮСТРАЦИЯ"), file.path)
        }
    }

    func testNotice_missingALanguage_isATranslationError() throws {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: "\"languages\": [\"ru\", \"en\"],",
            with: "\"languages\": [\"ru\", \"en\"], \"illustration\": {\"ru\": \"Пример\"},")
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains { $0.contains("illustration") && $0.contains("[translation.missing]") },
                      "\(TestWorkspace.diagnostics(workspace))")
    }

    /// The worked example of the repository is clean and says it is an illustration.
    func testWorkedExample_isCleanAndAnIllustration() throws {
        let folder = TestWorkspace.packageRoot.appendingPathComponent("examples/consultancy-2023/strategy")
        let opened = Workspace.open(folder)
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        let strategy = try XCTUnwrap(opened.strategy)
        XCTAssertEqual(strategy.edition.version, "v3")
        XCTAssertEqual(strategy.edition.stage?.value, .final)
        for language in strategy.languages {
            let notice = try XCTUnwrap(strategy.illustration?[language])
            for name in ["strategy.md", "act-1.md", "act-2.md", "report-1.md", "report-2.md", "schedule.md", "programme.md", "comments-v1.md"] {
                let exported = try String(
                    contentsOf: folder.deletingLastPathComponent().appendingPathComponent("exports/\(language)/\(name)"),
                    encoding: .utf8)
                XCTAssertTrue(exported.contains(notice.replacingOccurrences(of: "'", with: "'")), "\(language)/\(name)")
            }
        }
        XCTAssertEqual(VersionStore(workspace: folder).list().versions.map(\.name), ["v1", "v2", "v3"])
    }
}
