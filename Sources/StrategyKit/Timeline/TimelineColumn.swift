/// One column of a text Gantt: a span of days, possibly after a gap that separates months or
/// years.
struct TimelineColumn: Hashable, Sendable {
    /// The first day.
    var first: CalendarDate
    /// The last day.
    var last: CalendarDate
    /// Whether a blank separates it from the column before (a new year or month).
    var startsSection: Bool

    /// Whether the column covers `date`.
    func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    /// Whether the column shares a day with the span.
    func overlaps(_ start: CalendarDate, _ end: CalendarDate) -> Bool { first <= end && start <= last }

    /// One column per month, a new section every January (the strategy plan: three columns
    /// per quarter, so month-granular actions are drawn as written).
    static func months(from start: CalendarDate, through end: CalendarDate) -> [TimelineColumn] {
        TimelineCalendar.months(from: start, through: end).enumerated().map { index, first in
            TimelineColumn(
                first: first, last: TimelineCalendar.lastOfMonth(first),
                startsSection: index > 0 && first.month == 1)
        }
    }

    /// One column per day, a new section every month.
    static func days(from start: CalendarDate, through end: CalendarDate) -> [TimelineColumn] {
        (start.dayNumber...max(start.dayNumber, end.dayNumber)).map { number in
            let day = TimelineCalendar.date(dayNumber: number)
            return TimelineColumn(first: day, last: day, startsSection: number != start.dayNumber && day.day == 1)
        }
    }

    /// One column per Monday-to-Sunday week, the first holding `start`.
    static func weeks(from start: CalendarDate, through end: CalendarDate) -> [TimelineColumn] {
        var result: [TimelineColumn] = []
        var monday = start.dayNumber - TimelineCalendar.weekday(start)
        while monday <= end.dayNumber {
            result.append(TimelineColumn(
                first: TimelineCalendar.date(dayNumber: monday),
                last: TimelineCalendar.date(dayNumber: monday + 6), startsSection: false))
            monday += 7
        }
        return result
    }
}
