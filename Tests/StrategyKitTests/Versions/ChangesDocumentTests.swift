import Foundation
@testable import StrategyKit
import XCTest

/// The diff of the mini fixture after the edits of ``VersionDiffFixture``, put into words in
/// both languages, as plain text and Markdown.
final class ChangesDocumentTests: XCTestCase {
    private func document(_ language: String) throws -> (Document, Labels) {
        let changes = try VersionDiffFixture.changes()
        let templates = try XCTUnwrap(TemplateSet.builtIn().0.languages[Language(language)])
        return (ChangesDocument(changes, templates: templates).document(), templates.labels)
    }

    func testText_matchesGolden() throws {
        for language in ["ru", "en"] {
            let (document, _) = try document(language)
            Golden.assert(PlainTextWriter().text(document), suite: "Versions", name: "mini-diff.\(language).txt")
        }
    }

    func testMarkdown_matchesGolden() throws {
        for language in ["ru", "en"] {
            let (document, _) = try document(language)
            Golden.assert(MarkdownWriter().text(document), suite: "Versions", name: "mini-diff.\(language).md")
        }
    }

    func testHTMLAndDOCX_comeFromTheSameDocument() throws {
        let (document, labels) = try document("en")
        let html = String(decoding: HTMLWriter().write(document, labels: labels), as: UTF8.self)
        XCTAssertTrue(html.contains("<h1 id=\"changes-since-version-v1\">Changes since version v1</h1>"), html)
        XCTAssertTrue(html.contains("Report &quot;on LSG&quot;") || html.contains("Report \"on LSG\""), html)
        let body = try XCTUnwrap(DOCXWriter().parts(of: document, labels: labels).first { $0.path == "word/document.xml" })
        let xml = String(decoding: body.data, as: UTF8.self)
        XCTAssertTrue(xml.contains("Changes since version v1"))
        XCTAssertTrue(xml.contains("Quantity:"))
    }

    func testNoChanges_saysSo() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft", date: VersionDiffFixture.day)
        let old = try store.load("v1")
        let changes = VersionChanges(
            since: old.version, to: old.version, diff: StrategyDiff(from: old.strategy, to: old.strategy))
        let templates = try XCTUnwrap(TemplateSet.builtIn().0.languages[Language("en")])
        let text = PlainTextWriter().text(ChangesDocument(changes, templates: templates).document())
        XCTAssertEqual(text, """
            Changes from version v1 to version v1
            =====================================

            Compared: version v1 of 20 November 2023 (Draft) and version v1 of 20 November 2023 (Draft).

            No changes.

            """)
    }
}
