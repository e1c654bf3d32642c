import Foundation
@testable import StrategyKit
import XCTest

/// The export format: what spreadsheets write, and every bad row at its line and column.
final class PortalExportReaderTests: XCTestCase {
    typealias F = PortalFixture

    /// The rules of a plan that counts events by participants, audiences, contests and a share.
    static let rules: PortalRowRules = {
        let plan = F.plan([
            F.target("pt.informed", metric: "portal.informed", .monthly(minimum: 2, countsAudiences: true)),
            F.target("pt.events", metric: "portal.events", .qualifying(count: 50, due: PlanDate("2022-12")!, minimumParticipants: 10)),
            F.target("pt.share", metric: "portal.share", .share(percent: 25, due: PlanDate("2022-03")!)),
            F.target("pt.protocols", metric: "portal.protocols", .perEvent(event: Located(PortalMetricID("portal.contests"), at: F.here))),
            F.target("pt.requests", metric: "portal.requests", .monthly(minimum: 2, countsAudiences: false)),
        ])
        let metrics = ["portal.informed", "portal.events", "portal.share", "portal.protocols", "portal.contests", "portal.requests"]
            .map { PortalMetric(id: Located(PortalMetricID($0), at: F.here), name: F.text($0), unit: F.text("u"), clause: "") }
        return PortalRowRules(metrics: metrics, plan: plan)
    }()

    private func read(_ text: String, encoding: String.Encoding = .utf8) -> PortalExportReader.Result {
        PortalExportReader.read(text.data(using: encoding)!, file: "export.csv", rules: Self.rules)
    }

    func testRead_whatSpreadsheetsWrite() {
        let rows = [
            "date;metric;value;participants;audience;note",
            "2022-03-01;portal.requests;2;;;\"Обращение\r\nв две строки\"",
            "15.03.2022;portal.informed;1;;pa.lsg;органы МСУ",
            "2022-03-20;portal.share;24,5;;;",
            "2022-03-21;portal.events;1;12;;",
        ]
        for (encoding, bom) in [(String.Encoding.utf8, "\u{FEFF}"), (.utf8, ""), (.windowsCP1251, "")] {
            let result = read(bom + rows.joined(separator: "\r\n") + "\r\n", encoding: encoding)
            XCTAssertEqual(result.diagnostics, [], "\(encoding)")
            XCTAssertEqual(result.observations.map(\.date.description), ["2022-03-01", "2022-03-15", "2022-03-20", "2022-03-21"])
            XCTAssertEqual(result.observations[0].note, "Обращение\nв две строки")
            XCTAssertEqual(result.observations[1].note, "органы МСУ")
            XCTAssertEqual(result.observations[2].value, Decimal(string: "24.5"))
            XCTAssertEqual(result.observations[3].participants, 12)
            XCTAssertEqual(result.separator, ";")
        }
        let tabs = read("date\tmetric\tvalue\n2022-01-05\tportal.requests\t3\n")
        XCTAssertEqual(tabs.diagnostics, [])
        XCTAssertEqual(tabs.separator, "\t")
        XCTAssertEqual(tabs.observations.first?.value, 3)
    }

    func testRead_reportsEveryBadRowAtOnce_withLineAndColumn() {
        let text = """
            date,metric,value,participants,audience,ref,id,example,sorce
            2022-02-30,portal.requests,1,,,,,,
            2022-03-01,portal.reqests,1,,,,,,
            2022-03-02,portal.requests,1.5,,,,,,
            2022-03-03,portal.events,1,,,,,,
            2022-03-04,portal.events,2,9,,,,,
            2022-03-05,portal.share,101,,,,,,
            2022-03-06,portal.informed,1,,pa.lgs,,,,
            2022-03-07,portal.informed,1,,,,,,
            2022-03-08,portal.protocols,1,,,,,,
            2022-03-09,portal.requests,-1,,,,,maybe,
            2022-03-10,portal.requests,12abc,,,,x y,,
            ,portal.requests,1,,,,,,
            2022-03-11,portal.events,1,12,,,ev-1,,
            2022-03-12,portal.events,1,15,,,ev-1,,

            """
        let result = read(text)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "export.csv:1:56: error: export.csv has an unknown column 'sorce' [format.unknown-column]",
            "export.csv:2:1: error: '2022-02-30' is not a date (YYYY-MM-DD or DD.MM.YYYY that exists) [value.date]",
            "export.csv:3:12: error: row 3 names unknown portal metric 'portal.reqests' (did you mean 'portal.requests'?) [portal.unknown-metric]",
            "export.csv:4:28: error: row 4: 'portal.requests' counts, so its value is a whole number of at least 0; found 1.5 [portal.value]",
            "export.csv:5:28: error: row 5 is an event of 'portal.events', which target pt.events counts by participants, but gives no participants [portal.missing-attribute]",
            "export.csv:6:26: error: row 6: each row of 'portal.events' is one event (target pt.events counts them), so its value is 1; found 2 [portal.value]",
            "export.csv:7:25: error: row 7: 'portal.share' is a share in percent, from 0 to 100; found 101 [portal.value]",
            "export.csv:8:31: error: row 8 names unknown audience 'pa.lgs' (did you mean 'pa.lsg'?) [portal.unknown-audience]",
            "export.csv:9:31: error: row 9 counts for target pt.informed, which counts distinct audiences, but names no audience [portal.missing-attribute]",
            "export.csv:10:33: error: row 10 is matched by target pt.protocols on 'ref' (which event it belongs to), but has no ref [portal.missing-attribute]",
            "export.csv:11:28: error: row 11: 'portal.requests' counts, so its value is a whole number of at least 0; found -1 [portal.value]",
            "export.csv:11:35: error: 'maybe' is not 'yes' or 'no' (column 'example') [value.enum]",
            "export.csv:12:28: error: '12abc' is not a plain decimal number (digits with at most one '.' or ',', e.g. 4500 or 12.50) [value.number]",
            "export.csv:12:37: error: 'x y' is not a valid id (at most 100 letters, digits, '.', '-' or '_', starting with a letter or digit) [value.id]",
            "export.csv:13:1: error: row 13 has no value in column 'date' [format.empty-value]",
            "export.csv:15:33: error: row 15 repeats id 'ev-1' of metric 'portal.events' [portal.duplicate-id]\n    export.csv:14:33: note: first used here",
        ])
        XCTAssertEqual(result.observations.map(\.date.description), ["2022-03-11"], "only the good row is read")
        XCTAssertEqual(result.rowCount, 14)
    }

    func testRead_identicalRowsAreCountedApart_andAnIdTellsThemApart() {
        let result = read("""
            date,metric,value,id
            2022-03-01,portal.requests,1,
            2022-03-01,portal.requests,1,
            2022-03-01,portal.requests,2,
            2022-03-01,portal.requests,1,
            2022-03-02,portal.requests,1,r-9

            """)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.observations.map(\.occurrence), [1, 2, 1, 3, 1])
        XCTAssertEqual(Set(result.observations.map(\.key)).count, 5)
    }

    func testRead_headerOnlyAndNoHeader() {
        XCTAssertEqual(read("date,metric,value\n").observations, [])
        XCTAssertEqual(read("").diagnostics.map(\.code), ["csv.header"])
        XCTAssertEqual(read("date,value\n2022-01-01,1\n").diagnostics.map(\.description),
                       ["export.csv:1:1: error: export.csv has no column 'metric' [format.missing-column]"])
    }
}
