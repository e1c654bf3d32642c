import Foundation
@testable import StrategyKit
import XCTest

/// Inputs FuzzJournal (scripts/fuzz) found, kept as regressions.
final class JournalFuzzRegressionTests: XCTestCase {
    /// A form feed inside a quoted note: the CSV reader reported it, but the act was kept and
    /// the line written for it did not read back. Such a row is now left out, and what the
    /// writer appends is flattened onto one line of printable characters.
    func testJournal_aControlCharacterInANote() {
        let text = ContractJournal.header + "\n"
            + "2023-10-25,return,D2,,,,specialist,\"Add the Portal's administrators\u{0C} ALGCA\",,\n"
        let read = ContractJournal.parse(Data(text.utf8))
        XCTAssertEqual(read.diagnostics.map(\.code), ["csv.control-character"])
        XCTAssertEqual(read.acts, [])
        let act = ContractAct(
            date: CalendarDate(year: 2023, month: 10, day: 25) ?? .epoch, kind: .returnForRevision, subject: "D2",
            note: "Add the Portal's administrators\u{0C} ALGCA")
        let line = ContractJournal.line(act)
        XCTAssertEqual(line, "2023-10-25,return,D2,,,,specialist,Add the Portal's administrators  ALGCA,,")
        let again = ContractJournal.parse(Data((ContractJournal.header + "\n" + line + "\n").utf8))
        XCTAssertEqual(again.diagnostics, [])
        XCTAssertEqual(again.acts.first?.note, "Add the Portal's administrators  ALGCA")
    }

    /// Bytes that are not UTF-8 and end without a line break: two diagnostics, which came back
    /// unsorted (the torn line's before the encoding's).
    func testJournal_diagnosticsOfATornNonUTF8JournalAreSorted() {
        let bytes = Array("date;act;subject\n2023-10-19;submit;D1\nate;ac".utf8) + [0xFF, 0xFF]
            + Array("6t;subject\n2023-10-19;submit;".utf8)
        let journal = ContractJournal.parse(Data(bytes))
        XCTAssertEqual(journal.diagnostics.map(\.code), ["journal.encoding", "journal.torn-line"])
        XCTAssertEqual(journal.diagnostics, journal.diagnostics.sorted())
    }

    /// A C1 control character (U+0094) in an unquoted field: the CSV reader reported it, but
    /// the act was kept, and the line written for it did not read back. A row with a CSV error
    /// is now left out, and C1 controls are flattened like C0 ones.
    func testJournal_aRowWithACSVErrorIsNotTrusted() {
        let text = ContractJournal.header + "\n2023-10-19,submit,D1,,,,consultant,,exports/ru/schedule\u{94}ocx,6f1c0a\n"
            + "2023-10-20,accept,D1,,,,specialist,,,\n"
        let journal = ContractJournal.parse(Data(text.utf8))
        XCTAssertEqual(journal.diagnostics.map(\.code), ["csv.control-character"])
        XCTAssertEqual(journal.acts.map(\.kind), [.accept])
    }

    func testJournal_flattenedKeepsTextOnOnePrintableLine() {
        XCTAssertEqual(ContractJournal.flattened("a\r\nb\rc\nd\te\u{0}f\u{7F}g\u{94}h"), "a b c d e f g h")
        XCTAssertEqual(ContractJournal.flattened("Добавить «x»"), "Добавить «x»")
    }
}
