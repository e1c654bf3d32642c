import Foundation

/// Evaluates the Portal's targets against the imported data, month by month.
///
/// The data is taken to cover whole months up to the month of its latest row (an export is
/// taken after a month ends); a month after that has no data yet. Every rule is pure and
/// works on the rows of one metric, found by binary search, so a report over 100,000 rows
/// costs a sort and a few searches per target and month.
///
/// The status rules, per kind (see docs/FORMAT.md, "Status"):
/// - **met** when the target is reached: this month (monthly), in the window (periodic), by
///   its date (total, qualifying count, share, deadline), for every event so far (per event);
/// - **missed** when the month, window or due date has passed (and the data covers it)
///   without that;
/// - **at risk** when it is not reached, its date is still ahead and the trend falls short:
///   the change per month over the last three months of data (fewer at the plan's start),
///   continued to the due date, stays below the target; for a monthly minimum, a month the
///   data does not reach yet is at risk when the average of the last three months is below the
///   minimum;
/// - **not yet due** otherwise: nothing is due yet and the trend does not fall short.
public struct PortalEvaluator: Sendable {
    /// The plan.
    public let plan: PortalPlan
    /// The last month the data covers, nil when nothing has been imported.
    public let coverage: PortalMonth?
    /// Rows by metric, in date order.
    let rows: [PortalMetricID: [PortalObservation]]
    /// Running totals of `value` by metric: `sums[m][i]` is the sum of the first `i` rows.
    let sums: [PortalMetricID: [Decimal]]
    /// Thresholds of cumulative targets with their earlier stages added.
    let totals: [PortalTargetID: Decimal]

    /// How many months of data the trend looks back over.
    public static let trendMonths = 3

    /// Prepares the data for evaluation.
    public init(plan: PortalPlan, data: PortalData?) {
        self.plan = plan
        coverage = data?.coveredMonth
        var rows: [PortalMetricID: [PortalObservation]] = [:]
        for observation in data?.observations ?? [] {
            rows[observation.metric, default: []].append(observation)
        }
        var sums: [PortalMetricID: [Decimal]] = [:]
        for (metric, list) in rows {
            var running = Decimal(0)
            var prefix = [Decimal(0)]
            prefix.reserveCapacity(list.count + 1)
            for row in list {
                running += row.value
                prefix.append(running)
            }
            sums[metric] = prefix
        }
        self.rows = rows
        self.sums = sums
        totals = Self.totals(plan)
    }

    /// Each cumulative target's threshold: its own value plus those of the stages it follows
    /// (a cycle, which the checker reports, stops the sum).
    static func totals(_ plan: PortalPlan) -> [PortalTargetID: Decimal] {
        var byID: [PortalTargetID: PortalTarget] = [:]
        for target in plan.targets { byID[target.id.value] = target }
        var totals: [PortalTargetID: Decimal] = [:]
        for target in plan.targets {
            var total = Decimal(0)
            var seen = Set<PortalTargetID>()
            var next: PortalTarget? = target
            while let stage = next, seen.insert(stage.id.value).inserted,
                  case .cumulative(let value, _, let after) = stage.kind {
                total += value
                next = after.flatMap { byID[$0.value] }
            }
            totals[target.id.value] = total
        }
        return totals
    }

    /// Every target in `month`, in plan order.
    public func evaluate(in month: PortalMonth) -> [PortalResult] {
        plan.targets.map { evaluate($0, in: month) }
    }

    /// The status of `target` in each month of the plan.
    public func history(_ target: PortalTarget) -> [(month: PortalMonth, status: PortalStatus)] {
        plan.months.map { ($0, evaluate(target, in: $0).status) }
    }

    /// One target in one month.
    public func evaluate(_ target: PortalTarget, in month: PortalMonth) -> PortalResult {
        switch target.kind {
        case .monthly(let minimum, let countsAudiences):
            return monthly(target, month, minimum: minimum, countsAudiences: countsAudiences)
        case .cumulative(_, let due, _):
            let required = totals[target.id.value] ?? 0
            return total(target, month, required: required, due: due.lastDay) { day in
                sum(target.metric.value, through: day)
            }
        case .qualifying(let count, let due, let minimum):
            return total(target, month, required: Decimal(count), due: due.lastDay) { day in
                Decimal(qualifying(target.metric.value, through: day, minimum: minimum))
            }
        case .share(let percent, let due):
            return share(target, month, percent: percent, due: due.lastDay)
        case .periodic(let every, let from):
            return periodic(target, month, every: every, from: from)
        case .deadline(let due):
            return deadline(target, month, due: due)
        case .perEvent(let event):
            return perEvent(target, month, event: event.value)
        }
    }

    // MARK: The data

    /// The last month whose data counts for a report on `month`.
    func horizon(_ month: PortalMonth) -> PortalMonth? {
        coverage.map { min($0, month) }
    }

    /// The number of rows of `metric` dated on or before `day`.
    func count(_ metric: PortalMetricID, through day: CalendarDate) -> Int {
        guard let list = rows[metric] else { return 0 }
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].date <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The rows of `metric` from `first` to `last`, both included.
    func rows(_ metric: PortalMetricID, from first: CalendarDate, through last: CalendarDate) -> ArraySlice<PortalObservation> {
        guard let list = rows[metric], first <= last else { return [] }
        let start = first.dayNumber > 0 ? count(metric, through: CalendarDate.dayBefore(first)) : 0
        let end = count(metric, through: last)
        return start < end ? list[start..<end] : []
    }

    /// The sum of the values of `metric` on or before `day`.
    func sum(_ metric: PortalMetricID, through day: CalendarDate) -> Decimal {
        sums[metric]?[count(metric, through: day)] ?? 0
    }

    /// The events of `metric` on or before `day` with at least `minimum` participants.
    func qualifying(_ metric: PortalMetricID, through day: CalendarDate, minimum: Int) -> Int {
        guard let list = rows[metric] else { return 0 }
        return list[..<count(metric, through: day)].reduce(0) { $0 + (($1.participants ?? 0) >= minimum ? 1 : 0) }
    }

    /// The latest row of `metric` on or before `day`.
    func latest(_ metric: PortalMetricID, through day: CalendarDate) -> PortalObservation? {
        let index = count(metric, through: day)
        return index > 0 ? rows[metric]?[index - 1] : nil
    }
}

extension CalendarDate {
    /// The day before (0001-01-01 stays itself).
    static func dayBefore(_ date: CalendarDate) -> CalendarDate {
        if date.day > 1 { return CalendarDate(validYear: date.year, month: date.month, day: date.day - 1) }
        if date.month > 1 {
            let month = date.month - 1
            return CalendarDate(validYear: date.year, month: month, day: daysIn(month: month, year: date.year))
        }
        guard date.year > 1 else { return date }
        return CalendarDate(validYear: date.year - 1, month: 12, day: 31)
    }
}
