import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import StrategyCLI
import StrategyKit
import XCTest

final class DashboardCommandTests: XCTestCase {
    private func page(_ arguments: [String], in project: URL) throws -> String {
        let result = CLI.run(["dashboard", "--out", "-"] + arguments, in: project)
        XCTAssertEqual(result.status, 0, result.err)
        return result.out
    }

    func testActionProgress_countsByTheDatesOfThePlan() throws {
        let project = try CLI.miniProject()
        let strategy = try XCTUnwrap(Workspace.open(project.appendingPathComponent("strategy")).strategy)
        // A-01 runs 2024-Q1–2024-Q2; A-02 runs 2024-03 to 2024-03-15.
        let first = ActionProgress(strategy.actions, on: CalendarDate(year: 2024, month: 1, day: 1)!)
        XCTAssertEqual([first.notStarted, first.running, first.due], [1, 1, 0])
        let lastDay = ActionProgress(strategy.actions, on: CalendarDate(year: 2024, month: 3, day: 15)!)
        XCTAssertEqual([lastDay.notStarted, lastDay.running, lastDay.due], [0, 2, 0], "an action is not due on its last day")
        let after = ActionProgress(strategy.actions, on: CalendarDate(year: 2024, month: 3, day: 16)!)
        XCTAssertEqual([after.notStarted, after.running, after.due], [0, 1, 1])
    }

    func testDashboard_isOneWellFormedPageWhoseFiguresAreTheLibrarysOwn() throws {
        let project = try CLI.miniProject()
        let html = try page(["--lang", "en", "--date", "2024-03-16"], in: project)
        let xml = try XMLDocument(data: Data(html.utf8))
        XCTAssertEqual(xml.rootElement()?.name, "html")
        XCTAssertTrue(html.contains(#"lang="en""#))
        XCTAssertFalse(html.contains("<script"), "readable without scripts")
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"), "no external requests")
        XCTAssertTrue(html.contains("Coordinator’s dashboard as of 16 March 2024"), html)

        let opened = Workspace.open(project.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        let labels = try XCTUnwrap(opened.templates.languages[Language("en")]?.labels)
        let budget = BudgetReport(strategy, by: .year, language: Language("en"))
        XCTAssertTrue(html.contains(labels.money(Money(budget.total, strategy.currency.value))), "the total of strategy budget")
        for row in budget.rows {
            XCTAssertTrue(html.contains(labels.money(Money(row.amount, strategy.currency.value))), row.key)
        }
        // 1 of 2 actions due on 16 March 2024: "1" and "50 %" in the plan table.
        XCTAssertTrue(html.contains("50 %"), html)
        // Charts carry a text alternative.
        XCTAssertTrue(html.contains("<title>Budget by year, KGS</title>"), html)
    }

    func testDashboard_narrowsToAMemberAndRefusesUnknownInput() throws {
        let project = try CLI.miniProject()
        let html = try page(["--lang", "ru", "--date", "2024-03-16", "--member", "smsu"], in: project)
        XCTAssertTrue(html.contains(#"lang="ru""#))
        XCTAssertTrue(html.contains("Панель координатора на 16 марта 2024"), html)
        XCTAssertFalse(html.contains("A-01"), "A-01 is led by ipr, not smsu")
        XCTAssertTrue(html.contains("A-02"))

        XCTAssertEqual(CLI.run(["dashboard", "--member", "nobody"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["dashboard", "--date", "2024-02-30"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["dashboard", "--lang", "de"], in: project).status, 64)

        let written = CLI.run(["dashboard", "--lang", "en", "--date", "2024-03-16"], in: project)
        XCTAssertEqual(written.status, 0, written.err)
        XCTAssertTrue(FileManager.default.fileExists(
            atPath: project.appendingPathComponent("exports/en/dashboard-2024-03-16.html").path))
    }
}
