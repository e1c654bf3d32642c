import Foundation
@testable import StrategyKit
import XCTest

final class TimelineTextTests: XCTestCase {
    func testText_strategyPlan_ru() throws {
        let fixture = try TimelineFixture.mini()
        let text = TimelineText.render(fixture.strategyPlan("ru"), labels: fixture.labels("ru"))
        Golden.assert(text, suite: "Timeline", name: "strategy.ru.txt")
    }

    func testText_strategyPlan_enWithToday() throws {
        let fixture = try TimelineFixture.mini()
        let text = TimelineText.render(
            fixture.strategyPlan("en", groupBy: .member), labels: fixture.labels("en"),
            today: TimelineFixture.date("2024-03-10"))
        Golden.assert(text, suite: "Timeline", name: "strategy-member-today.en.txt")
    }

    func testText_contractPlan_enWithToday() throws {
        let fixture = try TimelineFixture.mini()
        let text = TimelineText.render(
            try fixture.contractPlan("en"), labels: fixture.labels("en"), today: TimelineFixture.date("2023-11-20"))
        Golden.assert(text, suite: "Timeline", name: "contract-today.en.txt")
    }

    func testText_contractPlan_ru() throws {
        let fixture = try TimelineFixture.mini()
        let text = TimelineText.render(try fixture.contractPlan("ru"), labels: fixture.labels("ru"))
        Golden.assert(text, suite: "Timeline", name: "contract.ru.txt")
    }

    func testText_longContractIsDrawnByWeek() throws {
        let fixture = try TimelineFixture.mini()
        var plan = try fixture.contractPlan("en")
        plan.end = TimelineFixture.date("2024-06-30")
        let text = TimelineText.render(plan, labels: fixture.labels("en"))
        let chartWidths = text.split(separator: "\n").filter { $0.hasPrefix("  T1") }
            .map { $0.split(separator: "│", omittingEmptySubsequences: false)[1].count }
        XCTAssertEqual(chartWidths.first, 38, "38 weeks from Monday 9 Oct 2023 to 30 Jun 2024, one column each")
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.count < 120 })
    }

    func testText_isDeterministic() throws {
        let fixture = try TimelineFixture.mini()
        let plan = fixture.strategyPlan("ru")
        XCTAssertEqual(TimelineText.render(plan, labels: fixture.labels("ru")),
                       TimelineText.render(plan, labels: fixture.labels("ru")))
    }
}
