import Foundation
import XCTest

/// Golden files of the command line, kept with the library's under
/// `Tests/StrategyKitTests/Golden/Contract/` (a folder SwiftPM already leaves out of the
/// targets). `STRATEGY_RECORD_GOLDEN=1` rewrites them and fails with "recorded, re-run".
enum CLIGolden {
    static func assert(_ actual: String, name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = CLI.packageRoot.appendingPathComponent("Tests/StrategyKitTests/Golden/Contract/\(name)")
        if ProcessInfo.processInfo.environment["STRATEGY_RECORD_GOLDEN"] == "1" {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                XCTFail("recorded Contract/\(name), re-run", file: file, line: line)
            } catch {
                XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file Contract/\(name); record it with STRATEGY_RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < 20 {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            guard a != b else { continue }
            if let a { lines.append("\(index + 1) - \(a)") }
            if let b { lines.append("\(index + 1) + \(b)") }
        }
        XCTFail("Contract/\(name) differs from its golden file:\n" + lines.joined(separator: "\n"), file: file, line: line)
    }
}
