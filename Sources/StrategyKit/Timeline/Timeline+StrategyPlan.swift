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
        switch grouping {
        case .objective:
            var placed = Set<ActionID>()
            for objective in strategy.objectives {
                let label = "\(objective.id.value.rawValue) \(objective.title[language])"
                for action in actions where action.objective.value == objective.id.value {
                    rows.append(row(action, group: label))
                    placed.insert(action.id.value)
                }
            }
            // An action naming an unknown objective is a check error; show it anyway, last.
            for action in actions where !placed.contains(action.id.value) {
                rows.append(row(action, group: action.objective.value.rawValue))
            }
        case .member:
            var placed = Set<ActionID>()
            for member in strategy.members {
                let label = "\(member.shortName[language]) — \(member.name[language])"
                for action in actions where action.lead.value == member.id.value {
                    rows.append(row(action, group: label))
                    placed.insert(action.id.value)
                }
            }
            for action in actions where !placed.contains(action.id.value) {
                rows.append(row(action, group: action.lead.value.rawValue))
            }
        case .theme:
            for theme in strategy.themes {
                for action in actions where action.themes.contains(where: { $0.value == theme.id.value }) {
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
