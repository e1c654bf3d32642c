import Foundation
@testable import StrategyCLI
import StrategyKit
import XCTest

/// Hostile workspaces and files: each gets its diagnostics and exit 1 from `check` and
/// `render`, never a crash or a hang, and never a partly written exports folder.
final class HostileInputTests: XCTestCase {
    private static let corpus = CLI.packageRoot
        .appendingPathComponent("Tests/StrategyKitTests/Fixtures/Hostile")

    /// Runs check and render on `project`; render must leave the previous exports untouched.
    private func assertRejected(
        _ project: URL, expected: String? = nil, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let check = CLI.run(["check"], in: project)
        XCTAssertEqual(check.status, 1, check.err, file: file, line: line)
        if let expected { XCTAssertEqual(check.err, expected, file: file, line: line) }
        let marker = project.appendingPathComponent("exports/en/strategy.md")
        try FileManager.default.createDirectory(
            at: marker.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("previous\n".utf8).write(to: marker)
        let render = CLI.run(["render"], in: project)
        XCTAssertEqual(render.status, 1, render.err, file: file, line: line)
        XCTAssertEqual(try String(contentsOf: marker, encoding: .utf8), "previous\n", file: file, line: line)
        let names = try FileManager.default.contentsOfDirectory(
            atPath: project.appendingPathComponent("exports").path)
        XCTAssertEqual(names, ["en"], file: file, line: line)
    }

    func testCorpus_everyCaseGetsItsDiagnostics() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { !$0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 10)
        for name in cases {
            let project = try CLI.miniProject()
            let folder = Self.corpus.appendingPathComponent(name)
            let overlay = folder.appendingPathComponent("overlay")
            let files = FileManager.default.enumerator(atPath: overlay.path)?.allObjects as? [String] ?? []
            for path in files.sorted() {
                let source = overlay.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory),
                      !isDirectory.boolValue
                else { continue }
                let target = project.appendingPathComponent("strategy/\(path)")
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contentsOf: source).write(to: target)
            }
            let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            if expected.contains(": error: ") {
                try assertRejected(project, expected: expected)
            } else {
                XCTAssertEqual(CLI.run(["check"], in: project).err, expected, name)
            }
        }
    }

    func testFiftyMegabyteCSV_isOneDiagnostic() throws {
        let project = try CLI.miniProject()
        var data = Data("id,objective,title.ru\n\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024))
        try data.write(to: project.appendingPathComponent("strategy/actions.csv"))
        try assertRejected(project)
        XCTAssertTrue(CLI.run(["check"], in: project).err.contains("actions.csv:2:1: error:"))
    }

    func testZeroByteCSV_hasNoHeader() throws {
        let project = try CLI.miniProject()
        try Data().write(to: project.appendingPathComponent("strategy/costs.csv"))
        try assertRejected(project, expected: "costs.csv:1:1: error: the file has no header line [csv.header]\n")
    }

    func testJSONNested100000Deep_isReportedNotOverflowed() throws {
        let project = try CLI.miniProject()
        let text = "{\"goals\": " + String(repeating: "[", count: 100_000)
        try Data(text.utf8).write(to: project.appendingPathComponent("strategy/goals.json"))
        try assertRejected(project)
        XCTAssertTrue(CLI.run(["check"], in: project).err.contains("nesting deeper than 512 levels"))
    }

    func testOneMegabyteSingleLine_reportsColumnsLinearly() throws {
        let project = try CLI.miniProject()
        let entry = "{\"id\": \"R-01\", \"title\": {\"ru\": \"Риск\", \"en\": \"Risk\"}, \"likelihood\": \"low\", "
            + "\"impact\": \"low\", \"mitigation\": {\"ru\": \"Меры\", \"en\": \"Measures\"}, \"owner\": \"ipr\"}"
        let count = 1_000_000 / entry.utf8.count
        let text = "{\"risks\": [" + Array(repeating: entry, count: count).joined(separator: ",") + "]}"
        try Data(text.utf8).write(to: project.appendingPathComponent("strategy/risks.json"))
        let check = CLI.run(["check"], in: project)
        XCTAssertEqual(check.status, 1)
        let lines = check.err.split(separator: "\n").filter { $0.contains("[ref.duplicate-id]") }
        // Printed: the first hundred of the file, then one line counting the rest.
        XCTAssertEqual(lines.count, Diagnostic.shownPerFile)
        XCTAssertTrue(check.err.contains("risks.json:1:1: error: \(count - 1 - Diagnostic.shownPerFile) more problems in "
            + "risks.json not shown"), String(check.err.suffix(300)))
        // The second entry's id: a column counted in characters (Cyrillic is one column).
        let second = 11 + entry.count + 1 + 7 + 1
        XCTAssertEqual(lines.first.map(String.init),
                       "risks.json:1:\(second): error: risk 'R-01' is defined more than once [ref.duplicate-id]")
    }

    func testWorkspaceThatIsAFile_isRejected() throws {
        let project = try CLI.miniProject()
        let file = project.appendingPathComponent("plain")
        try Data("not a folder".utf8).write(to: file)
        let result = CLI.run(["check", "--workspace", "plain"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("plain is a file, not a workspace folder [file.missing]"), result.err)
    }

    func testFIFOAndDirectoryInPlaceOfFiles_areUnreadableNotHangs() throws {
        let project = try CLI.miniProject()
        let goals = project.appendingPathComponent("strategy/goals.json")
        try FileManager.default.removeItem(at: goals)
        XCTAssertEqual(mkfifo(goals.path, 0o644), 0)
        let risks = project.appendingPathComponent("strategy/risks.json")
        try FileManager.default.removeItem(at: risks)
        try FileManager.default.createDirectory(at: risks, withIntermediateDirectories: false)
        try assertRejected(project, expected: """
            goals.json:1:1: error: goals.json is not a regular file [file.unreadable]
            risks.json:1:1: error: risks.json is not a regular file [file.unreadable]

            """)
    }

    func testSymlinkLoops_areReported() throws {
        let project = try CLI.miniProject()
        let themes = project.appendingPathComponent("strategy/themes.json")
        try FileManager.default.removeItem(at: themes)
        try FileManager.default.createSymbolicLink(atPath: themes.path, withDestinationPath: "themes.json")
        let prose = project.appendingPathComponent("strategy/prose/ru/loop")
        try FileManager.default.createSymbolicLink(atPath: prose.path, withDestinationPath: "loop")
        let check = CLI.run(["check"], in: project)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.err.hasPrefix("prose/ru/loop:1:1: warning: prose/ru/loop is not a Markdown file; it is ignored [file.unexpected]\n"
            + "themes.json:1:1: error: the workspace has no themes.json [file.missing]\n"), check.err)
    }

    /// Without read permission (skipped as root, who reads everything regardless).
    func testUnreadableFile_isReported() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores file permissions") }
        let project = try CLI.miniProject()
        let risks = project.appendingPathComponent("strategy/risks.json")
        XCTAssertEqual(chmod(risks.path, 0), 0)
        defer { chmod(risks.path, 0o644) }
        XCTAssertTrue(CLI.run(["check"], in: project).err.contains("risks.json:1:1: error: risks.json cannot be read"))
    }

    /// An exports folder that cannot be written leaves every previous export as it was.
    func testUnwritableExports_keepThePreviousOnesAndNameThePath() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(CLI.run(["render"], in: project).status, 0)
        let english = project.appendingPathComponent("exports/en/strategy.md")
        try Data("previous english\n".utf8).write(to: english)
        // ru/ is a file, so nothing can be created under it: the English file staged first
        // must not be put in place either.
        let russian = project.appendingPathComponent("exports/ru")
        try FileManager.default.removeItem(at: russian)
        try Data("blocker\n".utf8).write(to: russian)
        let result = CLI.run(["render"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("Error: cannot write exports/ru: it is a regular file, not a folder; nothing was written; the previous exports are unchanged."), result.err)
        XCTAssertEqual(try String(contentsOf: english, encoding: .utf8), "previous english\n")
        // Nothing staged is left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(
            atPath: project.appendingPathComponent("exports/en").path).sorted(),
            ["dashboard.html", "plan.xlsx", "strategy.docx", "strategy.html", "strategy.md"])
    }

    /// A read-only folder stands in for a full disk where permissions apply (not as root).
    func testReadOnlyExports_actLikeAFullDisk() throws {
        guard getuid() != 0 else { throw XCTSkip("root writes into read-only folders") }
        let project = try CLI.miniProject()
        let exports = project.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(exports.path, 0o555), 0)
        defer { chmod(exports.path, 0o755) }
        let result = CLI.run(["render"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("Permission denied"), result.err)
    }
}
