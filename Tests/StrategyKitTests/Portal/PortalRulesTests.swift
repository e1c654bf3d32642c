import Foundation
@testable import StrategyKit
import XCTest

/// `strategy check` on the Portal's plan and data: every problem at once, with its place.
final class PortalRulesTests: XCTestCase {
    typealias F = PortalFixture

    func testShippedWorkspace_isClean_withAndWithoutData() throws {
        XCTAssertEqual(TestWorkspace.diagnostics(try F.shippedWorkspace(withData: true)), [])
        XCTAssertEqual(TestWorkspace.diagnostics(try F.shippedWorkspace(withData: false)), [])
        let plan = Workspace.open(try F.shippedWorkspace(withData: true)).strategy?.portalPlan
        XCTAssertEqual(plan?.targets.count, 17)
        XCTAssertEqual(plan?.audiences.count, 9)
    }

    func testBrokenPlan_reportsEveryProblem() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let file = "portal-targets.json"
        try TestWorkspace.edit(workspace, file, replacing: "\"metric\": \"portal.voting-rotations\"",
                               with: "\"metric\": \"portal.voting-rotation\"")
        try TestWorkspace.edit(workspace, file, replacing: "\"minimum\": 2,\n      \"counts\"",
                               with: "\"minimum\": 2, \"due\": \"2022-12\",\n      \"counts\"")
        try TestWorkspace.edit(workspace, file, replacing: "\"after\": \"pt.lsg-staff-1\"", with: "\"after\": \"pt.lsg-bodies-1\"")
        try TestWorkspace.edit(workspace, file, replacing: "\"due\": \"2022-01-31\"", with: "\"due\": \"2021-12-31\"")
        try TestWorkspace.edit(workspace, file, replacing: "\"en\": \"A short analytical note once every 2 months\"",
                               with: "\"de\": \"Eine kurze Notiz\"")
        try TestWorkspace.edit(workspace, file, replacing: "\"from\": \"2022-01\",\n      \"title\": {\n        \"ru\": \"Краткая",
                               with: "\"from\": \"2023-02\",\n      \"title\": {\n        \"ru\": \"Краткая")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "portal-targets.json:24:21: error: portal target 'pt.audiences-informed' is of kind 'monthly', which takes no 'due' (it takes 'minimum', 'counts') [format.unknown-key]",
            "portal-targets.json:38:17: error: portal target 'pt.client-base-study' is due 2021-12-31, outside the plan's period 2022-01–2022-12 [date.outside-period]",
            "portal-targets.json:101:16: error: portal target 'pt.lsg-staff-2' follows 'pt.lsg-bodies-1', which is not a cumulative target of the same metric 'portal.lsg-staff-registered' [portal.stage]",
            "portal-targets.json:202:13: error: portal target 'pt.analytical-notes' starts its windows in 2023-02, outside the plan's period 2022-01–2022-12 [date.outside-period]",
            "portal-targets.json:208:16: error: portal target 'pt.analytical-notes' has no 'en' text for 'title' [translation.missing]",
            "portal-targets.json:208:16: warning: portal target 'pt.analytical-notes' has 'de' text for 'title', but strategy.json does not list 'de' [translation.unknown-language]",
            "portal-targets.json:235:17: error: portal target 'pt.voting-rotations' names unknown portal metric 'portal.voting-rotation' [ref.unknown-id]\n    portal.json:130:13: note: did you mean 'portal.voting-rotations'?",
        ])
    }

    func testIndicatorNamingAnUnknownMetric_isAnError() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        try TestWorkspace.edit(workspace, "indicators.json", replacing: "\"metric\": \"portal.online-events\"",
                               with: "\"metric\": \"portal.online-event\"")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).map { $0.components(separatedBy: "\n")[0] }, [
            "indicators.json:252:46: error: indicator ind.portal-online-events names unknown portal metric 'portal.online-event' [ref.unknown-id]",
        ])
    }

    func testImportedRowsTheWorkspaceNoLongerDefines_areWarnings() throws {
        let workspace = try F.shippedWorkspace(withData: true)
        // The contests are no longer a metric, and no target counts them: their rows are kept
        // but reported.
        try TestWorkspace.edit(workspace, "portal-targets.json", replacing: "\"kind\": \"per-event\",\n      \"event\": \"portal.contests\",",
                               with: "\"kind\": \"deadline\",\n      \"due\": \"2022-12-31\",")
        try TestWorkspace.edit(workspace, "portal.json", replacing: "\"id\": \"portal.contests\"", with: "\"id\": \"portal.contest-count\"")
        // A renamed metric's texts lose their translation records; that is tested elsewhere.
        try TestWorkspace.untrackTranslations(workspace)
        let lines = TestWorkspace.diagnostics(workspace)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("portal/metrics.csv:") && $0.contains("warning: row ")
            && $0.hasSuffix("names unknown portal metric 'portal.contests' [portal.unknown-metric]") }, "\(lines)")
    }
}
