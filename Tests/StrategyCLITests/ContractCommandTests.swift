import Foundation
@testable import StrategyCLI
import StrategyKit
import XCTest

/// `strategy contract …` and `render --doc`: help, usage errors (64), refusals and workspace
/// errors (1), and that a refused act writes nothing.
final class ContractCommandTests: XCTestCase {
    private func journal(_ project: URL) -> String {
        (try? String(contentsOf: project.appendingPathComponent("strategy/\(ContractJournal.path)"), encoding: .utf8)) ?? ""
    }

    func testContract_helpEverywhere() {
        let group = CLI.run(["contract", "--help"])
        XCTAssertEqual(group.status, 0)
        XCTAssertTrue(group.out.hasPrefix("OVERVIEW: Track the consultancy"), group.out)
        XCTAssertEqual(CLI.run(["contract"]).out, group.out)
        XCTAssertEqual(CLI.run(["help", "contract"]).out, group.out)
        for subcommand in ["status", "submit", "return", "accept", "pay", "worklog", "log"] {
            let help = CLI.run(["contract", subcommand, "--help"])
            XCTAssertEqual(help.status, 0, subcommand)
            XCTAssertTrue(help.out.contains("USAGE: strategy contract \(subcommand)"), help.out)
            XCTAssertEqual(CLI.run(["help", "contract", subcommand]).out, help.out)
            XCTAssertTrue(group.out.contains("  \(subcommand) "), subcommand)
        }
        XCTAssertTrue(CLI.run(["--help"]).out.contains("  contract "))
        XCTAssertTrue(CLI.run(["render", "--help"]).out.contains("--doc <documents>"))
    }

    func testContract_usageErrorsExit64AndWriteNothing() throws {
        let project = try ContractScenarioTests.shippedProject()
        for arguments in [
            ["frobnicate"], ["status", "--date", "2023-02-30"], ["status", "--lang", "de"], ["status", "D1"],
            ["submit"], ["submit", "D1", "D2"], ["submit", "D1", "--version", "../v1"], ["submit", "D1", "--colour"],
            ["accept", "D1", "--by", "boss"], ["pay", "T1", "--amount", "1 000"], ["pay", "T1", "--amount", "-5"],
            ["worklog", "--date", "2023-10-12", "--days", "1", "--note", "x"],
            ["worklog", "--task", "T1", "--date", "2023-10-12", "--note", "x"],
            ["worklog", "--task", "T1", "--date", "2023-10-12", "--days", "one", "--note", "x"],
            ["log", "--lang", "en"],
        ] {
            let result = CLI.run(["contract"] + arguments, in: project)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix("Error: "), result.err)
            XCTAssertTrue(result.err.contains("See 'strategy contract"), result.err)
            XCTAssertEqual(result.out, "")
        }
        let render = CLI.run(["render", "--doc", "invoice"], in: project)
        XCTAssertEqual(render.status, 64)
        XCTAssertTrue(render.err.hasPrefix("Error: unknown document 'invoice' (supported: strategy, "), render.err)
        XCTAssertTrue(render.err.contains("schedule, programme, report, act)"), render.err)
        XCTAssertEqual(journal(project), "")
    }

    func testContract_everyRefusalExits1AndWritesNothing() throws {
        let project = try ContractScenarioTests.shippedProject()
        let cases: [([String], String)] = [
            (["accept", "D1", "--date", "2023-10-20"], "Error: D1 cannot be accepted: it has not been submitted"),
            (["return", "D1", "--date", "2023-10-20", "--reason", "x"], "Error: D1 cannot be returned: it has not been submitted"),
            (["pay", "T1", "--date", "2023-10-30"], "Error: tranche T1 is not payable: it waits for D1 detailed schedule — not submitted;"),
            (["submit", "D9", "--date", "2023-10-19"], "Error: there is no deliverable 'D9' in the contract"),
            (["pay", "T9", "--date", "2023-10-30"], "Error: there is no tranche 'T9' in the contract"),
            (["worklog", "--task", "T9", "--date", "2023-10-12", "--days", "1", "--note", "x"], "Error: there is no task 'T9'"),
            (["submit", "D1", "--date", "2023-10-10"], "Error: submit D1 on 2023-10-10 is outside the contract"),
            (["submit", "D1", "--date", "2024-01-10"], "Error: submit D1 on 2024-01-10 is outside the contract"),
            (["submit", "D4", "--date", "2023-12-05"], "Error: D4 is the strategy itself: name the version submitted"),
            (["submit", "D4", "--date", "2023-12-05", "--version", "v2"], "Error: D4 cannot be submitted with version v2: there is no version 'v2'"),
            (["submit", "D1", "--date", "2023-10-19", "--file", "nowhere.docx"], "Error: nowhere.docx is not a readable file"),
        ]
        for (arguments, message) in cases {
            let result = CLI.run(["contract"] + arguments, in: project)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix(message), "\(arguments): \(result.err)")
            XCTAssertEqual(result.out, "")
        }
        XCTAssertEqual(journal(project), "")

        // After the initial products: paying twice, or another amount without a reason.
        for arguments in [["submit", "D1", "--date", "2023-10-19"], ["accept", "D1", "--date", "2023-10-20"],
                          ["submit", "D2", "--date", "2023-10-24"], ["accept", "D2", "--date", "2023-10-26"]] {
            XCTAssertEqual(CLI.run(["contract"] + arguments, in: project).status, 0, "\(arguments)")
        }
        let recorded = journal(project)
        for (arguments, message) in [
            (["pay", "T1", "--date", "2023-10-30", "--amount", "100000"], "Error: tranche T1 is 117000.00 KGS, not 100000.00"),
            (["accept", "D2", "--date", "2023-10-27"], "Error: D2 was accepted on 2023-10-26"),
            (["submit", "D1", "--date", "2023-10-27"], "Error: D1 was accepted on 2023-10-20"),
        ] {
            let result = CLI.run(["contract"] + arguments, in: project)
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertTrue(result.err.hasPrefix(message), result.err)
        }
        XCTAssertEqual(journal(project), recorded)
        let paid = CLI.run(["contract", "pay", "T1", "--date", "2023-10-30", "--amount", "100000", "--reason", "Advance agreed"],
                           in: project)
        XCTAssertEqual(paid.out, "Recorded in strategy/contract/journal.csv: pay T1 on 2023-10-30, 100000.00 KGS by specialist\n")
        let again = CLI.run(["contract", "pay", "T1", "--date", "2023-10-31"], in: project)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.hasPrefix("Error: tranche T1 was paid on 2023-10-30 (100000.00); a tranche is paid once"))
        let status = CLI.run(["contract", "status", "--lang", "en", "--date", "2023-10-31"], in: project)
        XCTAssertTrue(status.out.contains(
            "Tranche 1 (30 %, 117,000.00 KGS) was paid on 30 Oct: 100,000.00 KGS. Reason for the amount: Advance agreed."), status.out)
    }

    func testContract_aDamagedJournal_isReportedByCheckAndStatusAndBlocksRecording() throws {
        let project = try ContractScenarioTests.shippedProject()
        XCTAssertEqual(CLI.run(["contract", "submit", "D1", "--date", "2023-10-19"], in: project).status, 0)
        let url = project.appendingPathComponent("strategy/\(ContractJournal.path)")
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2023-10-20,accept,D1,,,,spec".utf8))
        try handle.close()

        let check = CLI.run(["check"], in: project)
        XCTAssertEqual(check.status, 0)
        XCTAssertTrue(check.err.hasPrefix("contract/journal.csv:3:1: warning: line 3 of the journal is incomplete"), check.err)
        XCTAssertEqual(check.out, "0 errors, 1 warning\n")
        let status = CLI.run(["contract", "status", "--lang", "en", "--date", "2023-10-20"], in: project)
        XCTAssertEqual(status.status, 0)
        XCTAssertTrue(status.err.contains("[journal.torn-line]"))
        XCTAssertTrue(status.out.contains("D1  detailed schedule            due 20 Oct  submitted 19 Oct, not accepted"), status.out)
        let accept = CLI.run(["contract", "accept", "D1", "--date", "2023-10-20"], in: project)
        XCTAssertEqual(accept.status, 1)
        XCTAssertTrue(accept.err.hasPrefix("Error: contract/journal.csv line 3 is incomplete"), accept.err)

        try Data((ContractJournal.header + "\n2023-10-19,submit,D1,,,,consultant,,,\n2023-10-20,accept,D2,,,,specialist,,,\n").utf8)
            .write(to: url)
        let damaged = CLI.run(["check"], in: project)
        XCTAssertEqual(damaged.status, 1)
        XCTAssertEqual(damaged.err, "contract/journal.csv:3:12: error: D2 cannot be accepted: it has not been submitted [contract.not-submitted]\n")
        XCTAssertEqual(CLI.run(["render", "--check"], in: project).status, 1)
        let blocked = CLI.run(["contract", "accept", "D1", "--date", "2023-10-20"], in: project)
        XCTAssertEqual(blocked.status, 1)
        XCTAssertTrue(blocked.err.hasPrefix("Error: contract/journal.csv has 1 damaged or out-of-order line(s)"), blocked.err)
        XCTAssertTrue(blocked.err.contains("    note: contract/journal.csv:3:12: error: D2 cannot be accepted"), blocked.err)
    }

    func testContract_aWorkspaceWithErrorsOrWithoutAContractExits1() throws {
        let project = try ContractScenarioTests.shippedProject()
        let missing = CLI.run(["contract", "status", "--workspace", "nowhere"], in: project)
        XCTAssertEqual(missing.status, 1)
        try FileManager.default.removeItem(at: project.appendingPathComponent("strategy/contract.json"))
        try FileManager.default.removeItem(at: project.appendingPathComponent("strategy/session.json"))
        // The paperwork templates are still there but no product lists them: not an error.
        let none = CLI.run(["contract", "status"], in: project)
        XCTAssertEqual(none.status, 1, none.out + none.err)
        XCTAssertEqual(none.err, "Error: the workspace has no contract.json, so there is no consultancy to track.\n")
        let render = CLI.run(["render", "--doc", "act"], in: project)
        XCTAssertEqual(render.status, 1)
        XCTAssertTrue(render.err.contains("the consultant's paperwork needs the consultancy's contract.json"), render.err)
    }

    func testContract_logOfAnEmptyJournal_andJSON() throws {
        let project = try ContractScenarioTests.shippedProject()
        XCTAssertEqual(CLI.run(["contract", "log"], in: project).out,
                       "The journal is empty: nothing has been submitted, accepted or paid yet.\n")
        XCTAssertEqual(CLI.run(["contract", "log", "--json"], in: project).out, "[]\n")
        XCTAssertEqual(CLI.run(["contract", "worklog", "--task", "T1", "--date", "2023-10-12", "--days", "0.5",
                                "--note", "=1+1, \"quoted\""], in: project).status, 0)
        XCTAssertEqual(CLI.run(["contract", "log", "--json"], in: project).out, """
            [
              {"line": 2, "date": "2023-10-12", "act": "worklog", "subject": "T1", "version": null, "amount": null, "days": "0.5", "who": "consultant", "note": "=1+1, \\"quoted\\"", "file": null, "sha256": null}
            ]

            """)
    }

    /// The paperwork: each document on its own, dated by its product, deterministic. With an
    /// empty journal no act is due: `--draft` asks for the drafts.
    func testRender_docWritesThePaperworkAndRenderCheckSeesIt() throws {
        let project = try ContractScenarioTests.shippedProject()
        let none = CLI.run(["render", "--doc", "act", "--lang", "ru", "--format", "md,docx"], in: project)
        XCTAssertEqual(none.status, 0, none.err)
        XCTAssertEqual(none.out, "", "no tranche is accepted: no act")
        let act = CLI.run(["render", "--doc", "act", "--draft", "--lang", "ru", "--format", "md,docx"], in: project)
        XCTAssertEqual(act.status, 0, act.err)
        XCTAssertEqual(act.out, "wrote exports/ru/act-1-draft.docx\nwrote exports/ru/act-1-draft.md\n"
            + "wrote exports/ru/act-2-draft.docx\nwrote exports/ru/act-2-draft.md\n")
        let text = try String(contentsOf: project.appendingPathComponent("exports/ru/act-2-draft.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("г. Бишкек, 22 декабря 2023 г."), text)
        XCTAssertTrue(text.contains("ПРОЕКТ"), text)
        let all = CLI.run(["render"], in: project)
        XCTAssertEqual(all.status, 0)
        for language in ["ru", "en"] {
            for document in ["schedule", "programme", "report-1", "report-2"] {
                for format in ["md", "html", "docx"] {
                    XCTAssertTrue(all.out.contains("wrote exports/\(language)/\(document).\(format)\n"), all.out)
                }
            }
        }
        let written = all.out.split(separator: "\n").count
        XCTAssertEqual(CLI.run(["render", "--check"], in: project).out, "\(written) files in exports are up to date\n")
        // An act recorded makes the report stale: the exports follow the journal.
        XCTAssertEqual(CLI.run(["contract", "worklog", "--task", "T1", "--date", "2023-10-12", "--days", "1",
                                "--note", "Read the Programme"], in: project).status, 0)
        let stale = CLI.run(["render", "--check"], in: project)
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.err.contains("stale: exports/en/report-1.md"), stale.err)
        XCTAssertFalse(stale.err.contains("strategy.md"), stale.err)
    }
}
