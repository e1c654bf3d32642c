/// The strategy hangs together: every objective, audience, theme and member has work to do.
enum CoherenceRules {
    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        // With actions missing (a broken actions.csv or dropped rows) "has no action" findings
        // would be noise: the real problem is already reported.
        let actionsComplete = !sink.incompleteFiles.contains(WorkspaceLoader.FileName.actions)
        let goalsComplete = !sink.incompleteFiles.contains(WorkspaceLoader.FileName.goals)
        var objectivesWithActions = Set<ObjectiveID>()
        var reachedAudiences = Set<AudienceID>()
        var themesWithActions = Set<ThemeID>()
        var leadingMembers = Set<MemberID>()
        var usedChannels = Set<ChannelID>()
        for action in strategy.actions {
            let subject = "action \(action.id.value)"
            objectivesWithActions.insert(action.objective.value)
            themesWithActions.formUnion(action.themes.map(\.value))
            leadingMembers.insert(action.lead.value)
            usedChannels.formUnion(action.channels.map(\.value))
            if !action.channels.isEmpty { reachedAudiences.formUnion(action.audiences.map(\.value)) }
            for (list, name) in [(action.audiences.isEmpty, "audiences"),
                                 (action.channels.isEmpty, "channels"),
                                 (action.indicators.isEmpty, "indicators")] where list {
                sink.report(.error(
                    "coherence.action-incomplete", "\(subject) names no \(name)",
                    at: action.id.location))
            }
        }
        let goalsByArea = Set(strategy.goals.map(\.workArea.value))
        for area in strategy.workAreas where goalsComplete && !goalsByArea.contains(area.id.value) {
            sink.report(.warning(
                "coherence.work-area-without-goal",
                "work area '\(area.id.value)' has no goal", at: area.id.location))
        }
        for goal in strategy.goals where goal.objectives.isEmpty {
            sink.report(.error(
                "coherence.goal-without-objective", "goal \(goal.id.value) has no objectives",
                at: goal.id.location))
        }
        for objective in firstDefinitions(strategy.objectives, id: { $0.id.value }) {
            if actionsComplete, !objectivesWithActions.contains(objective.id.value) {
                sink.report(.error(
                    "coherence.objective-without-action",
                    "objective \(objective.id.value) has no action in actions.csv",
                    at: objective.id.location))
            }
            if objective.indicators.isEmpty {
                sink.report(.error(
                    "coherence.objective-without-indicator",
                    "objective \(objective.id.value) names no indicator", at: objective.id.location))
            }
        }
        // A repeated id is reported once by ReferenceRules; judge only its first definition here.
        for audience in firstDefinitions(strategy.audiences, id: { $0.id.value }) {
            if actionsComplete, !reachedAudiences.contains(audience.id.value) {
                sink.report(.error(
                    "coherence.audience-unreached",
                    "audience '\(audience.id.value)' is reached by no action through a channel",
                    at: audience.id.location))
            }
            if audience.keyMessages.isEmpty {
                sink.report(.error(
                    "coherence.audience-without-message",
                    "audience '\(audience.id.value)' has no key message", at: audience.id.location))
            }
        }
        for theme in firstDefinitions(strategy.themes, id: { $0.id.value }) {
            if !strategy.languages.contains(where: { theme.ask.has($0) }) {
                sink.report(.error(
                    "coherence.theme-without-ask",
                    "theme '\(theme.id.value)' has no ask", at: theme.id.location))
            }
            if actionsComplete, !themesWithActions.contains(theme.id.value) {
                sink.report(.error(
                    "coherence.theme-without-action",
                    "theme '\(theme.id.value)' has no action in actions.csv",
                    at: theme.id.location))
            }
        }
        for member in firstDefinitions(strategy.members, id: { $0.id.value }) where actionsComplete && !leadingMembers.contains(member.id.value) {
            sink.report(.warning(
                "coherence.member-without-action",
                "member '\(member.id.value)' leads no action", at: member.id.location))
        }
        for channel in firstDefinitions(strategy.channels, id: { $0.id.value }) where actionsComplete && !usedChannels.contains(channel.id.value) {
            sink.report(.warning(
                "coherence.channel-unused",
                "channel '\(channel.id.value)' is used by no action", at: channel.id.location))
        }
    }

    private static func firstDefinitions<T, ID: Hashable>(_ items: [T], id: (T) -> ID) -> [T] {
        var seen = Set<ID>()
        return items.filter { seen.insert(id($0)).inserted }
    }
}
