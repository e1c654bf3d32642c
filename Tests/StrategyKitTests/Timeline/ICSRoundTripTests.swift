import Foundation
@testable import StrategyKit
import XCTest

/// The library's ICS read back through ``StrictICalendar``: it must parse with no problem at
/// all, and hold the events, dates, rules and text the workspace says.
final class ICSRoundTripTests: XCTestCase {
    /// The mini fixture with the shipped channel of biannual reports, whose Russian name folds.
    private func miniWithReports() throws -> TimelineFixture {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "channels.json", replacing: "{\"id\": \"ch.media\"", with: """
            {"id": "ch.biannual-reports", "kind": "institutional",
             "name": {"ru": "Доклады по вопросам МСУ высшим органам государственного управления", "en": "Reports on LSG issues to the highest state bodies"},
             "description": {"ru": "Существующий механизм Коалиции", "en": "An existing Coalition mechanism"},
             "frequency": {"ru": "два раза в год", "en": "twice a year"}},
            {"id": "ch.media"
            """)
        return try TimelineFixture.open(workspace)
    }

    private func parse(_ ics: String, file: StaticString = #filePath, line: UInt = #line) throws -> StrictICalendar.Calendar {
        do {
            return try StrictICalendar.parse(ics)
        } catch {
            XCTFail("the strict reader rejects the library's ICS:\n\(error)", file: file, line: line)
            throw error
        }
    }

    /// UID → (DTSTART, DTEND), both `YYYY-MM-DD`.
    private func days(_ calendar: StrictICalendar.Calendar) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: calendar.events.map {
            ($0.uid, [$0.start.day8601, $0.end?.day8601 ?? "none"])
        })
    }

    func testRoundTrip_miniFixtureHasEveryDateInBothLanguages() throws {
        let fixture = try miniWithReports()
        for code in ["ru", "en"] {
            let calendar = try parse(fixture.ics(code))
            XCTAssertEqual(calendar.version, "2.0")
            XCTAssertEqual(calendar.productID, "-//Strategy Workbench//strategy timeline//\(code.uppercased())")
            XCTAssertEqual(calendar.events.count, 7, code)
            XCTAssertEqual(calendar.events.map(\.uid), [
                "ch.biannual-reports@strategy-workbench", "contract-start@strategy-workbench",
                "D1@strategy-workbench", "tranche-T1@strategy-workbench", "D2@strategy-workbench",
                "contract-end@strategy-workbench", "tranche-T2@strategy-workbench",
            ], code)
            XCTAssertEqual(days(calendar), [
                "ch.biannual-reports@strategy-workbench": ["2023-06-30", "2023-07-01"],
                "contract-start@strategy-workbench": ["2023-10-11", "2023-10-12"],
                "D1@strategy-workbench": ["2023-10-20", "2023-10-21"],
                "tranche-T1@strategy-workbench": ["2023-10-20", "2023-10-21"],
                "D2@strategy-workbench": ["2023-12-22", "2023-12-23"],
                "contract-end@strategy-workbench": ["2023-12-22", "2023-12-23"],
                "tranche-T2@strategy-workbench": ["2023-12-22", "2023-12-23"],
            ], code)
            for event in calendar.events {
                XCTAssertTrue(event.start.isDate, "all-day events: \(event.uid)")
                XCTAssertEqual(event.stamp.description, "2023-11-20T00:00:00Z", "the edition date, not the clock")
            }
            let recurring = calendar.events.filter { $0.rule != nil }
            XCTAssertEqual(recurring.map(\.uid), ["ch.biannual-reports@strategy-workbench"])
            let rule = try XCTUnwrap(recurring.first?.rule)
            XCTAssertEqual(rule.frequency, "YEARLY")
            XCTAssertEqual(rule.part("BYMONTH"), "6,12")
            XCTAssertEqual(rule.part("BYMONTHDAY"), "-1")
            XCTAssertEqual(rule.until, StrictICalendar.dateValue("20261231"), "the last day of the strategy period")
            XCTAssertNil(rule.count)
        }
    }

    func testRoundTrip_miniFixtureSummariesAreTheLabelTextInBothLanguages() throws {
        let fixture = try miniWithReports()
        let expected = [
            "ru": [
                "Доклады по вопросам МСУ высшим органам государственного управления",
                "Начало оказания услуг: Разработка стратегии",
                "D1, срок сдачи: График",
                "Транш «Начальный» (30 %) к оплате после приёмки: D1",
                "D2, срок сдачи: Проект",
                "Окончание оказания услуг: Разработка стратегии",
                "Транш «Финальный» (70 %) к оплате после приёмки: D2",
            ],
            "en": [
                "Reports on LSG issues to the highest state bodies",
                "Services begin: Developing the strategy",
                "D1 due: Schedule",
                "Tranche “Initial” (30%) payable once accepted: D1",
                "D2 due: Draft",
                "Services end: Developing the strategy",
                "Tranche “Final” (70%) payable once accepted: D2",
            ],
        ]
        for code in ["ru", "en"] {
            let calendar = try parse(fixture.ics(code))
            XCTAssertEqual(calendar.events.map { $0.summary ?? "" }, expected[code] ?? [], code)
            let labels = fixture.labels(code)
            XCTAssertEqual(calendar.events[2].summary, labels.format("timeline.ics.deliverable", [
                "id": "D1", "title": fixture.strategy.contract?.deliverables.first?.title[Language(code)] ?? "",
            ]), "the label the library filled in")
        }
        let russian = try parse(fixture.ics("ru"))
        XCTAssertEqual(russian.events[0].description, "два раза в год\nСуществующий механизм Коалиции")
        XCTAssertTrue(fixture.ics("ru").contains("SUMMARY:D1\\, срок сдачи: График\r\n"),
                      "the label's comma is escaped on the wire")
    }

    func testRoundTrip_shippedWorkspaceHasEveryDeadlineAndTranche() throws {
        let fixture = try TimelineFixture.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let contract = try XCTUnwrap(fixture.strategy.contract)
        let channel = try XCTUnwrap(fixture.strategy.channelsByID[TimelineICS.biannualChannel])
        for code in ["ru", "en"] {
            let language = Language(code)
            let calendar = try parse(fixture.ics(code))
            XCTAssertEqual(calendar.events.count, 11, "start, end, 6 deliverables, 2 tranches, the reports")
            XCTAssertEqual(days(calendar).mapValues { $0[0] }, [
                "contract-start@strategy-workbench": "2023-10-11",
                "contract-end@strategy-workbench": "2023-12-22",
                "D1@strategy-workbench": "2023-10-20",
                "D2@strategy-workbench": "2023-10-25",
                "D3@strategy-workbench": "2023-11-20",
                "D4@strategy-workbench": "2023-12-15",
                "D5@strategy-workbench": "2023-12-22",
                "D6@strategy-workbench": "2023-12-22",
                // Payable once act № 1 is signed with the October report (ToR task 5).
                "tranche-T1@strategy-workbench": "2023-10-31",
                "tranche-T2@strategy-workbench": "2023-12-22",
                "ch.biannual-reports@strategy-workbench": "2023-06-30",
            ], code)
            let rules = calendar.events.compactMap(\.rule)
            XCTAssertEqual(rules.map { $0.parts.map { "\($0.name)=\($0.value)" }.joined(separator: ";") },
                           ["FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1;UNTIL=20261231"])
            let summaries = Dictionary(uniqueKeysWithValues: calendar.events.map { ($0.uid, $0.summary ?? "") })
            let labels = fixture.labels(code)
            for deliverable in contract.deliverables {
                let id = deliverable.id.value.rawValue
                XCTAssertEqual(summaries["\(id)@strategy-workbench"], labels.format("timeline.ics.deliverable", [
                    "id": id, "title": deliverable.title[language],
                ]), "\(code) \(id)")
            }
            XCTAssertEqual(summaries["ch.biannual-reports@strategy-workbench"], channel.name[language])
            let reports = try XCTUnwrap(calendar.events.first { $0.rule != nil })
            let frequency = channel.frequency?[language] ?? ""
            XCTAssertEqual(reports.description, frequency.isEmpty ? channel.description[language]
                           : frequency + "\n" + channel.description[language], "frequency, a line break, the description")
        }
        let russian = try parse(fixture.ics("ru"))
        XCTAssertTrue(russian.events.contains { $0.summary == "Доклады по вопросам МСУ высшим органам государственного управления" })
    }

    func testRoundTrip_hostileTextIsEscapedFoldedAndReadBackExactly() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let title = "Проект; раздел 2, приложение \\ версия\nвторая строка: доклады по вопросам местного самоуправления высшим органам государственного управления Кыргызской Республики"
        try TestWorkspace.edit(workspace, "contract.json", replacing: "{\"ru\": \"Проект\", \"en\": \"Draft\"}, \"due\"",
                               with: "{\"ru\": \"Проект; раздел 2, приложение \\\\ версия\\nвторая строка: доклады по вопросам местного самоуправления высшим органам государственного управления Кыргызской Республики\", \"en\": \"Draft\"}, \"due\"")
        let fixture = try TimelineFixture.open(workspace)
        let ics = fixture.ics("ru")
        let calendar = try parse(ics)
        let event = try XCTUnwrap(calendar.events.first { $0.uid == "D2@strategy-workbench" })
        XCTAssertEqual(event.summary, "D2, срок сдачи: " + title, "every character read back")

        let physical = ics.components(separatedBy: "\r\n")
        let start = try XCTUnwrap(physical.firstIndex { $0.hasPrefix("SUMMARY:D2") })
        var property = [physical[start]]
        for line in physical[(start + 1)...] {
            guard line.hasPrefix(" ") else { break }
            property.append(line)
        }
        XCTAssertGreaterThanOrEqual(property.count, 4, "a 150-letter Cyrillic label takes several lines")
        XCTAssertTrue(property.allSatisfy { $0.utf8.count <= 75 }, "\(property.map(\.utf8.count))")
        XCTAssertTrue(property.dropLast().contains { $0.utf8.count == 74 },
                      "a line ends one octet short where the next letter takes two: \(property.map(\.utf8.count))")
        let wire = property.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
        XCTAssertTrue(wire.hasPrefix("SUMMARY:D2\\, срок сдачи: Проект\\; раздел 2\\, приложение \\\\ версия\\nвторая строка: "), wire)
    }

    /// ICSText's escape and fold at every alignment of 2-, 3- and 4-octet characters against
    /// the 75-octet limit, read back by the strict reader.
    func testRoundTrip_escapeAndFoldAtEveryOffsetReadBackExactly() throws {
        let tail = "Жё€😀é\u{301}, ; \\ \nКыргызская Республика; 2023–2026, «доклады»"
        for offset in 0..<80 {
            let text = String(repeating: "x", count: offset) + String(repeating: tail, count: 3)
            let ics = [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:u\(offset)",
                "DTSTAMP:20231120T000000Z", "DTSTART;VALUE=DATE:20231011",
                "SUMMARY:" + ICSText.escape(text), "DESCRIPTION:" + ICSText.escape(text),
                "END:VEVENT", "END:VCALENDAR",
            ].map(ICSText.fold).joined()
            let calendar = try parse(ics)
            XCTAssertEqual(calendar.events.first?.summary, text, "offset \(offset)")
            XCTAssertEqual(calendar.events.first?.description, text, "offset \(offset)")
        }
    }
}
