import Foundation
@testable import StrategyKit
import XCTest

/// The shipped workspace's contract (seed 000: T1–T8, D1–D6, tranches 30 / 70 of 390,000 KGS)
/// and short ways to write acts.
enum ContractFixture {
    /// The shipped contract, loaded once.
    static let shipped: Contract = {
        let result = WorkspaceLoader.load(from: TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        guard let contract = result.strategy?.contract else { preconditionFailure("the shipped workspace has no contract") }
        return contract
    }()

    static func day(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(text) else { preconditionFailure("not a date: \(text)") }
        return date
    }

    static func submit(_ id: String, _ date: String, version: String? = nil) -> ContractAct {
        ContractAct(date: day(date), kind: .submit, subject: id, version: version)
    }

    static func accept(_ id: String, _ date: String) -> ContractAct {
        ContractAct(date: day(date), kind: .accept, subject: id)
    }

    static func returned(_ id: String, _ date: String, _ reason: String) -> ContractAct {
        ContractAct(date: day(date), kind: .returnForRevision, subject: id, note: reason)
    }

    static func pay(_ id: String, _ date: String, _ amount: String, reason: String = "") -> ContractAct {
        ContractAct(date: day(date), kind: .pay, subject: id, amount: Decimal.parseStrict(amount), note: reason)
    }

    static func work(_ task: String, _ date: String, _ days: String, _ note: String) -> ContractAct {
        ContractAct(date: day(date), kind: .worklog, subject: task, days: Decimal.parseStrict(days), note: note)
    }

    /// The initial tranche's products submitted and accepted in October.
    static let initialAccepted: [ContractAct] = [
        submit("D1", "2023-10-19"), accept("D1", "2023-10-20"),
        submit("D2", "2023-10-24"), accept("D2", "2023-10-26"),
    ]

    /// Every product submitted and accepted, the strategy with its versions.
    static let allAccepted: [ContractAct] = initialAccepted + [
        submit("D3", "2023-11-20", version: "v1"), accept("D3", "2023-11-24"),
        submit("D4", "2023-12-05", version: "v2"), accept("D4", "2023-12-15"),
        submit("D6", "2023-12-18", version: "v3"), accept("D6", "2023-12-19"),
        submit("D5", "2023-12-20"), accept("D5", "2023-12-22"),
    ]

    /// The ledger after `acts`, failing the test if any is refused.
    static func ledger(
        _ acts: [ContractAct], contract: Contract = shipped, file: StaticString = #filePath, line: UInt = #line
    ) -> ContractLedger {
        let (ledger, diagnostics) = ContractLedger.replay(contract, acts: acts)
        XCTAssertEqual(diagnostics.map(\.description), [], file: file, line: line)
        return ledger
    }
}
