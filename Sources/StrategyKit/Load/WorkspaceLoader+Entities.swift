import Foundation

extension WorkspaceLoader {
    static func readGoal(_ node: JSONNode, sink: DiagnosticSink) -> Goal? {
        guard var object = JSONObjectReader(node, subject: subject("goal", node), sink: sink)
        else { return nil }
        let id: Located<GoalID>? = object.id("id")
        let workArea: Located<WorkAreaID>? = object.id("workArea")
        let title = object.text("title")
        let description = object.text("description")
        let objectiveNodes = object.array("objectives")
        object.finish()
        guard let id else { return nil }
        let objectives = objectiveNodes.compactMap { readObjective($0, goal: id.value, sink: sink) }
        if objectives.count < objectiveNodes.count { sink.markIncomplete(FileName.goals) }
        return Goal(
            id: id, workArea: workArea ?? Located(WorkAreaID(""), at: object.location),
            title: title, description: description, objectives: objectives)
    }

    private static func readObjective(_ node: JSONNode, goal: GoalID, sink: DiagnosticSink) -> Objective? {
        guard var object = JSONObjectReader(node, subject: subject("objective", node), sink: sink)
        else { return nil }
        let id: Located<ObjectiveID>? = object.id("id")
        let title = object.text("title")
        let indicators: [Located<IndicatorID>] = object.ids("indicators")
        object.finish()
        return id.map { Objective(id: $0, goal: goal, title: title, indicators: indicators) }
    }

    static func readIndicator(_ node: JSONNode, sink: DiagnosticSink) -> Indicator? {
        let name = subject("indicator", node)
        guard var object = JSONObjectReader(node, subject: name, sink: sink) else { return nil }
        let id: Located<IndicatorID>? = object.id("id")
        let title = object.text("name")
        let shortName = object.optionalText("shortName")
        let unit = object.text("unit")
        let baseline = object.value("baseline", required: false).flatMap {
            readPoint($0, subject: "baseline of \(name)", sink: sink)
        }
        let targets = object.array("targets").compactMap {
            readPoint($0, subject: "target of \(name)", sink: sink)
        }
        var source = Indicator.Source.manual
        if var sourceObject = object.object("source") {
            switch sourceObject.choice("kind") as IndicatorSourceKind? {
            case .portal:
                if let metric: Located<PortalMetricID> = sourceObject.id("metric") {
                    source = .portal(metric)
                }
            case .manual, nil:
                break
            }
            sourceObject.finish()
        }
        let verification = object.text("verification")
        let sources: [Located<ReferenceID>] = object.ids("sources", required: false)
        object.finish()
        return id.map {
            Indicator(
                id: $0, name: title, shortName: shortName, unit: unit, baseline: baseline, targets: targets,
                source: source, verification: verification, sources: sources)
        }
    }

    private enum IndicatorSourceKind: String, CaseIterable {
        case manual, portal
    }

    private static func readPoint(_ node: JSONNode, subject: String, sink: DiagnosticSink) -> Indicator.Point? {
        guard var object = JSONObjectReader(node, subject: subject, sink: sink) else { return nil }
        let value = object.decimal("value")
        let date = object.planDate("date")
        object.finish()
        guard let value, let date else { return nil }
        return Indicator.Point(value: value, date: date)
    }

    static func readAudience(_ node: JSONNode, sink: DiagnosticSink) -> Audience? {
        guard var object = JSONObjectReader(node, subject: subject("audience", node), sink: sink)
        else { return nil }
        let id: Located<AudienceID>? = object.id("id")
        let priority: Audience.Priority = object.choice("priority") ?? .primary
        let name = object.text("name")
        let shortName = object.optionalText("shortName")
        let description = object.text("description")
        let changeSought = object.text("changeSought")
        let keyMessages = object.texts("keyMessages")
        object.finish()
        return id.map {
            Audience(
                id: $0, priority: priority, name: name, shortName: shortName, description: description,
                changeSought: changeSought, keyMessages: keyMessages)
        }
    }

    static func readChannel(_ node: JSONNode, sink: DiagnosticSink) -> Channel? {
        guard var object = JSONObjectReader(node, subject: subject("channel", node), sink: sink)
        else { return nil }
        let id: Located<ChannelID>? = object.id("id")
        let kind: Channel.Kind = object.choice("kind") ?? .institutional
        let name = object.text("name")
        let shortName = object.optionalText("shortName")
        let description = object.text("description")
        let frequency = object.optionalText("frequency")
        object.finish()
        return id.map {
            Channel(
                id: $0, kind: kind, name: name, shortName: shortName, description: description,
                frequency: frequency)
        }
    }

    static func readTheme(_ node: JSONNode, sink: DiagnosticSink) -> AdvocacyTheme? {
        guard var object = JSONObjectReader(node, subject: subject("theme", node), sink: sink)
        else { return nil }
        let id: Located<ThemeID>? = object.id("id")
        let title = object.text("title")
        let shortName = object.optionalText("shortName")
        let problem = object.text("problem")
        let position = object.text("position")
        let ask = object.text("ask")
        let targets: [Located<AudienceID>] = object.ids("targets")
        let allies = object.texts("allies")
        object.finish()
        return id.map {
            AdvocacyTheme(
                id: $0, title: title, shortName: shortName, problem: problem, position: position, ask: ask,
                targets: targets, allies: allies)
        }
    }

    static func readRisk(_ node: JSONNode, sink: DiagnosticSink) -> Risk? {
        guard var object = JSONObjectReader(node, subject: subject("risk", node), sink: sink)
        else { return nil }
        let id: Located<RiskID>? = object.id("id")
        let title = object.text("title")
        let likelihood: Risk.Level = object.choice("likelihood") ?? .medium
        let impact: Risk.Level = object.choice("impact") ?? .medium
        let mitigation = object.text("mitigation")
        let owner: Located<MemberID>? = object.id("owner")
        object.finish()
        guard let id else { return nil }
        return Risk(
            id: id, title: title, likelihood: likelihood, impact: impact, mitigation: mitigation,
            owner: owner ?? Located(MemberID(""), at: object.location))
    }

    static func readPortalMetric(_ node: JSONNode, sink: DiagnosticSink) -> PortalMetric? {
        guard var object = JSONObjectReader(node, subject: subject("portal metric", node), sink: sink)
        else { return nil }
        let id: Located<PortalMetricID>? = object.id("id")
        let name = object.text("name")
        let unit = object.text("unit")
        let clause = object.string("clause")?.value ?? ""
        object.finish()
        return id.map { PortalMetric(id: $0, name: name, unit: unit, clause: clause) }
    }
}
