import Foundation

/// D5, an operational report for one reporting point (seed 000's task 5 in October and task 8
/// at the end): the work on each task told from the journal's worklog notes, the days claimed
/// against the ToR's, the products with their submission and acceptance, the comments on the
/// revised draft, the payments, the attachments, and the consultant's signature under the
/// programme specialist's "reviewed". As of its date: nothing the journal has not recorded.
extension PaperworkBuilder {
    /// The tranche the report goes with.
    var reportTranche: ContractStatus.TrancheLine? {
        guard let reportNumber else { return nil }
        return status.tranches.first { $0.number == reportNumber }
    }

    /// The tasks it reports: the tranche's, else every task.
    var reportTaskLines: [ContractStatus.TaskLine] {
        guard let tranche = reportTranche else { return status.tasks }
        let ids = Set(ActOfServices.tasks(of: tranche.tranche.id.value, in: contract).map(\.id.value))
        return status.tasks.filter { ids.contains($0.task.id.value) }
    }

    /// The products it reports.
    var reportProductLines: [ContractStatus.ProductLine] {
        reportTranche?.products ?? status.products
    }

    /// "Промежуточный операционный отчет" or "Итоговый …".
    var reportTitle: String {
        guard let reportNumber else { return labels["paperwork.report"] }
        return labels[reportNumber < contract.tranches.count ? "report.title.interim" : "report.title.final"]
    }

    var reportTasks: [Block] {
        let lines = reportTaskLines
        var rows = lines.map { line -> Table.Row in
            Table.Row([
                Inline.plain(String(line.task.number)), Inline.plain(text(line.task.title)),
                Inline.plain(text(line.task.periodLabel)),
                Inline.plain(labels.number(line.task.days.value)), Inline.plain(labels.number(line.worked)),
            ])
        }
        rows.append(Table.Row([
            [], Inline.plain(labels["total"]), [],
            Inline.plain(labels.number(lines.reduce(Decimal(0)) { $0 + $1.task.days.value })),
            Inline.plain(labels.number(lines.reduce(Decimal(0)) { $0 + $1.worked })),
        ], isTotal: true))
        var blocks: [Block] = [.table(Table(columns: [
            column("task.column.number", 1), column("task.column.title", 11), column("task.column.period", 3),
            column("report.column.planned", 2, .trailing), column("report.column.worked", 2, .trailing),
        ], rows: rows))]
        if reportTranche != nil {
            blocks.append(.paragraph(Inline.plain(labels.format("report.days.contract", [
                "worked": labels.number(status.daysWorked), "days": labels.number(contract.taskDays),
                "date": labels.date(context.date),
            ]))))
        }
        return blocks
    }

    /// Per task, what was done, from the worklog's notes.
    var reportNarrative: [Block] {
        reportTaskLines.flatMap { line -> [Block] in
            var blocks: [Block] = [.paragraph([.strong(Inline.plain(labels.format("report.task", [
                "number": String(line.task.number), "title": text(line.task.title),
                "worked": labels.number(line.worked), "days": labels.number(line.task.days.value),
            ])))])]
            if line.entries.isEmpty {
                blocks.append(.paragraph(Inline.plain(labels["report.nothing-logged"])))
            } else {
                blocks.append(.list(ordered: false, items: line.entries.map { entry in
                    [.paragraph(Inline.plain(labels.format("report.entry", [
                        "date": words.shortDate(entry.date), "note": entry.note,
                        "days": labels.number(entry.days ?? 0),
                    ])))]
                }))
            }
            return blocks
        }
    }

    var reportProducts: [Block] {
        let rows = reportProductLines.map { line -> Table.Row in
            let product = line.product
            let submitted = product.submissions.map { Inline.plain(words.submitted($0)) }
            let returned = product.returns.map { act in
                Inline.plain(labels.format("report.returned", ["date": words.shortDate(act.date), "reason": act.note]))
            }
            let accepted = product.acceptance.map { words.shortDate($0.date) } ?? labels["report.not-accepted"]
            return Table.Row(paragraphs: [
                [Inline.plain(line.deliverable.id.value.rawValue)], [Inline.plain(text(line.deliverable.title))],
                [Inline.plain(words.shortDate(line.deliverable.due.value))],
                submitted.isEmpty ? [Inline.plain(labels["report.not-submitted"])] : submitted,
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
        if reportTranche != nil, !reportProductLines.contains(where: { $0.deliverable.strategyStage?.value == .revised }) {
            return [.paragraph(Inline.plain(labels["report.comments.later"]))]
        }
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
        var blocks: [Block] = [.table(Table(columns: [
            column("tranche.column.name", 2), column("tranche.column.share", 1, .trailing),
            Table.Column(Inline.plain(labels.format("schedule.column.amount", ["currency": currency])),
                         width: 3, alignment: .trailing),
            column("report.column.state", 6),
        ], rows: rows))]
        blocks += actAssumption
        return blocks
    }

    /// The products handed in with the report, and its act.
    var reportAttachments: [Block] {
        var items: [[Block]] = reportProductLines.filter { !$0.product.submissions.isEmpty }.map { line in
            [.paragraph(Inline.plain(line.deliverable.id.value.rawValue + " " + text(line.deliverable.title)))]
        }
        if let reportNumber {
            items.append([.paragraph(Inline.plain(labels.format("report.attachment.act", ["number": String(reportNumber)])))])
        }
        guard !items.isEmpty else { return [.paragraph(Inline.plain(labels["none"]))] }
        return [.list(ordered: true, items: items)]
    }

    /// The consultant signs; the programme specialist marks it reviewed.
    var reportSignatures: [Block] {
        [
            .paragraph([
                .strong(Inline.plain(labels["act.contractor"])), .text(" "),
                .text(filled(contract.parties?.consultantName, "consultant.name")), .lineBreak,
                .text(labels["paperwork.blank.signature"]), .lineBreak,
                .emphasis(Inline.plain(labels["act.signature.hint"])),
            ]),
            .paragraph([
                .strong(Inline.plain(labels["report.reviewed"])), .text(" "),
                .text(text(contract.contactRole) + " " + text(contract.contactName)), .lineBreak,
                .text(labels["paperwork.blank.signature"] + " " + labels["paperwork.blank.date"]),
            ]),
        ]
    }
}
