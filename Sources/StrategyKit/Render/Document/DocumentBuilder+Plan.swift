extension DocumentBuilder {
    /// The action matrix, on landscape pages; its rows are made as they are written.
    var actionMatrix: [Block] {
        let words = ListWords(separator: labels["list.separator"], none: labels["none"])
        let rows = TableRows(count: strategy.actions.count) { [self] index in
            actionMatrixRow(strategy.actions[index], words)
        }
        // The action's title and description take most of a row's height: the id and objective
        // share a column and the table is set dense, so that the action's column is wide and a
        // landscape page holds more actions.
        var table = Table(columns: [
            .init(Inline.plain(labels["action.column.id"]) + [.lineBreak] + Inline.plain(labels["action.column.objective"]),
                  width: 2),
            .init(Inline.plain(labels["action.column.action"]), width: 18),
            .init(Inline.plain(labels["action.column.themes"]), width: 4),
            .init(Inline.plain(labels["action.column.audiences"]), width: 5),
            .init(Inline.plain(labels["action.column.channels"]), width: 5),
            .init(Inline.plain(labels["action.column.lead"]), width: 3),
            .init(Inline.plain(labels["action.column.period"]), width: 2),
            .init(Inline.plain(labels["action.column.indicators"]), width: 4),
            .init(Inline.plain(labels.format("action.column.cost", ["currency": strategy.currency.value.code])),
                  width: 4, alignment: .trailing),
        ], rows: rows)
        table.isDense = true
        return [.landscape([.table(table)])]
    }

    /// What joins the names in a cell, and what an empty list shows.
    private struct ListWords {
        var separator: String
        var none: String
    }

    private func actionMatrixRow(_ action: borrowing Action, _ words: ListWords) -> Table.Row {
        var lead = names.memberShort(action.lead.value)
        if !action.partners.isEmpty {
            lead += " / " + action.partners.map { names.memberShort($0.value) }.joined(separator: ", ")
        }
        var title = Table.Cell.plain(text(action.title))
        if action.description.has(language) {
            title = Table.Cell(paragraphs: [Inline.plain(text(action.title)), Inline.plain(text(action.description))])
        }
        func list(_ items: [String]) -> Table.Cell {
            .plain(items.isEmpty ? words.none : items.joined(separator: words.separator))
        }
        return Table.Row(contents: [
            Table.Cell(paragraphs: [Inline.plain(action.id.value.rawValue), Inline.plain(action.objective.value.rawValue)]),
            title,
            list(action.themes.map { names.themeShort($0.value) }),
            list(action.audiences.map { names.audienceShort($0.value) }),
            list(action.channels.map { names.channelShort($0.value) }),
            .plain(lead), .plain(period(action.period)),
            list(action.indicators.map { names.indicatorShort($0.value) }),
            .plain(money(costs.byAction[action.id.value] ?? 0)),
        ])
    }

    var indicators: [Block] {
        let separator = labels["list.separator"]
        let rows = strategy.indicators.map { indicator -> Table.Row in
            let source: [[Inline]]
            let portal: [[Inline]]
            switch indicator.source {
            case .manual:
                source = [Inline.plain(labels["indicator.source.manual"])]
                portal = [Inline.plain(labels["none"])]
            case .portal(let metric):
                // The metric's name; what the Portal's data says has its own column
                // (DocumentBuilder+Portal).
                source = [Inline.plain(labels.format("indicator.source.portal", ["metric": names.metric(metric.value)]))]
                portal = portalStatus(metric.value)
            }
            let targets = indicator.targets.map(point).joined(separator: separator)
            return Table.Row(paragraphs: [
                Inline.plain(text(indicator.name)).asCell, Inline.plain(text(indicator.unit)).asCell,
                Inline.plain(indicator.baseline.map(point) ?? labels["indicator.baseline.pending"]).asCell,
                Inline.plain(targets.isEmpty ? labels["none"] : targets).asCell, source, portal,
                Inline.plain(text(indicator.verification) + citationSuffix(indicator)).asCell,
            ])
        }
        // Seven columns, the Portal's data among them: on a landscape page, so that every column
        // keeps its widest word whole.
        return [.landscape([.table(Table(columns: [
            .init(Inline.plain(labels["indicator.column.name"]), width: 4),
            .init(Inline.plain(labels["indicator.column.unit"]), width: 2),
            .init(Inline.plain(labels["indicator.column.baseline"]), width: 2),
            .init(Inline.plain(labels["indicator.column.targets"]), width: 3),
            .init(Inline.plain(labels["indicator.column.source"]), width: 3),
            .init(Inline.plain(labels["indicator.column.portal"]), width: 5),
            .init(Inline.plain(labels["indicator.column.verification"]), width: 4),
        ], rows: rows))])]
    }

    private func point(_ point: Indicator.Point) -> String {
        labels.number(point.value.value) + " (" + labels.planDate(point.date.value) + ")"
    }

    var risks: [Block] {
        let rows = strategy.risks.map { risk in
            Table.Row([
                Inline.plain(text(risk.title)), Inline.plain(labels["level.\(risk.likelihood.rawValue)"]),
                Inline.plain(labels["level.\(risk.impact.rawValue)"]), Inline.plain(text(risk.mitigation)),
                Inline.plain(names.memberShort(risk.owner.value)),
            ])
        }
        return [.table(Table(columns: [
            .init(Inline.plain(labels["risk.column.risk"]), width: 4),
            .init(Inline.plain(labels["risk.column.likelihood"]), width: 2),
            .init(Inline.plain(labels["risk.column.impact"]), width: 2),
            .init(Inline.plain(labels["risk.column.mitigation"]), width: 7),
            .init(Inline.plain(labels["risk.column.owner"]), width: 2),
        ], rows: rows))]
    }
}

extension Array where Element == Inline {
    /// The inlines as a one-paragraph table cell.
    var asCell: [[Inline]] { [self] }
}
