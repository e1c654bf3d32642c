import Foundation
@testable import StrategyKit
import XCTest

final class TranslationTests: XCTestCase {
    /// Adding `ky` to the languages is data only: exactly the missing Kyrgyz texts appear.
    func testAddingKyrgyz_reportsExactlyTheMissingTexts() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: "\"languages\": [\"ru\", \"en\"]",
            with: "\"languages\": [\"ru\", \"en\", \"ky\"]")
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        let missing = opened.diagnostics.filter { $0.code == "translation.missing" }
        let other = opened.diagnostics.filter { $0.code != "translation.missing" }
        // The only other finding is that no Kyrgyz templates exist yet: also a missing Kyrgyz text.
        XCTAssertEqual(other.map(\.description), [
            "(built-in)/ky/strategy.md:1:1: error: there are no templates for 'ky' ((built-in)/ky/strategy.md is missing) [template.missing-language]",
        ])
        // Every required text once, optional action descriptions only where another language has one,
        // and every prose section.
        let required = strategy.localizedFields.filter { !$0.isOptional || !$0.text.values.isEmpty }
        let proseCount = strategy.prose[Language("ru")]?.count ?? 0
        XCTAssertEqual(missing.count, required.count + proseCount)
        XCTAssertTrue(missing.map(\.description).contains(
            "audiences.json:7:80: error: audience 'aud.media' has no 'ky' text for 'changeSought' [translation.missing]"),
            missing.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(missing.map(\.description).contains(
            "prose/ky/introduction.md:1:1: error: prose section 'introduction' has no 'ky' text (prose/ky/introduction.md is missing) [translation.missing]"))
        XCTAssertTrue(missing.map(\.description).contains(
            "actions.csv:2:11: error: action A-01 has no 'ky' text for 'title' [translation.missing]"))
    }

    func testKyrgyzColumn_isAcceptedOnceConfigured() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(
            workspace, "actions.csv", replacing: "title.ru,title.en,", with: "title.ru,title.en,title.ky,")
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "\"Report \"\"on LSG\"\"\",", with: "\"Report \"\"on LSG\"\"\",Баяндама,")
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Press tour,", with: "Press tour,Пресс-тур,")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "actions.csv:1:32: error: column 'title.ky' is for language 'ky', which strategy.json does not list [format.unknown-column]",
        ])
    }
}
