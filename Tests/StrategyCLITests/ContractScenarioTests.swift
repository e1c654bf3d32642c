import Foundation
@testable import StrategyCLI
import StrategyKit
import XCTest

/// The whole consultancy of seed 000 replayed from 11 October to 22 December 2023 through the
/// command line: days logged, products submitted, one returned and resubmitted, the members'
/// comments deciding when the revised strategy may go in, both tranches paid. Every command's
/// output and the status after it are pinned in one golden file.
final class ContractScenarioTests: XCTestCase {
    /// A project holding copies of the shipped workspace and templates, with an empty journal.
    static func shippedProject() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("strategy-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["strategy", "templates"] {
            try FileManager.default.copyItem(
                at: CLI.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        for managed in ["contract", "comments", "versions"] {
            try? FileManager.default.removeItem(at: root.appendingPathComponent("strategy/\(managed)"))
        }
        // The shipped edition is the final one of 22 December; the replay starts on 11 October,
        // so its edition is a working copy without a stage (`edition.contradiction` would
        // otherwise, rightly, see a final edition whose version went in as the revised draft).
        let json = root.appendingPathComponent("strategy/strategy.json")
        let text = try String(contentsOf: json, encoding: .utf8)
            .replacingOccurrences(of: ",\n    \"stage\": \"final\"", with: "")
        try Data(text.utf8).write(to: json)
        return root
    }

    /// A filled-in comment form of `member` on v1.
    private func form(_ member: String, _ rows: [(target: String, paragraph: String, type: String, comment: String)]) -> Data {
        var lines = ["Version,Member,Section or entity,Title,Paragraph,Type of comment,Comment,Proposed wording"]
        for row in rows {
            lines.append("v1,\(member),\(row.target),,\(row.paragraph),\(row.type),\"\(row.comment)\",")
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    func testScenario_theConsultancyFromOctoberToDecember() throws {
        let project = try Self.shippedProject()
        var transcript = ""
        func run(_ arguments: [String], status date: String? = nil, lang: String = "en") {
            let result = CLI.run(arguments, in: project)
            transcript += "$ strategy " + arguments.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ") + "\n"
            // Other commands' words are theirs to change: only whether they worked is pinned here.
            let pinned = arguments.first == "contract" || arguments.first == "check"
            XCTAssertEqual(result.status, pinned ? result.status : 0, result.err)
            transcript += (pinned ? result.out + result.err : "") + "[exit \(result.status)]\n\n"
            guard let date else { return }
            let status = CLI.run(["contract", "status", "--lang", lang, "--date", date], in: project)
            XCTAssertEqual(status.status, 0, status.err)
            XCTAssertEqual(status.err, "")
            transcript += "--- contract status --lang \(lang) --date \(date)\n" + status.out + "\n"
        }
        /// A contract act, then the status on its date.
        func contract(_ arguments: String..., lang: String = "en") {
            let date = arguments.firstIndex(of: "--date").map { arguments[$0 + 1] }
            run(["contract"] + arguments, status: date, lang: lang)
        }

        run(["contract", "status", "--lang", "en", "--date", "2023-10-11"])
        // October: the detailed schedule and the planning session (the initial 30 %).
        contract("worklog", "--task", "T1", "--date", "2023-10-12", "--days", "1",
                 "--note", "Studied the Coalition Programme 2023–2026 and the 2024 Plan")
        contract("worklog", "--task", "T2", "--date", "2023-10-16", "--days", "1",
                 "--note", "Met DPI, ULSG and ALGCA on expectations, format and timing")
        contract("worklog", "--task", "T2", "--date", "2023-10-18", "--days", "1", "--note", "Drafted the detailed schedule")
        XCTAssertEqual(CLI.run(["render", "--doc", "schedule", "--lang", "ru", "--format", "docx"], in: project).status, 0)
        contract("submit", "D1", "--date", "2023-10-19", "--file", "exports/ru/schedule.docx")
        contract("accept", "D1", "--date", "2023-10-20")
        contract("worklog", "--task", "T3", "--date", "2023-10-23", "--days", "1",
                 "--note", "Programme and list of participants of the planning session")
        contract("submit", "D2", "--date", "2023-10-24")
        contract("accept", "D3", "--date", "2023-10-24")
        contract("return", "D2", "--date", "2023-10-25",
                 "--reason", "Add the Portal's content and client base administrators of ALGCA")
        contract("pay", "T1", "--date", "2023-10-25")
        contract("submit", "D2", "--date", "2023-10-25")
        contract("accept", "D2", "--date", "2023-10-26")
        contract("worklog", "--task", "T4", "--date", "2023-10-26", "--days", "1", "--note", "Prepared the session's group work")
        contract("worklog", "--task", "T4", "--date", "2023-10-27", "--days", "1", "--note", "Facilitated the planning session")
        contract("pay", "T1", "--date", "2023-10-30")
        contract("pay", "T1", "--date", "2023-10-31")
        contract("worklog", "--task", "T5", "--date", "2023-10-31", "--days", "1",
                 "--note", "Interim operational report and act for October", lang: "ru")

        // November: the full draft (D3) and the members' comments on it.
        for (date, note) in [("2023-11-02", "Situation analysis and the members' specifics"),
                             ("2023-11-07", "Goals, objectives and target audiences"),
                             ("2023-11-10", "Channels, tools and the advocacy themes"),
                             ("2023-11-14", "Action matrix and cost estimate"),
                             ("2023-11-17", "Monitoring, risks and editing")] {
            contract("worklog", "--task", "T6", "--date", date, "--days", "2", "--note", note)
        }
        run(["version", "cut", "v1", "--note", "Full draft for the Coalition", "--date", "2023-11-20"])
        contract("submit", "D3", "--date", "2023-11-20")
        contract("submit", "D3", "--date", "2023-11-20", "--version", "v1")
        contract("accept", "D3", "--date", "2023-11-24")
        let forms = project.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        try form("smsu", [("sec.situation", "2", "substantive", "Reflect the role of aiyl okmotu heads and local kenesh chairs"),
                          ("doc", "", "editorial", "Use the official names of state bodies")])
            .write(to: forms.appendingPathComponent("smsu-v1.csv"))
        try form("amuca", [("sec.situation", "4", "substantive", "Mention the Portal merged with the journal Municipalitet")])
            .write(to: forms.appendingPathComponent("amuca-v1.csv"))
        run(["comments", "import", "forms/smsu-v1.csv", "forms/amuca-v1.csv", "--date", "2023-11-27"])
        contract("worklog", "--task", "T7", "--date", "2023-11-28", "--days", "2", "--note", "Analysed the members' comments")

        // December: the revised strategy waits for every comment to be decided.
        run(["version", "cut", "v2", "--note", "Revised draft", "--date", "2023-12-04"])
        contract("submit", "D4", "--date", "2023-12-04", "--version", "v2")
        run(["comments", "resolve", "v1-smsu-001", "--decision", "accepted", "--lang", "en", "--date", "2023-12-04",
             "--response", "Added to section 3"])
        run(["comments", "resolve", "v1-smsu-002", "--decision", "partly", "--lang", "en", "--date", "2023-12-04",
             "--response", "Official names used in the tables"])
        run(["comments", "resolve", "v1-amuca-001", "--decision", "accepted", "--lang", "en", "--date", "2023-12-04",
             "--response", "The Portal and the journal are described in section 3"])
        contract("worklog", "--task", "T7", "--date", "2023-12-04", "--days", "2", "--note", "Revised the draft after the comments")
        contract("submit", "D4", "--date", "2023-12-05", "--version", "v2")
        contract("return", "D4", "--date", "2023-12-08", "--reason", "Show the cost estimate by member")
        contract("worklog", "--task", "T7", "--date", "2023-12-11", "--days", "2", "--note", "Cost estimate by member added")
        run(["version", "cut", "v3", "--note", "Revised draft with the cost estimate by member", "--date", "2023-12-12"])
        contract("submit", "D4", "--date", "2023-12-12", "--version", "v3")
        contract("accept", "D4", "--date", "2023-12-15", "--by", "chair")
        contract("worklog", "--task", "T7", "--date", "2023-12-18", "--days", "2", "--note", "Final Russian and English versions")
        contract("submit", "D6", "--date", "2023-12-18", "--version", "v3")
        contract("accept", "D6", "--date", "2023-12-19", "--by", "chair")
        contract("worklog", "--task", "T8", "--date", "2023-12-20", "--days", "1", "--note", "Final operational report and act")
        // The final report, and the act as a draft: T2's act is issued once D5 is accepted.
        XCTAssertEqual(CLI.run(["render", "--doc", "report,act", "--draft", "--lang", "ru", "--format", "docx",
                                "--date", "2023-12-20"], in: project).status, 0)
        contract("submit", "D5", "--date", "2023-12-20", "--file", "exports/ru/report-2.docx")
        contract("pay", "T2", "--date", "2023-12-21")
        contract("accept", "D5", "--date", "2023-12-22", "--by", "chair")
        contract("pay", "T2", "--date", "2023-12-22", "--amount", "270000")
        contract("pay", "T2", "--date", "2023-12-22")
        contract("pay", "T2", "--date", "2023-12-23")
        contract("submit", "D4", "--date", "2023-12-23", "--version", "v3")
        run(["contract", "status", "--lang", "ru", "--date", "2023-12-22"])
        run(["contract", "status", "--json", "--date", "2023-12-22"])
        run(["contract", "log"])
        run(["check"])

        CLIGolden.assert(transcript, name: "scenario.en.txt")
    }
}
