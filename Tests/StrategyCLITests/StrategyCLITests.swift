import Foundation
@testable import StrategyCLI
import XCTest

final class StrategyCLITests: XCTestCase {
    func testHelp_printsOverviewAndExitsZero() {
        let result = CLI.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.hasPrefix("OVERVIEW: "))
        XCTAssertTrue(result.out.contains("SUBCOMMANDS:\n  check "))
        XCTAssertEqual(result.err, "")
        XCTAssertEqual(CLI.run([]).out, result.out)
        XCTAssertEqual(CLI.run(["help"]).out, result.out)
    }

    func testSubcommandHelp_listsOptions() {
        for command in ["check", "render"] {
            let result = CLI.run([command, "--help"])
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.out.contains("USAGE: strategy \(command)"), result.out)
            XCTAssertTrue(result.out.contains("  --workspace <dir>"), result.out)
            XCTAssertTrue(result.out.contains("EXAMPLES:"), result.out)
            XCTAssertEqual(CLI.run(["help", command]).out, result.out)
        }
    }

    func testVersion_printsTheVersion() {
        let result = CLI.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.out, StrategyCLI.version + "\n")
    }

    func testUnknownOption_isUsageError64() {
        let result = CLI.run(["check", "--foo"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, """
            Error: unknown option '--foo'
            Usage: strategy check [--workspace <dir>] [--templates <dir>] [--strict] [--json]
              See 'strategy check --help' for more information.

            """)
    }

    func testUnknownSubcommand_isUsageError64() {
        let result = CLI.run(["rendr"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.err.hasPrefix("Error: unknown subcommand 'rendr'\n"), result.err)
    }

    func testMissingOptionValue_andBadFormat_areUsageErrors() {
        XCTAssertEqual(CLI.run(["render", "--out"]).status, 64)
        let format = CLI.run(["render", "--format", "pdf"])
        XCTAssertEqual(format.status, 64)
        XCTAssertTrue(format.err.contains("unknown format 'pdf' (supported: md, html, docx, xlsx)"), format.err)
        XCTAssertEqual(CLI.run(["render", "--date", "2023-02-30"]).status, 64)
    }

    func testCheck_cleanWorkspace_exitsZero() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["check"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "0 errors, 0 warnings\n")
        XCTAssertEqual(result.err, "")
    }

    func testCheck_brokenWorkspace_exitsOneWithEveryDiagnostic() throws {
        let project = try CLI.miniProject()
        let actions = project.appendingPathComponent("strategy/actions.csv")
        let text = try String(contentsOf: actions, encoding: .utf8)
        try text.replacingOccurrences(of: "2024-Q1,2024-Q2", with: "2024-Q3,2024-Q2")
            .replacingOccurrences(of: "ch.media,smsu", with: "ch.mdia,smsu")
            .write(to: actions, atomically: true, encoding: .utf8)
        let result = CLI.run(["check", "--workspace", "strategy"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "2 errors, 1 warning\n")
        XCTAssertEqual(result.err, """
            actions.csv:2:112: error: action A-01 ends (2024-Q2) before it starts (2024-Q3) [date.order]
            actions.csv:3:109: error: action A-02 names unknown channel 'ch.mdia' [ref.unknown-id]
                channels.json:5:12: note: did you mean 'ch.media'?
            channels.json:5:12: warning: channel 'ch.media' is used by no action [coherence.channel-unused]

            """)
    }

    func testCheck_strict_failsOnWarnings() throws {
        let project = try CLI.miniProject()
        let actions = project.appendingPathComponent("strategy/actions.csv")
        let text = try String(contentsOf: actions, encoding: .utf8)
        try text.replacingOccurrences(of: "ch.media,smsu", with: "ch.reports,smsu")
            .write(to: actions, atomically: true, encoding: .utf8)
        XCTAssertEqual(CLI.run(["check"], in: project).status, 0)
        let strict = CLI.run(["check", "--strict"], in: project)
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.out, "0 errors, 1 warning\n")
    }

    func testCheck_json_isMachineReadable() throws {
        let project = try CLI.miniProject()
        try FileManager.default.removeItem(at: project.appendingPathComponent("strategy/risks.json"))
        let result = CLI.run(["check", "--json"], in: project)
        XCTAssertEqual(result.status, 1)
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["errors"] as? Int, 1)
        let first = try XCTUnwrap((object["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["code"] as? String, "file.missing")
        XCTAssertEqual(first["file"] as? String, "risks.json")
        XCTAssertEqual(first["line"] as? Int, 1)
    }

    func testCheck_missingWorkspace_exitsOne() {
        let result = CLI.run(["check", "--workspace", "/nonexistent/strategy"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("[file.missing]"), result.err)
    }

    func testRender_writesEveryLanguage_thenCheckIsCurrent() throws {
        let project = try CLI.miniProject()
        let render = CLI.run(["render"], in: project)
        XCTAssertEqual(render.status, 0, render.err)
        XCTAssertEqual(render.out, ["en", "ru"].flatMap { language in
            ["dashboard.html", "plan.xlsx", "strategy.docx", "strategy.html", "strategy.md"].map { "wrote exports/\(language)/\($0)\n" }
        }.joined())
        let check = CLI.run(["render", "--check"], in: project)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertEqual(check.out, "10 files in exports are up to date\n")
        // Byte-identical on re-render, the DOCX and the workbook included.
        let before = try Data(contentsOf: project.appendingPathComponent("exports/ru/strategy.docx"))
        let workbook = try Data(contentsOf: project.appendingPathComponent("exports/ru/plan.xlsx"))
        XCTAssertEqual(CLI.run(["render", "--format", "docx,xlsx"], in: project).status, 0)
        XCTAssertEqual(try Data(contentsOf: project.appendingPathComponent("exports/ru/strategy.docx")), before)
        XCTAssertEqual(try Data(contentsOf: project.appendingPathComponent("exports/ru/plan.xlsx")), workbook)
    }

    func testRenderCheck_staleExports_exitOneAndChangeNothing() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(CLI.run(["render"], in: project).status, 0)
        let english = project.appendingPathComponent("exports/en/strategy.md")
        try Data("old\n".utf8).write(to: english)
        try FileManager.default.removeItem(at: project.appendingPathComponent("exports/ru/strategy.md"))
        let docx = project.appendingPathComponent("exports/ru/strategy.docx")
        var bytes = try Data(contentsOf: docx)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: docx)
        let check = CLI.run(["render", "--check"], in: project)
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.err, """
            stale: exports/en/strategy.md
            stale: exports/ru/strategy.docx
            stale: exports/ru/strategy.md
            Error: 3 of 10 files are out of date; run 'strategy render'.

            """)
        XCTAssertEqual(try String(contentsOf: english, encoding: .utf8), "old\n")
        XCTAssertFalse(FileManager.default.fileExists(
            atPath: project.appendingPathComponent("exports/ru/strategy.md").path))
    }

    func testRender_oneLanguageToAnotherFolder() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["render", "--lang", "en", "--format", "md", "--out", "out"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "wrote out/en/strategy.md\n")
        let word = CLI.run(["render", "--format", "docx", "--lang", "ru", "--out", "out"], in: project)
        XCTAssertEqual(word.out, "wrote out/ru/strategy.docx\n")
        XCTAssertEqual(CLI.run(["render", "--lang", "de"], in: project).status, 64)
    }

    func testRender_brokenWorkspace_exitsOneAndWritesNothing() throws {
        let project = try CLI.miniProject()
        try Data("{".utf8).write(to: project.appendingPathComponent("strategy/goals.json"))
        let result = CLI.run(["render"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("goals.json:1:2: error: unexpected end of file"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.appendingPathComponent("exports").path))
    }

    func testRender_dateOption_changesOnlyTheDate() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(CLI.run(["render", "--lang", "en", "--date", "2023-12-05"], in: project).status, 0)
        let text = try String(
            contentsOf: project.appendingPathComponent("exports/en/strategy.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("| Date of the document | 5 December 2023 |"), text)
    }
}
