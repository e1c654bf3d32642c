import Foundation

extension DocumentBuilder {
    /// Audiences × channels: how many actions reach each audience through each channel, with
    /// the gaps marked, then the audiences and channels that rest on a single link.
    var audienceChannelCoverage: [Block] {
        let counts = ChannelAudienceCounts(strategy)
        let audiences = strategy.audiences.map(\.id.value)
        let gap = labels["coverage.gap"]
        var columns = [Table.Column(Inline.plain(labels["coverage.channel"]), width: 8)]
        columns += audiences.indices.map { Table.Column(Inline.plain(String($0 + 1)), width: 1, alignment: .center) }
        var rows: [Table.Row] = []
        for channel in strategy.channels {
            rows.append(Table.Row([Inline.plain(text(channel.name))] + audiences.map { audience in
                let count = counts[channel.id.value, audience]
                return count == 0 ? Inline.plain(gap) : Inline.plain(String(count))
            }))
        }
        let reachedThrough = audiences.map { audience in
            strategy.channels.filter { counts[$0.id.value, audience] > 0 }.count
        }
        rows.append(Table.Row(
            [Inline.plain(labels["coverage.channels-per-audience"])]
                + reachedThrough.map { Inline.plain($0 == 0 ? gap : String($0)) },
            isTotal: true))
        let legend = strategy.audiences.enumerated().map { index, audience -> [Block] in
            [.paragraph([.bold("\(index + 1)")] + Inline.plain(" " + text(audience.name)))]
        }
        var blocks: [Block] = [
            .paragraph(Inline.plain(labels.format("coverage.audiences-channels.intro", ["gap": gap]))),
            .table(Table(columns: columns, rows: rows)),
            .list(ordered: false, items: legend),
        ]
        let thinAudiences = zip(strategy.audiences, reachedThrough).filter { $1 <= 1 }.map { text($0.0.name) }
        let thinChannels = strategy.channels.filter { channel in
            audiences.filter { counts[channel.id.value, $0] > 0 }.count <= 1
        }.map { text($0.name) }
        blocks.append(.paragraph([.bold(labels["coverage.thin-audiences"] + ":")] + Inline.plain(" "
            + (thinAudiences.isEmpty ? labels["coverage.none"] : thinAudiences.joined(separator: labels["list.separator"])))))
        blocks.append(.paragraph([.bold(labels["coverage.thin-channels"] + ":")] + Inline.plain(" "
            + (thinChannels.isEmpty ? labels["coverage.none"] : thinChannels.joined(separator: labels["list.separator"])))))
        return blocks
    }

    /// Actions × themes: which theme each action advances; an action with none is marked.
    var themeActionCoverage: [Block] {
        let themes = strategy.themes.map(\.id.value)
        let mark = labels["coverage.mark"]
        let gap = labels["coverage.gap"]
        var columns = [
            Table.Column(Inline.plain(labels["action.column.id"]), width: 2),
            Table.Column(Inline.plain(labels["action.column.action"]), width: 9),
        ]
        columns += strategy.themes.map { Table.Column(Inline.plain(text($0.title)), width: 2, alignment: .center) }
        let column = Strategy.positions(themes) { $0 }
        var totals = [Int](repeating: 0, count: themes.count)
        for action in strategy.actions {
            for index in Set(action.themes.compactMap { column[$0.value] }) { totals[index] += 1 }
        }
        let totalsRow = Table.Row(
            [[], Inline.plain(labels["coverage.actions-per-theme"])]
                + totals.map { Inline.plain($0 == 0 ? gap : String($0)) },
            isTotal: true)
        // A row per action, made as it is written (see TableRows), then the totals.
        let actions = strategy.actions
        let rows = TableRows(count: actions.count + 1) { [self] index in
            guard index < actions.count else { return totalsRow }
            return themeRow(actions[index], themes: themes, mark: mark, gap: gap)
        }
        let unthemed = strategy.actions.filter(\.themes.isEmpty).map(\.id.value.rawValue)
        return [
            .paragraph(Inline.plain(labels.format("coverage.themes-actions.intro", ["mark": mark, "gap": gap]))),
            .table(Table(columns: columns, rows: rows)),
            .paragraph([.bold(labels["coverage.unthemed"] + ":")] + Inline.plain(" "
                + (unthemed.isEmpty ? labels["coverage.none"] : unthemed.joined(separator: ", ")))),
        ]
    }

    /// An action's row of the theme table. Rows take the action `borrowing`: a copy would
    /// retain each of its fields, for every row of every table.
    private func themeRow(_ action: borrowing Action, themes: [ThemeID], mark: String, gap: String) -> Table.Row {
        let unthemed = action.themes.isEmpty
        let cells = themes.map { theme -> Table.Cell in
            .plain(action.themes.contains { $0.value == theme } ? mark : unthemed ? gap : "")
        }
        return Table.Row(contents: [.plain(action.id.value.rawValue), .plain(text(action.title))] + cells)
    }

    /// An action's row of a member's annex: its period when the member leads it, else who does.
    private func annexRow(_ action: borrowing Action, lead: Bool, costs: [ActionID: Decimal]) -> Table.Row {
        Table.Row(contents: [
            .plain(action.id.value.rawValue), .plain(text(action.title)),
            .plain(lead ? period(action.period) : names.memberShort(action.lead.value)),
            .plain(money(costs[action.id.value] ?? 0)),
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
                return TableRows(count: indices.count + 1) { [self] index in
                    guard index < indices.count else { return sumRow }
                    return annexRow(strategy.actions[indices[index]], lead: lead, costs: costs)
                }
            }
            func table(_ actions: [Int], lead: Bool) -> Block {
                if actions.isEmpty { return .paragraph(Inline.plain(labels["coverage.none"])) }
                return .table(Table(columns: [
                    .init(Inline.plain(labels["action.column.id"]), width: 2),
                    .init(Inline.plain(labels["action.column.action"]), width: 10),
                    .init(Inline.plain(lead ? labels["action.column.period"] : labels["annex.lead"]), width: 2),
                    .init(Inline.plain(labels.format("budget.column.amount", ["currency": strategy.currency.value.code])),
                          width: 2, alignment: .trailing),
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

/// How many actions reach each audience through each channel, counted on positions rather
/// than in nested dictionaries: one pass over the actions, a handful of array increments each.
private struct ChannelAudienceCounts {
    private let channels: [ChannelID: Int]
    private let audiences: [AudienceID: Int]
    /// Audiences per row of `counts`.
    private let width: Int
    private var counts: [Int]

    init(_ strategy: Strategy) {
        // The first of two entities with one id counts, as the tables show it first.
        channels = Strategy.positions(strategy.channels) { $0.id.value }
        audiences = Strategy.positions(strategy.audiences) { $0.id.value }
        let width = strategy.audiences.count
        self.width = width
        counts = Array(repeating: 0, count: strategy.channels.count * width)
        // An action names a channel or audience at most once for the count: `seen` marks cells
        // already counted for the current action.
        var seen = Array(repeating: -1, count: counts.count)
        for (number, action) in strategy.actions.enumerated() {
            let audienceIndices = action.audiences.compactMap { audiences[$0.value] }
            for channel in action.channels {
                guard let row = channels[channel.value] else { continue }
                for audience in audienceIndices where seen[row * width + audience] != number {
                    seen[row * width + audience] = number
                    counts[row * width + audience] += 1
                }
            }
        }
    }

    /// The count for `channel` and `audience`; 0 for ids not in the strategy.
    subscript(channel: ChannelID, audience: AudienceID) -> Int {
        guard let row = channels[channel], let column = audiences[audience] else { return 0 }
        return counts[row * width + column]
    }
}
