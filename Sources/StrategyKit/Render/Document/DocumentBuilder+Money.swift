import Foundation

extension DocumentBuilder {
    func money(_ amount: Decimal) -> String { labels.money(Money(amount, strategy.currency.value)) }

    private func share(_ amount: Decimal, of total: Decimal) -> String {
        guard total > 0 else { return labels["none"] }
        return labels.number(amount * 100 / total, scale: 1) + " %"
    }

    /// A two-column "what – amount – share" table with a total row.
    func amountTable(_ header: String, _ rows: [(String, Decimal)], total: Decimal) -> Table {
        let amountHeader = labels.format("budget.column.amount", ["currency": strategy.currency.value.code])
        var body = rows.map { name, amount in
            Table.Row([Inline.plain(name), Inline.plain(money(amount)), Inline.plain(share(amount, of: total))])
        }
        body.append(Table.Row(
            [Inline.plain(labels["total"]), Inline.plain(money(total)), Inline.plain(share(total, of: total))],
            isTotal: true))
        return Table(columns: [
            .init(Inline.plain(header), width: 5),
            .init(Inline.plain(amountHeader), width: 3, alignment: .trailing),
            .init(Inline.plain(labels["budget.column.share"]), width: 2, alignment: .trailing),
        ], rows: body)
    }

    /// Years × members from the budget ledger, then funding sources and the rates used; every
    /// figure is a sum of the same apportioned lines, so rows, columns and totals reconcile.
    var budgetSummary: [Block] {
        let home = strategy.currency.value
        let cells = costs.byYearAndMember
        let members = strategy.members.map(\.id.value)
        var columns = [Table.Column(Inline.plain(labels["budget.column.year"]), width: 2)]
        columns += strategy.members.map {
            Table.Column(Inline.plain($0.shortName[language]), width: 3, alignment: .trailing)
        }
        columns.append(Table.Column(Inline.plain(labels["total"]), width: 3, alignment: .trailing))
        var rows: [Table.Row] = []
        var columnTotals = [Decimal](repeating: 0, count: members.count)
        for year in cells.keys.sorted() {
            let row = members.map { cells[year]?[$0] ?? 0 }
            for (index, value) in row.enumerated() { columnTotals[index] += value }
            rows.append(Table.Row([Inline.plain(String(year))] + (row + [row.reduce(0, +)]).map {
                Inline.plain(money($0))
            }))
        }
        rows.append(Table.Row([Inline.plain(labels["total"])] + (columnTotals + [ledger.total]).map {
            Inline.plain(money($0))
        }, isTotal: true))
        let sources = BudgetReport(strategy, by: .source, ledger: ledger, language: language)
        var blocks: [Block] = [
            .heading(level: 3, content: Inline.plain(labels["budget.byYearAndMember"]), anchor: ""),
            .paragraph(Inline.plain(labels.format("budget.column.amount", ["currency": home.code]))),
            .table(Table(columns: columns, rows: rows)),
            .heading(level: 3, content: Inline.plain(labels["budget.title.source"]), anchor: ""),
            .table(amountTable(labels["budget.column.source"], sources.rows.map { ($0.label, $0.amount) },
                               total: sources.total)),
        ]
        var notes = [labels["budget.rounding-note"]]
        notes += ledger.ratesUsed.map { rate in
            labels.format("budget.rate", [
                "currency": rate.currency.value.code, "home": home.code,
                "rate": labels.number(rate.rate.value), "date": labels.date(rate.date.value),
                "source": rate.source.map(text) ?? labels["none"],
            ])
        }
        blocks.append(.list(ordered: false, items: notes.map { [.paragraph(Inline.plain($0))] }))
        return blocks
    }

    var contract: [Block] {
        guard let contract = strategy.contract else { return [] }
        let amounts = contract.trancheAmounts
        let currency = contract.total.value.currency.code
        let facts: [(String, String)] = [
            (labels["contract.period"], labels.period(contract.period)),
            // An assumed total says so wherever it is shown (seed 000 gives no amount).
            (labels["contract.total"], labels.money(contract.total.value) + " " + currency
                + (contract.totalIsAssumption ? " " + labels["contract.total.assumed.short"] : "")),
            (labels["contract.days"], labels.number(contract.days.value)),
            (labels["contract.approver"], text(contract.approver)),
            (labels["contract.contact"], text(contract.contactName) + ", " + text(contract.contactRole)),
        ]
        var tasks = contract.tasks.map { task in
            Table.Row([Inline.plain(String(task.number)), Inline.plain(text(task.title)),
                       Inline.plain(labels.number(task.days.value)), Inline.plain(text(task.periodLabel))])
        }
        tasks.append(Table.Row([[], Inline.plain(labels["total"]), Inline.plain(labels.number(contract.taskDays)), []],
                               isTotal: true))
        let trancheNames = Dictionary(
            contract.tranches.map { ($0.id.value, $0.name) }, uniquingKeysWith: { first, _ in first })
        let deliverables = contract.deliverables.map { deliverable in
            Table.Row([
                Inline.plain(String(deliverable.number)), Inline.plain(text(deliverable.title)),
                Inline.plain(labels.date(deliverable.due.value)),
                Inline.plain(trancheNames[deliverable.tranche.value].map(text) ?? labels["none"]),
            ])
        }
        let tranches = contract.tranches.map { tranche -> Table.Row in
            let products = contract.deliverables.filter { $0.tranche.value == tranche.id.value }
                .map { String($0.number) }.joined(separator: ", ")
            var amount = amounts[tranche.id.value].map { labels.money($0) } ?? labels["none"]
            if tranche.id.value == contract.remainderTranche.value {
                amount += " (" + labels["tranche.remainder"] + ")"
            }
            return Table.Row([Inline.plain(text(tranche.name)), Inline.plain(labels.number(tranche.share.value) + " %"),
                              Inline.plain(amount), Inline.plain(products)])
        }
        return [
            .list(ordered: false, items: facts.map { label, value in
                [.paragraph([.bold(label + ":")] + Inline.plain(" " + value))]
            }),
            .heading(level: 3, content: Inline.plain(labels["contract.tasks"]), anchor: ""),
            .table(Table(columns: [
                .init(Inline.plain(labels["task.column.number"]), width: 1),
                .init(Inline.plain(labels["task.column.title"]), width: 9),
                .init(Inline.plain(labels["task.column.days"]), width: 1, alignment: .trailing),
                .init(Inline.plain(labels["task.column.period"]), width: 3),
            ], rows: tasks)),
            .heading(level: 3, content: Inline.plain(labels["contract.deliverables"]), anchor: ""),
            .table(Table(columns: [
                .init(Inline.plain(labels["deliverable.column.number"]), width: 1),
                .init(Inline.plain(labels["deliverable.column.title"]), width: 8),
                .init(Inline.plain(labels["deliverable.column.due"]), width: 3),
                .init(Inline.plain(labels["deliverable.column.tranche"]), width: 2),
            ], rows: deliverables)),
            .heading(level: 3, content: Inline.plain(labels["contract.tranches"]), anchor: ""),
            .table(Table(columns: [
                .init(Inline.plain(labels["tranche.column.name"]), width: 2),
                .init(Inline.plain(labels["tranche.column.share"]), width: 1, alignment: .trailing),
                .init(Inline.plain(labels["tranche.column.amount"]), width: 4, alignment: .trailing),
                .init(Inline.plain(labels["tranche.column.deliverables"]), width: 3),
            ], rows: tranches)),
        ]
    }
}
