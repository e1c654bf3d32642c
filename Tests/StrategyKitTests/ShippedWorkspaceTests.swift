import Foundation
@testable import StrategyKit
import XCTest

/// The shipped `strategy/` is the Coalition's real strategy: clean, complete, faithful to seed 000.
final class ShippedWorkspaceTests: XCTestCase {
    private func shipped() throws -> (Strategy, [Diagnostic]) {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        return (try XCTUnwrap(opened.strategy), opened.diagnostics)
    }

    func testShipped_isCleanUnderCheck() throws {
        let (_, diagnostics) = try shipped()
        XCTAssertEqual(diagnostics.map(\.description), [])
    }

    func testShipped_hasTheSeedsStructure() throws {
        let (strategy, _) = try shipped()
        XCTAssertEqual(strategy.languages.map(\.code), ["ru", "en"])
        XCTAssertEqual(strategy.members.map(\.id.value.rawValue), ["ipr", "smsu", "amuca"])
        XCTAssertEqual(strategy.coalition.coordinator.value, MemberID("ipr"))
        XCTAssertEqual(strategy.workAreas.map(\.id.value.rawValue), ["wa.national", "wa.local", "wa.institutional"])
        XCTAssertEqual(Set(strategy.themes.map(\.id.value.rawValue)),
                       ["th.local-services", "th.climate", "th.community-priorities", "th.digital"])
        XCTAssertGreaterThanOrEqual(strategy.audiences.count, 9)
        XCTAssertGreaterThanOrEqual(strategy.actions.count, 40)
        let years = Set(strategy.actions.flatMap { [$0.period.firstDay.year, $0.period.lastDay.year] })
        XCTAssertEqual(years, [2023, 2024, 2025, 2026])
        XCTAssertTrue(strategy.indicators.contains { if case .portal = $0.source { true } else { false } })
        XCTAssertEqual(strategy.currency.value, CurrencyCode("KGS"))
        XCTAssertTrue(strategy.exchangeRates.contains { $0.currency.value == CurrencyCode("USD") })
        XCTAssertFalse(strategy.risks.isEmpty)
    }

    func testShipped_contractFollowsTheToR() throws {
        let (strategy, _) = try shipped()
        let contract = try XCTUnwrap(strategy.contract)
        XCTAssertEqual(contract.tasks.map(\.days.value), [1, 2, 1, 2, 1, 10, 8, 1])
        XCTAssertEqual(contract.days.value, 26)
        XCTAssertEqual(contract.period.firstDay.description, "2023-10-11")
        XCTAssertEqual(contract.period.lastDay.description, "2023-12-22")
        XCTAssertEqual(contract.deliverables.map(\.id.value.rawValue), ["D1", "D2", "D3", "D4", "D5", "D6"])
        XCTAssertEqual(contract.tranches.map(\.share.value), [30, 70])
        let initial = contract.deliverables.filter { $0.tranche.value == TrancheID("T1") }.map(\.id.value.rawValue)
        XCTAssertEqual(initial, ["D1", "D2"])
        let amounts = contract.trancheAmounts.values.reduce(Decimal(0)) { $0 + $1.amount }
        XCTAssertEqual(amounts, contract.total.value.amount)
    }
}
