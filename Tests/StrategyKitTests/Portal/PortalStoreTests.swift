import Foundation
@testable import StrategyKit
import XCTest

/// Imports: idempotent, all or nothing, originals kept byte for byte.
final class PortalStoreTests: XCTestCase {
    typealias F = PortalFixture

    private func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    func testImport_sameFileTwice_addsNothing_andKeepsTheOriginal() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        let export = try F.exampleExport
        let first = try store.importExport(export, name: "example.csv", date: F.date)
        XCTAssertEqual(first.rows, 430)
        XCTAssertEqual(first.added, 430)
        XCTAssertEqual(first.duplicates, 0)
        XCTAssertEqual(first.examples, 430)
        XCTAssertEqual(first.encoding, .utf8BOM)
        XCTAssertEqual(first.separator, ";")
        XCTAssertEqual(bytes(store.originalURL(sha256: SHA256.hex(export))), export, "kept byte for byte")
        let metrics = workspace.appendingPathComponent(PortalStore.metricsPath)
        let stored = bytes(metrics)
        let journal = bytes(workspace.appendingPathComponent(PortalStore.journalPath))

        let second = try store.importExport(export, name: "example.csv", date: F.date)
        XCTAssertEqual(second.added, 0)
        XCTAssertEqual(second.duplicates, 430)
        XCTAssertTrue(second.wasImportedBefore)
        XCTAssertEqual(bytes(metrics), stored, "nothing rewritten")
        XCTAssertEqual(bytes(workspace.appendingPathComponent(PortalStore.journalPath)), journal)

        // The same rows in another encoding and separator are the same rows.
        let text = String(decoding: export.dropFirst(3), as: UTF8.self).replacingOccurrences(of: ";", with: "\t")
        let third = try store.importExport(text.data(using: .windowsCP1251, allowLossyConversion: false) ?? Data(text.utf8),
                                           name: "example-tabs.csv", date: F.date)
        XCTAssertEqual(third.added, 0)
        XCTAssertEqual(bytes(metrics), stored)

        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        XCTAssertEqual(opened.strategy?.portalData?.observations.count, 430)
    }

    func testImport_aLaterExportAddsOnlyItsNewRows_evenWithIdenticalRows() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        let header = "date,metric,value\n"
        let january = "2022-01-10,portal.client-requests-handled,1\n2022-01-10,portal.client-requests-handled,1\n"
        XCTAssertEqual(try store.importExport(Data((header + january).utf8), name: "jan.csv", date: F.date).added, 2)
        // The next export repeats January and has a third identical January row and February.
        let next = header + january + "2022-01-10,portal.client-requests-handled,1\n2022-02-03,portal.client-requests-handled,1\n"
        let report = try store.importExport(Data(next.utf8), name: "jan-feb.csv", date: F.date)
        XCTAssertEqual(report.added, 2)
        XCTAssertEqual(report.duplicates, 2)
        XCTAssertEqual(Workspace.open(workspace).strategy?.portalData?.observations.count, 4)
    }

    func testImport_oneBadRow_importsNothing() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        let good = "date,metric,value,participants\n2022-01-10,portal.client-requests-handled,2,\n"
        _ = try store.importExport(Data(good.utf8), name: "good.csv", date: F.date)
        let metrics = workspace.appendingPathComponent(PortalStore.metricsPath)
        let before = bytes(metrics)
        let bad = good + "2022-02-10,portal.client-requests-handled,3,\n2022-02-11,portal.online-events,1,\n"
        XCTAssertThrowsError(try store.importExport(Data(bad.utf8), name: "bad.csv", date: F.date)) { error in
            let failure = error as? PortalStore.Failure
            XCTAssertEqual(failure?.description, "nothing was imported: bad.csv has 1 error")
            XCTAssertEqual(failure?.diagnostics.map(\.description), [
                "bad.csv:4:35: error: row 4 is an event of 'portal.online-events', which target pt.online-events counts by participants, but gives no participants [portal.missing-attribute]",
            ])
        }
        XCTAssertEqual(bytes(metrics), before, "the good rows of a bad file are not imported either")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.originalURL(sha256: SHA256.hex(Data(bad.utf8))).path))
    }

    func testImport_anIdWithOtherValues_isAConflict() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        let first = "date,metric,value,participants,id\n2022-03-01,portal.online-events,1,12,ev-7\n"
        _ = try store.importExport(Data(first.utf8), name: "a.csv", date: F.date)
        let changed = "date,metric,value,participants,id\n2022-03-01,portal.online-events,1,9,ev-7\n"
        XCTAssertThrowsError(try store.importExport(Data(changed.utf8), name: "b.csv", date: F.date)) { error in
            XCTAssertEqual((error as? PortalStore.Failure)?.diagnostics.map(\.code), ["portal.conflict"])
        }
        let same = "date,metric,value,participants,id,note\n2022-03-01,portal.online-events,1,12,ev-7,a note\n"
        XCTAssertEqual(try store.importExport(Data(same.utf8), name: "c.csv", date: F.date).duplicates, 1)
    }

    func testImport_replace_swapsTheExampleDataForTheExport() throws {
        let workspace = try F.shippedWorkspace(withData: true)
        let store = PortalStore(workspace: workspace)
        XCTAssertEqual(Workspace.open(workspace).strategy?.portalData?.exampleCount, 430)
        let real = "date,metric,value\n2022-01-10,portal.client-requests-handled,2\n"
        let report = try store.importExport(Data(real.utf8), name: "real.csv", date: F.date, replace: true)
        XCTAssertEqual(report.replaced, 430)
        let data = Workspace.open(workspace).strategy?.portalData
        XCTAssertEqual(data?.observations.count, 1)
        XCTAssertEqual(data?.exampleCount, 0)
    }

    func testImport_notesRoundTripThroughTheRecord() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        let export = "date,metric,value,note\n2022-01-10,portal.client-requests-handled,1,=SUM(A1)\n"
            + "2022-01-11,portal.client-requests-handled,1,'quoted\n2022-01-12,portal.client-requests-handled,1,\"a, b\"\n"
        _ = try store.importExport(Data(export.utf8), name: "notes.csv", date: F.date)
        let record = String(decoding: bytes(workspace.appendingPathComponent(PortalStore.metricsPath)) ?? Data(), as: UTF8.self)
        XCTAssertTrue(record.contains(",'=SUM(A1),"), "a formula is neutralised in the record")
        XCTAssertEqual(Workspace.open(workspace).strategy?.portalData?.observations.map(\.note), ["=SUM(A1)", "'quoted", "a, b"])
    }

    func testImport_refusesAWorkspaceWithErrors() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        try TestWorkspace.edit(workspace, "portal-targets.json", replacing: "\"metric\": \"portal.voting-rotations\"",
                               with: "\"metric\": \"portal.voting\"")
        XCTAssertThrowsError(try PortalStore(workspace: workspace).importExport(
            Data("date,metric,value\n2022-01-10,portal.client-requests-handled,1\n".utf8), name: "x.csv", date: F.date)
        ) { error in
            XCTAssertEqual((error as? PortalStore.Failure)?.diagnostics.map(\.code), ["ref.unknown-id"])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("portal").path))
    }
}

/// The Portal's export saved as an Excel workbook imports as its CSV does.
final class PortalWorkbookImportTests: XCTestCase {
    typealias F = PortalFixture

    private var workbook: Data {
        get throws {
            try Data(contentsOf: TestWorkspace.fixture("XLSX/portal-export-2022-EXAMPLE-openpyxl.xlsx"))
        }
    }

    func testImport_workbookThenCSV_sameRowsOnce_originalKeptAsXLSX() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        let xlsx = try workbook
        let first = try store.importExport(xlsx, name: "export.xlsx", date: F.date)
        XCTAssertEqual([first.rows, first.added, first.duplicates, first.examples], [430, 430, 0, 430])
        XCTAssertEqual(FileManager.default.contents(
            atPath: store.originalURL(sha256: SHA256.hex(xlsx), fileExtension: "xlsx").path), xlsx)
        let csv = try store.importExport(try F.exampleExport, name: "example.csv", date: F.date)
        XCTAssertEqual([csv.added, csv.duplicates], [0, 430], "the CSV holds the same rows")
        let again = try store.importExport(xlsx, name: "export.xlsx", date: F.date)
        XCTAssertEqual(again.added, 0)
        XCTAssertTrue(again.wasImportedBefore)
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        XCTAssertEqual(opened.strategy?.portalData?.observations.count, 430)
    }

    func testImport_badCellsInAWorkbook_areReportedByCell_andNothingIsImported() throws {
        let workspace = try F.shippedWorkspace(withData: false)
        let store = PortalStore(workspace: workspace)
        var rows: [[XLSXCell]] = [PortalExportReader.requiredColumns.map { .text($0) } + [.text("example")]]
        rows.append([.text("2022-02-30"), .text("portal.online-events"), .number(1), .text("yes")])
        rows.append([.text("2022-03-01"), .text("portal.nope"), .text("12abc"), .text("maybe")])
        let data = try XLSXWriter.data(XLSXWorkbook(sheets: [XLSXSheet(name: "Export", rows: rows)],
                                                    properties: .init(title: "", language: "en")))
        XCTAssertThrowsError(try store.importExport(data, name: "bad.xlsx", date: F.date)) { error in
            let places = (error as? PortalStore.Failure)?.diagnostics.map { $0.location.description } ?? []
            XCTAssertEqual(Set(places).isSuperset(of: ["bad.xlsx:Export!A2", "bad.xlsx:Export!B3"]), true, "\(places)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent(PortalStore.metricsPath).path))
    }
}
