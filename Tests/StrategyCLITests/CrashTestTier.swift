import Foundation
import XCTest

/// The crash-test tier: `scripts/crash-test.sh` against the built binary, every writing command
/// killed (and given ENOSPC and EIO) at every write, rename, link, fsync, mkdir, rmdir and
/// unlink. Minutes long and needs strace, so it runs only with `STRATEGY_STRESS=1`.
final class CrashTestTier: XCTestCase {
    func testEveryWritingCommand_survivesAFaultAtEveryCall() throws {
        guard ProcessInfo.processInfo.environment["STRATEGY_STRESS"] == "1" else {
            throw XCTSkip("set STRATEGY_STRESS=1 to run the crash tests (needs strace)")
        }
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        var folder = runner.deletingLastPathComponent()
        var binary: URL?
        for _ in 0..<3 where binary == nil {
            let candidate = folder.appendingPathComponent("strategy")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { binary = candidate }
            folder = folder.deletingLastPathComponent()
        }
        guard let binary else { throw XCTSkip("the strategy executable is not built beside the tests") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLI.packageRoot.appendingPathComponent("scripts/crash-test.sh").path]
        var environment = ProcessInfo.processInfo.environment
        environment["STRATEGY_BIN"] = binary.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains(", 0 failures"), text)
    }
}
