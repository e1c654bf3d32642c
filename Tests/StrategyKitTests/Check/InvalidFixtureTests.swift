import Foundation
@testable import StrategyKit
import XCTest

/// One broken copy of the `mini` fixture per diagnostic code; each test is named after the code
/// it must raise and asserts the exact line, place included.
final class InvalidFixtureTests: XCTestCase {
    private func assertDiagnostics(
        _ edits: [(String, String, String)], contain expected: [String],
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let workspace = try TestWorkspace.copyOfMini()
        for (path, old, new) in edits {
            try TestWorkspace.edit(workspace, path, replacing: old, with: new, file: file, line: line)
        }
        let actual = TestWorkspace.diagnostics(workspace)
        for text in expected where !actual.contains(text) {
            XCTFail("missing:\n\(text)\nactual:\n\(actual.joined(separator: "\n"))", file: file, line: line)
        }
    }

    func testMini_isClean() throws {
        XCTAssertEqual(TestWorkspace.diagnostics(try TestWorkspace.copyOfMini()), [])
    }

    func testRefUnknownID_suggestsTheNearMiss() throws {
        try assertDiagnostics(
            [("actions.csv", "aud.decision-makers,ch.reports", "aud.decision-makrs,ch.reports")],
            contain: ["""
                actions.csv:2:64: error: action A-01 names unknown audience 'aud.decision-makrs' [ref.unknown-id]
                    audiences.json:3:12: note: did you mean 'aud.decision-makers'?
                """])
    }

    func testRefDuplicateID_pointsAtTheFirstDefinition() throws {
        try assertDiagnostics(
            [("audiences.json", "\"id\": \"aud.media\"", "\"id\": \"aud.decision-makers\"")],
            contain: ["""
                audiences.json:6:12: error: audience 'aud.decision-makers' is defined more than once [ref.duplicate-id]
                    audiences.json:3:12: note: first defined here
                """])
    }

    func testValueDate_rejectsFebruary30() throws {
        try assertDiagnostics(
            [("strategy.json", "\"date\": \"2023-11-20\"", "\"date\": \"2023-02-30\"")],
            contain: ["strategy.json:7:40: error: '2023-02-30' is not a calendar date (YYYY-MM-DD that exists) [value.date]"])
    }

    func testValueNumber_rejectsLenientDecimals() throws {
        try assertDiagnostics(
            [("costs.csv", "10,4500,KGS", "10,45O0,KGS")],
            contain: ["costs.csv:2:39: error: '45O0' is not a plain decimal number (digits with at most one '.' or ',', e.g. 4500 or 12.50) [value.number]"])
    }

    func testValueEnum_listsTheChoices() throws {
        try assertDiagnostics(
            [("risks.json", "\"likelihood\": \"high\"", "\"likelihood\": \"hihg\"")],
            contain: ["risks.json:3:91: error: 'hihg' is not one of 'low', 'medium', 'high' [value.enum]"])
    }

    func testValueID_rejectsNonSlugs() throws {
        try assertDiagnostics(
            [("actions.csv", "A-02,O1.1", "A 02,O1.1")],
            contain: ["actions.csv:3:1: error: 'A 02' is not a valid id (a letter or digit, then letters, digits, '.', '-' or '_') [value.id]"])
    }

    func testDateOrder_endBeforeStart() throws {
        try assertDiagnostics(
            [("actions.csv", "2024-Q1,2024-Q2", "2024-Q3,2024-Q2")],
            contain: ["actions.csv:2:112: error: action A-01 ends (2024-Q2) before it starts (2024-Q3) [date.order]"])
    }

    /// A reversed span once trapped while checking cost years: it must only be reported.
    func testDateOrder_reversedSpansWithCostsNeverTrap() throws {
        try assertDiagnostics(
            [("actions.csv", "2024-Q1,2024-Q2", "2025-Q3,2024-Q2"),
             ("strategy.json", "\"start\": \"2023-01\", \"end\": \"2026-12\"", "\"start\": \"2026-01\", \"end\": \"2023-12\"")],
            contain: [
                "actions.csv:2:112: error: action A-01 ends (2024-Q2) before it starts (2025-Q3) [date.order]",
                "strategy.json:4:41: error: the strategy period ends (2023-12) before it starts (2026-01) [date.order]",
            ])
    }

    func testDateOutsidePeriod_actionAfterTheStrategy() throws {
        try assertDiagnostics(
            [("actions.csv", "2024-03,2024-03-15", "2024-03,2027-01")],
            contain: ["actions.csv:3:132: error: action A-02 ends 2027-01, after the strategy period 2023-01…2026-12 [date.outside-period]"])
    }

    func testDateOutsidePeriod_deliverableAfterTheContract() throws {
        try assertDiagnostics(
            [("contract.json", "\"due\": \"2023-12-22\"", "\"due\": \"2023-12-29\"")],
            contain: ["contract.json:19:80: error: deliverable D2 is due 2023-12-29, outside the contract period 2023-10-11…2023-12-22 [date.outside-period]"])
    }

    func testDateCostYear_outsideItsAction() throws {
        try assertDiagnostics(
            [("costs.csv", "KGS,2024,ipr", "KGS,2025,ipr")],
            contain: ["costs.csv:2:48: error: cost line C-001 is for 2025, but action A-01 runs 2024-Q1…2024-Q2 [date.cost-year]"])
    }

    func testTranslationMissing_namesEntityFieldAndLanguage() throws {
        try assertDiagnostics(
            [("themes.json", "\"ask\": {\"ru\": \"Принять стандарты\", \"en\": \"Adopt standards\"}",
              "\"ask\": {\"ru\": \"Принять стандарты\"}")],
            contain: ["themes.json:5:13: error: theme 'th.services' has no 'en' text for 'ask' [translation.missing]"])
    }

    func testFormatUnknownKey_suggestsTheKnownKey() throws {
        try assertDiagnostics(
            [("channels.json", "\"frequency\"", "\"frequncy\"")],
            contain: ["""
                channels.json:4:69: error: channel 'ch.reports' has an unknown key 'frequncy' [format.unknown-key]
                    note: did you mean 'frequency'?
                """])
    }

    func testFormatUnknownColumn_suggestsTheKnownColumn() throws {
        try assertDiagnostics(
            [("costs.csv", "unit_cost", "unitcost")],
            contain: [
                "costs.csv:1:1: error: costs.csv has no column 'unit_cost' [format.missing-column]",
                """
                costs.csv:1:52: error: costs.csv has an unknown column 'unitcost' [format.unknown-column]
                    note: did you mean 'unit_cost'?
                """,
            ])
    }

    func testCSVFieldCount_shortRow() throws {
        try assertDiagnostics(
            [("actions.csv", "ind.reports ind.portal\n", "ind.reports ind.portal\nA-03,O1.1,Без,Without\n")],
            contain: ["actions.csv:4:1: error: row has 4 fields, the header has 14 [csv.field-count]"])
    }

    func testContractTrancheShares_mustSumTo100() throws {
        try assertDiagnostics(
            [("contract.json", "\"share\": \"70\"", "\"share\": \"60\"")],
            contain: ["contract.json:22:73: error: the tranche shares sum to 90 %, not 100 % [contract.tranche-shares]"])
    }

    func testContractDaysSum_mustMatchTheTasks() throws {
        try assertDiagnostics(
            [("contract.json", "\"days\": 3", "\"days\": 4")],
            contain: ["contract.json:6:11: error: the tasks' days sum to 3, but the contract has 4 days [contract.days-sum]"])
    }

    func testMoneyMissingRate_foreignCurrencyWithoutRate() throws {
        try assertDiagnostics(
            [("costs.csv", "\"150,50\",USD", "\"150,50\",EUR")],
            contain: ["costs.csv:3:56: error: cost line C-002 is in EUR, which has no exchange rate into KGS in strategy.json [money.missing-rate]"])
    }

    func testMoneyUnknownCurrency_notISO4217() throws {
        try assertDiagnostics(
            [("costs.csv", "\"150,50\",USD", "\"150,50\",USX")],
            contain: ["costs.csv:3:56: error: 'USX' is not an ISO 4217 currency code [money.unknown-currency]"])
    }

    func testMoneyNegative_quantity() throws {
        try assertDiagnostics(
            [("costs.csv", "день,day,10,", "день,day,-10,")],
            contain: ["costs.csv:2:36: error: cost line C-001 has a negative quantity [money.negative]"])
    }

    func testCoherenceObjectiveWithoutAction() throws {
        try assertDiagnostics(
            [("goals.json", "\"indicators\": [\"ind.reports\"]}",
              "\"indicators\": [\"ind.reports\"]},\n       {\"id\": \"O1.2\", \"title\": {\"ru\": \"Лишняя\", \"en\": \"Spare\"}, \"indicators\": [\"ind.reports\"]}")],
            contain: ["goals.json:7:15: error: objective O1.2 has no action in actions.csv [coherence.objective-without-action]"])
    }

    func testCoherenceThemeWithoutAskAndAction() throws {
        try assertDiagnostics(
            [("themes.json", "\"ask\": {\"ru\": \"Принять стандарты\", \"en\": \"Adopt standards\"}",
              "\"ask\": {\"ru\": \" \", \"en\": \"\"}"),
             ("actions.csv", "th.services,aud.decision-makers", ",aud.decision-makers"),
             ("actions.csv", "th.services,aud.media", ",aud.media")],
            contain: [
                "themes.json:3:12: error: theme 'th.services' has no ask [coherence.theme-without-ask]",
                "themes.json:3:12: error: theme 'th.services' has no action in actions.csv [coherence.theme-without-action]",
            ])
    }

    func testCoherenceAudienceUnreached() throws {
        try assertDiagnostics(
            [("actions.csv", "th.services,aud.media,ch.media", "th.services,aud.decision-makers,ch.media")],
            contain: ["audiences.json:6:12: error: audience 'aud.media' is reached by no action through a channel [coherence.audience-unreached]"])
    }

    func testCoherenceMemberWithoutAction_isAWarning() throws {
        try assertDiagnostics(
            [("actions.csv", "ch.media,smsu,", "ch.media,ipr,")],
            contain: ["strategy.json:17:12: warning: member 'smsu' leads no action [coherence.member-without-action]"])
    }

    func testJSONSyntax_trailingComma() throws {
        try assertDiagnostics(
            [("portal.json", "\"clause\": \"003 §III, табл. 1, п. 2\"}", "\"clause\": \"003 §III, табл. 1, п. 2\",}")],
            contain: ["portal.json:4:84: error: trailing comma before '}' [json.syntax]"])
    }

    func testContractTaskOrder_aFollowingTaskMustNotOverlap() throws {
        try assertDiagnostics(
            [("contract.json", "{\"id\": \"T2\",", "{\"id\": \"T2\", \"after\": [\"T1\", \"T9\"],"),
             ("contract.json", "\"start\": \"2023-11\"", "\"start\": \"2023-10-20\"")],
            contain: [
                "contract.json:14:28: error: task T2 starts 2023-10-20 but follows task T1, which ends 2023-10-31 [contract.task-order]",
                """
                contract.json:14:34: error: task T2 names unknown task 'T9' [ref.unknown-id]
                    contract.json:12:12: note: did you mean 'T1'?
                """,
            ])
    }

    func testFileMissing_requiredFile() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("themes.json"))
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains(
            "themes.json:1:1: error: the workspace has no themes.json [file.missing]"))
    }
}
