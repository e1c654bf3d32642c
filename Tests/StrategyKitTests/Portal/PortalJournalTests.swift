import Foundation
@testable import StrategyKit
import XCTest

/// The Portal journal changes with the data, in one transaction: never data without its line,
/// an empty journal is a new one, and a torn one is refused, not continued.
final class PortalJournalTests: XCTestCase {
    typealias F = PortalFixture

    private let export = Data("date,metric,value\n2022-01-10,portal.client-requests-handled,1\n".utf8)

    private func journal(_ workspace: URL) throws -> String {
        try String(contentsOf: workspace.appendingPathComponent(PortalStore.journalPath), encoding: .utf8)
    }

    func testImport_anEmptyJournalIsANewOne() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        try TestWorkspace.write(workspace, PortalStore.journalPath, "")
        _ = try PortalStore(workspace: workspace).importExport(export, name: "jan.csv", date: F.date)
        let lines = try journal(workspace).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines.first.map(String.init), "date,sha256,source,rows,added,duplicates,replaced")
        XCTAssertTrue(try Data(contentsOf: workspace.appendingPathComponent(PortalStore.journalPath))
            .starts(with: [0xEF, 0xBB, 0xBF]), "one BOM, at the start")
    }

    func testImport_aTornJournalIsRefused_andNothingChanges() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        _ = try store.importExport(export, name: "jan.csv", date: F.date)
        let url = workspace.appendingPathComponent(PortalStore.journalPath)
        var data = try Data(contentsOf: url)
        data.removeLast(5)
        try data.write(to: url)
        let metrics = try Data(contentsOf: workspace.appendingPathComponent(PortalStore.metricsPath))
        let next = Data("date,metric,value\n2022-02-10,portal.client-requests-handled,1\n".utf8)
        XCTAssertThrowsError(try store.importExport(next, name: "feb.csv", date: F.date)) { error in
            XCTAssertTrue("\(error)".contains("portal/imports.csv: line 2 is incomplete"), "\(error)")
            XCTAssertTrue("\(error)".hasSuffix("nothing was imported"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: workspace.appendingPathComponent(PortalStore.metricsPath)), metrics)
    }

    func testImport_killedAfterItsCommit_isCompletedBeforeAnyoneReads() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        // What an import killed right after its commit record leaves: the record, nothing moved.
        let portal = workspace.appendingPathComponent(PortalStore.folderName)
        var transaction = try StoreTransaction(root: portal)
        try transaction.stage(PortalStore.metricsFile([]), at: "metrics.csv")
        try transaction.stage(Data("\u{FEFF}date,sha256,source,rows,added,duplicates,replaced\nx\n".utf8), at: "imports.csv")
        try transaction.writeRecordOnly()
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.appendingPathComponent("imports.csv").path))
        // A reader completes it (it takes the lock for that, and does not wait for it).
        _ = Workspace.open(workspace)
        XCTAssertTrue(FileManager.default.fileExists(atPath: portal.appendingPathComponent("imports.csv").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: portal.appendingPathComponent("metrics.csv").path))
        XCTAssertEqual(Leftovers.find(workspace: workspace), [])
    }
}
