import Foundation
@testable import StrategyKit
import XCTest

/// Recording appends one line per act under the lock, never rewrites, refuses while the journal
/// is damaged, and holds the revised and final strategy back while their version is unsettled.
final class ContractRecorderTests: XCTestCase {
    private typealias F = ContractFixture

    /// A copy of the shipped workspace (and its templates) in a temporary project.
    private func project() throws -> URL {
        let root = try TestWorkspace.temporaryFolder()
        for folder in ["strategy", "templates"] {
            try FileManager.default.copyItem(
                at: TestWorkspace.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        try? FileManager.default.removeItem(at: root.appendingPathComponent("strategy/contract"))
        return root.appendingPathComponent("strategy")
    }

    private func journalText(_ workspace: URL) throws -> String {
        try String(contentsOf: workspace.appendingPathComponent(ContractJournal.path), encoding: .utf8)
    }

    func testRecord_appendsOneLinePerActAfterTheHeader() throws {
        let workspace = try project()
        let recorder = ContractRecorder(workspace: workspace)
        try recorder.record(F.submit("D1", "2023-10-19"), contract: F.shipped)
        let ledger = try recorder.record(F.accept("D1", "2023-10-20"), contract: F.shipped)
        XCTAssertEqual(ledger.product(DeliverableID("D1")).state, .accepted)
        XCTAssertEqual(try journalText(workspace), """
            date,act,subject,version,amount,days,who,note,file,sha256
            2023-10-19,submit,D1,,,,consultant,,,
            2023-10-20,accept,D1,,,,specialist,,,

            """)
        XCTAssertThrowsError(try recorder.record(F.accept("D1", "2023-10-21"), contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.code, "contract.already-accepted")
        }
        XCTAssertEqual(try journalText(workspace).split(separator: "\n").count, 3, "a refused act writes nothing")
        XCTAssertEqual(Workspace.open(workspace).diagnostics.map(\.description), [])
    }

    /// A kill mid-write: the torn line is reported by `check`, the rest still counts, and
    /// nothing is appended after it until someone has looked at it.
    func testRecord_afterAKillMidWrite_refusesUntilTheTornLineIsRemoved() throws {
        let workspace = try project()
        let recorder = ContractRecorder(workspace: workspace)
        try recorder.record(F.submit("D1", "2023-10-19"), contract: F.shipped)
        let url = workspace.appendingPathComponent(ContractJournal.path)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2023-10-20,acc".utf8))
        try handle.close()

        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.errorCount, 0)
        XCTAssertEqual(opened.diagnostics.map(\.code), ["journal.torn-line"])
        XCTAssertEqual(opened.journal.acts.map(\.subject), ["D1"])
        let status = ContractStatus(contract: F.shipped, acts: opened.journal.acts, asOf: F.day("2023-10-21"))
        XCTAssertEqual(status.products[0].product.state, .submitted)

        XCTAssertThrowsError(try recorder.record(F.accept("D1", "2023-10-20"), contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.code, "journal.torn-line")
            XCTAssertEqual((error as? ContractRefusal)?.message,
                           "contract/journal.csv line 3 is incomplete: a command was interrupted while writing it. "
                            + "Look at it, delete that line (it was never recorded), then record the act again")
        }
        let text = try journalText(workspace)
        try Data(text.dropLast("2023-10-20,acc".count).utf8).write(to: url)
        try recorder.record(F.accept("D1", "2023-10-20"), contract: F.shipped)
        XCTAssertEqual(Workspace.open(workspace).journal.acts.map(\.kind), [.submit, .accept])
    }

    func testRecord_refusesWhileALineIsDamaged() throws {
        let workspace = try project()
        try TestWorkspace.write(workspace, ContractJournal.path, ContractJournal.header + "\n2023-10-19,submit,D9,,,,consultant,,,\n")
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics.map(\.description), [
            "contract/journal.csv:2:19: error: there is no deliverable 'D9' in the contract (it has D1, D2, D3, D4, D5, D6) "
                + "[contract.unknown-id]\n    note: did you mean 'D1'?",
        ])
        XCTAssertThrowsError(try ContractRecorder(workspace: workspace).record(F.submit("D1", "2023-10-19"), contract: F.shipped)) { error in
            let refusal = error as? ContractRefusal
            XCTAssertEqual(refusal?.code, "journal.damaged")
            XCTAssertEqual(refusal?.notes.count, 1)
        }
    }

    func testRecord_theRevisedStrategyWaitsForItsComments() throws {
        let workspace = try project()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft for the Coalition", date: F.day("2023-11-20"))
        let recorder = ContractRecorder(workspace: workspace)
        try recorder.record(F.submit("D3", "2023-11-20", version: "v1"), contract: F.shipped)

        // A member's comment on v1, still open.
        var rows = try CommentTestSupport.cells(
            CommentTestSupport.form(workspace, version: "v1", member: "smsu", language: "ru"))
        CommentTestSupport.fill(&rows, target: rows[1][2], type: "substantive", comment: "Добавить роль глав айыл окмоту")
        let form = Data(CommentTestSupport.excelText(rows, separator: ",").utf8)
        let report = try CommentStore(workspace: workspace).importForms([("smsu.csv", form)], date: F.day("2023-11-27"))
        let id = try XCTUnwrap(report.added.first?.id)
        try store.cut("v2", note: "Revised", date: F.day("2023-12-05"))

        XCTAssertThrowsError(try recorder.record(F.submit("D4", "2023-12-05", version: "v2"), contract: F.shipped)) { error in
            let refusal = error as? ContractRefusal
            XCTAssertEqual(refusal?.code, "contract.open-comments")
            XCTAssertEqual(refusal?.message, "D4 cannot be submitted with version v2: it has 1 open comment(s); decide "
                + "every comment ('strategy comments resolve') and complete every language, then cut a new version")
            XCTAssertEqual(refusal?.notes, ["open comment \(id) (smsu): Добавить роль глав айыл окмоту"])
        }
        _ = try CommentStore(workspace: workspace).resolve(
            id, decision: .accepted, response: "Добавлено в раздел 2", language: Language("ru"), date: F.day("2023-12-04"))
        XCTAssertNoThrow(try recorder.record(F.submit("D4", "2023-12-05", version: "v2"), contract: F.shipped))
        XCTAssertThrowsError(try recorder.record(F.submit("D6", "2023-12-06", version: "v9"), contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.message, "D6 cannot be submitted with version v9: there is no version 'v9'")
        }
    }

    func testRecord_theRevisedStrategyWaitsForWordComments() throws {
        let workspace = try project()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft for the Coalition", date: F.day("2023-11-20"))
        let recorder = ContractRecorder(workspace: workspace)
        try recorder.record(F.submit("D3", "2023-11-20", version: "v1"), contract: F.shipped)
        var copy = try WordCommentedCopy(workspace: workspace, member: "smsu")
        try copy.comment("Add the heads of aiyl okmotu", on: "3. Situation analysis", after: "\"sec_situation\"")
        let report = try CommentStore(workspace: workspace).importForms(
            [("smsu-v1.docx", try copy.data())], date: F.day("2023-11-27"))
        let id = try XCTUnwrap(report.added.first?.id)
        try store.cut("v2", note: "Revised", date: F.day("2023-12-05"))
        XCTAssertThrowsError(try recorder.record(F.submit("D4", "2023-12-05", version: "v2"), contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.notes, ["open comment \(id) (smsu): Add the heads of aiyl okmotu"])
        }
        _ = try CommentStore(workspace: workspace).resolve(
            id, decision: .accepted, response: "Added", language: Language("en"), date: F.day("2023-12-04"))
        XCTAssertNoThrow(try recorder.record(F.submit("D4", "2023-12-05", version: "v2"), contract: F.shipped))
    }

    func testRecord_theFinalStrategyWaitsForEveryTranslation() throws {
        let workspace = try project()
        let store = VersionStore(workspace: workspace)
        try store.cut("v3", note: "Final", date: F.day("2023-12-18"))
        // The snapshot loses a text (a version cut by an older workbench, or edited by hand).
        try TestWorkspace.edit(
            store.snapshotFolder("v3"), "goals.json",
            replacing: "\"en\": \"Local self-government priorities are taken into account in decisions of state bodies and the achievements of local democracy are preserved\"",
            with: "\"en\": \"\"")
        XCTAssertThrowsError(try ContractRecorder(workspace: workspace).record(
            F.submit("D6", "2023-12-18", version: "v3"), contract: F.shipped)) { error in
            let refusal = error as? ContractRefusal
            XCTAssertEqual(refusal?.code, "contract.translation")
            XCTAssertEqual(refusal?.notes.count, 1)
            XCTAssertTrue(refusal?.notes.first?.hasPrefix("goals.json:") ?? false, refusal?.notes.description ?? "")
            XCTAssertTrue(refusal?.notes.first?.contains("[translation.missing]") ?? false)
        }
        // The draft is submitted as it is: comments come after it.
        XCTAssertNoThrow(try ContractRecorder(workspace: workspace).record(
            F.submit("D3", "2023-11-20", version: "v3"), contract: F.shipped))
    }

    func testRecord_theFinalStrategyWaitsForStaleTranslations_theRevisedDoesNot() throws {
        let workspace = try project()
        // The Russian of an action changed after its English was made (issue 22).
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "A-07,O1.1,Провести через Портал опрос",
                               with: "A-07,O1.1,Провести через Портал подробный опрос")
        let store = VersionStore(workspace: workspace)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).filter { $0.contains("error:") }, [])
        try store.cut("v3", note: "Final", date: F.day("2023-12-18"))
        XCTAssertThrowsError(try ContractRecorder(workspace: workspace).record(
            F.submit("D6", "2023-12-18", version: "v3"), contract: F.shipped)) { error in
            let refusal = error as? ContractRefusal
            XCTAssertEqual(refusal?.code, "contract.translation")
            XCTAssertEqual(refusal?.message, "D6 cannot be submitted with version v3: it has 1 stale translation(s); decide "
                + "every comment ('strategy comments resolve') and complete every language (translate or accept the "
                + "stale texts: 'strategy translate status'), then cut a new version")
            XCTAssertEqual(refusal?.notes.count, 1)
            XCTAssertTrue(refusal?.notes.first?.hasPrefix("actions.csv:8:") ?? false, refusal?.notes.description ?? "")
            XCTAssertTrue(refusal?.notes.first?.contains("A-07.title (en) was translated from an earlier ru text") ?? false)
        }
        XCTAssertNoThrow(try ContractRecorder(workspace: workspace).record(
            F.submit("D4", "2023-12-05", version: "v3"), contract: F.shipped))
        _ = try TranslationStore(workspace: workspace).accept(["A-07.title"], language: "en", allCurrent: false)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).filter { $0.contains("translation.") }, [])
    }
}
