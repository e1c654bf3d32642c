extension Timeline {
    /// The action plan: one row per action (per theme with `.theme`), grouped, months and
    /// quarters resolved to their first and last days, over the strategy period.
    public static func strategyPlan(
        _ strategy: Strategy, language: Language, labels: Labels, groupBy grouping: Grouping = .objective
    ) -> Timeline {
        let members = strategy.membersByID
        let actions = strategy.actions.sorted { $0.id.value < $1.id.value }
        func lead(_ action: Action) -> String {
            members[action.lead.value].map { $0.shortName[language] } ?? action.lead.value.rawValue
        }
        func row(_ action: Action, group: String) -> Row {
            Row(
                id: action.id.value.rawValue, label: action.title[language], group: group,
                lead: lead(action), start: action.period.firstDay, end: action.period.lastDay,
                kind: .bar, entity: .action)
        }
        var rows: [Row] = []
        // Actions are put in buckets once (in id order), then the groups are walked: linear in
        // the number of actions whatever the number of groups.
        func buckets<Key: Hashable>(_ keys: (Action) -> [Key]) -> [Key: [Action]] {
            var result: [Key: [Action]] = [:]
            for action in actions {
                for key in keys(action) { result[key, default: []].append(action) }
            }
            return result
        }
        switch grouping {
        case .objective:
            var byObjective = buckets { [$0.objective.value] }
            for objective in strategy.objectives {
                let label = "\(objective.id.value.rawValue) \(objective.title[language])"
                for action in byObjective.removeValue(forKey: objective.id.value) ?? [] {
                    rows.append(row(action, group: label))
                }
            }
            // An action naming an unknown objective is a check error; show it anyway, last.
            let known = Set(strategy.objectives.map(\.id.value))
            for action in actions where !known.contains(action.objective.value) {
                rows.append(row(action, group: action.objective.value.rawValue))
            }
        case .member:
            var byLead = buckets { [$0.lead.value] }
            for member in strategy.members {
                let label = "\(member.shortName[language]) — \(member.name[language])"
                for action in byLead.removeValue(forKey: member.id.value) ?? [] {
                    rows.append(row(action, group: label))
                }
            }
            let known = Set(strategy.members.map(\.id.value))
            for action in actions where !known.contains(action.lead.value) {
                rows.append(row(action, group: action.lead.value.rawValue))
            }
        case .theme:
            // An action listing a theme twice appears once under it.
            let byTheme = buckets { action in
                var seen = Set<ThemeID>()
                return action.themes.map(\.value).filter { seen.insert($0).inserted }
            }
            for theme in strategy.themes {
                for action in byTheme[theme.id.value] ?? [] {
                    rows.append(row(action, group: theme.title[language]))
                }
            }
            let known = Set(strategy.themes.map(\.id.value))
            for action in actions where !action.themes.contains(where: { known.contains($0.value) }) {
                rows.append(row(action, group: labels["timeline.group.none"]))
            }
        }
        let period = labels.period(strategy.period)
        return Timeline(
            plan: .strategy,
            title: labels.format("timeline.title.strategy", ["period": period]),
            summary: labels.format(
                "timeline.desc.strategy",
                ["count": String(strategy.actions.count), "period": period]),
            start: strategy.period.firstDay, end: strategy.period.lastDay, rows: rows)
    }
}
