import Foundation
@testable import StrategyKit
import XCTest

final class TimelineICSTests: XCTestCase {
    /// The mini fixture with a biannual-reports channel and hostile text in the contract.
    private func fixture() throws -> TimelineFixture {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "channels.json", replacing: "{\"id\": \"ch.media\"", with: """
            {"id": "ch.biannual-reports", "kind": "institutional", "name": {"ru": "Доклады высшим органам государственного управления Кыргызской Республики", "en": "Reports"},
             "description": {"ru": "Первое; второе, \\\\ третье\\nчетвёртое", "en": "One; two, \\\\ three\\nfour"}},
            {"id": "ch.media"
            """)
        try TestWorkspace.edit(workspace, "contract.json", replacing: "{\"ru\": \"Разработка стратегии\", \"en\": \"Developing the strategy\"}",
                               with: "{\"ru\": \"Разработка стратегии; план, график\", \"en\": \"Strategy; plan, schedule\"}")
        return try TimelineFixture.open(workspace)
    }

    func testICS_linesEndWithCRLFAndFitIn75Octets() throws {
        let ics = try fixture().ics("ru")
        let bytes = Array(ics.utf8)
        XCTAssertTrue(ics.hasSuffix("END:VCALENDAR\r\n"))
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            XCTAssertEqual(bytes[index - 1], 0x0D, "LF at \(index) without CR")
        }
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(lines.contains { $0.hasPrefix(" ") }, "long Russian lines are folded")
        for line in lines {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, line)
            XCTAssertFalse(line.contains("\r") || line.contains("\n"))
        }
    }

    func testICS_foldingNeverSplitsACyrillicLetter() throws {
        let ics = try fixture().ics("ru")
        var physical = Data()
        for byte in Data(ics.utf8) {
            physical.append(byte)
            if byte == 0x0A {
                XCTAssertNotNil(String(data: physical, encoding: .utf8), "a line is not valid UTF-8 on its own")
                physical.removeAll()
            }
        }
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(unfolded.contains("SUMMARY:Доклады высшим органам государственного управления Кыргызской Республики\r\n"))
        let folded = ICSText.fold("SUMMARY:" + String(repeating: "Ж", count: 100))
        XCTAssertEqual(folded.components(separatedBy: "\r\n").map(\.utf8.count), [74, 75, 61, 0],
                       "74, not 75: the next letter would need two more octets")
    }

    func testICS_escapesTextValues() throws {
        XCTAssertEqual(ICSText.escape("a,b;c\\d\ne\r\nf\rg\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf\\ng")
        let unfolded = try fixture().ics("en").replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(unfolded.contains("DESCRIPTION:One\\; two\\, \\\\ three\\nfour\r\n"), unfolded)
        XCTAssertTrue(unfolded.contains("SUMMARY:Services begin: Strategy\\; plan\\, schedule\r\n"), unfolded)
    }

    func testICS_eventsUIDsStampAndRecurrence() throws {
        let ics = try fixture().ics("en")
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        XCTAssertEqual(Array(lines.prefix(4)), [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Strategy Workbench//strategy timeline//EN",
            "CALSCALE:GREGORIAN",
        ])
        XCTAssertEqual(lines.filter { $0.hasPrefix("UID:") }, [
            "UID:ch.biannual-reports@strategy-workbench", "UID:contract-start@strategy-workbench",
            "UID:D1@strategy-workbench", "UID:tranche-T1@strategy-workbench",
            "UID:D2@strategy-workbench", "UID:contract-end@strategy-workbench",
            "UID:tranche-T2@strategy-workbench",
        ])
        XCTAssertEqual(Set(lines.filter { $0.hasPrefix("DTSTAMP:") }), ["DTSTAMP:20231120T000000Z"],
                       "the edition date, never the clock")
        XCTAssertEqual(lines.filter { $0.hasPrefix("BEGIN:VEVENT") }.count, 7)
        XCTAssertEqual(lines.filter { $0.hasPrefix("END:VEVENT") }.count, 7)
        XCTAssertTrue(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1;UNTIL=20261231"))
        XCTAssertTrue(lines.contains("DTSTART;VALUE=DATE:20230630"), "the first half-year end of the period")
        XCTAssertTrue(lines.contains("DTSTART;VALUE=DATE:20231020"))
        XCTAssertTrue(lines.contains("DTEND;VALUE=DATE:20231021"), "all-day: DTEND is the next day")
        XCTAssertTrue(lines.contains("SUMMARY:Tranche “Initial” (30%) payable once accepted: D1"))
    }

    func testICS_withoutTheChannelHasNoRecurrenceAndIsByteIdentical() throws {
        let fixture = try TimelineFixture.mini()
        let first = fixture.ics("ru")
        XCTAssertFalse(first.contains("RRULE"))
        XCTAssertEqual(Data(first.utf8), Data(try TimelineFixture.mini().ics("ru").utf8))
        XCTAssertEqual(try self.fixture().ics("ru"), try self.fixture().ics("ru"))
    }
}
