import Foundation
@testable import StrategyKit
import XCTest

/// Nothing is written through a symbolic link, a failed fsync is told as it is, and a
/// transaction is all or nothing even when its command dies after the commit record.
final class StoreSafetyTests: XCTestCase {
    private typealias F = ContractFixture

    private func project() throws -> URL {
        let root = try TestWorkspace.temporaryFolder()
        for folder in ["strategy", "templates"] {
            try FileManager.default.copyItem(
                at: TestWorkspace.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        for folder in ["contract", "comments", "portal"] {
            try? FileManager.default.removeItem(at: root.appendingPathComponent("strategy/\(folder)"))
        }
        return root.appendingPathComponent("strategy")
    }

    private func link(_ path: URL, to target: URL) throws {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: path, withDestinationURL: target)
    }

    // MARK: Symbolic links

    func testAppendLine_refusesADanglingLink_andCreatesNothingAtItsTarget() throws {
        let folder = try TestWorkspace.temporaryFolder()
        let outside = folder.appendingPathComponent("outside.txt")
        let journal = folder.appendingPathComponent("journal.csv")
        try link(journal, to: outside)
        XCTAssertThrowsError(try AtomicFile.appendLine("x", to: journal)) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.path))
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: journal)) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.path))
    }

    func testRecordFiles_plantedLinks_areRefusedWithTheirName() throws {
        let workspace = try project()
        let outside = workspace.deletingLastPathComponent().appendingPathComponent("outside.csv")
        for path in [ContractJournal.path, CommentStore.decisionsPath, PortalStore.journalPath] {
            try link(workspace.appendingPathComponent(path), to: outside)
        }
        XCTAssertThrowsError(try ContractRecorder(workspace: workspace).record(
            F.submit("D1", "2023-10-19"), contract: F.shipped)) { error in
            XCTAssertTrue("\(error)".contains("contract/journal.csv"), "\(error)")
        }
        let store = CommentStore(workspace: workspace)
        XCTAssertTrue(store.read().diagnostics.contains {
            $0.code == "store.not-a-file" && $0.location.file == CommentStore.decisionsPath
        })
        XCTAssertThrowsError(try store.appendDecision("x"))
        let portal = PortalStore(workspace: workspace)
        XCTAssertThrowsError(try portal.journalWithLine(["a"])) { error in
            XCTAssertTrue("\(error)".contains("portal/imports.csv"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.path), "nothing was created at a link's target")
    }

    func testLock_aLinkAtTheLockIsRefused() throws {
        let workspace = try project()
        let outside = workspace.deletingLastPathComponent().appendingPathComponent("elsewhere")
        // A copied workspace may carry the lock file of an earlier command.
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".lock"))
        try link(workspace.appendingPathComponent(".lock"), to: outside)
        XCTAssertThrowsError(try WorkspaceLock(workspace, timeout: 0)) { error in
            XCTAssertTrue("\(error)".contains(".lock"), "\(error)")
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.path))
    }

    func testExportWrite_aPlantedPartialLinkIsNeverWrittenThrough() throws {
        let workspace = try project()
        let exports = workspace.deletingLastPathComponent().appendingPathComponent("exports")
        let victim = workspace.deletingLastPathComponent().appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        try link(exports.appendingPathComponent("ru/.strategy.md.partial"), to: victim)
        try ExportStore.write(
            [RenderedFile(path: "ru/strategy.md", data: Data("new".utf8))], to: exports, workspace: workspace)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious")
        XCTAssertEqual(try String(contentsOf: exports.appendingPathComponent("ru/strategy.md"), encoding: .utf8), "new")
        XCTAssertNil(FileKind.of(exports.appendingPathComponent("ru/.strategy.md.partial")), "the link was removed")
    }

    func testExportWrite_aTargetThatIsALinkOrFolder_changesNothing() throws {
        let workspace = try project()
        let exports = workspace.deletingLastPathComponent().appendingPathComponent("exports")
        try ExportStore.write([
            RenderedFile(path: "en/a.md", data: Data("old a".utf8)), RenderedFile(path: "ru/b.md", data: Data("old b".utf8)),
        ], to: exports, workspace: workspace)
        try FileManager.default.createDirectory(
            at: exports.appendingPathComponent("ru/c.md"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try ExportStore.write([
            RenderedFile(path: "en/a.md", data: Data("new a".utf8)), RenderedFile(path: "ru/b.md", data: Data("new b".utf8)),
            RenderedFile(path: "ru/c.md", data: Data("new c".utf8)),
        ], to: exports, workspace: workspace)) { error in
            XCTAssertTrue("\(error)".hasSuffix("nothing was written; the previous exports are unchanged"), "\(error)")
            XCTAssertTrue("\(error)".contains("ru/c.md"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: exports.appendingPathComponent("en/a.md"), encoding: .utf8), "old a")
        XCTAssertEqual(try String(contentsOf: exports.appendingPathComponent("ru/b.md"), encoding: .utf8), "old b")
        XCTAssertEqual(Leftovers.inExports(exports), [])
    }

    // MARK: Transactions

    func testTransaction_killedAfterItsCommitRecord_isCompletedByTheNextLock() throws {
        let workspace = try project()
        let exports = workspace.deletingLastPathComponent().appendingPathComponent("exports")
        try ExportStore.write([
            RenderedFile(path: "en/a.md", data: Data("old a".utf8)), RenderedFile(path: "ru/b.md", data: Data("old b".utf8)),
        ], to: exports, workspace: workspace)
        var transaction = try StoreTransaction(root: exports)
        try transaction.stage(Data("new a".utf8), at: "en/a.md")
        try transaction.stage(Data("new b".utf8), at: "ru/b.md")
        // What a kill right after the first rename leaves: the record, one file moved.
        try transaction.writeRecordOnly()
        XCTAssertEqual(rename(transaction.staging.appendingPathComponent("en/a.md").path,
                              exports.appendingPathComponent("en/a.md").path), 0)
        XCTAssertEqual(Leftovers.diagnostics(workspace: workspace).map(\.code), ["store.leftover", "store.leftover"])
        _ = try WorkspaceLock(workspace, timeout: 1)
        XCTAssertEqual(try String(contentsOf: exports.appendingPathComponent("en/a.md"), encoding: .utf8), "new a")
        XCTAssertEqual(try String(contentsOf: exports.appendingPathComponent("ru/b.md"), encoding: .utf8), "new b")
        XCTAssertEqual(Leftovers.find(workspace: workspace), [])
    }

    func testTransaction_killedBeforeItsCommitRecord_leavesTheOldFiles() throws {
        let workspace = try project()
        let exports = workspace.deletingLastPathComponent().appendingPathComponent("exports")
        try ExportStore.write([RenderedFile(path: "en/a.md", data: Data("old".utf8))], to: exports, workspace: workspace)
        var transaction = try StoreTransaction(root: exports)
        try transaction.stage(Data("new".utf8), at: "en/a.md")
        XCTAssertEqual(Leftovers.inExports(exports).map(\.lastPathComponent), [transaction.staging.lastPathComponent])
        _ = try WorkspaceLock(workspace, timeout: 1)
        XCTAssertEqual(try String(contentsOf: exports.appendingPathComponent("en/a.md"), encoding: .utf8), "old")
        XCTAssertEqual(Leftovers.inExports(exports), [])
    }

    func testConcurrentExportWrites_neverMix() throws {
        let workspace = try project()
        let exports = workspace.deletingLastPathComponent().appendingPathComponent("exports")
        let paths = (0..<12).map { "\(["en", "ru"][$0 % 2])/file\($0).txt" }
        for round in 0..<5 {
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { writer in
                let files = paths.map { RenderedFile(path: $0, data: Data(String(repeating: "\(round)-\(writer) ", count: 2000).utf8)) }
                do { try ExportStore.write(files, to: exports, workspace: workspace) } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            XCTAssertEqual(failures.withLock { $0 }, [])
            let contents = Set(try paths.map { try String(contentsOf: exports.appendingPathComponent($0), encoding: .utf8) })
            XCTAssertEqual(contents.count, 1, "round \(round): files from different writers")
            XCTAssertEqual(Leftovers.inExports(exports), [])
        }
    }

    func testCleaning_keepsTheStagingFilesOfALiveWriter() throws {
        let workspace = try project()
        let exports = workspace.deletingLastPathComponent().appendingPathComponent("exports/en")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let live = exports.appendingPathComponent(".dashboard.html.\(sleeper.processIdentifier).1.partial")
        let dead = exports.appendingPathComponent(".dashboard.html.999999.1.partial")
        for url in [live, dead] { try Data("x".utf8).write(to: url) }
        _ = try WorkspaceLock(workspace, timeout: 1)
        XCTAssertNotNil(FileKind.of(live), "a running writer's file is left alone")
        XCTAssertNil(FileKind.of(dead))
    }

    // MARK: Honest failures

    func testAppendLine_fsyncFails_saysTheLineWasWritten() throws {
        let folder = try TestWorkspace.temporaryFolder()
        let journal = folder.appendingPathComponent("journal.csv")
        // A new file fails whole (it is linked into place only after its fsync).
        try FileFaults.withFsyncFailing(.init(errno: EIO)) {
            XCTAssertThrowsError(try AtomicFile.appendLine("header", to: journal)) { error in
                XCTAssertEqual((error as? AtomicFile.Failure)?.outcome, .unchanged)
            }
        }
        XCTAssertNil(FileKind.of(journal))
        try AtomicFile.appendLine("header", to: journal)
        try FileFaults.withFsyncFailing(.init(errno: EIO)) {
            XCTAssertThrowsError(try AtomicFile.appendLine("line", to: journal)) { error in
                XCTAssertEqual((error as? AtomicFile.Failure)?.outcome, .writtenNotDurable)
                XCTAssertTrue("\(error)".contains("the line was written but may not be durable"), "\(error)")
            }
        }
        XCTAssertEqual(try String(contentsOf: journal, encoding: .utf8), "header\nline\n")
    }

    func testRecord_fsyncFails_thenARetryIsNotRecordedTwice() throws {
        let workspace = try project()
        let recorder = ContractRecorder(workspace: workspace)
        try recorder.record(F.submit("D1", "2023-10-19"), contract: F.shipped)
        let work = F.work("T2", "2023-11-01", "4", "drafting")
        try FileFaults.withFsyncFailing(.init(errno: EIO)) {
            XCTAssertThrowsError(try recorder.record(work, contract: F.shipped)) { error in
                XCTAssertEqual((error as? ContractRefusal)?.code, "journal.not-durable")
            }
        }
        XCTAssertThrowsError(try recorder.record(work, contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.code, "journal.duplicate")
            XCTAssertTrue("\(error)".contains("line 3"), "\(error)")
        }
        let ledger = try recorder.record(work, contract: F.shipped, again: true)
        XCTAssertEqual(ContractJournal.read(workspace: workspace).acts.count, 3)
        XCTAssertEqual(ledger.contract.tasks.isEmpty, false)
    }

    func testRecord_absurdAmountsAndDaysAreRefused() throws {
        let workspace = try project()
        let recorder = ContractRecorder(workspace: workspace)
        for act in F.initialAccepted { try recorder.record(act, contract: F.shipped) }
        XCTAssertThrowsError(try recorder.record(
            F.pay("T1", "2023-10-30", "1000000000000000000000000000000", reason: "typo"), contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.code, "contract.amount")
            XCTAssertTrue("\(error)".contains("more than the whole contract"), "\(error)")
        }
        XCTAssertThrowsError(try recorder.record(F.work("T2", "2023-11-01", "367", "x"), contract: F.shipped)) { error in
            XCTAssertEqual((error as? ContractRefusal)?.code, "contract.days")
        }
    }
}

import Synchronization
