import Foundation
@testable import StrategyKit
import XCTest

final class TimelineModelTests: XCTestCase {
    private let date = TimelineFixture.date

    func testStrategyPlan_resolvesQuartersAndMonthsToDays() throws {
        let plan = try TimelineFixture.mini().strategyPlan("en")
        XCTAssertEqual(plan.start, date("2023-01-01"))
        XCTAssertEqual(plan.end, date("2026-12-31"))
        XCTAssertEqual(plan.rows.map(\.id), ["A-01", "A-02"])
        XCTAssertEqual(plan.rows.map(\.start), [date("2024-01-01"), date("2024-03-01")])
        XCTAssertEqual(plan.rows.map(\.end), [date("2024-06-30"), date("2024-03-15")])
        XCTAssertEqual(plan.rows.map(\.lead), ["DPI", "ULSG"])
        XCTAssertEqual(plan.rows.map(\.label), ["Report \"on LSG\"", "Press tour"])
        XCTAssertEqual(plan.groups.map(\.label), ["O1.1 Reports"])
        XCTAssertEqual(Set(plan.rows.map(\.kind)), [.bar])
    }

    func testStrategyPlan_groupsByMemberAndTheme() throws {
        let fixture = try TimelineFixture.mini()
        let byMember = fixture.strategyPlan("ru", groupBy: .member)
        XCTAssertEqual(byMember.groups.map(\.label), ["ИПР — Институт политики развития", "Союз МСУ — Союз МСУ"])
        XCTAssertEqual(byMember.groups.map { $0.rows.map(\.id) }, [["A-01"], ["A-02"]])
        let byTheme = fixture.strategyPlan("en", groupBy: .theme)
        XCTAssertEqual(byTheme.groups.count, 1)
        XCTAssertEqual(byTheme.rows.map(\.id), ["A-01", "A-02"])
    }

    func testStrategyPlan_actionWithoutThemeGoesToTheNoThemeGroup() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Press tour,\"Два региона, *одна* неделя\",\"Two regions, *one* week\",th.services",
                               with: "Press tour,\"Два региона, *одна* неделя\",\"Two regions, *one* week\",")
        let strategy = try XCTUnwrap(Workspace.open(workspace).strategy)
        let fixture = TimelineFixture(strategy: strategy, templates: Workspace.open(workspace).templates)
        let plan = fixture.strategyPlan("en", groupBy: .theme)
        XCTAssertEqual(plan.groups.last?.label, "No advocacy theme")
        XCTAssertEqual(plan.groups.last?.rows.map(\.id), ["A-02"])
    }

    func testContractPlan_tasksDeliverablesAndTranches() throws {
        let plan = try TimelineFixture.mini().contractPlan("en")
        XCTAssertEqual(plan.start, date("2023-10-11"))
        XCTAssertEqual(plan.end, date("2023-12-22"))
        XCTAssertEqual(plan.rows.map(\.id), ["T1", "T2", "D1", "D2", "T1", "T2"])
        XCTAssertEqual(plan.rows.map(\.entity), [.task, .task, .deliverable, .deliverable, .tranche, .tranche])
        XCTAssertEqual(plan.rows[0].label, "Schedule (days: 1)")
        XCTAssertEqual(plan.rows[1].start, date("2023-11-01"), "a month resolves to its first day")
        XCTAssertEqual(plan.rows[2].kind, .milestone)
        XCTAssertEqual(plan.rows[2].start, date("2023-10-20"))
        XCTAssertEqual(plan.rows[4].label, "Initial (30%)")
        XCTAssertEqual(plan.rows[4].start, date("2023-10-20"), "a tranche sits on its deliverables' latest due date")
        XCTAssertEqual(plan.rows[5].start, date("2023-12-22"))
        XCTAssertEqual(plan.rows[4].lead, "DPI", "the client pays")
        XCTAssertEqual(try TimelineFixture.mini().contractPlan("ru").rows[4].label, "Начальный (30 %)")
    }

    func testCalendar_dayNumbersRoundTripAndWeekdays() {
        for text in ["0001-01-01", "2023-10-11", "2024-02-29", "2024-12-31", "2100-03-01"] {
            XCTAssertEqual(TimelineCalendar.date(dayNumber: date(text).dayNumber), date(text))
        }
        XCTAssertEqual(TimelineCalendar.weekday(date("2023-10-11")), 2, "a Wednesday")
        XCTAssertTrue(TimelineCalendar.isWeekend(date("2023-10-14")))
        XCTAssertEqual(TimelineCalendar.adding(1, to: date("2023-12-31")), date("2024-01-01"))
    }
}
