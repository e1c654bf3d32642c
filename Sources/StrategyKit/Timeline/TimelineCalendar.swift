/// Day arithmetic for timelines: day numbers, weekdays, months and quarters.
enum TimelineCalendar {
    /// The day with the given proleptic Gregorian day number (0 is 0001-01-01).
    static func date(dayNumber: Int) -> CalendarDate {
        let number = max(0, dayNumber)
        var year = max(1, number * 400 / 146_097)
        while year < 9999, CalendarDate(validYear: year + 1, month: 1, day: 1).dayNumber <= number {
            year += 1
        }
        while year > 1, CalendarDate(validYear: year, month: 1, day: 1).dayNumber > number {
            year -= 1
        }
        var rest = number - CalendarDate(validYear: year, month: 1, day: 1).dayNumber
        var month = 1
        while month < 12, rest >= CalendarDate.daysIn(month: month, year: year) {
            rest -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        return CalendarDate(validYear: year, month: month, day: min(rest + 1, 31))
    }

    /// The day `days` after `date`.
    static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate {
        self.date(dayNumber: date.dayNumber + days)
    }

    /// 0 Monday … 6 Sunday (0001-01-01 was a Monday).
    static func weekday(_ date: CalendarDate) -> Int { date.dayNumber % 7 }

    /// Whether the day is a Saturday or Sunday.
    static func isWeekend(_ date: CalendarDate) -> Bool { weekday(date) >= 5 }

    /// The first day of the month of `date`.
    static func firstOfMonth(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(validYear: date.year, month: date.month, day: 1)
    }

    /// The last day of the month of `date`.
    static func lastOfMonth(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(
            validYear: date.year, month: date.month,
            day: CalendarDate.daysIn(month: date.month, year: date.year))
    }

    /// The first day of every month from the month of `start` to that of `end`.
    static func months(from start: CalendarDate, through end: CalendarDate) -> [CalendarDate] {
        var result: [CalendarDate] = []
        var year = start.year
        var month = start.month
        while (year, month) <= (end.year, end.month) {
            result.append(CalendarDate(validYear: year, month: month, day: 1))
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return result
    }

    /// `YYYYMMDD`, as ICS writes dates.
    static func compact(_ date: CalendarDate) -> String {
        CalendarDate.pad(date.year, 4) + CalendarDate.pad(date.month, 2) + CalendarDate.pad(date.day, 2)
    }
}
