import Foundation
import XCTest

/// The strict reader must reject what a calendar program would choke on; otherwise the round
/// trip tests would pass whatever the writer does.
final class StrictICalendarTests: XCTestCase {
    /// A small valid calendar, one content line per element.
    private let valid = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//strict//EN", "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT", "UID:one@test", "DTSTAMP:20231120T000000Z", "DTSTART;VALUE=DATE:20231011",
        "DTEND;VALUE=DATE:20231012", "RRULE:FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1;UNTIL=20261231",
        "SUMMARY:Доклад", "END:VEVENT",
        "BEGIN:VEVENT", "UID:two@test", "DTSTAMP:20231120T000000Z", "DTSTART:20231011T090000Z",
        "DTEND:20231011T100000Z", "END:VEVENT",
        "END:VCALENDAR",
    ]

    private func ics(_ lines: [String]) -> String { lines.map { $0 + "\r\n" }.joined() }

    /// `valid` with the line that starts with `prefix` replaced (or removed, with nil).
    private func replacing(_ prefix: String, with line: String?) -> String {
        var lines = valid
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else {
            XCTFail("no line starts with \(prefix)")
            return ics(lines)
        }
        if let line { lines[index] = line } else { lines.remove(at: index) }
        return ics(lines)
    }

    private func problems(_ text: String) -> [String] { problems(Array(text.utf8)) }

    private func problems(_ bytes: [UInt8]) -> [String] {
        StrictICalendar.read(bytes).1.map(\.description)
    }

    private func assertRejects(
        _ text: String, _ fragment: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let found = problems(text)
        XCTAssertTrue(found.contains { $0.contains(fragment) }, "expected '\(fragment)', got \(found)", file: file, line: line)
    }

    func testStrictICalendar_acceptsAValidCalendarAndUnescapes() throws {
        let calendar = try StrictICalendar.parse(ics(valid))
        XCTAssertEqual(calendar.events.map(\.uid), ["one@test", "two@test"])
        XCTAssertEqual(calendar.events[0].summary, "Доклад")
        XCTAssertEqual(calendar.events[0].rule?.until?.day8601, "2026-12-31")
        XCTAssertEqual(calendar.events[1].end?.description, "2023-10-11T10:00:00Z")

        let text = try StrictICalendar.parse(replacing(
            "SUMMARY", with: "SUMMARY:a\\, b\\; c\\\\ d\\ne\\Nf"))
        XCTAssertEqual(text.events[0].summary, "a, b; c\\ d\ne\nf")
    }

    func testStrictICalendar_unfoldsSpaceAndTabAndReadsQuotedParameters() throws {
        var lines = valid
        lines[lines.firstIndex(of: "SUMMARY:Доклад") ?? 0] =
            "SUMMARY:Доклад высшим\r\n  органам\r\n\tуправления"
        lines.insert("ATTENDEE;CN=\"Doe, J; Jr.: X\";ROLE=CHAIR,REQ-PARTICIPANT:mailto:j@x.kg", at: 6)
        let calendar = try StrictICalendar.parse(ics(lines))
        XCTAssertEqual(calendar.events[0].summary, "Доклад высшим органамуправления")
        let attendee = try XCTUnwrap(calendar.events[0].component.properties("ATTENDEE").first)
        XCTAssertEqual(attendee.parameter("CN"), ["Doe, J; Jr.: X"])
        XCTAssertEqual(attendee.parameter("ROLE"), ["CHAIR", "REQ-PARTICIPANT"])
        XCTAssertEqual(attendee.value, "mailto:j@x.kg")
    }

    func testStrictICalendar_rejectsABareLF() {
        let text = ics(valid)
        let broken = text.replacingOccurrences(of: "VERSION:2.0\r\n", with: "VERSION:2.0\n")
        XCTAssertEqual(problems(broken), ["line 2: bare LF (lines must end with CRLF)"])
        assertRejects(String(text.dropLast(2)), "the last line does not end with CRLF")
        assertRejects(text.replacingOccurrences(of: "VERSION:2.0\r\n", with: "VERSION:2.0\r"), "bare CR")
    }

    func testStrictICalendar_rejectsA76OctetLineButNot75() {
        let fits = "DESCRIPTION:" + String(repeating: "a", count: 63)
        XCTAssertEqual(fits.utf8.count, 75)
        XCTAssertEqual(problems(replacing("SUMMARY", with: fits)), [])
        XCTAssertEqual(problems(replacing("SUMMARY", with: fits + "a")),
                       ["line 11: 76 octets, more than 75 without the CRLF"])
        let cyrillic = "SUMMARY:" + String(repeating: "Ж", count: 34)
        XCTAssertEqual(cyrillic.utf8.count, 76, "34 two-octet letters")
        assertRejects(replacing("SUMMARY", with: cyrillic), "76 octets")
    }

    func testStrictICalendar_rejectsAFoldInsideACharacter() {
        var bytes = Array(ics(valid).utf8)
        let letter = Array("Д".utf8)
        guard let at = bytes.indices.dropLast().first(where: { bytes[$0] == letter[0] && bytes[$0 + 1] == letter[1] }) else {
            return XCTFail("no Д in the calendar")
        }
        bytes.insert(contentsOf: [0x0D, 0x0A, 0x20], at: at + 1)
        let found = problems(bytes)
        XCTAssertEqual(found.filter { $0.contains("not valid UTF-8 by itself") }.count, 2, "\(found)")
    }

    func testStrictICalendar_rejectsUnescapedCommaOrSemicolonInText() {
        assertRejects(replacing("SUMMARY", with: "SUMMARY:one, two"), "SUMMARY: an unescaped ','")
        assertRejects(replacing("SUMMARY", with: "SUMMARY:one; two"), "SUMMARY: an unescaped ';'")
        assertRejects(replacing("SUMMARY", with: "DESCRIPTION:a,b"), "DESCRIPTION: an unescaped ','")
        assertRejects(replacing("SUMMARY", with: "LOCATION:a;b"), "LOCATION: an unescaped ';'")
        assertRejects(replacing("SUMMARY", with: "SUMMARY:tab\\t"), "invalid escape \\t")
        assertRejects(replacing("SUMMARY", with: "SUMMARY:end\\"), "a backslash at the end")
    }

    func testStrictICalendar_rejectsAnENDThatDoesNotMatch() {
        XCTAssertEqual(problems(replacing("END:VEVENT", with: "END:VTODO")),
                       ["line 12: END:VTODO does not close BEGIN:VEVENT of line 5"])
        assertRejects(replacing("END:VCALENDAR", with: nil), "BEGIN:VCALENDAR is never closed")
        assertRejects(ics(valid + ["END:VEVENT"]), "END:VEVENT with no open component")
        assertRejects(ics(Array(valid.dropFirst())), "VERSION outside any component")
        assertRejects(ics(valid + valid), "BEGIN:VCALENDAR after the end of the calendar")
    }

    /// Every other rule, broken once in an otherwise valid calendar.
    func testStrictICalendar_rejectsEachOtherRuleBroken() {
        let cases: [(String, String?, String)] = [
            ("VERSION", "VERSION:3.0", "VERSION is 3.0, not 2.0"),
            ("PRODID", nil, "VCALENDAR without PRODID"),
            ("CALSCALE", "CALSCALE:JULIAN", "not GREGORIAN"),
            ("UID:one", nil, "VEVENT without UID"),
            ("UID:two", "UID:one@test", "UID one@test already used"),
            ("DTSTAMP", nil, "VEVENT without DTSTAMP"),
            ("DTSTAMP", "DTSTAMP:20231120T000000", "DTSTAMP 20231120T000000 is not a UTC DATE-TIME"),
            ("DTSTART;", nil, "VEVENT without DTSTART"),
            ("DTSTART;", "DTSTART;VALUE=DATE:20230230", "'20230230' is not a valid DATE"),
            ("DTSTART;", "DTSTART;VALUE=DATE:2023-10-11", "is not a valid DATE"),
            ("DTSTART;", "DTSTART;VALUE=DATE:20231011T000000", "is not a valid DATE"),
            ("DTSTART;", "DTSTART;VALUE=PERIOD:20231011", "DTSTART with VALUE=PERIOD"),
            ("DTSTART:", "DTSTART:20231011T250000Z", "is not a valid DATE-TIME"),
            ("DTSTART:", "DTSTART;TZID=Asia/Bishkek:20231011T090000", "TZID Asia/Bishkek has no VTIMEZONE"),
            ("DTEND;", "DTEND;VALUE=DATE:20231010", "DTEND 20231010 is not after DTSTART"),
            ("DTEND;", "DTEND:20231012T000000Z", "DTEND is not of DTSTART's value type"),
            ("DTEND:", "DTEND:20231011T100000Z\r\nDURATION:PT1H", "DTEND and DURATION in one VEVENT"),
            ("SUMMARY", "SUMMARY:a\r\nSUMMARY:b", "SUMMARY more than once in VEVENT"),
            ("RRULE", "RRULE:BYMONTH=6", "no FREQ"),
            ("RRULE", "RRULE:FREQ=FORTNIGHTLY", "'FORTNIGHTLY' is not a valid FREQ"),
            ("RRULE", "RRULE:FREQ=YEARLY;BYEASTER=1", "unknown part BYEASTER"),
            ("RRULE", "RRULE:FREQ=YEARLY;FREQ=MONTHLY", "FREQ twice"),
            ("RRULE", "RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20261231", "both UNTIL and COUNT"),
            ("RRULE", "RRULE:FREQ=YEARLY;COUNT=0", "'0' is not a valid COUNT"),
            ("RRULE", "RRULE:FREQ=YEARLY;UNTIL=20261232", "'20261232' is not a valid UNTIL"),
            ("RRULE", "RRULE:FREQ=YEARLY;UNTIL=20261231T000000Z", "UNTIL is not of DTSTART's value type"),
            ("RRULE", "RRULE:FREQ=YEARLY;UNTIL=20221231", "UNTIL is before DTSTART"),
            ("RRULE", "RRULE:FREQ=YEARLY;BYMONTH=13", "'13' is not a valid BYMONTH"),
            ("RRULE", "RRULE:FREQ=YEARLY;BYMONTHDAY=0", "'0' is not a valid BYMONTHDAY"),
            ("RRULE", "RRULE:FREQ=WEEKLY;BYDAY=MO,XX", "'MO,XX' is not a valid BYDAY"),
            ("RRULE", "RRULE:FREQ=YEARLY;", "'' is not NAME=VALUE"),
            ("SUMMARY", "ATTENDEE;CN=\"Doe:mailto:j@example.com", "an unclosed quote"),
            ("SUMMARY", "ATTENDEE;CN=Do\"e:mailto:j@example.com", "a quote inside the bare value"),
            ("SUMMARY", "SUMMARY", "no ':' after the name"),
            ("SUMMARY", ":value", "a content line without a name"),
            ("SUMMARY", "SUMMARY:bell\u{7}", "a control character in the value"),
            ("SUMMARY", "", "an empty line"),
            ("BEGIN:VEVENT", "BEGIN:VTODOLIST", "VTODOLIST is not a calendar component"),
        ]
        for (prefix, line, fragment) in cases {
            assertRejects(replacing(prefix, with: line), fragment)
        }
        assertRejects(" BEGIN:VCALENDAR\r\n" + ics(Array(valid.dropFirst())), "a continuation line with no line before it")
        assertRejects("", "the file is empty")
        assertRejects(ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "END:VCALENDAR"]), "VCALENDAR without a component")
    }
}
