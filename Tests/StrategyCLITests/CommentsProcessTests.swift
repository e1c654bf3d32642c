import Foundation
import StrategyKit
import XCTest

/// The built `strategy` binary, several at once and killed half-way: the comment records stay whole.
final class CommentsProcessTests: XCTestCase {
    private func binary() throws -> URL {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("strategy")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        XCTFail("the strategy executable is not built beside the tests (\(folder.path))")
        throw CocoaError(.fileNoSuchFile)
    }

    private func project() throws -> URL {
        let root = try CLI.miniProject()
        try VersionStore(workspace: root.appendingPathComponent("strategy"))
            .cut("v1", note: "Draft", date: CalendarDate(year: 2023, month: 11, day: 20)!)
        return root
    }

    /// A form with `count` distinct comments from `member`, tagged so that files never overlap.
    private func form(_ member: String, _ tag: String, count: Int) -> Data {
        let targets = ["doc", "sec.situation", "A-01", "A-02", "G1", "O1.1", "aud.media", "R-01"]
        var text = "version,member,target,paragraph,type,comment\n"
        for index in 0..<count {
            text += "v1,\(member),\(targets[index % targets.count]),\(index % 7),general,\(tag) comment \(index)\n"
        }
        return Data(text.utf8)
    }

    private func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func testBinary_twoImportsAtOnceBothLand() throws {
        let project = try project()
        try form("ipr", "a", count: 300).write(to: project.appendingPathComponent("a.csv"))
        try form("smsu", "b", count: 300).write(to: project.appendingPathComponent("b.csv"))
        try form("ipr", "c", count: 300).write(to: project.appendingPathComponent("c.csv"))
        let processes = try ["a.csv", "b.csv", "c.csv"].map { try start(["comments", "import", $0], in: project) }
        for process in processes { process.waitUntilExit() }
        XCTAssertEqual(processes.map(\.terminationStatus), [0, 0, 0])
        let contents = CommentStore(workspace: project.appendingPathComponent("strategy")).read()
        XCTAssertEqual(contents.diagnostics, [])
        XCTAssertEqual(contents.comments.count, 900)
        XCTAssertEqual(Set(contents.comments.map(\.id)).count, 900)
        XCTAssertEqual(contents.comments.filter { $0.member.rawValue == "ipr" }.map(\.id).sorted(),
                       (1...600).map { "v1-ipr-" + String(repeating: "0", count: max(0, 3 - String($0).count)) + String($0) }.sorted())
    }

    func testBinary_anImportKilledHalfWayLeavesTheRecordsAsTheyWere() throws {
        let project = try project()
        let workspace = project.appendingPathComponent("strategy")
        let store = CommentStore(workspace: workspace)
        var expected = 0
        var completed = 0
        var killed = 0
        for (round, delay) in [0.05, 0.15, 0.3, 0.5, 0.8, 1.2, 1.8, 2.5].enumerated() {
            let file = project.appendingPathComponent("round\(round).csv")
            try form("ipr", "round \(round)", count: 4_000).write(to: file)
            let before = FileManager.default.contents(atPath: workspace.appendingPathComponent(CommentStore.commentsPath).path)
            let process = try start(["comments", "import", file.lastPathComponent], in: project)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            let contents = store.read()
            XCTAssertEqual(contents.diagnostics, [], "round \(round)")
            if process.terminationReason == .exit {
                XCTAssertEqual(process.terminationStatus, 0)
                expected += 4_000
                completed += 1
            } else {
                killed += 1
                let after = FileManager.default.contents(atPath: workspace.appendingPathComponent(CommentStore.commentsPath).path)
                if contents.comments.count == expected {
                    XCTAssertEqual(after, before, "round \(round): killed, and the records are byte for byte as they were")
                } else {
                    expected += 4_000   // killed after the rename: the import is complete
                }
            }
            XCTAssertEqual(contents.comments.count, expected, "round \(round): all or nothing")
        }
        XCTAssertGreaterThan(killed, 0, "no run was killed half-way; the form is too small for this machine")
        // Whatever was left behind, the next import goes through and the workspace checks.
        try form("smsu", "last", count: 10).write(to: project.appendingPathComponent("last.csv"))
        let last = try start(["comments", "import", "last.csv"], in: project)
        last.waitUntilExit()
        XCTAssertEqual(last.terminationStatus, 0)
        XCTAssertEqual(store.read().comments.count, expected + 10)
        let partials = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("comments").path)
            .filter { $0.hasSuffix(".partial") }
        XCTAssertEqual(partials, [])
        print("killed \(killed) of 8 imports half-way, \(completed) completed")
    }
}
