import Foundation
@testable import StrategyKit
import XCTest

/// Every calendar view's weekdays against Foundation's Gregorian calendar, for every month of
/// the strategy's period 2023–2026 (the contract's Gantt once started the week of Wednesday
/// 11 October 2023 as if it were a Monday).
final class WeekGridTests: XCTestCase {
    private var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }

    /// 0 Monday … 6 Sunday, as Foundation says.
    private func foundationWeekday(_ date: CalendarDate) -> Int {
        let components = DateComponents(year: date.year, month: date.month, day: date.day)
        guard let day = gregorian.date(from: components) else { return -1 }
        return (gregorian.component(.weekday, from: day) + 5) % 7
    }

    private var months: [(first: CalendarDate, last: CalendarDate)] {
        (2023...2026).flatMap { year in
            (1...12).compactMap { month -> (CalendarDate, CalendarDate)? in
                guard let first = CalendarDate(year: year, month: month, day: 1),
                      let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
                else { return nil }
                return (first, last)
            }
        }
    }

    func testWeekGrid_weekdaysMatchFoundation() {
        XCTAssertEqual(months.count, 48)
        for (first, last) in months {
            for number in first.dayNumber...last.dayNumber {
                let day = TimelineCalendar.date(dayNumber: number)
                XCTAssertEqual(TimelineCalendar.weekday(day), foundationWeekday(day), "\(day)")
                XCTAssertEqual(TimelineCalendar.isWeekend(day), foundationWeekday(day) >= 5, "\(day)")
            }
        }
    }

    /// The schedule's calendar-plan weeks run Monday to Sunday, cut only at the span's ends, and
    /// their headings name their real first and last days.
    func testWeekGrid_scheduleWeeksRunMondayToSunday() {
        for (first, last) in months {
            let weeks = PaperworkBuilder.weeks(from: first, to: last)
            XCTAssertEqual(weeks.first?.first, first)
            XCTAssertEqual(weeks.last?.last, last)
            for (index, week) in weeks.enumerated() {
                if index > 0 {
                    XCTAssertEqual(foundationWeekday(week.first), 0, "week of \(week.first) starts on a Monday")
                    XCTAssertEqual(TimelineCalendar.adding(1, to: weeks[index - 1].last), week.first)
                }
                if index < weeks.count - 1 {
                    XCTAssertEqual(foundationWeekday(week.last), 6, "week of \(week.first) ends on a Sunday")
                }
            }
        }
        let october = PaperworkBuilder.weeks(from: CalendarDate(year: 2023, month: 10, day: 11) ?? .init(validYear: 1, month: 1, day: 1),
                                             to: CalendarDate(year: 2023, month: 11, day: 5) ?? .init(validYear: 1, month: 1, day: 1))
        XCTAssertEqual(october.map { PaperworkBuilder.weekLabel($0.first, $0.last) },
                       ["11–15.10", "16–22.10", "23–29.10", "30.10–05.11"])
    }

    /// The text Gantt's week columns start on a Monday.
    func testWeekGrid_textColumnsStartOnMonday() {
        for (first, last) in months {
            let columns = TimelineColumn.weeks(from: first, through: last)
            XCTAssertTrue(columns.first.map { $0.contains(first) } ?? false)
            for column in columns {
                XCTAssertEqual(foundationWeekday(column.first), 0, "\(column.first)")
                XCTAssertEqual(foundationWeekday(column.last), 6, "\(column.last)")
            }
        }
    }

    /// The SVG day grid shades exactly the Saturdays and Sundays and labels exactly the Mondays
    /// with their day of the month, read back from the drawing's coordinates.
    func testWeekGrid_svgShadesWeekendsAndLabelsMondays() throws {
        let labels = Labels([:], path: "")
        let shade = try NSRegularExpression(pattern: ##"<rect x="([0-9.]+)" y="[0-9.]+" width="[0-9.]+" height="[0-9.]+" fill="#f0f0f0"/>"##)
        let mark = try NSRegularExpression(pattern: #"<text x="([0-9.]+)" y="[0-9.]+"[^>]*font-size="10"[^>]*>([0-9]+)</text>"#)
        for (first, last) in months {
            let timeline = Timeline(plan: .contract, title: "t", summary: "s", start: first, end: last, rows: [])
            let svg = TimelineSVG.render(timeline, labels: labels)
            let layout = TimelineSVG.Layout(start: first, end: last)
            func day(_ x: Double) -> CalendarDate {
                TimelineCalendar.adding(Int(((x - layout.chartLeft) / layout.dayWidth).rounded()), to: first)
            }
            let range = NSRange(svg.startIndex..., in: svg)
            let shaded = shade.matches(in: svg, range: range).compactMap { match in
                Range(match.range(at: 1), in: svg).flatMap { Double(svg[$0]) }.map(day)
            }
            let expectedWeekend = (first.dayNumber...last.dayNumber).map(TimelineCalendar.date(dayNumber:))
                .filter { foundationWeekday($0) >= 5 }
            XCTAssertEqual(shaded, expectedWeekend, "\(first)")
            let mondays = mark.matches(in: svg, range: range).compactMap { match -> (CalendarDate, String)? in
                guard let x = Range(match.range(at: 1), in: svg).flatMap({ Double(svg[$0]) }),
                      let text = Range(match.range(at: 2), in: svg).map({ String(svg[$0]) }) else { return nil }
                return (day(x - 2), text)
            }
            let expectedMondays = (first.dayNumber...last.dayNumber).map(TimelineCalendar.date(dayNumber:))
                .filter { foundationWeekday($0) == 0 }
            XCTAssertEqual(mondays.map(\.0), expectedMondays, "\(first)")
            XCTAssertEqual(mondays.map(\.1), expectedMondays.map { String($0.day) }, "\(first)")
        }
    }
}
