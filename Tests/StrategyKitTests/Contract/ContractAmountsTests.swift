import Foundation
@testable import StrategyKit
import XCTest

/// The tranches always sum exactly to the total: every tranche but the remainder one is its
/// share rounded half-up to tyiyn, the remainder tranche (`T2`, the final 70 %) takes the rest.
final class ContractAmountsTests: XCTestCase {
    private func amounts(total: String, shares: [String], remainder: String = "T2") throws -> [String: String] {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "contract.json", replacing: "\"amount\": \"100000.01\"", with: "\"amount\": \"\(total)\"")
        try TestWorkspace.edit(workspace, "contract.json", replacing: "\"remainderTranche\": \"T2\"",
                               with: "\"remainderTranche\": \"\(remainder)\"")
        try TestWorkspace.edit(workspace, "contract.json", replacing: "\"share\": 30", with: "\"share\": \"\(shares[0])\"")
        try TestWorkspace.edit(workspace, "contract.json", replacing: "\"share\": \"70\"", with: "\"share\": \"\(shares[1])\"")
        let contract = try XCTUnwrap(WorkspaceLoader.load(from: workspace).strategy?.contract)
        let amounts = contract.trancheAmounts
        let sum = amounts.values.reduce(Decimal(0)) { $0 + $1.amount }
        XCTAssertEqual(sum, contract.total.value.amount, "the tranches of \(total) do not add up")
        return Dictionary(uniqueKeysWithValues: amounts.map { ($0.key.rawValue, $0.value.amount.plainText(scale: 2)) })
    }

    func testAmounts_theShippedContract() {
        let amounts = ContractFixture.shipped.trancheAmounts
        XCTAssertEqual(amounts[TrancheID("T1")]?.amount, 117_000)
        XCTAssertEqual(amounts[TrancheID("T2")]?.amount, 273_000)
    }

    func testAmounts_awkwardTotalsSumExactly() throws {
        // 30 % of 100 000,01 is 30 000,003: T1 rounds down, T2 keeps the tyiyn.
        XCTAssertEqual(try amounts(total: "100000.01", shares: ["30", "70"]), ["T1": "30000.00", "T2": "70000.01"])
        // One tyiyn: 30 % of it rounds to nothing, the final tranche takes it.
        XCTAssertEqual(try amounts(total: "0.01", shares: ["30", "70"]), ["T1": "0.00", "T2": "0.01"])
        // Half a tyiyn rounds up (half-up), and the remainder is one tyiyn less.
        XCTAssertEqual(try amounts(total: "0.05", shares: ["30", "70"]), ["T1": "0.02", "T2": "0.03"])
        XCTAssertEqual(try amounts(total: "100000.01", shares: ["33.33", "66.67"]), ["T1": "33330.00", "T2": "66670.01"])
    }

    func testAmounts_theRemainderTrancheIsData() throws {
        // With T1 as the remainder, T2 is rounded and T1 takes the rest.
        XCTAssertEqual(try amounts(total: "100000.01", shares: ["30", "70"], remainder: "T1"),
                       ["T1": "30000.00", "T2": "70000.01"])
        XCTAssertEqual(try amounts(total: "0.01", shares: ["30", "70"], remainder: "T1"), ["T1": "0.00", "T2": "0.01"])
        XCTAssertEqual(try amounts(total: "0.03", shares: ["50", "50"], remainder: "T1"), ["T1": "0.01", "T2": "0.02"])
    }
}
