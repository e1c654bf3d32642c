import Foundation

/// Where a target stands in a month.
public enum PortalStatus: String, CaseIterable, Hashable, Sendable {
    /// The target is reached (by its date, or this month for a monthly minimum).
    case met
    /// Not reached, the date is still ahead, and on the current trend it will be missed.
    case atRisk = "at-risk"
    /// Its date (or the month) has passed without it being reached.
    case missed
    /// Not reached yet, nothing is due yet, and the trend does not say it will be missed.
    case notYetDue = "not-yet-due"
}

/// How a target has been moving: the basis of "at risk".
public enum PortalTrend: Hashable, Sendable {
    /// No trend applies.
    case none
    /// A monthly minimum: the average per month over the last `months` months of data.
    case average(perMonth: Decimal, months: Int)
    /// A total or share: the change per month over the last months of data, continued to the
    /// due date.
    case projection(perMonth: Decimal, projected: Decimal, by: CalendarDate)
}

/// The evaluation of one target in one month.
public struct PortalResult: Hashable, Sendable {
    /// Periods (months, windows, events) met out of those judged so far.
    public struct Tally: Hashable, Sendable {
        /// How many were met.
        public var met: Int
        /// How many were judged.
        public var of: Int
    }

    /// The target.
    public var target: PortalTarget
    /// The month of the report.
    public var month: PortalMonth
    /// The status.
    public var status: PortalStatus
    /// The value that counts (this month's count, the total, the latest share, outputs
    /// delivered, events with their output); nil when the data does not reach that far.
    public var actual: Decimal?
    /// What is required: the minimum, the total (stages added up), the share, the number of
    /// outputs or events.
    public var required: Decimal
    /// When the status becomes final: the end of the month or window, the due date.
    public var due: CalendarDate?
    /// The day of the latest row behind `actual` (a reading, a delivery).
    public var latest: CalendarDate?
    /// The trend.
    public var trend: PortalTrend
    /// Periods met so far, where the target repeats (months, windows, events).
    public var tally: Tally?
}
