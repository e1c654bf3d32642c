import Foundation

/// The Portal's plan against its data for one month: every target's required value, actual
/// value, status and trend, and each target's status month by month.
public struct PortalReport: Sendable {
    /// The month reported on.
    public var month: PortalMonth
    /// The plan.
    public var plan: PortalPlan
    /// One result per target, in plan order.
    public var results: [PortalResult]
    /// Each target's status in every month of the plan, in plan order.
    public var history: [[PortalStatus]]
    /// The months of the history.
    public var months: [PortalMonth]
    /// The last month the data covers.
    public var coverage: PortalMonth?
    /// The day of the latest row.
    public var latest: CalendarDate?
    /// How many rows have been imported.
    public var rowCount: Int
    /// How many of them are example data.
    public var exampleCount: Int
    /// The metrics, for names and units.
    public var metrics: [PortalMetricID: PortalMetric]

    /// The report on `month`, by default the last month the data covers (else the plan's
    /// first month).
    public init(strategy: Strategy, plan: PortalPlan, month: PortalMonth? = nil) {
        let data = strategy.portalData
        let evaluator = PortalEvaluator(plan: plan, data: data)
        let month = month ?? evaluator.coverage ?? plan.firstMonth
        self.month = month
        self.plan = plan
        results = evaluator.evaluate(in: month)
        history = plan.targets.map { evaluator.history($0).map(\.status) }
        months = plan.months
        coverage = evaluator.coverage
        latest = data?.latestDate
        rowCount = data?.observations.count ?? 0
        exampleCount = data?.exampleCount ?? 0
        metrics = strategy.portalMetricsByID
    }

    /// How many targets have each status.
    public var counts: [PortalStatus: Int] {
        var counts: [PortalStatus: Int] = [:]
        for result in results { counts[result.status, default: 0] += 1 }
        return counts
    }
}
