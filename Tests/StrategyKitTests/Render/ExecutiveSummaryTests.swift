import Foundation
@testable import StrategyKit
import XCTest

/// `{{summary}}`: the prose section `summary` under its own heading, or nothing at all.
final class ExecutiveSummaryTests: XCTestCase {
    private func markdown(_ workspace: URL, _ language: String = "en") throws -> String {
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: [Language(language)], formats: [.md])
        return String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
    }

    func testSummary_opensTheDocumentUnderItsHeadingAndIsInTheContents() throws {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        for (language, text) in [("ru", "Коротко о главном.\n\n# Цели\n"), ("en", "The essentials.\n\n# Goals\n")] {
            try Data(text.utf8).write(to: workspace.appendingPathComponent("prose/\(language)/summary.md"))
        }
        let text = try markdown(workspace)
        XCTAssertTrue(text.contains("- [Executive summary](#executive-summary)\n- [1. Introduction]"), text)
        XCTAssertTrue(text.contains("## Executive summary\n\nThe essentials.\n\n### Goals\n\n## 1. Introduction"), text)
        XCTAssertTrue(try markdown(workspace, "ru").contains("## Краткое изложение\n\nКоротко о главном."))
    }

    func testNoSummary_leavesNoEmptySection() throws {
        let text = try markdown(try TestWorkspace.copyOfMiniUntracked())
        XCTAssertFalse(text.contains("Executive summary"), text)
    }

    func testSummary_inOneLanguageOnly_isATranslationError() throws {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try Data("The essentials.\n".utf8).write(to: workspace.appendingPathComponent("prose/en/summary.md"))
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains {
            $0.contains("prose section 'summary' has no 'ru' text") && $0.contains("[translation.missing]")
        }, "\(TestWorkspace.diagnostics(workspace))")
    }

    func testShippedStrategy_hasASummaryInBothLanguages() throws {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        for language in strategy.languages {
            XCTAssertFalse(strategy.prose[language]?["summary"]?.markdown.isEmpty ?? true, language.code)
        }
    }
}
