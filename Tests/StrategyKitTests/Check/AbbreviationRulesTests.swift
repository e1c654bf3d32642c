import Foundation
@testable import StrategyKit
import XCTest

/// `abbreviations.json` and `abbreviation.undefined`: every abbreviation the text uses is
/// defined, per language; the document lists those it uses.
final class AbbreviationRulesTests: XCTestCase {
    /// `mini` with a list of abbreviations; `en` defines what `entries` says.
    private func mini(en entries: String) throws -> URL {
        let workspace = try TestWorkspace.copyOfMini()
        let json = "{\"abbreviations\": {\"ru\": [{\"short\": \"МСУ\", \"full\": \"местное самоуправление\"}, "
            + "{\"short\": \"ЛПР\", \"full\": \"лица, принимающие решения\"}, {\"short\": \"СМИ\", \"full\": \"средства массовой информации\"}, "
            + "{\"short\": \"ИПР\", \"full\": \"Институт политики развития\"}, {\"short\": \"SDC\", \"full\": \"SDC\"}, "
            + "{\"short\": \"ГАГСМСУ\", \"full\": \"агентство\"}, {\"short\": \"НБКР\", \"full\": \"Нацбанк\"}],\n"
            + " \"en\": [\(entries)\(entries.isEmpty ? "" : ", ")" + ["DPI", "MP", "NBKR", "SALSGIR", "SDC", "ULSG"]
                .map { "{\"short\": \"\($0)\", \"full\": \"\($0) in full\"}" }.joined(separator: ", ") + "]}}\n"
        try Data(json.utf8).write(to: workspace.appendingPathComponent("abbreviations.json"))
        return workspace
    }

    func testScanner_findsCapitalRunsAndPluralsButNotRomanNumerals() {
        let found = AbbreviationRules.abbreviations(in: "CSOs and the LSG Code, in the III quarter; SDC, A-01, Portal, ГАГСМСУ.")
        XCTAssertEqual(found.map(\.0), ["CSO", "LSG", "SDC", "ГАГСМСУ"])
        XCTAssertEqual(found.map(\.1), [0, 13, 43, 62])
    }

    func testAbbreviationUndefined_isReportedOncePerLanguageAtItsFirstUse() throws {
        let workspace = try mini(en: "")
        let diagnostics = TestWorkspace.diagnostics(workspace).filter { $0.contains("[abbreviation.undefined]") }
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)")
        XCTAssertTrue(diagnostics[0].contains("warning: 'LSG' is used in the 'en' text but not defined in abbreviations.json"),
                      diagnostics[0])
    }

    func testDefinedAbbreviations_areCleanAndListedInTheDocument() throws {
        let workspace = try mini(en: "{\"short\": \"LSG\", \"full\": \"local self-government\"}, {\"short\": \"TV\", \"full\": \"television\"}")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(strategy, templates: opened.templates, languages: [Language("en")], formats: [.md])
        let text = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(text.contains("## Abbreviations\n\n| Abbreviation | In full |\n|---|---|\n| DPI | DPI in full |\n| LSG | local self-government |\n| MP | MP in full |\n"), text)
        XCTAssertTrue(text.contains("- [Abbreviations](#abbreviations)"), "in the contents")
        XCTAssertFalse(text.contains("television"), "an abbreviation the text does not use is not listed")
    }

    func testNoList_noCheckAndNoSection() throws {
        let workspace = try TestWorkspace.copyOfMini()
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(strategy, templates: opened.templates, languages: [Language("en")], formats: [.md])
        XCTAssertFalse(String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self).contains("## Abbreviations"))
    }

    func testShippedStrategy_definesEveryAbbreviationItUses() throws {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        XCTAssertNotNil(opened.strategy?.abbreviations)
        XCTAssertEqual(opened.diagnostics.filter { $0.code == "abbreviation.undefined" }.map(\.description), [])
    }
}
