import Foundation
@testable import StrategyCLI
import XCTest

final class TranslateCommandTests: XCTestCase {
    private func edit(_ project: URL, _ path: String, _ old: String, _ new: String) throws {
        let url = project.appendingPathComponent("strategy/\(path)")
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(old) is not in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func testHelp_forEverySubcommand() {
        for arguments in [["translate"], ["translate", "--help"], ["help", "translate"]] {
            let result = CLI.run(arguments)
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.out.hasPrefix("OVERVIEW: Keep translations in step"), result.out)
            XCTAssertTrue(result.out.contains("SUBCOMMANDS:\n  status"), result.out)
        }
        for name in ["status", "accept", "export", "import"] {
            for arguments in [["translate", name, "--help"], ["help", "translate", name], ["translate", "help", name]] {
                let result = CLI.run(arguments)
                XCTAssertEqual(result.status, 0, "\(arguments)")
                XCTAssertTrue(result.out.contains("USAGE: strategy translate \(name)"), result.out)
                XCTAssertTrue(result.out.contains("EXAMPLES:"), result.out)
            }
        }
        XCTAssertTrue(CLI.run(["--help"]).out.contains("  translate               Keep translations in step"))
    }

    func testUsageErrors_exit64() {
        let cases: [[String]] = [
            ["translate", "frobnicate"],
            ["translate", "export"],
            ["translate", "export", "--lang", "en", "--xliff-version", "3.0"],
            ["translate", "export", "--lang", "en", "--format", "po"],
            ["translate", "accept"],
            ["translate", "accept", "A-01", "--all-current"],
            ["translate", "import"],
            ["translate", "status", "--colour"],
        ]
        for arguments in cases {
            let result = CLI.run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix("Error: "), result.err)
        }
    }

    func testStaleTranslation_fromCheckToImport_endToEnd() throws {
        let project = try CLI.miniProject()
        let clean = CLI.run(["translate", "status"], in: project)
        XCTAssertEqual(clean.status, 0, clean.err)
        XCTAssertEqual(clean.out, """
            Translations from ru
              LANGUAGE  TEXTS  MISSING  STALE  UNRECORDED  TRACKED
              en           78        0      0           0  yes

            """)

        try edit(project, "actions.csv", "A-02,O1.1,Пресс-тур,", "A-02,O1.1,Пресс-тур в регионы,")
        let check = CLI.run(["check", "--strict"], in: project)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.err.contains("warning: A-02.title (en) was translated from an earlier ru text; ru changed [translation.stale]"), check.err)
        let status = CLI.run(["translate", "status", "--lang", "en"], in: project)
        XCTAssertTrue(status.out.contains("en: 0 missing, 1 to review\n  actions.csv:3:"), status.out)
        XCTAssertTrue(status.out.contains(": stale A-02.title\n"), status.out)
        let json = CLI.run(["translate", "status", "--json"], in: project)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(report["source"] as? String, "ru")

        let export = CLI.run(["translate", "export", "--lang", "en", "--stale", "--out", "en.xlf"], in: project)
        XCTAssertEqual(export.status, 0, export.err)
        let file = project.appendingPathComponent("en.xlf")
        var xliff = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(xliff.components(separatedBy: "<unit id=").count, 2, "only the stale text")
        xliff = xliff.replacingOccurrences(of: "<target xml:space=\"preserve\">Press tour</target>",
                                           with: "<target xml:space=\"preserve\">Press tour to the regions</target>")
        try xliff.write(to: file, atomically: true, encoding: .utf8)

        let dryRun = CLI.run(["translate", "import", "en.xlf", "--dry-run"], in: project)
        XCTAssertEqual(dryRun.status, 0, dryRun.err)
        XCTAssertEqual(dryRun.out, """
            Would change 1 en text(s); 0 confirmed as translated from the current source; 0 unit(s) left alone
              actions.csv: A-02.title
                - Press tour
                + Press tour to the regions
            Would write actions.csv, translations/en.csv

            """)
        XCTAssertEqual(CLI.run(["check", "--strict"], in: project).status, 1, "a dry run writes nothing")
        let done = CLI.run(["translate", "import", "en.xlf"], in: project)
        XCTAssertEqual(done.status, 0, done.err)
        XCTAssertEqual(CLI.run(["check", "--strict"], in: project).status, 0)

        // Imported again, it changes nothing: its target is the text now, its source current.
        XCTAssertEqual(CLI.run(["translate", "import", "en.xlf"], in: project).status, 0)
    }

    func testAccept_andImport_failures_exit1() throws {
        let project = try CLI.miniProject()
        let unknown = CLI.run(["translate", "accept", "A-9"], in: project)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.err, "Error: 'A-9' is neither a text nor an entity of this workspace\nError: nothing was recorded\n")
        let accepted = CLI.run(["translate", "accept", "--all-current", "--lang", "en"], in: project)
        XCTAssertEqual(accepted.status, 0, accepted.err)
        XCTAssertEqual(accepted.out, "Accepted 78 en text(s) as translated from the current source\n"
            + "Nothing changed: every accepted text was recorded already\n")
        let source = CLI.run(["translate", "export", "--lang", "ru"], in: project)
        XCTAssertEqual(source.status, 1)
        XCTAssertTrue(source.err.hasPrefix("Error: 'ru' is the source language"), source.err)

        let missing = CLI.run(["translate", "import", "nothing.xlf"], in: project)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "Error: cannot read nothing.xlf\n")
        try "<!DOCTYPE x [<!ENTITY e \"e\">]><x/>".write(
            to: project.appendingPathComponent("bad.xlf"), atomically: true, encoding: .utf8)
        let hostile = CLI.run(["translate", "import", "bad.xlf"], in: project)
        XCTAssertEqual(hostile.status, 1)
        XCTAssertTrue(hostile.err.hasPrefix("bad.xlf:1:1: error: bad.xlf is not well-formed XML: "), hostile.err)
        XCTAssertTrue(hostile.err.hasSuffix("Error: bad.xlf cannot be imported; nothing was changed\n"), hostile.err)
    }
}
