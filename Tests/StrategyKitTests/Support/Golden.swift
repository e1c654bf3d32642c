import Foundation
import XCTest

/// Compares text with a golden file under `Tests/StrategyKitTests/Golden/<suite>/<name>`.
///
/// `STRATEGY_RECORD_GOLDEN=1` rewrites the file and fails with "recorded, re-run", so a
/// golden is never updated silently.
enum Golden {
    static func assert(
        _ actual: String, suite: String, name: String, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let url = TestWorkspace.packageRoot
            .appendingPathComponent("Tests/StrategyKitTests/Golden/\(suite)/\(name)")
        if ProcessInfo.processInfo.environment["STRATEGY_RECORD_GOLDEN"] == "1" {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                XCTFail("recorded \(suite)/\(name), re-run", file: file, line: line)
            } catch {
                XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file \(suite)/\(name); record it with STRATEGY_RECORD_GOLDEN=1",
                    file: file, line: line)
            return
        }
        guard expected != actual else { return }
        XCTFail("\(suite)/\(name) differs from its golden file:\n" + lineDiff(expected, actual),
                file: file, line: line)
    }

    /// The first differing lines, `-` expected and `+` actual, with line numbers.
    static func lineDiff(_ expected: String, _ actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < limit {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            guard a != b else { continue }
            if let a { lines.append("\(index + 1) - \(a)") }
            if let b { lines.append("\(index + 1) + \(b)") }
        }
        return lines.joined(separator: "\n")
    }
}
