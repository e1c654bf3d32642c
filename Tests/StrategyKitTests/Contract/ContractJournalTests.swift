import Foundation
@testable import StrategyKit
import XCTest

/// The journal is read line by line: every damaged line is a diagnostic at its line and column,
/// the rest is read, and a last line cut short by a kill is reported and not trusted.
final class ContractJournalTests: XCTestCase {
    private typealias F = ContractFixture
    private let header = ContractJournal.header + "\n"

    private func parse(_ text: String) -> ContractJournal { ContractJournal.parse(Data(text.utf8)) }

    func testJournal_linesRoundTrip() {
        let acts = [
            F.submit("D4", "2023-12-05", version: "v2"),
            F.returned("D4", "2023-12-08", "Add \"the budget\", by member;\nsee section 10"),
            F.pay("T1", "2023-10-30", "100000", reason: "=SUM(A1) is not a formula"),
            F.work("T6", "2023-11-03", "0.5", "-draft of section 3"),
        ]
        var text = header
        for act in acts { text += ContractJournal.line(act) + "\n" }
        let journal = parse(text)
        XCTAssertEqual(journal.diagnostics, [])
        XCTAssertEqual(journal.acts.count, 4)
        XCTAssertEqual(journal.acts[0].version, "v2")
        XCTAssertEqual(journal.acts[1].note, "Add \"the budget\", by member; see section 10")
        XCTAssertEqual(journal.acts[2].amount, 100_000)
        XCTAssertEqual(journal.acts[2].note, "=SUM(A1) is not a formula")
        XCTAssertEqual(journal.acts[3].days, Decimal(string: "0.5"))
        XCTAssertEqual(journal.acts[3].note, "-draft of section 3")
        XCTAssertEqual(journal.acts[3].who, .consultant)
        XCTAssertEqual(journal.acts[2].who, .specialist)
        // A formula is neutralised in the file itself, one physical line per act.
        XCTAssertTrue(text.contains(",'=SUM(A1) is not a formula,"), text)
        XCTAssertEqual(text.split(separator: "\n").count, 5)
        XCTAssertEqual(journal.acts[1].location(.note), SourceLocation(file: ContractJournal.path, line: 3, column: 36))
    }

    func testJournal_textsThatLookLikeFormulasRoundTrip() {
        for note in ["=1+1", "'=1+1", "''@x", "'plain", "'", "-", "+7 days", "@all"] {
            let act = F.returned("D1", "2023-10-20", note)
            let journal = parse(header + ContractJournal.line(act) + "\n")
            XCTAssertEqual(journal.acts.first?.note, note, ContractJournal.line(act))
        }
        XCTAssertTrue(ContractJournal.line(F.returned("D1", "2023-10-20", "'=1")).hasSuffix(",''=1,,"))
    }

    /// A kill in the middle of `appendLine` leaves a last line without its line break.
    func testJournal_aTornLastLineIsReportedAndTheRestIsRead() {
        let complete = header + ContractJournal.line(F.submit("D1", "2023-10-19")) + "\n"
            + ContractJournal.line(F.accept("D1", "2023-10-20")) + "\n"
        let torn = complete + String(ContractJournal.line(F.submit("D2", "2023-10-24")).prefix(17))
        let journal = parse(torn)
        XCTAssertEqual(journal.acts.map(\.subject), ["D1", "D1"])
        XCTAssertEqual(journal.tornLine, 4)
        XCTAssertEqual(journal.diagnostics.map(\.description), [
            "contract/journal.csv:4:1: warning: line 4 of the journal is incomplete (no line break): a command was "
                + "interrupted while writing it, so the act was not recorded and is ignored [journal.torn-line]\n"
                + "    note: check what that line says, delete it, and record the act again",
        ])
        // Even a cut inside a quoted note is only the torn line.
        let quoted = complete + "2023-10-25,return,D2,,,,specialist,\"Add the"
        XCTAssertEqual(parse(quoted).acts.count, 2)
        XCTAssertEqual(parse(quoted).diagnostics.map(\.code), ["journal.torn-line"])
        // A header cut short leaves nothing to trust.
        XCTAssertEqual(parse("date,act,sub").tornLine, 1)
        XCTAssertEqual(parse("date,act,sub").acts, [])
    }

    func testJournal_handEditedLines_areReportedAllAtOnceWithTheirPlaces() {
        let text = header + """
            2023-10-19,submit,D1,,,,consultant,,,
            2023-02-30,submit,D2,,,,consultant,,,
            2023-10-20,acept,D1,,,,specialist,,,
            2023-10-20,accept,D1,,12abc,,specialist,,,
            2023-10-21,worklog,T1,,,,consultant,Reading,,
            2023-10-21,pay,T1,v1,117000,,boss,,,
            2023-10-22,worklog,T1,,,1,consultant,Reading
            2023-10-23,accept,D1,,,,specialist,,,

            """
        let journal = parse(text)
        XCTAssertEqual(journal.diagnostics.map(\.description), [
            "contract/journal.csv:3:1: error: '2023-02-30' is not a date (YYYY-MM-DD) [value.date]",
            "contract/journal.csv:4:12: error: 'acept' is not an act (one of 'submit', 'return', 'accept', 'pay', 'worklog') [value.enum]\n"
                + "    note: did you mean 'accept'?",
            "contract/journal.csv:5:23: error: 'accept' lines have no 'amount'; found '12abc' [journal.field]",
            "contract/journal.csv:5:23: error: '12abc' is not a positive amount [value.number]",
            "contract/journal.csv:6:25: error: 'worklog' lines need a value in 'days' [journal.field]",
            "contract/journal.csv:7:19: error: 'pay' lines have no 'version'; found 'v1' [journal.field]",
            "contract/journal.csv:7:30: error: 'boss' is not a role (one of 'consultant', 'specialist', 'chair') [value.enum]",
            "contract/journal.csv:8:1: error: row has 8 fields, the header has 10 [csv.field-count]",
        ])
        XCTAssertEqual(journal.acts.map(\.date.description), ["2023-10-19", "2023-10-23"])
    }

    func testJournal_aRewrittenHeaderTrustsNothing() {
        let journal = parse("date;act;subject\n2023-10-19;submit;D1\n")
        XCTAssertEqual(journal.acts, [])
        XCTAssertEqual(journal.diagnostics.map(\.code), ["journal.header"])
        XCTAssertEqual(parse("").diagnostics, [])
        XCTAssertEqual(parse(header).acts, [])
    }

    func testJournal_notUTF8_isReportedNotFatal() {
        var bytes = Array(header.utf8)
        bytes += [0xFF, 0xFE, 0x0A]
        XCTAssertEqual(ContractJournal.parse(Data(bytes)).diagnostics.map(\.code), ["journal.encoding"])
    }
}
