import Foundation
@testable import StrategyKit
import XCTest

/// Plans, rows and workspaces for the Portal tests.
enum PortalFixture {
    static let here = SourceLocation(file: "test", line: 1, column: 1)

    static func text(_ en: String) -> LocalizedText {
        LocalizedText([Language("en"): en, Language("ru"): en], at: here)
    }

    static func month(_ text: String) -> PortalMonth {
        PortalMonth(text)!
    }

    static func target(_ id: String, metric: String, _ kind: PortalTarget.Kind) -> PortalTarget {
        PortalTarget(
            id: Located(PortalTargetID(id), at: here), clause: "003 §III, табл. 1, п. 1",
            metric: Located(PortalMetricID(metric), at: here), kind: kind, title: text(id))
    }

    static func plan(_ targets: [PortalTarget], from start: String = "2022-01", to end: String = "2022-12") -> PortalPlan {
        PortalPlan(
            period: PlanPeriod(start: Located(PlanDate(start)!, at: here), end: Located(PlanDate(end)!, at: here)),
            note: nil,
            audiences: ["pa.lsg", "pa.experts", "pa.donors"].map {
                PortalAudience(id: Located(PortalAudienceID($0), at: here), name: text($0))
            },
            targets: targets)
    }

    static func row(
        _ date: String, _ metric: String, _ value: Decimal = 1, participants: Int? = nil, audience: String? = nil,
        ref: String? = nil
    ) -> PortalObservation {
        PortalObservation(
            date: CalendarDate(date)!, metric: PortalMetricID(metric), value: value, participants: participants,
            audience: audience.map(PortalAudienceID.init), ref: ref)
    }

    /// Rows of `metric` on `day` of each month, `counts[i]` in month i + 1 of 2022 (value 1 each).
    static func monthly(_ metric: String, _ counts: [Int], day: Int = 10) -> [PortalObservation] {
        counts.enumerated().flatMap { index, count in
            (0..<count).map { _ in row(String(format: "2022-%02d-%02d", index + 1, day), metric) }
        }
    }

    static func evaluate(
        _ target: PortalTarget, _ rows: [PortalObservation], in month: String, plan: PortalPlan? = nil
    ) -> PortalResult {
        let plan = plan ?? self.plan([target])
        return PortalEvaluator(plan: plan, data: PortalData(observations: rows)).evaluate(target, in: self.month(month))
    }

    static func status(_ target: PortalTarget, _ rows: [PortalObservation], in month: String) -> PortalStatus {
        evaluate(target, rows, in: month).status
    }

    /// A copy of the shipped workspace as `<tmp>/strategy`, with the shipped templates beside it;
    /// with the example Portal data of `Fixtures/portal-example` imported when `withData` (the
    /// shipped workspace has none: example figures never stand in the Coalition's documents).
    static func shippedWorkspace(withData: Bool) throws -> URL {
        let root = try TestWorkspace.temporaryFolder()
        let workspace = root.appendingPathComponent("strategy")
        try FileManager.default.copyItem(
            at: TestWorkspace.packageRoot.appendingPathComponent("strategy"), to: workspace)
        try FileManager.default.copyItem(
            at: TestWorkspace.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".lock"))
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent("portal"))
        if withData {
            try FileManager.default.copyItem(at: exampleFolder, to: workspace.appendingPathComponent("portal"))
        }
        return workspace
    }

    /// The example Portal data, laid out as a workspace's `portal/` folder: the imported rows
    /// and the example export they came from.
    static var exampleFolder: URL {
        TestWorkspace.packageRoot.appendingPathComponent("Tests/StrategyKitTests/Fixtures/portal-example/portal")
    }

    /// The example export's bytes.
    static var exampleExport: Data {
        get throws {
            try Data(contentsOf: exampleFolder.appendingPathComponent(
                "portal-export-2022-EXAMPLE-not-real-figures.csv"))
        }
    }

    static let date = CalendarDate(year: 2023, month: 1, day: 15)!
}
