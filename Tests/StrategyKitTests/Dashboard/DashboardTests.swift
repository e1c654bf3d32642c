import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StrategyKit
import XCTest

final class DashboardTests: XCTestCase {
    private let day = CalendarDate(year: 2024, month: 3, day: 16)!

    private func page(_ language: String, member: MemberID? = nil) throws -> (html: String, opened: OpenedWorkspace) {
        let workspace = try TestWorkspace.copyOfMini()
        let opened = Workspace.open(workspace)
        let file = try Workspace.dashboard(opened, language: Language(language), date: day, member: member, workspace: workspace)
        XCTAssertEqual(file.path, "\(language)/dashboard.html")
        return (String(decoding: file.data, as: UTF8.self), opened)
    }

    func testDashboard_matchesItsGoldenPageInBothLanguages() throws {
        for language in ["ru", "en"] {
            Golden.assert(try page(language).html, suite: "Dashboard", name: "mini.\(language).html")
        }
    }

    func testDashboard_figuresAreTheLibrarysOwn() throws {
        let (html, opened) = try page("en")
        let strategy = try XCTUnwrap(opened.strategy)
        let labels = try XCTUnwrap(opened.templates.languages[Language("en")]?.labels)
        func money(_ amount: Decimal) -> String { labels.money(Money(amount, strategy.currency.value)) }
        for grouping in [BudgetGrouping.year, .member] {
            let report = BudgetReport(strategy, by: grouping, language: Language("en"))
            XCTAssertTrue(html.contains(money(report.total)), "\(grouping) total")
            for row in report.rows { XCTAssertTrue(html.contains(money(row.amount)), "\(grouping) \(row.key)") }
        }
        let progress = ActionProgress(strategy.actions, on: day)
        XCTAssertTrue(html.contains("<td>\(labels["dashboard.plan.due"])</td>"), html)
        XCTAssertEqual(progress.due, 1)
        if let contract = strategy.contract {
            for amount in contract.trancheAmounts.values { XCTAssertTrue(html.contains(labels.money(amount)), "tranche") }
        }
    }

    func testDashboard_isWellFormedAccessibleAndSelfContained() throws {
        for language in ["ru", "en"] {
            let (html, _) = try page(language)
            XCTAssertNoThrow(try XMLDocument(data: Data(html.utf8)), language)
            XCTAssertTrue(html.contains("lang=\"\(language)\""))
            XCTAssertFalse(html.contains("<script"))
            XCTAssertFalse(html.contains("src=\"http") || html.contains("href=\"http") && html.contains("<link"))
            // Every chart has a text alternative.
            let charts = html.components(separatedBy: "<svg").dropFirst()
            XCTAssertGreaterThanOrEqual(charts.count, 3, "the Gantt and two budget charts")
            for chart in charts {
                let afterOpenTag = chart.drop { $0 != ">" }.dropFirst().drop { $0.isWhitespace }
                XCTAssertTrue(afterOpenTag.hasPrefix("<title"), "a chart without a text alternative: \(chart.prefix(200))")
            }
        }
    }

    func testDashboard_countsTheCommentsOfTheCurrentVersionFromTheStore() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: CalendarDate(year: 2024, month: 1, day: 10)!)
        let store = CommentStore(workspace: workspace)
        let form = """
            version,member,target,title,paragraph,type,comment,proposal
            v1,ipr,doc,Document,,general,Needs more data,
            v1,ipr,doc,Document,,editorial,A typo,
            v1,smsu,doc,Document,,substantive,Add a region,

            """
        let report = try store.importForms([("form.csv", Data(form.utf8))], date: CalendarDate(year: 2024, month: 1, day: 12)!)
        XCTAssertEqual(report.added.count, 3)
        let first = try XCTUnwrap(store.read().comments.first { $0.member == MemberID("ipr") })
        _ = try store.resolve(first.id, decision: .accepted, response: "Done", language: Language("en"),
                              date: CalendarDate(year: 2024, month: 1, day: 20)!)
        let opened = Workspace.open(workspace)
        let html = String(decoding: try Workspace.dashboard(
            opened, language: Language("en"), date: day, workspace: workspace).data, as: UTF8.self)
        // ipr: 2 received, 1 decided, 1 open; smsu: 1 received, 0 decided, 1 open.
        XCTAssertTrue(html.contains("<td>DPI</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\"><strong>1</strong></td>")
                      || html.range(of: #"DPI</td>\s*<td[^>]*>2</td>\s*<td[^>]*>1</td>\s*<td[^>]*><strong>1</strong>"#, options: .regularExpression) != nil,
                      html)
        XCTAssertFalse(html.contains(first.id + "</strong>"), "a decided comment is not listed as open")
        XCTAssertTrue(html.contains("Add a region"))
        XCTAssertTrue(html.contains("Version v1 of 10 January 2024: Draft."))
    }

    func testDashboard_aMemberPageShowsOnlyWhatThatMemberLeads() throws {
        let (html, _) = try page("en", member: MemberID("smsu"))
        XCTAssertTrue(html.contains("A-02"))
        XCTAssertFalse(html.contains(">A-01<"))
    }
}
