import Foundation

extension MarkdownBlocks {
    var themes: String {
        var actionsByTheme: [ThemeID: [ActionID]] = [:]
        for action in strategy.actions {
            for theme in action.themes { actionsByTheme[theme.value, default: []].append(action.id.value) }
        }
        return strategy.themes.map { theme in
            let targets = theme.targets.map { names.audience($0.value) }
            let allies = theme.allies.map { text($0) }
            let actions = (actionsByTheme[theme.id.value] ?? []).map(\.rawValue)
            let separator = labels["list.separator"]
            return [
                "### " + text(theme.title),
                "**\(labels["theme.problem"]).** " + text(theme.problem),
                "**\(labels["theme.position"]).** " + text(theme.position),
                "**\(labels["theme.ask"]).** " + text(theme.ask),
                "**\(labels["theme.targets"]):** " + targets.joined(separator: separator),
                "**\(labels["theme.allies"]):** " + allies.joined(separator: separator),
                "**\(labels["theme.actions"]):** " + actions.joined(separator: ", "),
            ].joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    var actionMatrix: String {
        let separator = labels["list.separator"]
        var table = MarkdownTable([
            labels["action.column.id"], labels["action.column.action"],
            labels["action.column.objective"], labels["action.column.themes"],
            labels["action.column.audiences"], labels["action.column.channels"],
            labels["action.column.lead"], labels["action.column.period"],
            labels["action.column.indicators"],
        ])
        for action in strategy.actions {
            var lead = names.memberShort(action.lead.value)
            if !action.partners.isEmpty {
                lead += " / " + action.partners.map { names.memberShort($0.value) }.joined(separator: ", ")
            }
            var title = cell(action.title[language])
            if action.description.has(language) {
                title += "<br>" + MarkdownEscaping.inline(action.description[language])
            }
            table.add([
                action.id.value.rawValue, title, action.objective.value.rawValue,
                action.themes.map { names.theme($0.value) }.joined(separator: separator),
                action.audiences.map { names.audience($0.value) }.joined(separator: separator),
                action.channels.map { names.channel($0.value) }.joined(separator: separator),
                lead, labels.period(action.period),
                action.indicators.map { names.indicator($0.value) }.joined(separator: separator),
            ].map { $0.isEmpty ? labels["none"] : $0 })
        }
        return table.text
    }

    var indicators: String {
        let separator = labels["list.separator"]
        var table = MarkdownTable([
            labels["indicator.column.name"], labels["indicator.column.unit"],
            labels["indicator.column.baseline"], labels["indicator.column.targets"],
            labels["indicator.column.source"], labels["indicator.column.verification"],
        ])
        for indicator in strategy.indicators {
            let baseline = indicator.baseline.map(point) ?? labels["none"]
            let targets = indicator.targets.map(point).joined(separator: separator)
            let source: String
            switch indicator.source {
            case .manual:
                source = labels["indicator.source.manual"]
            case .portal(let metric):
                source = labels.format("indicator.source.portal", ["metric": names.metric(metric.value)])
            }
            table.add([
                cell(indicator.name[language]), cell(indicator.unit[language]), baseline,
                targets.isEmpty ? labels["none"] : targets, cell(source),
                cell(indicator.verification[language]),
            ])
        }
        return table.text
    }

    private func point(_ point: Indicator.Point) -> String {
        labels.number(point.value.value) + " (" + labels.planDate(point.date.value) + ")"
    }

    var risks: String {
        var table = MarkdownTable([
            labels["risk.column.risk"], labels["risk.column.likelihood"],
            labels["risk.column.impact"], labels["risk.column.mitigation"],
            labels["risk.column.owner"],
        ])
        for risk in strategy.risks {
            table.add([
                cell(risk.title[language]), labels["level.\(risk.likelihood.rawValue)"],
                labels["level.\(risk.impact.rawValue)"], cell(risk.mitigation[language]),
                names.memberShort(risk.owner.value),
            ])
        }
        return table.text
    }
}
