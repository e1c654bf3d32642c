import Foundation

extension DocumentBuilder {
    /// An action's row of a member's annex: its period and what the member spends on it when
    /// the member leads it; who leads it and when, when the member is a partner (partners'
    /// costs are in the lead's lines, so a column of zeros would tell the reader nothing).
    private func annexRow(_ action: borrowing Action, lead: Bool, costs: [ActionID: Decimal]) -> Table.Row {
        if lead {
            return Table.Row(contents: [
                .plain(action.id.value.rawValue), .plain(text(action.title)),
                .plain(period(action.period)), .plain(money(costs[action.id.value] ?? 0)),
            ])
        }
        return Table.Row(contents: [
            .plain(action.id.value.rawValue), .plain(text(action.title)),
            .plain(names.memberShort(action.lead.value)), .plain(period(action.period)),
        ])
    }

    /// Per member: the actions it leads and partners in, with what it spends on each.
    var memberAnnex: [Block] {
        let spending = costs.byMemberAndAction
        let byYear = costs.byMemberAndYear
        // Each action is visited once: the indices of what each member leads and partners in.
        var ledBy: [MemberID: [Int]] = [:]
        var partneredBy: [MemberID: [Int]] = [:]
        for (index, action) in strategy.actions.enumerated() {
            ledBy[action.lead.value, default: []].append(index)
            var seen = Set<MemberID>()
            for partner in action.partners where seen.insert(partner.value).inserted {
                partneredBy[partner.value, default: []].append(index)
            }
        }
        return strategy.members.flatMap { member -> [Block] in
            let id = member.id.value
            let led = ledBy[id] ?? []
            let partnered = partneredBy[id] ?? []
            let costs = spending[id] ?? [:]
            let total = costs.values.reduce(Decimal(0), +)
            // A row per action, made as it is written (see TableRows), then the sum.
            func rows(_ indices: [Int], lead: Bool) -> TableRows {
                let sum = indices.reduce(Decimal(0)) { $0 + (costs[strategy.actions[$1].id.value] ?? 0) }
                let sumRow = Table.Row([[], Inline.plain(labels["total"]), [], Inline.plain(money(sum))], isTotal: true)
                return TableRows(count: indices.count + (lead ? 1 : 0)) { [self] index in
                    guard index < indices.count else { return sumRow }
                    return annexRow(strategy.actions[indices[index]], lead: lead, costs: costs)
                }
            }
            func table(_ actions: [Int], lead: Bool) -> Block {
                if actions.isEmpty { return .paragraph(Inline.plain(labels["coverage.none"])) }
                let last: Table.Column = lead
                    ? .init(Inline.plain(labels.format("budget.column.amount", ["currency": strategy.currency.value.code])),
                            width: 2, alignment: .trailing)
                    : .init(Inline.plain(labels["action.column.period"]), width: 2)
                return .table(Table(columns: [
                    .init(Inline.plain(labels["action.column.id"]), width: 2),
                    .init(Inline.plain(labels["action.column.action"]), width: 10),
                    .init(Inline.plain(lead ? labels["action.column.period"] : labels["annex.lead"]), width: 2),
                    last,
                ], rows: rows(actions, lead: lead)))
            }
            let years = (byYear[id] ?? [:]).sorted { $0.key < $1.key }.map { (String($0.key), $0.value) }
            return [
                .heading(level: 3, content: Inline.plain(nameWithShort(member)), anchor: ""),
                .paragraph(Inline.plain(labels.format("annex.summary", [
                    "led": String(led.count), "partnered": String(partnered.count), "total": money(total),
                    "currency": strategy.currency.value.code,
                ]))),
                .paragraph([.bold(labels["annex.leads"])]), table(led, lead: true),
                .paragraph([.bold(labels["annex.partners"])]), table(partnered, lead: false),
                .paragraph([.bold(labels["annex.by-year"])]),
                .table(amountTable(labels["budget.column.year"], years, total: total)),
            ]
        }
    }
}
