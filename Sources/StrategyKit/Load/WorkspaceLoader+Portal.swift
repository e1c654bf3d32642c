import Foundation

extension WorkspaceLoader {
    /// `portal-targets.json`: the Portal's plan (seed 003, table 1) as data.
    static let portalTargetsFile = "portal-targets.json"
    /// The imported Portal data, inside the workspace's `portal/` folder.
    static let portalMetricsFile = "portal/metrics.csv"

    /// Keys each kind of target uses besides `id`, `clause`, `metric`, `kind`, `title`, `note`.
    private static let kindKeys: [PortalTarget.KindName: [String]] = [
        .monthly: ["minimum", "counts"],
        .cumulative: ["value", "due", "after"],
        .qualifying: ["value", "due", "minimumParticipants"],
        .share: ["value", "due"],
        .periodic: ["everyMonths", "from"],
        .deadline: ["due"],
        .perEvent: ["event"],
    ]

    /// What a monthly target counts.
    enum MonthlyCount: String, CaseIterable {
        case values
        case distinctAudiences = "distinct-audiences"
    }

    static func readPortalPlan(_ node: JSONNode, sink: DiagnosticSink) -> PortalPlan? {
        let file = portalTargetsFile
        guard var object = JSONObjectReader(node, subject: file, sink: sink) else { return nil }
        let period = readPeriod(&object, key: "period", sink: sink)
        let note = object.optionalText("note")
        var audiences: [PortalAudience] = []
        for element in object.array("audiences") {
            guard var item = JSONObjectReader(element, subject: subject("portal audience", element), sink: sink)
            else { continue }
            let id: Located<PortalAudienceID>? = item.id("id")
            let name = item.text("name")
            item.finish()
            if let id { audiences.append(PortalAudience(id: id, name: name)) } else { sink.markIncomplete(file) }
        }
        var targets: [PortalTarget] = []
        for element in object.array("targets") {
            if let target = readPortalTarget(element, sink: sink) {
                targets.append(target)
            } else {
                sink.markIncomplete(file)
            }
        }
        object.finish()
        return PortalPlan(period: period, note: note, audiences: audiences, targets: targets)
    }

    private static func readPortalTarget(_ node: JSONNode, sink: DiagnosticSink) -> PortalTarget? {
        let name = subject("portal target", node)
        guard var object = JSONObjectReader(node, subject: name, sink: sink) else { return nil }
        let id: Located<PortalTargetID>? = object.id("id")
        let clause = object.string("clause")
        let metric: Located<PortalMetricID>? = object.id("metric")
        let kindName: PortalTarget.KindName? = object.choice("kind")
        let title = object.text("title")
        let note = object.optionalText("note")
        var kind: PortalTarget.Kind?
        if let kindName {
            kind = readKind(kindName, &object, subject: name, sink: sink)
            // Keys of other kinds: say which kind the target is, rather than "unknown key".
            let own = Set(kindKeys[kindName] ?? [])
            if case .object(let members) = node.value {
                for member in members where !own.contains(member.key)
                    && kindKeys.values.contains(where: { $0.contains(member.key) }) {
                    _ = object.value(member.key, required: false)
                    sink.report(.error(
                        "format.unknown-key",
                        "\(name) is of kind '\(kindName.rawValue)', which takes no '\(member.key)' "
                            + "(it takes \(kindKeys[kindName, default: []].map { "'\($0)'" }.joined(separator: ", ")))",
                        at: member.keyLocation))
                }
            }
        }
        object.finish()
        guard let id, let metric, let kind else { return nil }
        return PortalTarget(
            id: id, clause: clause?.value ?? "", metric: metric, kind: kind, title: title, note: note)
    }

    private static func readKind(
        _ kind: PortalTarget.KindName, _ object: inout JSONObjectReader, subject: String, sink: DiagnosticSink
    ) -> PortalTarget.Kind? {
        func positive(_ key: String) -> Int? {
            guard let value = object.integer(key) else { return nil }
            guard value.value >= 1 else {
                sink.report(.error("value.number", "'\(key)' of \(subject) must be at least 1", at: value.location))
                return nil
            }
            return value.value
        }
        func amount(_ key: String, atMost limit: Decimal? = nil) -> Decimal? {
            guard let value = object.decimal(key) else { return nil }
            guard value.value > 0, limit.map({ value.value <= $0 }) ?? true else {
                let range = limit.map { "more than 0 and at most \($0)" } ?? "more than 0"
                sink.report(.error("value.number", "'\(key)' of \(subject) must be \(range)", at: value.location))
                return nil
            }
            return value.value
        }
        switch kind {
        case .monthly:
            let minimum = positive("minimum")
            let counts: MonthlyCount? = object.choice("counts", required: false)
            return minimum.map { .monthly(minimum: $0, countsAudiences: counts == .distinctAudiences) }
        case .cumulative:
            let value = amount("value")
            let due = object.planDate("due")
            let after: Located<PortalTargetID>? = object.id("after", required: false)
            guard let value, let due else { return nil }
            return .cumulative(value: value, due: due.value, after: after)
        case .qualifying:
            let count = positive("value")
            let due = object.planDate("due")
            let participants = positive("minimumParticipants")
            guard let count, let due, let participants else { return nil }
            return .qualifying(count: count, due: due.value, minimumParticipants: participants)
        case .share:
            let percent = amount("value", atMost: 100)
            let due = object.planDate("due")
            guard let percent, let due else { return nil }
            return .share(percent: percent, due: due.value)
        case .periodic:
            let every = positive("everyMonths")
            let from = object.string("from")
            var month: PortalMonth?
            if let from {
                month = PortalMonth(from.value)
                if month == nil {
                    sink.report(.error(
                        "value.date", "\(ValueGrammar.quoted(from.value)) is not a month (YYYY-MM)", at: from.location))
                }
            }
            guard let every, let month else { return nil }
            return .periodic(everyMonths: every, from: month)
        case .deadline:
            return object.date("due").map { .deadline(due: $0.value) }
        case .perEvent:
            let event: Located<PortalMetricID>? = object.id("event")
            return event.map { .perEvent(event: $0) }
        }
    }
}

extension WorkspaceLoader {
    /// The plan and the imported data, both optional; read after `portal.json`, whose metrics
    /// the data's rows must name.
    static func readPortal(_ files: WorkspaceFiles, into strategy: inout Strategy, sink: DiagnosticSink) {
        if let node = files.json(portalTargetsFile, required: false) {
            strategy.portalPlan = readPortalPlan(node, sink: sink)
        }
        if let table = files.csv(portalMetricsFile, required: false) {
            let rules = PortalRowRules(metrics: strategy.portalMetrics, plan: strategy.portalPlan)
            let rows = PortalExportReader.read(table, file: portalMetricsFile, rules: rules, isStore: true, sink: sink)
            strategy.portalData = PortalData(observations: rows)
        }
    }
}
