import Foundation
@testable import StrategyKit
import XCTest

/// `changesSince` in the edition and the `{{changes.annex}}` it fills.
final class ChangesAnnexTests: XCTestCase {
    /// The edited mini workspace as edition v2 listing the changes since v1.
    private func annexWorkspace(since version: String = "v1") throws -> URL {
        let workspace = try VersionDiffFixture.editedWorkspace()
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: #""edition": {"version": "v1", "date": "2023-11-20","#,
            with: #""edition": {"version": "v2", "date": "2023-12-05", "changesSince": "\#(version)","#)
        return workspace
    }

    private func render(_ workspace: URL, _ format: Workspace.Format, _ language: String) throws -> String {
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [])
        let strategy = try XCTUnwrap(opened.strategy)
        if format == .docx {
            let templates = try XCTUnwrap(opened.templates.languages[Language(language)])
            let context = RenderContext(
                language: Language(language), templates: templates, date: strategy.edition.date,
                changes: opened.changes)
            let document = try DocumentBuilder(strategy: strategy, context: context).build()
            let part = DOCXWriter().parts(of: document, labels: templates.labels).first { $0.path == "word/document.xml" }
            return String(decoding: try XCTUnwrap(part).data, as: UTF8.self)
        }
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: [Language(language)], formats: [format],
            changes: opened.changes)
        return String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
    }

    func testAnnex_presentInEveryFormatAndLanguage_whenChangesSinceIsSet() throws {
        let workspace = try annexWorkspace()
        let headings = ["ru": "Приложение 4. Изменения с версии v1", "en": "Annex 4. Changes since version v1"]
        for (language, heading) in headings {
            let markdown = try render(workspace, .md, language)
            XCTAssertTrue(markdown.contains("\n## \(heading)\n"), markdown)
            XCTAssertTrue(markdown.contains("- [\(heading)](#"), "the annex is in the contents")
            XCTAssertTrue(try render(workspace, .html, language).contains(heading))
            XCTAssertTrue(try render(workspace, .docx, language).contains(heading))
        }
        let markdown = try render(workspace, .md, "en")
        XCTAssertTrue(markdown.contains(
            "Compared: version v1 of 20 November 2023 (Draft for the Coalition) and this edition (v2, 5 December 2023)."),
            markdown)
        XCTAssertTrue(markdown.contains("- **added** A-03 — Seminar for LSG"), markdown)
        XCTAssertTrue(markdown.contains("**Quantity:** 10 → 12"), markdown)
        let russian = try render(workspace, .md, "ru")
        XCTAssertTrue(russian.contains("Новый абзац о климатической адаптации."), russian)
    }

    func testAnnex_absentWithoutChangesSince() throws {
        let workspace = try VersionDiffFixture.editedWorkspace()
        for language in ["ru", "en"] {
            for format in Workspace.Format.allCases {
                let output = try render(workspace, format, language)
                XCTAssertFalse(output.contains("Изменения с версии") || output.contains("Changes since"), "\(format) \(language)")
            }
        }
    }

    func testChangesSince_unknownVersion_isAnErrorAtItsValue() throws {
        let workspace = try annexWorkspace(since: "v2")
        let opened = Workspace.open(workspace)
        XCTAssertNil(opened.changes)
        XCTAssertEqual(opened.diagnostics.map(\.description), [
            "strategy.json:7:70: error: edition.changesSince names version 'v2', which does not exist (versions: v1) [version.unknown]\n"
                + "    note: did you mean 'v1'?",
        ])
    }

    func testChangesSince_withoutAnyVersion_saysHowToCutOne() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: #""date": "2023-11-20","#,
            with: #""date": "2023-11-20", "changesSince": "v1","#)
        let messages = Workspace.open(workspace).diagnostics.map(\.message)
        XCTAssertEqual(messages, [
            "edition.changesSince names version 'v1', which does not exist "
                + "(the workspace has no versions yet: cut one with 'strategy version cut')",
        ])
    }

    func testRender_refusesWhenTheChangesWereNotPassed() throws {
        let workspace = try annexWorkspace()
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        XCTAssertThrowsError(try Workspace.render(
            strategy, templates: opened.templates, languages: [Language("en")], formats: [.md])) { error in
            XCTAssertEqual((error as? RenderError)?.diagnostic.code, "version.unknown")
        }
    }

    func testVersionOpened_resolvesItsChangesSinceInTheWorkspaceStore() throws {
        let workspace = try annexWorkspace()
        let store = VersionStore(workspace: workspace)
        try store.cut("v2", note: "Revised", date: CalendarDate(year: 2023, month: 12, day: 5)!)
        let opened = try store.open("v2")
        XCTAssertEqual(opened.diagnostics, [])
        XCTAssertEqual(opened.changes?.since.name, "v1")
    }
}
