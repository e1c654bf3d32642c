/// The Portal's plan (seed 003, table 1) as data: its period, the audiences its metrics name
/// and its measurable targets. Read from `portal-targets.json`.
public struct PortalPlan: Hashable, Sendable {
    /// The months the plan runs: monthly and periodic targets apply inside them.
    public var period: PlanPeriod
    /// Where the numbers come from and how the seed was read.
    public var note: LocalizedText?
    /// The key audiences of activity 1, the vocabulary of the `audience` attribute.
    public var audiences: [PortalAudience]
    /// The targets, in file order.
    public var targets: [PortalTarget]

    /// Creates a plan.
    public init(period: PlanPeriod, note: LocalizedText?, audiences: [PortalAudience], targets: [PortalTarget]) {
        self.period = period
        self.note = note
        self.audiences = audiences
        self.targets = targets
    }

    /// The first month of the plan.
    public var firstMonth: PortalMonth { PortalMonth(period.firstDay) }
    /// The last month of the plan.
    public var lastMonth: PortalMonth { PortalMonth(period.lastDay) }

    /// Every month of the plan, in order.
    public var months: [PortalMonth] {
        var months: [PortalMonth] = []
        var month = firstMonth
        while month <= lastMonth, months.count < 1200 {
            months.append(month)
            month = month.adding(1)
        }
        return months
    }

    /// The targets that measure `metric`, in file order.
    public func targets(measuring metric: PortalMetricID) -> [PortalTarget] {
        targets.filter { $0.metric.value == metric }
    }

    /// The target with `id`.
    public func target(_ id: PortalTargetID) -> PortalTarget? {
        targets.first { $0.id.value == id }
    }
}

/// A key audience of the Portal (seed 003, table 1, activity 1): LSG bodies, universities, …
public struct PortalAudience: Hashable, Sendable {
    /// `pa.lsg`.
    public var id: Located<PortalAudienceID>
    /// Its name.
    public var name: LocalizedText

    /// Creates an audience.
    public init(id: Located<PortalAudienceID>, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

public typealias PortalAudienceID = Identifier<PortalAudience>
