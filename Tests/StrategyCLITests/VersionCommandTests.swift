import Foundation
@testable import StrategyCLI
import XCTest

final class VersionCommandTests: XCTestCase {
    private func edit(_ project: URL, _ path: String, _ old: String, _ new: String) throws {
        let url = project.appendingPathComponent("strategy/\(path)")
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(old) is not in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    private func cut(_ name: String, in project: URL, date: String = "2023-11-20") -> (status: Int32, out: String, err: String) {
        CLI.run(["version", "cut", name, "--note", "Draft \(name) for the Coalition", "--date", date], in: project)
    }

    func testVersion_cutEditDiffListShow_endToEnd() throws {
        let project = try CLI.miniProject()
        let cut = cut("v1", in: project)
        XCTAssertEqual(cut.status, 0, cut.err)
        XCTAssertTrue(cut.out.hasPrefix("Cut version v1 of 2023-11-20: "), cut.out)
        XCTAssertTrue(cut.out.contains(" bytes, sha256:"), cut.out)
        XCTAssertTrue(cut.out.hasSuffix("\nStored in strategy/versions/v1\n"), cut.out)
        XCTAssertEqual(cut.err, "")

        try edit(project, "costs.csv", "C-001,A-01,Эксперт,Expert,день,day,10,", "C-001,A-01,Эксперт,Expert,день,day,12,")
        try edit(project, "actions.csv", #""Доклад ""о МСУ""""#, #""Доклад ""о местном самоуправлении""""#)
        try "Раздел situation.\n\nНовый абзац.\n".write(
            to: project.appendingPathComponent("strategy/prose/ru/situation.md"), atomically: true, encoding: .utf8)

        let english = CLI.run(["version", "diff", "v1", "--lang", "en"], in: project)
        XCTAssertEqual(english.status, 0, english.err)
        XCTAssertTrue(english.out.hasPrefix("Changes since version v1\n========================\n"), english.out)
        XCTAssertTrue(english.out.contains(
            "Compared: version v1 of 20 November 2023 (Draft v1 for the Coalition) and the workspace as it is now."))
        XCTAssertTrue(english.out.contains("- changed A-01 — Report \"on LSG\"\n  - Also changed in ru: Title.\n"), english.out)
        XCTAssertTrue(english.out.contains("- changed C-001 — Expert\n  - Quantity: 10 → 12\n"), english.out)
        XCTAssertTrue(english.out.contains("The text in ru also changed in: 3. Situation analysis."), english.out)
        XCTAssertEqual(english.err, "")

        let russian = CLI.run(["version", "diff", "v1", "workspace", "--format", "md"], in: project)
        XCTAssertEqual(russian.status, 0, russian.err)
        XCTAssertTrue(russian.out.hasPrefix("# Изменения с версии v1\n"), russian.out)
        XCTAssertTrue(russian.out.contains("**Название:** Доклад \"о МСУ\" → Доклад \"о местном самоуправлении\""), russian.out)
        XCTAssertTrue(russian.out.contains("- **Абзац 2** добавлен\n\n  Новый абзац."), russian.out)

        XCTAssertEqual(self.cut("v2", in: project, date: "2023-12-05").status, 0)
        let html = CLI.run(["version", "diff", "v1", "v2", "--lang", "en", "--format", "html", "--out", "out/changes.html"], in: project)
        XCTAssertEqual(html.status, 0, html.err)
        XCTAssertEqual(html.out, "Wrote out/changes.html\n")
        let page = try String(contentsOf: project.appendingPathComponent("out/changes.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Changes from version v1 to version v2"), page)
        let docx = CLI.run(["version", "diff", "v1", "v2", "--format", "docx", "--out", "changes.docx"], in: project)
        XCTAssertEqual(docx.status, 0, docx.err)
        XCTAssertEqual(try Data(contentsOf: project.appendingPathComponent("changes.docx")).prefix(2), Data("PK".utf8))
        let none = CLI.run(["version", "diff", "v2"], in: project)
        XCTAssertEqual(none.status, 0, none.err)
        XCTAssertTrue(none.out.hasSuffix("\nИзменений нет.\n"), none.out)

        let list = CLI.run(["version", "list"], in: project)
        XCTAssertEqual(list.status, 0, list.err)
        let lines = list.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, list.out)
        XCTAssertEqual(lines.first, "NAME  DATE        FILES  HASH                 NOTE")
        XCTAssertTrue(lines[1].hasPrefix("v1    2023-11-20  "), list.out)
        XCTAssertTrue(lines[2].hasPrefix("v2    2023-12-05  "), list.out)
        XCTAssertTrue(lines[2].hasSuffix("  Draft v2 for the Coalition"), list.out)
        let listJSON = CLI.run(["version", "list", "--json"], in: project)
        XCTAssertEqual(listJSON.status, 0)
        let listed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listJSON.out.utf8)) as? [String: Any])
        XCTAssertEqual((listed["versions"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, ["v1", "v2"])

        let show = CLI.run(["version", "show", "v1"], in: project)
        XCTAssertEqual(show.status, 0, show.err)
        XCTAssertTrue(show.out.hasPrefix("Version:  v1\nDate:     2023-11-20\nNote:     Draft v1 for the Coalition\nHash:     sha256:"), show.out)
        XCTAssertTrue(show.out.contains("\nIntact:   yes: every file matches its recorded hash\n"), show.out)
        XCTAssertTrue(show.out.contains("\n  actions.csv "), show.out)
        let showJSON = CLI.run(["version", "show", "v1", "--json"], in: project)
        let shown = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(showJSON.out.utf8)) as? [String: Any])
        XCTAssertEqual(shown["intact"] as? Bool, true)
        XCTAssertEqual(shown["note"] as? String, "Draft v1 for the Coalition")
        XCTAssertEqual((shown["files"] as? [[String: Any]])?.first?["path"] as? String, "actions.csv")
    }

    func testCut_refusesAnExistingNameAndAWorkspaceWithErrors() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(cut("v1", in: project).status, 0)
        let again = cut("v1", in: project)
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.out, "")
        XCTAssertEqual(again.err, "Error: version 'v1' exists already; versions are never overwritten, choose another name\n")

        try edit(project, "actions.csv", "2024-Q1,2024-Q2", "2024-Q1,2024-Q9")
        let broken = cut("v2", in: project)
        XCTAssertEqual(broken.status, 1)
        let errors = broken.err.split(separator: "\n")
        XCTAssertTrue(errors.first?.hasPrefix("actions.csv:2:") == true, broken.err)
        XCTAssertTrue(errors.first?.contains(": error: ") == true, broken.err)
        XCTAssertEqual(errors.last, "Error: the workspace has 1 error(s); fix them before cutting a version")
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.appendingPathComponent("strategy/versions/v2").path))
    }

    func testCut_usageErrors() throws {
        let project = try CLI.miniProject()
        let cases: [([String], String)] = [
            (["version", "cut", "--note", "x"], "Error: missing the version's name"),
            (["version", "cut", "v 1", "--note", "x"], "Error: 'v 1' is not a version name: use letters, digits, '.', '_' or '-' (at most 40), starting with a letter or digit"),
            (["version", "cut", "v1"], "Error: missing '--note <text>': say what this version is"),
            (["version", "cut", "v1", "--note", "x", "--date", "2023-02-30"], "Error: '2023-02-30' is not a date (YYYY-MM-DD)"),
            (["version", "cut", "v1", "v2", "--note", "x"], "Error: unexpected argument 'v2'"),
            (["version", "frobnicate"], "Error: unknown subcommand 'frobnicate'"),
            (["version", "diff"], "Error: missing the version to compare from"),
            (["version", "diff", "v1", "--format", "pdf"], "Error: unknown format 'pdf' (one of: text, md, html, docx)"),
            (["version", "diff", "v1", "--format", "docx"], "Error: a DOCX file is binary: give '--out <file>'"),
            (["version", "show"], "Error: missing the version's name"),
        ]
        for (arguments, message) in cases {
            let result = CLI.run(arguments, in: project)
            XCTAssertEqual(result.status, 64, arguments.joined(separator: " "))
            XCTAssertEqual(result.err.split(separator: "\n").first.map(String.init), message, arguments.joined(separator: " "))
            XCTAssertTrue(result.err.contains("See 'strategy version"), result.err)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.appendingPathComponent("strategy/versions").path))
    }

    func testUnknownVersion_isReportedWithTheVersionsThereAre() throws {
        let project = try CLI.miniProject()
        let empty = CLI.run(["version", "show", "v1"], in: project)
        XCTAssertEqual(empty.status, 1)
        XCTAssertEqual(empty.err, "Error: there is no version 'v1': the workspace has no versions yet "
            + "(cut one with 'strategy version cut NAME --note …')\n")
        XCTAssertEqual(cut("v1", in: project).status, 0)
        for arguments in [["version", "show", "v2"], ["version", "diff", "v2"], ["version", "diff", "v1", "v2"]] {
            let result = CLI.run(arguments, in: project)
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(result.out, "")
            XCTAssertEqual(result.err, "Error: there is no version 'v2' (versions: v1); did you mean 'v1'?\n")
        }
    }

    func testDiff_workspaceWithErrors_isRefusedButTwoVersionsStillCompare() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(cut("v1", in: project).status, 0)
        XCTAssertEqual(cut("v2", in: project).status, 0)
        try edit(project, "actions.csv", "2024-Q1,2024-Q2", "2024-Q1,2024-Q9")
        let refused = CLI.run(["version", "diff", "v1"], in: project)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.hasPrefix("actions.csv:2:"), refused.err)
        XCTAssertTrue(refused.err.hasSuffix("Error: the workspace has errors; fix them to compare it with v1.\n"), refused.err)
        let versions = CLI.run(["version", "diff", "v1", "v2", "--lang", "en"], in: project)
        XCTAssertEqual(versions.status, 0, versions.err)
        XCTAssertTrue(versions.out.hasSuffix("\nNo changes.\n"), versions.out)
    }

    func testShow_snapshotChangedAfterTheCut_isNotIntact() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(cut("v1", in: project).status, 0)
        let frozen = project.appendingPathComponent("strategy/versions/v1/snapshot/costs.csv")
        try (String(contentsOf: frozen, encoding: .utf8).replacingOccurrences(of: ",10,", with: ",11,"))
            .write(to: frozen, atomically: true, encoding: .utf8)
        let show = CLI.run(["version", "show", "v1"], in: project)
        XCTAssertEqual(show.status, 1)
        XCTAssertTrue(show.out.contains("\nIntact:   no: 1 file(s) differ from the record: costs.csv\n"), show.out)
        XCTAssertEqual(show.err, "Error: version v1 was changed after it was cut (costs.csv); its hash no longer vouches for it\n")
        let diff = CLI.run(["version", "diff", "v1"], in: project)
        XCTAssertEqual(diff.status, 0)
        XCTAssertEqual(diff.err, "warning: version v1 was changed after it was cut (costs.csv); comparing it as it is now\n")
        XCTAssertTrue(diff.out.contains("Количество: 11 → 10"), diff.out)
    }

    func testList_withoutVersions_saysHowToCutOne() throws {
        let project = try CLI.miniProject()
        let list = CLI.run(["version", "list"], in: project)
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(list.out, "No versions yet. Cut one with: strategy version cut v1 --note \"…\"\n")
        let json = CLI.run(["version", "list", "--json"], in: project)
        XCTAssertEqual(json.out, "{\n  \"problems\" : [\n\n  ],\n  \"versions\" : [\n\n  ]\n}\n")
        let missing = CLI.run(["version", "list", "--workspace", "nowhere"], in: project)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "Error: there is no workspace folder at nowhere\n")
    }

    func testHelp_everySubcommandExitsZero() {
        for arguments in [
            ["version"], ["version", "--help"], ["help", "version"], ["version", "cut", "--help"],
            ["version", "list", "-h"], ["version", "show", "--help"], ["version", "diff", "--help"],
            ["help", "version", "diff"], ["version", "help", "cut"],
        ] {
            let result = CLI.run(arguments)
            XCTAssertEqual(result.status, 0, arguments.joined(separator: " "))
            XCTAssertTrue(result.out.hasPrefix("OVERVIEW: "), arguments.joined(separator: " "))
            XCTAssertEqual(result.err, "")
        }
        XCTAssertTrue(CLI.run(["version", "diff", "--help"]).out.contains(
            "USAGE: strategy version diff <a> [<b>|workspace] [--lang <code>] [--format <text|md|html|docx>] [--redline [--author <name>]] [--out <file>]"))
        XCTAssertTrue(CLI.run(["--help"]).out.contains("  version                 Cut, list, show and compare"))
        XCTAssertEqual(CLI.run(["help", "version", "nope"]).status, 64)
    }
}
