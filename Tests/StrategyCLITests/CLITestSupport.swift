import Foundation
@testable import StrategyCLI
import XCTest

/// Captured output of one in-process run.
final class Captured: @unchecked Sendable {
    // Written only from the run under test, on the test's thread.
    var out = ""
    var err = ""
}

enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the CLI in-process from `directory` and returns status, stdout and stderr.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot
    ) -> (status: Int32, out: String, err: String) {
        let captured = Captured()
        let console = Console(
            out: { captured.out += $0 }, err: { captured.err += $0 }, colour: false,
            currentDirectory: directory)
        let status = StrategyCLI.run(arguments: arguments, console: console)
        return (status, captured.out, captured.err)
    }

    /// A temporary folder holding a copy of the `mini` fixture as `strategy/`.
    static func miniProject() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("strategy-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Tests/StrategyKitTests/Fixtures/mini"),
            to: root.appendingPathComponent("strategy"))
        return root
    }
}
