/// What a row of each metric must carry, derived from `portal.json` and the plan: the checks
/// an export's rows pass before they are imported.
public struct PortalRowRules: Sendable {
    /// The metrics `portal.json` defines.
    let metrics: Set<PortalMetricID>
    /// The audience vocabulary.
    let audiences: Set<PortalAudienceID>
    /// Metrics whose value is a share in percent (named by a share target).
    let percent: Set<PortalMetricID>
    /// Metrics whose rows are one event each (value 1): qualifying events and the events of a
    /// per-event target.
    let events: [PortalMetricID: PortalTargetID]
    /// Metrics whose rows must say how many participated, and the target that counts them.
    let participants: [PortalMetricID: PortalTargetID]
    /// Metrics whose rows must name an audience, and the target that counts them.
    let audience: [PortalMetricID: PortalTargetID]
    /// Metrics whose rows must carry a `ref`, and the target that matches them.
    let ref: [PortalMetricID: PortalTargetID]

    /// The rules of a workspace's metrics and plan (no plan: only the metrics are checked).
    public init(metrics: [PortalMetric], plan: PortalPlan?) {
        self.metrics = Set(metrics.map(\.id.value))
        audiences = Set(plan?.audiences.map(\.id.value) ?? [])
        var percent = Set<PortalMetricID>()
        var events: [PortalMetricID: PortalTargetID] = [:]
        var participants: [PortalMetricID: PortalTargetID] = [:]
        var audience: [PortalMetricID: PortalTargetID] = [:]
        var ref: [PortalMetricID: PortalTargetID] = [:]
        for target in plan?.targets ?? [] {
            let metric = target.metric.value
            let id = target.id.value
            switch target.kind {
            case .share:
                percent.insert(metric)
            case .qualifying:
                events[metric] = events[metric] ?? id
                participants[metric] = participants[metric] ?? id
            case .monthly(_, let countsAudiences) where countsAudiences:
                audience[metric] = audience[metric] ?? id
            case .perEvent(let event):
                events[event.value] = events[event.value] ?? id
                ref[event.value] = ref[event.value] ?? id
                ref[metric] = ref[metric] ?? id
            default:
                break
            }
        }
        self.percent = percent
        self.events = events
        self.participants = participants
        self.audience = audience
        self.ref = ref
    }
}
