import Foundation

/// D5, the operational report: what was done per task with the days logged, the products and
/// their acceptance, the comments handled, the payments.
extension PaperworkBuilder {
    var reportTasks: [Block] {
        var rows = status.tasks.map { line -> Table.Row in
            let done = line.entries.map { entry in
                Inline.plain(labels.format("report.entry", [
                    "date": words.shortDate(entry.date), "note": entry.note, "days": labels.number(entry.days ?? 0),
                ]))
            }
            return Table.Row(paragraphs: [
                [Inline.plain(String(line.task.number))], [Inline.plain(text(line.task.title))],
                [Inline.plain(labels.number(line.task.days.value))], [Inline.plain(labels.number(line.worked))],
                done.isEmpty ? [Inline.plain(labels["report.nothing-logged"])] : done,
            ])
        }
        rows.append(Table.Row([
            [], Inline.plain(labels["total"]), Inline.plain(labels.number(contract.taskDays)),
            Inline.plain(labels.number(status.daysWorked)), [],
        ], isTotal: true))
        return [.table(Table(columns: [
            column("task.column.number", 1), column("task.column.title", 7),
            column("report.column.planned", 2, .trailing), column("report.column.worked", 2, .trailing),
            column("report.column.done", 8),
        ], rows: rows))]
    }

    var reportProducts: [Block] {
        let rows = status.products.map { line -> Table.Row in
            let product = line.product
            let submitted = product.submissions.map { Inline.plain(words.submitted($0)) }
            let returned = product.returns.map { act in
                Inline.plain(labels.format("report.returned", ["date": words.shortDate(act.date), "reason": act.note]))
            }
            let accepted = product.acceptance.map { words.shortDate($0.date) } ?? labels["report.not-accepted"]
            return Table.Row(paragraphs: [
                [Inline.plain(line.deliverable.id.value.rawValue)], [Inline.plain(text(line.deliverable.title))],
                [Inline.plain(words.shortDate(line.deliverable.due.value))],
                submitted.isEmpty ? [Inline.plain(labels["none"])] : submitted,
                returned.isEmpty ? [Inline.plain(labels["none"])] : returned,
                [Inline.plain(accepted)],
            ])
        }
        return [.table(Table(columns: [
            column("deliverable.column.number", 1), column("deliverable.column.title", 8),
            column("deliverable.column.due", 2), column("report.column.submitted", 3),
            column("report.column.returned", 4), column("report.column.accepted", 2),
        ], rows: rows))]
    }

    var reportComments: [Block] {
        let rows = records.comments.rows(asOf: context.date, members: strategy.members.map(\.id.value))
        guard !rows.isEmpty else {
            return [.paragraph(Inline.plain(labels.format("report.comments.none", ["date": labels.date(context.date)])))]
        }
        let outcomes = CommentTally.Outcome.allCases
        func cells(_ counts: [CommentTally.Outcome: Int]) -> [[Inline]] {
            [Inline.plain(String(counts.values.reduce(0, +)))] + outcomes.map { Inline.plain(String(counts[$0] ?? 0)) }
        }
        var table = rows.map { row in
            Table.Row([
                Inline.plain(row.version),
                Inline.plain(strategy.membersByID[row.member].map { text($0.shortName) } ?? row.member.rawValue),
            ] + cells(row.counts))
        }
        var totals: [CommentTally.Outcome: Int] = [:]
        for row in rows { for (outcome, count) in row.counts { totals[outcome, default: 0] += count } }
        table.append(Table.Row([Inline.plain(labels["total"]), []] + cells(totals), isTotal: true))
        let columns = [column("report.column.version", 2), column("report.column.member", 3),
                       column("report.column.received", 2, .trailing)]
            + outcomes.map { column("report.outcome.\($0.rawValue)", 2, .trailing) }
        return [.table(Table(columns: columns, rows: table))]
    }

    var reportPayments: [Block] {
        let currency = contract.total.value.currency.code
        var rows = status.tranches.map { line -> Table.Row in
            let state: String
            if let payment = line.payment {
                state = labels.format("report.paid", [
                    "date": words.shortDate(payment.date),
                    "amount": labels.money(Money(payment.amount ?? 0, line.amount.currency)), "currency": currency,
                ])
            } else if line.blockers.isEmpty {
                state = labels["report.payable"]
            } else {
                state = labels.format("report.waits", [
                    "products": line.blockers.map { $0.deliverable.id.value.rawValue }.joined(separator: ", "),
                ])
            }
            return Table.Row([
                Inline.plain(text(line.tranche.name)), Inline.plain(labels.number(line.tranche.share.value) + " %"),
                Inline.plain(labels.money(line.amount)), Inline.plain(state),
            ])
        }
        rows.append(Table.Row([
            Inline.plain(labels["total"]), Inline.plain("100 %"), Inline.plain(labels.money(contract.total.value)), [],
        ], isTotal: true))
        return [.table(Table(columns: [
            column("tranche.column.name", 2), column("tranche.column.share", 1, .trailing),
            Table.Column(Inline.plain(labels.format("schedule.column.amount", ["currency": currency])),
                         width: 3, alignment: .trailing),
            column("report.column.state", 6),
        ], rows: rows))]
    }
}
