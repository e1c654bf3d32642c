/// Where the action plan stands on a day, from the actions' dates: the numbers the dashboard
/// shows, computed in one place.
public struct ActionProgress: Hashable, Sendable {
    /// Actions counted.
    public var total: Int
    /// Actions whose first day is on or before the day.
    public var started: Int
    /// Actions whose last day is before the day: they should be complete.
    public var due: Int
    /// Actions under way on the day (started and not yet due).
    public var running: Int { started - due }
    /// Actions that have not started.
    public var notStarted: Int { total - started }

    /// The progress of `actions` on `day`.
    public init(_ actions: [Action], on day: CalendarDate) {
        total = actions.count
        started = actions.filter { $0.period.firstDay <= day }.count
        due = actions.filter { $0.period.lastDay < day }.count
    }
}
