import Foundation
@testable import StrategyKit
import XCTest

/// `edition.contradiction`: an edition that declares its stage, against the workspace's
/// versions and the contract journal; each case is a broken copy of `mini`, asserted line for line.
final class EditionRulesTests: XCTestCase {
    private let cutDay = CalendarDate(year: 2023, month: 11, day: 20)!

    /// `mini` with its edition declared a draft.
    private func mini() throws -> URL {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: "\"status\": {\"ru\": \"Проект\", \"en\": \"Draft\"}",
            with: "\"status\": {\"ru\": \"Проект\", \"en\": \"Draft\"}, \"stage\": \"draft\"")
        return workspace
    }

    func testEditionWithoutStage_isNotHeldToTheVersions() throws {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft", date: cutDay)
        try store.cut("v2", note: "Revised", date: CalendarDate(year: 2023, month: 12, day: 5)!)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
    }

    func testEdition_matchingItsVersion_isClean() throws {
        let workspace = try mini()
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: cutDay)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
    }

    func testEditionContradiction_versionCutAfterTheEdition() throws {
        let workspace = try mini()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft", date: cutDay)
        try store.cut("v2", note: "Revised", date: CalendarDate(year: 2023, month: 12, day: 5)!)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "strategy.json:7:40: error: the edition (v1, 2023-11-20) is older than version v2, cut on "
                + "2023-12-05: the documents would carry a superseded edition; update edition.version, "
                + "date and status [edition.contradiction]",
        ])
    }

    func testEditionContradiction_itsVersionCutAfterIt() throws {
        let workspace = try mini()
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: cutDay)
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"date\": \"2023-11-20\"", with: "\"date\": \"2023-11-18\"")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "strategy.json:7:40: error: the edition is version v1 dated 2023-11-18, but version v1 was "
                + "cut later, on 2023-11-20: an edition cannot be older than its version [edition.contradiction]",
        ])
    }

    func testEditionContradiction_stageAgainstTheJournal() throws {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: cutDay)
        try TestWorkspace.edit(
            workspace, "contract.json",
            replacing: "\"due\": \"2023-12-22\", \"tranche\": \"T2\", \"tasks\": [\"T2\"]",
            with: "\"due\": \"2023-12-22\", \"tranche\": \"T2\", \"tasks\": [\"T2\"], \"strategyStage\": \"draft\"")
        try TestWorkspace.edit(
            workspace, "strategy.json", replacing: "\"status\": {\"ru\": \"Проект\", \"en\": \"Draft\"}",
            with: "\"status\": {\"ru\": \"Итог\", \"en\": \"Final\"}, \"stage\": \"final\"")
        let folder = workspace.appendingPathComponent("contract")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((ContractJournal.header + "\n2023-11-20,submit,D2,v1,,,consultant,,,\n").utf8)
            .write(to: folder.appendingPathComponent("journal.csv"))
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            """
            strategy.json:7:104: error: the edition calls version v1 the final strategy, but the contract journal \
            records it submitted on 2023-11-20 as D2, the draft strategy [edition.contradiction]
                contract/journal.csv:2:22: note: submitted here
            """,
        ])
    }
}
