import Foundation
import XCTest

/// Runs the built `strategy` binary as a user would.
final class EndToEndTests: XCTestCase {
    private func binary() throws -> URL {
        // The test runner (the .xctest file) sits in the same build folder as the executable.
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("strategy")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        XCTFail("the strategy executable is not built beside the tests (\(folder.path))")
        throw CocoaError(.fileNoSuchFile)
    }

    func testBinary_checksAndRendersTheMiniWorkspace() throws {
        let project = try CLI.miniProject()
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["check", "--workspace", "strategy"]
        process.currentDirectoryURL = project
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(output, "0 errors, 0 warnings\n")

        let render = Process()
        render.executableURL = try binary()
        render.arguments = ["render", "--lang", "ru"]
        render.currentDirectoryURL = project
        render.standardOutput = Pipe()
        try render.run()
        render.waitUntilExit()
        XCTAssertEqual(render.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(
            atPath: project.appendingPathComponent("exports/ru/strategy.md").path))

        let usage = Process()
        usage.executableURL = try binary()
        usage.arguments = ["check", "--nope"]
        usage.standardError = Pipe()
        try usage.run()
        usage.waitUntilExit()
        XCTAssertEqual(usage.terminationStatus, 64)
    }
}
