/// A date in a plan: a day (`2023-10-11`), a month (`2024-03`) or a quarter (`2024-Q2`).
///
/// As the start of a span it means its first day, as the end its last day.
public enum PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn` strictly; anything else is nil.
    public init?(_ text: String) {
        if let date = CalendarDate(text) {
            self = .day(date)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = CalendarDate.digits(parts[0]),
              year >= 1
        else { return nil }
        let tail = parts[1]
        if tail.count == 2, let month = CalendarDate.digits(tail), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else if tail.count == 2, tail.first == "Q", let quarter = Int(tail.dropFirst()),
                  (1...4).contains(quarter) {
            self = .quarter(year: year, quarter: quarter)
        } else {
            return nil
        }
    }

    /// The first day the value covers.
    public var firstDay: CalendarDate {
        switch self {
        case .day(let date): date
        case .month(let year, let month): Self.make(year, month, 1)
        case .quarter(let year, let quarter): Self.make(year, quarter * 3 - 2, 1)
        }
    }

    /// The last day the value covers.
    public var lastDay: CalendarDate {
        switch self {
        case .day(let date): date
        case .month(let year, let month):
            Self.make(year, month, CalendarDate.daysIn(month: month, year: year))
        case .quarter(let year, let quarter):
            Self.make(year, quarter * 3, CalendarDate.daysIn(month: quarter * 3, year: year))
        }
    }

    /// The text as users write it.
    public var description: String {
        switch self {
        case .day(let date): date.description
        case .month(let year, let month):
            "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
        case .quarter(let year, let quarter): "\(CalendarDate.pad(year, 4))-Q\(quarter)"
        }
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
    }

    // Only the parser builds these cases, so month and day are always valid.
    private static func make(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(validYear: year, month: month, day: day)
    }
}

/// A span of plan dates, inclusive at both ends.
public struct PlanPeriod: Hashable, Sendable {
    /// The start (its first day counts).
    public var start: Located<PlanDate>
    /// The end (its last day counts).
    public var end: Located<PlanDate>

    /// Creates a period.
    public init(start: Located<PlanDate>, end: Located<PlanDate>) {
        self.start = start
        self.end = end
    }

    /// The first day.
    public var firstDay: CalendarDate { start.value.firstDay }
    /// The last day.
    public var lastDay: CalendarDate { end.value.lastDay }

    /// Whether the whole of `other` lies inside this period.
    public func contains(_ other: PlanPeriod) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay
    }

    /// Whether `date` lies inside this period.
    public func contains(_ date: CalendarDate) -> Bool {
        firstDay <= date && date <= lastDay
    }
}
