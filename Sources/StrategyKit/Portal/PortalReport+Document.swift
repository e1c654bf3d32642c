import Foundation

extension PortalReport {
    /// The report as a document (for text, Markdown and HTML): where the data stands, the
    /// targets with required and actual values, status and trend, the month-by-month statuses,
    /// how the statuses are decided, and how the seed was read.
    ///
    /// - Parameter compact: name targets by id rather than by their full wording, for a
    ///   terminal's width.
    public func document(labels: Labels, language: Language, compact: Bool = false) -> Document {
        let words = PortalWording(labels: labels, language: language, plan: plan, metrics: metrics)
        let title = labels.format("portal.report.title", ["month": words.month(month)])
        var blocks: [Block] = [.heading(level: 1, content: [.text(title)], anchor: "portal-report")]
        blocks.append(.paragraph([.text(labels.format("portal.report.plan", ["period": words.period]))]))
        blocks += dataBlocks(words: words, labels: labels)
        blocks.append(.table(Table(columns: [
            .init([.text(labels["portal.column.clause"])], width: 2),
            .init([.text(labels["portal.column.target"])], width: 6),
            .init([.text(labels["portal.column.required"])], width: 4),
            .init([.text(labels["portal.column.actual"])], width: 3),
            .init([.text(labels["portal.column.status"])], width: 2),
            .init([.text(labels["portal.column.trend"])], width: 4),
        ], rows: results.map { result in
            let status: [Inline] = result.status == .met ? [.text(words.status(result.status))]
                : [.strong([.text(words.status(result.status))])]
            return Table.Row([
                [.text(words.item(result.target.clause))],
                compact ? [.code(result.target.id.value.rawValue)] : [.text(words.text(result.target.title))],
                [.text(words.required(result.target))], [.text(words.actual(result))], status,
                [.text(words.trend(result))],
            ])
        })))
        let summary = PortalStatus.allCases.compactMap { status -> String? in
            guard let count = counts[status], count > 0 else { return nil }
            return "\(words.status(status)): \(count)"
        }
        blocks.append(.paragraph([.text(labels.format("portal.report.summary", [
            "n": String(results.count), "counts": summary.joined(separator: labels["list.separator"]),
        ]))]))
        blocks += historyBlocks(words: words, labels: labels)
        blocks += ruleBlocks(labels: labels)
        blocks += noteBlocks(words: words, labels: labels)
        return Document(language: language, title: title, blocks: blocks)
    }

    /// What data there is, and the example warning.
    func dataBlocks(words: PortalWording, labels: Labels) -> [Block] {
        guard let latest, let coverage else {
            return [.paragraph([.strong([.text(labels["portal.report.no-data"])])])]
        }
        var blocks: [Block] = [.paragraph([.text(labels.format("portal.report.data", [
            "rows": labels.number(Decimal(rowCount)), "date": labels.date(latest), "month": words.month(coverage),
        ]))])]
        if exampleCount > 0 {
            blocks.append(.paragraph([.strong([.text(labels.format("portal.report.example", [
                "count": labels.number(Decimal(exampleCount)), "rows": labels.number(Decimal(rowCount)),
            ]))])]))
        }
        return blocks
    }

    /// The statuses of the plan's months up to the report's month.
    private func historyBlocks(words: PortalWording, labels: Labels) -> [Block] {
        let shown = months.prefix { $0 <= month }.count
        guard shown > 0 else { return [] }
        let months = self.months.prefix(shown)
        let shortNames = labels["months.short"].split(separator: " ").map(String.init)
        var columns: [Table.Column] = [.init([.text(labels["portal.column.id"])], width: 4)]
        columns += months.map { month in
            .init([.text(shortNames.count == 12 ? shortNames[month.month - 1] : String(month.month))], alignment: .center)
        }
        let rows = zip(plan.targets, history).map { target, statuses in
            Table.Row([[.text(target.id.value.rawValue)]] + statuses.prefix(shown).map { [.text(words.mark($0))] })
        }
        let legend = PortalStatus.allCases.map { "\(words.mark($0)) \(words.status($0))" }
        return [
            .heading(level: 2, content: [.text(labels.format("portal.history.title", [
                "period": words.month(plan.firstMonth) + labels["range.separator"] + words.month(months[months.endIndex - 1]),
            ]))],
                     anchor: "portal-history"),
            .table(Table(columns: columns, rows: rows)),
            .paragraph([.text(legend.joined(separator: labels["list.separator"]))]),
        ]
    }

    private func ruleBlocks(labels: Labels) -> [Block] {
        [
            .heading(level: 2, content: [.text(labels["portal.rules.title"])], anchor: "portal-rules"),
            .list(ordered: false, items: PortalStatus.allCases.map { status in
                [.paragraph([.strong([.text(labels["portal.status.\(status.rawValue)"])]), .text(" — "),
                             .text(labels["portal.rules.\(status.rawValue)"])])]
            }),
            .paragraph([.text(labels.format("portal.rules.trend", ["months": String(PortalEvaluator.trendMonths)]))]),
            .paragraph([.text(labels["portal.rules.data"])]),
        ]
    }

    private func noteBlocks(words: PortalWording, labels: Labels) -> [Block] {
        var items: [[Block]] = []
        if let note = plan.note, !words.text(note).isEmpty { items.append([.paragraph([.text(words.text(note))])]) }
        for target in plan.targets where !words.text(target.note).isEmpty {
            items.append([.paragraph([.code(target.id.value.rawValue), .text(": " + words.text(target.note))])])
        }
        guard !items.isEmpty else { return [] }
        return [
            .heading(level: 2, content: [.text(labels["portal.notes.title"])], anchor: "portal-notes"),
            .list(ordered: false, items: items),
        ]
    }
}

extension PortalWording {
    /// The item of the seed's table, for a narrow column: `003 §III, табл. 1, п. 2` → "item 2"
    /// (`п. 2`); a clause of another shape as it is.
    func item(_ clause: String) -> String {
        guard let range = clause.range(of: "п. ", options: .backwards) else { return clause }
        let number = clause[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, number.allSatisfy(\.isNumber) else { return clause }
        return labels.format("portal.item", ["n": number])
    }
}
