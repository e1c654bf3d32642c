import Foundation
@testable import StrategyKit
import XCTest

/// One workspace with many problems: the whole sorted list proves that loading and checking
/// report everything in one run.
final class AllAtOnceTests: XCTestCase {
    func testManyProblems_areAllReportedSorted() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let edits: [(String, String, String)] = [
            ("actions.csv", "aud.decision-makers,ch.reports", "aud.decision-makrs,ch.reports"),
            ("audiences.json", "\"id\": \"aud.media\"", "\"id\": \"aud.decision-makers\""),
            ("strategy.json", "\"date\": \"2023-11-20\"", "\"date\": \"2023-02-30\""),
            ("costs.csv", "10,4500,KGS", "10,45O0,KGS"),
            ("actions.csv", "2024-Q1,2024-Q2", "2024-Q3,2024-Q2"),
            ("actions.csv", "2024-03,2024-03-15", "2024-03,2027-01"),
            ("themes.json", "\"ask\": {\"ru\": \"Принять стандарты\", \"en\": \"Adopt standards\"}",
             "\"ask\": {\"ru\": \"Принять стандарты\"}"),
            ("channels.json", "\"frequency\"", "\"frequncy\""),
            ("contract.json", "\"share\": \"70\"", "\"share\": \"60\""),
            ("contract.json", "\"days\": 3", "\"days\": 4"),
            ("costs.csv", "\"150,50\",USD", "\"150,50\",EUR"),
            ("risks.json", "\"likelihood\": \"high\"", "\"likelihood\": \"hihg\""),
        ]
        for (path, old, new) in edits {
            try TestWorkspace.edit(workspace, path, replacing: old, with: new)
        }
        let expected = """
            actions.csv:2:64: error: action A-01 names unknown audience 'aud.decision-makrs' [ref.unknown-id]
                audiences.json:3:12: note: did you mean 'aud.decision-makers'?
            actions.csv:2:111: error: action A-01 ends (2024-Q2) before it starts (2024-Q3) [date.order]
            actions.csv:3:99: error: action A-02 names unknown audience 'aud.media' [ref.unknown-id]
            actions.csv:3:132: error: action A-02 ends 2027-01, after the strategy period 2023-01…2026-12 [date.outside-period]
            audiences.json:3:12: error: audience 'aud.decision-makers' is reached by no action through a channel [coherence.audience-unreached]
            audiences.json:6:12: error: audience 'aud.decision-makers' is defined more than once [ref.duplicate-id]
                audiences.json:3:12: note: first defined here
            channels.json:4:69: error: channel 'ch.reports' has an unknown key 'frequncy' [format.unknown-key]
                note: did you mean 'frequency'?
            contract.json:6:11: error: the tasks' days sum to 3, but the contract has 4 days [contract.days-sum]
            contract.json:22:73: error: the tranche shares sum to 90 %, not 100 % [contract.tranche-shares]
            costs.csv:2:39: error: '45O0' is not a plain decimal number (digits with at most one '.' or ',', e.g. 4500 or 12.50) [value.number]
            costs.csv:3:56: error: cost line C-002 is in EUR, which has no exchange rate into KGS in strategy.json [money.missing-rate]
            risks.json:3:91: error: 'hihg' is not one of 'low', 'medium', 'high' [value.enum]
            strategy.json:7:40: error: '2023-02-30' is not a calendar date (YYYY-MM-DD that exists) [value.date]
            themes.json:5:13: error: theme 'th.services' has no 'en' text for 'ask' [translation.missing]
            """
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).joined(separator: "\n"), expected)
    }
}
