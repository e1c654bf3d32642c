import Foundation
@testable import StrategyKit
import XCTest

/// The monthly report, golden in both languages, and its CSV and JSON forms.
final class PortalReportTests: XCTestCase {
    typealias F = PortalFixture

    private func report(month: String?, withData: Bool = true) throws -> (PortalReport, TemplateSet) {
        let opened = Workspace.open(try F.shippedWorkspace(withData: withData))
        let strategy = try XCTUnwrap(opened.strategy)
        let plan = try XCTUnwrap(strategy.portalPlan)
        return (PortalReport(strategy: strategy, plan: plan, month: month.map(F.month)), opened.templates)
    }

    private func labels(_ templates: TemplateSet, _ code: String) throws -> Labels {
        try XCTUnwrap(templates.languages[Language(code)]?.labels)
    }

    func testReport_june2022_golden() throws {
        let (report, templates) = try report(month: "2022-06")
        for code in ["ru", "en"] {
            let document = report.document(labels: try labels(templates, code), language: Language(code))
            Golden.assert(MarkdownWriter().text(document), suite: "Portal", name: "report-2022-06.\(code).md")
        }
    }

    func testReport_december2022_asText_golden() throws {
        let (report, templates) = try report(month: nil)
        XCTAssertEqual(report.month, F.month("2022-12"), "the last month of the data")
        for code in ["ru", "en"] {
            let document = report.document(labels: try labels(templates, code), language: Language(code), compact: true)
            Golden.assert(PlainTextWriter().text(document), suite: "Portal", name: "report-2022-12.\(code).txt")
        }
    }

    func testReport_saysTheDataIsAnExample_inEveryForm() throws {
        let (report, templates) = try report(month: "2022-06")
        let english = try labels(templates, "en")
        XCTAssertTrue(PlainTextWriter().text(report.document(labels: english, language: Language("en")))
            .contains("EXAMPLE DATA: 430 of 430 rows are marked as an example. These are not the Portal’s real figures"))
        XCTAssertTrue(PlainTextWriter().text(report.document(labels: try labels(templates, "ru"), language: Language("ru")))
            .contains("ПРИМЕР ДАННЫХ: 430 из 430 строк помечены как пример. Это не реальные показатели Портала"))
        let csv = report.csv(labels: english, language: Language("en"))
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}month,target,clause,kind,metric,required,required_text,actual,actual_text,status,"))
        XCTAssertTrue(csv.contains("\r\n2022-06,pt.lsg-bodies-2,\"003 §III, табл. 1, п. 2\",cumulative,portal.lsg-bodies-registered,130,"))
        XCTAssertTrue(csv.contains(",at-risk,at risk,"))
        XCTAssertTrue(csv.hasSuffix(",430\r\n"), "every row carries the number of example rows")
        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        let data = json?["data"] as? [String: Any]
        XCTAssertEqual(data?["isExample"] as? Bool, true)
        XCTAssertEqual(data?["exampleRows"] as? Int, 430)
        let targets = json?["targets"] as? [[String: Any]]
        XCTAssertEqual(targets?.count, 17)
        XCTAssertEqual(targets?.first { $0["id"] as? String == "pt.online-events" }?["status"] as? String, "not-yet-due")
        let history = targets?.first { $0["id"] as? String == "pt.national-share" }?["history"] as? [String: String]
        XCTAssertEqual(history?["2022-01"], "at-risk")
        XCTAssertEqual(history?["2022-03"], "missed")
    }

    func testReport_withoutData_saysSo() throws {
        let (report, templates) = try report(month: nil, withData: false)
        XCTAssertEqual(report.month, F.month("2022-01"), "no data: the plan's first month")
        let text = PlainTextWriter().text(report.document(labels: try labels(templates, "en"), language: Language("en")))
        XCTAssertTrue(text.contains("No Portal data has been imported yet (strategy portal import FILE|URL)"))
        XCTAssertFalse(text.contains("EXAMPLE"))
        XCTAssertEqual(Set(report.results.map(\.status)), [.atRisk, .notYetDue])
    }

    func testTargets_listTheWholePlanWithClauses() throws {
        let opened = Workspace.open(try F.shippedWorkspace(withData: false))
        let strategy = try XCTUnwrap(opened.strategy)
        let plan = try XCTUnwrap(strategy.portalPlan)
        let document = PortalPlanListing.document(
            plan, metrics: strategy.portalMetricsByID, labels: try labels(opened.templates, "en"), language: Language("en"))
        Golden.assert(MarkdownWriter().text(document), suite: "Portal", name: "targets.en.md")
        let json = try JSONSerialization.jsonObject(with: Data(PortalPlanListing.json(plan).utf8)) as? [String: Any]
        let targets = json?["targets"] as? [[String: Any]] ?? []
        XCTAssertEqual(targets.map { $0["clause"] as? String ?? "" }.filter { !$0.hasPrefix("003 §III, табл. 1, п. ") }, [])
        let second = targets.first { $0["id"] as? String == "pt.lsg-bodies-2" }
        XCTAssertEqual(second?["total"] as? String, "130")
        XCTAssertEqual(second?["due"] as? String, "2022-12-30")
        XCTAssertEqual((second?["note"] as? [String: String])?["en"]?.contains("same date, 30 December 2022"), true)
    }
}
