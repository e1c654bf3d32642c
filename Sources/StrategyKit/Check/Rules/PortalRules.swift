/// The Portal's plan (`portal-targets.json`) is coherent: ids unique, metrics and stages that
/// exist, dates inside the plan's period.
///
/// - `ref.duplicate-id`, `ref.unknown-id` (errors): as everywhere.
/// - `portal.stage` (error): a stage that follows a target which is not an earlier total of
///   the same metric, or a loop of stages.
/// - `date.outside-period` (error): a due date or a first window outside the plan's period.
/// - `portal.no-metrics` (error): targets without a `portal.json` to name metrics from.
///
/// An indicator naming an unknown metric is `ref.unknown-id` in ``ReferenceRules``; the rows of
/// the imported data are checked as they are read (``PortalExportReader``).
enum PortalRules {
    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        guard let plan = strategy.portalPlan else { return }
        let file = WorkspaceLoader.portalTargetsFile
        let targets = IDIndex(plan.targets.map(\.id), kind: "portal target", file: file, sink: sink)
        _ = IDIndex(plan.audiences.map(\.id), kind: "portal audience", file: file, sink: sink)
        let metrics = IDIndex(
            strategy.portalMetrics.map(\.id), kind: "portal metric", file: WorkspaceLoader.FileName.portal, sink: sink)
        var byID: [PortalTargetID: PortalTarget] = [:]
        for target in plan.targets where byID[target.id.value] == nil { byID[target.id.value] = target }
        let period = plan.period
        for target in plan.targets {
            let name = "portal target '\(target.id.value)'"
            metrics.resolve(target.metric, from: name)
            if let due = target.due, !period.contains(due) {
                sink.report(.outsidePlan(name, "is due \(due)", period: period, at: target.metric.location))
            }
            switch target.kind {
            case .cumulative(_, _, let after?):
                targets.resolve(after, from: name)
                checkStage(target, after: after, byID: byID, sink: sink)
            case .periodic(_, let from) where !period.contains(from.firstDay):
                sink.report(.outsidePlan(name, "starts its windows in \(from)", period: period, at: target.id.location))
            case .perEvent(let event):
                metrics.resolve(event, from: name)
            default:
                break
            }
        }
    }

    /// A stage follows an earlier (or same-day) total of the same metric, without a loop.
    private static func checkStage(
        _ target: PortalTarget, after: Located<PortalTargetID>, byID: [PortalTargetID: PortalTarget],
        sink: DiagnosticSink
    ) {
        guard let previous = byID[after.value] else { return }
        let name = "portal target '\(target.id.value)'"
        guard case .cumulative(_, let due, _) = target.kind,
              case .cumulative(_, let previousDue, _) = previous.kind,
              previous.metric.value == target.metric.value
        else {
            sink.report(.error(
                "portal.stage",
                "\(name) follows '\(after.value)', which is not a cumulative target of the same metric '\(target.metric.value)'",
                at: after.location))
            return
        }
        if previousDue.lastDay > due.lastDay {
            sink.report(.error(
                "portal.stage",
                "\(name) (due \(due)) follows '\(after.value)', which is due later (\(previousDue))",
                at: after.location))
        }
        var seen: Set<PortalTargetID> = [target.id.value]
        var next = previous
        while case .cumulative(_, _, let further?) = next.kind, let stage = byID[further.value] {
            guard seen.insert(next.id.value).inserted else { break }
            if stage.id.value == target.id.value {
                sink.report(.error(
                    "portal.stage", "\(name) is part of a loop of stages ('after' leads back to it)",
                    at: after.location))
                return
            }
            next = stage
        }
    }
}

extension Diagnostic {
    static func outsidePlan(_ subject: String, _ what: String, period: PlanPeriod, at location: SourceLocation) -> Diagnostic {
        .error(
            "date.outside-period",
            "\(subject) \(what), outside the plan's period \(period.start.value)–\(period.end.value)",
            at: location)
    }
}

extension PortalPlan {
    /// The plan's localized fields, for the translation rule.
    var localizedFields: [LocalizedField] {
        var fields: [LocalizedField] = []
        if let note { fields.append(LocalizedField(owner: .init(kind: "the portal plan"), field: "note", text: note)) }
        for audience in audiences {
            fields.append(LocalizedField(
                owner: .init(kind: "portal audience", id: audience.id.value.rawValue, quoted: true), field: "name",
                text: audience.name))
        }
        for target in targets {
            let owner = LocalizedField.Subject(kind: "portal target", id: target.id.value.rawValue, quoted: true)
            fields.append(LocalizedField(owner: owner, field: "title", text: target.title))
            if let note = target.note { fields.append(LocalizedField(owner: owner, field: "note", text: note)) }
        }
        return fields
    }
}
