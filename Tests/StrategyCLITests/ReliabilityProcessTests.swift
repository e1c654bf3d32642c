import Foundation
import XCTest

/// The built binary under the conditions of issue 21: a full standard output, four renders at
/// once, leftovers of killed commands, and acts retried.
final class ReliabilityProcessTests: XCTestCase {
    private static func binary() throws -> URL {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("strategy")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        XCTFail("the strategy executable is not built beside the tests")
        throw CocoaError(.fileNoSuchFile)
    }

    /// Runs the binary in `directory`; stdout goes to `stdout` when given.
    private static func run(
        _ arguments: [String], in directory: URL, stdout: FileHandle? = nil
    ) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        try process.run()
        // Read both before waiting, so a large output cannot block the child.
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func testFullStandardOutput_exitsOneWithAMessage_neverTraps() throws {
        let project = try CLI.miniProject()
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let result = try Self.run(["check"], in: project, stdout: full)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("Error: cannot write to standard output: No space left on device"), result.err)
        XCTAssertFalse(result.err.contains("Fatal error"), result.err)
    }

    func testFourRendersAtOnce_leaveTheExportsOfOneOfThem() throws {
        let project = try CLI.miniProject()
        let dates = ["2024-01-01", "2024-02-02", "2024-03-03", "2024-04-04"]
        for round in 0..<3 {
            let results = Mutex<[(Int32, String)]>([])
            DispatchQueue.concurrentPerform(iterations: dates.count) { index in
                let result = (try? Self.run(["render", "--format", "md,html", "--date", dates[index]], in: project)) ?? (status: 99, out: "", err: "")
                results.withLock { $0.append((result.status, result.err)) }
            }
            for (status, err) in results.withLock({ $0 }) { XCTAssertEqual(status, 0, "round \(round): \(err)") }
            // Every file carries the same date: one render's set, not a mix.
            var seen = Set<String>()
            let exports = project.appendingPathComponent("exports")
            for language in ["en", "ru"] {
                for format in ["md", "html"] {
                    let text = try String(
                        contentsOf: exports.appendingPathComponent("\(language)/strategy.\(format)"), encoding: .utf8)
                    let found = dates.filter { text.contains(Self.shown($0, language: language)) }
                    XCTAssertEqual(found.count, 1, "round \(round): \(language)/strategy.\(format)")
                    seen.formUnion(found)
                }
            }
            XCTAssertEqual(seen.count, 1, "round \(round): the exports mix renders of \(seen.sorted())")
            let hidden = try FileManager.default.contentsOfDirectory(atPath: exports.path).filter { $0.hasPrefix(".") }
            XCTAssertEqual(hidden, [], "round \(round)")
        }
    }

    /// How the mini workspace's documents show a date ("1 January 2024", "1 января 2024 г.").
    private static func shown(_ date: String, language: String) -> String {
        let parts = date.split(separator: "-").map { Int($0) ?? 0 }
        let en = ["January", "February", "March", "April"], ru = ["января", "февраля", "марта", "апреля"]
        return "\(parts[2]) \((language == "en" ? en : ru)[parts[1] - 1]) \(parts[0])"
    }

    func testStrayStaging_isReportedByCheck_andRemovedByTheNextWriter() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(try Self.run(["render"], in: project).status, 0)
        let staging = project.appendingPathComponent("exports/.staging.999999.1")
        let cut = project.appendingPathComponent("strategy/versions/.v9.999999.partial")
        for folder in [staging, cut] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
            try Data("half".utf8).write(to: folder.appendingPathComponent("en/strategy.md"))
        }
        let renderCheck = try Self.run(["render", "--check"], in: project)
        XCTAssertEqual(renderCheck.status, 1)
        XCTAssertTrue(renderCheck.err.contains("stray: exports/.staging.999999.1"), renderCheck.err)
        let check = try Self.run(["check"], in: project)
        XCTAssertTrue(check.err.contains("versions/.v9.999999.partial:1:1: warning:"), check.err)
        XCTAssertTrue(check.err.contains("[store.leftover]"), check.err)
        // Any command under the lock cleans up; a version cut is one.
        let cutResult = try Self.run(["version", "cut", "v1", "--note", "Draft", "--date", "2023-11-20"], in: project)
        XCTAssertEqual(cutResult.status, 0, cutResult.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cut.path))
        XCTAssertEqual(try Self.run(["check"], in: project).err.contains("store.leftover"), false)
    }
}

import Synchronization
