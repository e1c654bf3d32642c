/// A calendar month (`2022-06`): the step in which the Portal's plan is evaluated.
public struct PortalMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int

    /// The month of a day.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// Creates a month, or nil when it does not exist.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(_ text: String) {
        guard case .month(let year, let month)? = PlanDate(text) else { return nil }
        self.init(year: year, month: month)
    }

    private init(index: Int) {
        year = index / 12
        month = index % 12 + 1
    }

    /// Months since year 0, for arithmetic.
    var index: Int { year * 12 + month - 1 }

    /// The month `count` months later (earlier when negative), kept inside years 1–9999.
    public func adding(_ count: Int) -> PortalMonth {
        PortalMonth(index: min(max(index + count, 12), 9999 * 12 + 11))
    }

    /// The number of months from `other` to `self` (negative when `other` is later).
    public func months(since other: PortalMonth) -> Int { index - other.index }

    /// Its first day.
    public var firstDay: CalendarDate { CalendarDate(validYear: year, month: month, day: 1) }

    /// Its last day.
    public var lastDay: CalendarDate {
        CalendarDate(validYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// As a plan date, for labels.
    public var planDate: PlanDate { .month(year: year, month: month) }

    /// `YYYY-MM`.
    public var description: String { planDate.description }

    public static func < (lhs: PortalMonth, rhs: PortalMonth) -> Bool { lhs.index < rhs.index }
}
