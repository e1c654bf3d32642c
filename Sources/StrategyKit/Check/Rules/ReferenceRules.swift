/// Every id is unique within its kind and every reference names an entity that exists.
enum ReferenceRules {
    private typealias File = WorkspaceLoader.FileName

    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        let members = IDIndex(
            strategy.members.map(\.id), kind: "member", file: File.strategy, sink: sink)
        let workAreas = IDIndex(
            strategy.workAreas.map(\.id), kind: "work area", file: File.strategy, sink: sink)
        let sources = IDIndex(
            strategy.fundingSources.map(\.id), kind: "funding source", file: File.strategy, sink: sink)
        _ = IDIndex(strategy.goals.map(\.id), kind: "goal", file: File.goals, sink: sink)
        let objectives = IDIndex(
            strategy.objectives.map(\.id), kind: "objective", file: File.goals, sink: sink)
        let indicators = IDIndex(
            strategy.indicators.map(\.id), kind: "indicator", file: File.indicators, sink: sink)
        let audiences = IDIndex(
            strategy.audiences.map(\.id), kind: "audience", file: File.audiences, sink: sink)
        let channels = IDIndex(
            strategy.channels.map(\.id), kind: "channel", file: File.channels, sink: sink)
        let themes = IDIndex(
            strategy.themes.map(\.id), kind: "theme", file: File.themes, sink: sink)
        let actions = IDIndex(
            strategy.actions.map(\.id), kind: "action", file: File.actions, sink: sink)
        _ = IDIndex(strategy.costLines.map(\.id), kind: "cost line", file: File.costs, sink: sink)
        _ = IDIndex(strategy.risks.map(\.id), kind: "risk", file: File.risks, sink: sink)
        let metrics = IDIndex(
            strategy.portalMetrics.map(\.id), kind: "portal metric", file: File.portal, sink: sink)

        members.resolve(strategy.coalition.coordinator, from: "the coalition")
        for goal in strategy.goals {
            workAreas.resolve(goal.workArea, from: "goal \(goal.id.value)")
        }
        for objective in strategy.objectives {
            indicators.resolve(objective.indicators, from: "objective \(objective.id.value)")
        }
        for indicator in strategy.indicators {
            if case .portal(let metric) = indicator.source {
                metrics.resolve(metric, from: "indicator \(indicator.id.value)")
            }
        }
        for theme in strategy.themes {
            audiences.resolve(theme.targets, from: "theme \(theme.id.value)")
        }
        for action in strategy.actions {
            let name = "action \(action.id.value)"
            objectives.resolve(action.objective, from: name)
            themes.resolve(action.themes, from: name)
            audiences.resolve(action.audiences, from: name)
            channels.resolve(action.channels, from: name)
            members.resolve(action.lead, from: name)
            members.resolve(action.partners, from: name)
            indicators.resolve(action.indicators, from: name)
        }
        for line in strategy.costLines {
            let name = "cost line \(line.id.value)"
            actions.resolve(line.action, from: name)
            members.resolve(line.member, from: name)
            sources.resolve(line.source, from: name)
        }
        for risk in strategy.risks {
            members.resolve(risk.owner, from: "risk \(risk.id.value)")
        }
        _ = IDIndex(strategy.stakeholders.map(\.id), kind: "stakeholder", file: File.stakeholders, sink: sink)
        for stakeholder in strategy.stakeholders {
            themes.resolve(stakeholder.themes, from: "stakeholder \(stakeholder.id.value)")
            audiences.resolve(stakeholder.audiences, from: "stakeholder \(stakeholder.id.value)")
        }
        if let contract = strategy.contract {
            checkContract(contract, members: members, sink: sink)
        }
    }

    private static func checkContract(
        _ contract: Contract, members: IDIndex<Member>, sink: DiagnosticSink
    ) {
        let tasks = IDIndex(contract.tasks.map(\.id), kind: "task", file: File.contract, sink: sink)
        _ = IDIndex(
            contract.deliverables.map(\.id), kind: "deliverable", file: File.contract, sink: sink)
        let tranches = IDIndex(
            contract.tranches.map(\.id), kind: "tranche", file: File.contract, sink: sink)
        members.resolve(contract.client, from: "the contract")
        tranches.resolve(contract.remainderTranche, from: "the contract")
        for task in contract.tasks {
            tasks.resolve(task.after, from: "task \(task.id.value)")
            if let tranche = task.tranche { tranches.resolve(tranche, from: "task \(task.id.value)") }
        }
        for deliverable in contract.deliverables {
            let name = "deliverable \(deliverable.id.value)"
            tranches.resolve(deliverable.tranche, from: name)
            tasks.resolve(deliverable.tasks, from: name)
        }
    }
}

/// The ids of one kind: reports duplicates when built, unknown references when asked.
struct IDIndex<Entity> {
    let kind: String
    let sink: DiagnosticSink
    /// The kind's file was not read whole: an unknown reference may be one it lost.
    let isIncomplete: Bool
    private var first: [String: SourceLocation] = [:]

    init(_ ids: [Located<Identifier<Entity>>], kind: String, file: String, sink: DiagnosticSink) {
        self.kind = kind
        self.sink = sink
        isIncomplete = sink.incompleteFiles.contains(file)
        first.reserveCapacity(ids.count)
        for id in ids {
            if let previous = first[id.value.rawValue] {
                sink.report(.error(
                    "ref.duplicate-id", "\(kind) '\(id.value)' is defined more than once",
                    at: id.location, notes: [.init("first defined here", at: previous)]))
            } else {
                first[id.value.rawValue] = id.location
            }
        }
    }

    func contains(_ id: Identifier<Entity>) -> Bool { first[id.rawValue] != nil }

    func resolve(_ reference: Located<Identifier<Entity>>, from subject: String) {
        guard !reference.value.rawValue.isEmpty, first[reference.value.rawValue] == nil,
              !isIncomplete
        else {
            return
        }
        var notes: [Diagnostic.Note] = []
        if sink.takeSuggestion(),
           let near = Suggestion.closest(to: reference.value.rawValue, in: first.keys) {
            notes.append(.init("did you mean '\(near)'?", at: first[near]))
        }
        sink.report(.error(
            "ref.unknown-id", "\(subject) names unknown \(kind) '\(reference.value)'",
            at: reference.location, notes: notes))
    }

    func resolve(_ references: [Located<Identifier<Entity>>], from subject: String) {
        for reference in references { resolve(reference, from: subject) }
    }
}
