import Foundation
import StrategyKit
import StrategySynthetic
import XCTest

/// The benchmark's Portal data: deterministic, and imported without a problem.
final class SyntheticPortalTests: XCTestCase {
    func testExport_sameSeedSameBytes_andEveryRowImports() throws {
        XCTAssertEqual(SyntheticPortal.export(rows: 3000, seed: 7), SyntheticPortal.export(rows: 3000, seed: 7))
        XCTAssertNotEqual(SyntheticPortal.export(rows: 3000, seed: 7), SyntheticPortal.export(rows: 3000, seed: 8))
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("synthetic-portal-\(UUID().uuidString)/strategy")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        var files = SyntheticWorkspace.files(actions: 50)
        files["portal-targets.json"] = SyntheticPortal.targetsJSON()
        try SyntheticWorkspace.write(files, to: folder)
        XCTAssertEqual(Workspace.open(folder).diagnostics.map(\.description), [])
        let report = try PortalStore(workspace: folder).importExport(
            SyntheticPortal.export(rows: 3000), name: "export.csv", date: CalendarDate(year: 2027, month: 1, day: 1)!)
        XCTAssertEqual(report.added, 3000)
        XCTAssertEqual(report.separator, ";")
        XCTAssertEqual(report.encoding, .utf8BOM)
        let opened = Workspace.open(folder)
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        let strategy = try XCTUnwrap(opened.strategy)
        let plan = try XCTUnwrap(strategy.portalPlan)
        XCTAssertEqual(strategy.portalData?.latestDate?.year, 2026)
        let statuses = Set(PortalReport(strategy: strategy, plan: plan).results.map(\.status))
        XCTAssertFalse(statuses.isEmpty)
    }
}
