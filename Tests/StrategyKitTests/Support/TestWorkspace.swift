import Foundation
import StrategyKit
import XCTest

/// Temporary workspaces built from the fixtures, with the edits a test needs.
enum TestWorkspace {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fixture folder under `Tests/StrategyKitTests/Fixtures`.
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/StrategyKitTests/Fixtures/\(name)")
    }

    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("strategy-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the `mini` fixture in a temporary folder, as `<tmp>/strategy`.
    static func copyOfMini() throws -> URL {
        let root = try temporaryFolder()
        let workspace = root.appendingPathComponent("strategy")
        try FileManager.default.copyItem(at: fixture("mini"), to: workspace)
        return workspace
    }

    /// Replaces the first occurrence of `old` in a workspace file; fails the test if absent.
    static func edit(
        _ workspace: URL, _ path: String, replacing old: String, with new: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let url = workspace.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else {
            XCTFail("'\(old)' is not in \(path)", file: file, line: line)
            return
        }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Writes (or overwrites) a workspace file.
    static func write(_ workspace: URL, _ path: String, _ contents: String) throws {
        let url = workspace.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    /// Stops tracking which source text each translation was made from (removes
    /// `translations/`), for a test whose edits change one language, or rename entities, and
    /// that is about something else: its stale translations would be noise.
    static func untrackTranslations(_ workspace: URL) throws {
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("translations"))
    }

    /// A copy of `mini` whose translations are not tracked, for tests that edit its texts and
    /// are not about stale translations.
    static func copyOfMiniUntracked() throws -> URL {
        let workspace = try copyOfMini()
        try untrackTranslations(workspace)
        return workspace
    }

    /// The diagnostics of loading and checking `workspace`, as text lines.
    static func diagnostics(_ workspace: URL) -> [String] {
        Workspace.open(workspace).diagnostics.map(\.description)
    }
}
