import Foundation
import StrategyKit
import XCTest

final class VersionStoreTests: XCTestCase {
    private let day = CalendarDate(year: 2023, month: 11, day: 20)!

    func testSHA256_matchesTheStandardVectors() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([UInt8]()),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 1_000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testCut_freezesEverySourceFileAndRecordsTheirHashes() throws {
        let workspace = try TestWorkspace.copyOfMini()
        // A comment record (valid, so that the workspace still checks clean): not part of the strategy.
        try TestWorkspace.write(
            workspace, "comments/comments.csv", "id,version,member,target,paragraph,type,comment,proposal,source,line,imported\n")
        let store = VersionStore(workspace: workspace)
        let version = try store.cut("v1", note: "Draft for the Coalition", date: day)

        let expected = try VersionStore.sourceFiles(of: workspace)
        XCTAssertEqual(version.files.map(\.path), expected.map(\.path))
        XCTAssertFalse(version.files.contains { $0.path.hasPrefix("comments/") || $0.path.hasPrefix("versions/") })
        XCTAssertTrue(version.files.contains { $0.path == "strategy.json" })
        XCTAssertTrue(version.hash.hasPrefix("sha256:"))
        XCTAssertEqual(version.hash, VersionStore.contentHash(expected))
        for file in expected {
            let frozen = try Data(contentsOf: store.snapshotFolder("v1").appendingPathComponent(file.path))
            XCTAssertEqual(frozen, file.data, file.path)
        }
        let (read, problems) = store.read("v1")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(read, version)
        XCTAssertEqual(store.verify(version), [])
        // The snapshot is a workspace of its own, clean like the one it came from.
        XCTAssertEqual(try store.open("v1").errorCount, 0)
        // A version does not change the workspace's own check.
        XCTAssertEqual(Workspace.open(workspace).errorCount, 0)
    }

    func testCut_refusesAnExistingOrInvalidNameAndAWorkspaceWithErrors() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "First", date: day)
        XCTAssertThrowsError(try store.cut("v1", note: "Again", date: day)) { error in
            XCTAssertTrue("\(error)".contains("exists already"), "\(error)")
        }
        for name in ["", "../v2", "v 2", ".hidden", String(repeating: "x", count: 41), "в1"] {
            XCTAssertThrowsError(try store.cut(name, note: "Bad", date: day), name)
        }
        XCTAssertThrowsError(try store.cut("v2", note: "  ", date: day))

        try TestWorkspace.edit(workspace, "actions.csv", replacing: "2024-Q1", with: "2024-Q9")
        XCTAssertThrowsError(try store.cut("v2", note: "Broken", date: day)) { error in
            let failure = error as? VersionStore.Failure
            XCTAssertTrue(failure?.description.contains("error") == true, "\(error)")
            XCTAssertFalse(failure?.diagnostics.isEmpty ?? true)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.versionFolder("v2").path))
        XCTAssertEqual(store.list().versions.map(\.name), ["v1"])
    }

    func testList_ordersByDateThenNameAndReportsACorruptRecordWithItsPosition() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let store = VersionStore(workspace: workspace)
        try store.cut("v2", note: "Revised", date: CalendarDate(year: 2023, month: 12, day: 5)!)
        try store.cut("v1", note: "Draft", date: day)
        try store.cut("v1a", note: "Same day", date: day)
        XCTAssertEqual(store.list().versions.map(\.name), ["v1", "v1a", "v2"])

        let record = store.versionFolder("v1a").appendingPathComponent("version.json")
        try Data("{\n  \"name\": \"v1a\",\n  \"note\": 5\n}\n".utf8).write(to: record)
        let (versions, diagnostics) = store.list()
        XCTAssertEqual(versions.map(\.name), ["v1", "v2"])
        XCTAssertTrue(diagnostics.contains { $0.description.hasPrefix("versions/v1a/version.json:3:") }, "\(diagnostics)")
    }

    func testVerify_namesTheFilesChangedAfterTheCut() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let store = VersionStore(workspace: workspace)
        let version = try store.cut("v1", note: "Draft", date: day)
        try TestWorkspace.edit(store.snapshotFolder("v1"), "actions.csv", replacing: "2024-Q1", with: "2024-Q3")
        try TestWorkspace.write(store.snapshotFolder("v1"), "extra.json", "{}")
        XCTAssertEqual(store.verify(version), ["actions.csv", "extra.json"])
    }

    func testLock_aSecondHolderWaitsThenFailsClearly() throws {
        let workspace = try TestWorkspace.copyOfMini()
        var first: WorkspaceLock? = try WorkspaceLock(workspace)
        XCTAssertNotNil(first)
        // flock locks belong to the open file description: a second open in this process
        // contends like another process would.
        XCTAssertThrowsError(try WorkspaceLock(workspace, timeout: 0.2)) { error in
            XCTAssertTrue("\(error)".contains("locked by another"), "\(error)")
        }
        XCTAssertThrowsError(try VersionStore(workspace: workspace).cut("v1", note: "Blocked", date: day, lockTimeout: 0.2))
        first = nil
        XCTAssertNoThrow(try WorkspaceLock(workspace, timeout: 0.2))
    }

    func testAtomicFile_appendsWholeLinesAndReplacesFilesWhole() throws {
        let folder = try TestWorkspace.temporaryFolder()
        let journal = folder.appendingPathComponent("log/journal.csv")
        try AtomicFile.appendLine("a,1", to: journal)
        try AtomicFile.appendLine("b,2\n", to: journal)
        XCTAssertEqual(try String(contentsOf: journal, encoding: .utf8), "a,1\nb,2\n")
        let file = folder.appendingPathComponent("data.json")
        try AtomicFile.write(Data("old".utf8), to: file)
        try AtomicFile.write(Data("new".utf8), to: file)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["data.json", "log"])
        XCTAssertThrowsError(try AtomicFile.write(Data(), to: URL(fileURLWithPath: "/proc/no/such/file")))
    }
}
