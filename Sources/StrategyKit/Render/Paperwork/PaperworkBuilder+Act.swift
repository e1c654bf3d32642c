import Foundation

/// D5, the act of services rendered: the services by tranche with their amounts and
/// acceptance, the total accepted, what was paid before and what is due, and the signatures.
///
/// The act is itself the acceptance of the product it belongs to (its approval by the Chair of
/// the Board of ИПР accepts the operational report and acts), so that product does not hold
/// its tranche back here.
extension PaperworkBuilder {
    /// The tranche lines as the act sees them: its own product counts as accepted.
    private var actTranches: [ContractStatus.TrancheLine] {
        status.tranches.map { line in
            var line = line
            line.blockers.removeAll { $0.deliverable.id.value == product?.id.value }
            return line
        }
    }

    /// The amount of the tranches whose products are all accepted.
    var actTotal: Decimal {
        actTranches.filter(\.blockers.isEmpty).reduce(0) { $0 + $1.amount.amount }
    }

    /// The amount paid by the act's date.
    var actPaid: Decimal {
        status.tranches.compactMap(\.payment).reduce(0) { $0 + ($1.amount ?? 0) }
    }

    var actServices: [Block] {
        var rows: [Table.Row] = []
        for line in actTranches {
            let state = line.blockers.isEmpty ? "act.accepted"
                : line.blockers.count == line.products.count ? "act.not-accepted" : "act.partly-accepted"
            rows.append(Table.Row([
                Inline.plain(String(line.number)),
                [.strong(Inline.plain(labels.format("act.tranche", [
                    "name": text(line.tranche.name), "share": labels.number(line.tranche.share.value),
                ])))],
                [], Inline.plain(labels[state]),
                Inline.plain(labels.money(line.amount)),
            ]))
            for (index, product) in line.products.enumerated() {
                let isThis = product.deliverable.id.value == self.product?.id.value
                let acceptance = isThis
                    ? labels["act.this-act"]
                    : product.product.acceptance.map { words.compactDate($0.date) } ?? labels["report.not-accepted"]
                rows.append(Table.Row([
                    Inline.plain("\(line.number).\(index + 1)"), Inline.plain(text(product.deliverable.title)),
                    Inline.plain(product.deliverable.tasks.compactMap { id in
                        contract.tasks.first { $0.id.value == id.value }.map { String($0.number) }
                    }.joined(separator: ", ")),
                    Inline.plain(acceptance), [],
                ]))
            }
        }
        rows.append(Table.Row(
            [[], Inline.plain(labels["total"]), Inline.plain(labels.number(contract.taskDays) + " " + labels["act.days"]),
             [], Inline.plain(labels.money(contract.total.value))],
            isTotal: true))
        return [.table(Table(columns: [
            column("act.column.number", 1), column("act.column.service", 10), column("act.column.tasks", 2),
            column("act.column.accepted", 3),
            Table.Column(Inline.plain(labels.format("schedule.column.amount", ["currency": contract.total.value.currency.code])),
                         width: 3, alignment: .trailing),
        ], rows: rows))]
    }

    var actConclusion: [Block] {
        let pending = actTranches.flatMap(\.blockers)
        guard !pending.isEmpty else { return [.paragraph(Inline.plain(labels["act.complete"]))] }
        let names = pending.map { words.named($0.deliverable) }.joined(separator: labels["list.separator"])
        let withheld = actTranches.filter { !$0.blockers.isEmpty }.reduce(Decimal(0)) { $0 + $1.amount.amount }
        return [.paragraph(Inline.plain(labels.format("act.incomplete", [
            "date": labels.date(context.date), "products": names, "amount": money(withheld),
        ])))]
    }

    /// The parties' signatures: who, the blank lines to sign on, the hint under them.
    var actSignatures: [Block] {
        let line = labels["paperwork.blank.signature"]
        func party(_ role: String, _ who: [String], hint: String) -> Block {
            var content: [Inline] = [.strong(Inline.plain(labels[role]))]
            for text in who where !text.isEmpty { content += [.text(" "), .text(text)] }
            content += [.lineBreak, .text(line), .lineBreak, .emphasis(Inline.plain(labels[hint]))]
            return .paragraph(content)
        }
        return [
            party("act.contractor", [labels["session.consultant"]], hint: "act.signature.hint"),
            party("act.client", [text(client?.name) + ",", text(contract.approver)], hint: "act.signature.hint.stamp"),
        ]
    }
}
