import Foundation
@testable import StrategyKit
import XCTest

final class WorkspaceLoaderTests: XCTestCase {
    func testMini_loadsEveryEntity() throws {
        let result = WorkspaceLoader.load(from: TestWorkspace.fixture("mini"))
        XCTAssertEqual(result.diagnostics, [])
        let strategy = try XCTUnwrap(result.strategy)
        XCTAssertEqual(strategy.languages, [Language("ru"), Language("en")])
        XCTAssertEqual(strategy.members.map(\.id.value.rawValue), ["ipr", "smsu"])
        XCTAssertEqual(strategy.actions.count, 2)
        XCTAssertEqual(strategy.actions[0].title[Language("ru")], "Доклад \"о МСУ\"")
        XCTAssertEqual(strategy.actions[1].indicators.map(\.value.rawValue), ["ind.reports", "ind.portal"])
        XCTAssertEqual(strategy.costLines[1].unitCost.value, Decimal(string: "150.50"))
        XCTAssertEqual(strategy.contract?.tasks.map(\.days.value), [1, 2])
        XCTAssertEqual(strategy.prose[Language("en")]?.count, 6)
        // Positions point at the value: the lead of A-02 is column 118 of line 3.
        XCTAssertEqual(strategy.actions[1].lead.location.description, "actions.csv:3:118")
    }

    /// Russian Excel saves CSV as Windows-1251 with ';': it must load to the same model.
    func testActionsCSV_inWindows1251WithSemicolons_loadsTheSameModel() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let original = try XCTUnwrap(WorkspaceLoader.load(from: workspace).strategy)
        let url = workspace.appendingPathComponent("costs.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let semicolons = text.replacingOccurrences(of: ",", with: ";")
            .replacingOccurrences(of: "\"150;50\"", with: "150,50")
            .replacingOccurrences(of: "\n", with: "\r\n")
        try XCTUnwrap(semicolons.data(using: .windowsCP1251)).write(to: url)
        let reloaded = WorkspaceLoader.load(from: workspace)
        XCTAssertEqual(reloaded.diagnostics, [])
        XCTAssertEqual(reloaded.strategy?.costLines, original.costLines)
        XCTAssertEqual(reloaded.strategy?.costLines[0].item[Language("ru")], "Эксперт")
    }

    func testActionsCSV_withBOM_loads() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let url = workspace.appendingPathComponent("actions.csv")
        let data = try Data(contentsOf: url)
        try (Data([0xEF, 0xBB, 0xBF]) + data).write(to: url)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
    }

    func testGarbageBytes_neverCrashAndAreReported() throws {
        let workspace = try TestWorkspace.copyOfMini()
        var state: UInt64 = 0x5EED
        var bytes: [UInt8] = []
        for _ in 0..<4096 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        for file in ["strategy.json", "actions.csv", "costs.csv", "goals.json", "prose/ru/situation.md"] {
            try Data(bytes).write(to: workspace.appendingPathComponent(file))
        }
        let opened = Workspace.open(workspace)
        XCTAssertGreaterThan(opened.errorCount, 0)
        XCTAssertTrue(opened.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
    }

    func testMissingWorkspace_isOneDiagnostic() {
        let opened = Workspace.open(URL(fileURLWithPath: "/nonexistent/strategy"))
        XCTAssertNil(opened.strategy)
        XCTAssertEqual(opened.diagnostics.map(\.code), ["file.missing"])
    }
}
