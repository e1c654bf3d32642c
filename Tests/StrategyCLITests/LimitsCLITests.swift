import Foundation
@testable import StrategyCLI
import StrategyKit
import XCTest

/// Limits that say their name: absurd amounts and days, a retried act, a download size, and a
/// flood of diagnostics from one file.
final class LimitsCLITests: XCTestCase {
    private func journal(_ project: URL) -> String {
        (try? String(contentsOf: project.appendingPathComponent("strategy/\(ContractJournal.path)"), encoding: .utf8)) ?? ""
    }

    func testAbsurdAmountsAndDays_areRefusedWithTheirBound() throws {
        let project = try ContractScenarioTests.shippedProject()
        for (id, day) in [("D1", "2023-10-19"), ("D2", "2023-10-24")] {
            XCTAssertEqual(CLI.run(["contract", "submit", id, "--date", day], in: project).status, 0)
            XCTAssertEqual(CLI.run(["contract", "accept", id, "--date", day], in: project).status, 0)
        }
        let before = journal(project)
        let pay = CLI.run(["contract", "pay", "T1", "--amount", "1" + String(repeating: "0", count: 30), "--reason", "typo",
                           "--date", "2023-10-30"], in: project)
        XCTAssertEqual(pay.status, 1)
        XCTAssertTrue(pay.err.contains("is more than the whole contract"), pay.err)
        XCTAssertEqual(CLI.run(["contract", "pay", "T1", "--amount", "1e30", "--reason", "typo"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["contract", "worklog", "--task", "T2", "--days", "1e30", "--note", "x"], in: project).status, 64)
        let days = CLI.run(["contract", "worklog", "--task", "T2", "--days", "400", "--note", "x", "--date", "2023-11-01"],
                           in: project)
        XCTAssertEqual(days.status, 1)
        XCTAssertTrue(days.err.contains("at most 366"), days.err)
        XCTAssertEqual(journal(project), before, "nothing recorded")
    }

    func testTheSameActTwice_isRefusedUnlessAgain() throws {
        let project = try ContractScenarioTests.shippedProject()
        let act = ["contract", "worklog", "--task", "T2", "--days", "4", "--note", "drafting", "--date", "2023-11-01"]
        XCTAssertEqual(CLI.run(act, in: project).status, 0)
        let retry = CLI.run(act, in: project)
        XCTAssertEqual(retry.status, 1)
        XCTAssertTrue(retry.err.contains("is already in contract/journal.csv (line 2); it is not recorded twice"), retry.err)
        XCTAssertEqual(CLI.run(act + ["--again"], in: project).status, 0)
        XCTAssertEqual(journal(project).split(separator: "\n").count, 3)
    }

    func testMaxSize_usage() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["portal", "import", "http://127.0.0.1:9/x.csv", "--max-size", "12X"], in: project)
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.err.contains("'12X' is not a size"), result.err)
        XCTAssertEqual(PortalCommand.byteCount("64M"), 64 << 20)
        XCTAssertEqual(PortalCommand.byteCount("500k"), 500 << 10)
        XCTAssertEqual(PortalCommand.byteCount("1500"), 1500)
        XCTAssertNil(PortalCommand.byteCount("5G"))
        XCTAssertNil(PortalCommand.byteCount("0"))
        XCTAssertNil(PortalCommand.byteCount("-1"))
    }

    func testDiagnostics_areCappedPerFile_withACountOfTheRest() throws {
        let project = try CLI.miniProject()
        let actions = project.appendingPathComponent("strategy/actions.csv")
        var text = try String(contentsOf: actions, encoding: .utf8)
        text += String(repeating: "x\u{1}y,x\u{1}y\n", count: 3000)
        try Data(text.utf8).write(to: actions)
        let result = CLI.run(["check"], in: project)
        XCTAssertEqual(result.status, 1)
        let lines = result.err.split(separator: "\n")
        XCTAssertEqual(lines.count, Diagnostic.shownPerFile + 1, String(lines.suffix(3).joined(separator: "\n")))
        XCTAssertTrue(lines.last?.hasPrefix("actions.csv:1:1: error: ") ?? false, "\(lines.last ?? "")")
        XCTAssertTrue(lines.last?.contains("more problems in actions.csv not shown") ?? false)
        XCTAssertTrue(result.out.hasPrefix("\(3000 * 2) errors") || result.out.contains(" errors, "), result.out)
    }

    func testCapped_keepsOtherFilesAndOrder() {
        let many = (1...5).map { Diagnostic.error("x", "a\($0)", at: SourceLocation(file: "a.csv", line: $0, column: 1)) }
        let other = Diagnostic.warning("y", "b", at: .file("b.json"))
        let capped = Diagnostic.capped(many + [other], perFile: 2)
        XCTAssertEqual(capped.map(\.message), [
            "a1", "a2", "3 more problems in a.csv not shown (3 errors); the first 2 are above", "b",
        ])
        XCTAssertEqual(Diagnostic.capped(many, perFile: 5), many)
    }
}
