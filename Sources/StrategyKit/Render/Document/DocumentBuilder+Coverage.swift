import Foundation

extension DocumentBuilder {
    /// Audiences: how many actions reach each one, through which channels and on which themes,
    /// then the weak points a reader should act on (an audience that no action or only one
    /// channel reaches, a channel that no action or only one uses) and what happens to them.
    var audienceChannelCoverage: [Block] {
        let coverage = Coverage(strategy)
        var rows: [Table.Row] = []
        for (index, audience) in strategy.audiences.enumerated() {
            let channels = coverage.channelsByAudience[index]
            let themes = coverage.themesByAudience[index]
            rows.append(Table.Row(contents: [
                .plain(text(audience.shortName ?? audience.name)),
                .plain(String(coverage.actionsByAudience[index])),
                .plain(channels.isEmpty ? labels["none"]
                       : channels.map { names.channelShort(strategy.channels[$0].id.value) }
                           .joined(separator: labels["list.separator"])),
                .plain(themes.isEmpty ? labels["none"]
                       : themes.map { names.themeShort(strategy.themes[$0].id.value) }
                           .joined(separator: labels["list.separator"])),
            ]))
        }
        var gaps: [[Block]] = []
        for (index, audience) in strategy.audiences.enumerated() {
            let name = text(audience.shortName ?? audience.name)
            let channels = coverage.channelsByAudience[index]
            if channels.isEmpty {
                gaps.append([.paragraph(Inline.plain(labels.format("coverage.gap.audience-none", ["audience": name])))])
            } else if channels.count == 1 {
                gaps.append([.paragraph(Inline.plain(labels.format("coverage.gap.audience-one", [
                    "audience": name, "channel": names.channelShort(strategy.channels[channels[0]].id.value),
                ])))])
            }
        }
        for (index, channel) in strategy.channels.enumerated() {
            let name = names.channelShort(channel.id.value)
            switch coverage.actionsByChannel[index] {
            case 0:
                gaps.append([.paragraph(Inline.plain(labels.format("coverage.gap.channel-none", ["channel": name])))])
            case 1:
                gaps.append([.paragraph(Inline.plain(labels.format("coverage.gap.channel-one", ["channel": name])))])
            default:
                break
            }
        }
        var blocks: [Block] = [
            .paragraph(Inline.plain(labels["coverage.audiences.intro"])),
            .table(Table(columns: [
                .init(Inline.plain(labels["coverage.column.audience"]), width: 4),
                .init(Inline.plain(labels["coverage.column.actions"]), width: 1, alignment: .trailing),
                .init(Inline.plain(labels["coverage.column.channels"]), width: 6),
                .init(Inline.plain(labels["coverage.column.themes"]), width: 4),
            ], rows: rows)),
            .paragraph([.bold(labels["coverage.gaps"])]),
        ]
        if gaps.isEmpty {
            blocks.append(.paragraph(Inline.plain(labels["coverage.gaps.none"])))
        } else {
            blocks.append(.list(ordered: false, items: gaps))
            blocks.append(.paragraph(Inline.plain(labels["coverage.gaps.remedy"])))
        }
        return blocks
    }

    /// Themes: how many actions advance each one and whether they reach the addressees of its
    /// ask, then the supporting actions that advance no theme.
    var themeActionCoverage: [Block] {
        let coverage = Coverage(strategy)
        let audienceNames = { (ids: [AudienceID]) -> String in
            ids.isEmpty ? self.labels["none"]
                : ids.map { self.names.audienceShort($0) }.joined(separator: self.labels["list.separator"])
        }
        var rows: [Table.Row] = []
        var unreachedAny = false
        for (index, theme) in strategy.themes.enumerated() {
            let reached = coverage.audiencesByTheme[index]
            var seen = Set<AudienceID>()
            let targets = theme.targets.map(\.value).filter { seen.insert($0).inserted }
            let unreached = targets.filter { !reached.contains($0) }
            if !unreached.isEmpty { unreachedAny = true }
            rows.append(Table.Row(contents: [
                .plain(names.themeShort(theme.id.value)),
                .plain(String(coverage.actionsByTheme[index])),
                .plain(audienceNames(targets.filter { reached.contains($0) })),
                .plain(audienceNames(unreached)),
            ]))
        }
        let unthemed = strategy.actions.filter(\.themes.isEmpty)
        var blocks: [Block] = [
            .paragraph(Inline.plain(labels["coverage.themes.intro"])),
            .table(Table(columns: [
                .init(Inline.plain(labels["coverage.column.theme"]), width: 3),
                .init(Inline.plain(labels["coverage.column.actions"]), width: 1, alignment: .trailing),
                .init(Inline.plain(labels["coverage.column.reached"]), width: 6),
                .init(Inline.plain(labels["coverage.column.unreached"]), width: 4),
            ], rows: rows)),
            .paragraph(Inline.plain(labels[unreachedAny ? "coverage.themes.unreached" : "coverage.themes.all-reached"])),
            .paragraph([.bold(labels["coverage.unthemed"])]),
        ]
        if unthemed.isEmpty {
            blocks.append(.paragraph(Inline.plain(labels["coverage.none"])))
        } else {
            blocks.append(.paragraph(Inline.plain(labels["coverage.unthemed.intro"])))
            blocks.append(.list(ordered: false, items: unthemed.map { action in
                [.paragraph([.bold(action.id.value.rawValue)] + Inline.plain(" " + text(action.title)))]
            }))
        }
        return blocks
    }
}

/// Who reaches whom, counted in one pass over the actions: per audience the actions, channels
/// and themes that reach it; per channel and per theme its actions; per theme the audiences its
/// actions reach. Lists keep the order of the strategy's own lists.
private struct Coverage {
    var actionsByAudience: [Int]
    var channelsByAudience: [[Int]]
    var themesByAudience: [[Int]]
    var actionsByChannel: [Int]
    var actionsByTheme: [Int]
    var audiencesByTheme: [Set<AudienceID>]

    init(_ strategy: Strategy) {
        // The first of two entities with one id counts, as the tables show it first.
        let audiencePositions = Strategy.positions(strategy.audiences) { $0.id.value }
        let channelPositions = Strategy.positions(strategy.channels) { $0.id.value }
        let themePositions = Strategy.positions(strategy.themes) { $0.id.value }
        actionsByAudience = Array(repeating: 0, count: strategy.audiences.count)
        actionsByChannel = Array(repeating: 0, count: strategy.channels.count)
        actionsByTheme = Array(repeating: 0, count: strategy.themes.count)
        audiencesByTheme = Array(repeating: [], count: strategy.themes.count)
        var channelSets = Array(repeating: Set<Int>(), count: strategy.audiences.count)
        var themeSets = Array(repeating: Set<Int>(), count: strategy.audiences.count)
        for action in strategy.actions {
            let audiences = Set(action.audiences.compactMap { audiencePositions[$0.value] })
            let channels = Set(action.channels.compactMap { channelPositions[$0.value] })
            let themes = Set(action.themes.compactMap { themePositions[$0.value] })
            for audience in audiences {
                actionsByAudience[audience] += 1
                channelSets[audience].formUnion(channels)
                themeSets[audience].formUnion(themes)
            }
            for channel in channels { actionsByChannel[channel] += 1 }
            for theme in themes {
                actionsByTheme[theme] += 1
                audiencesByTheme[theme].formUnion(action.audiences.map(\.value))
            }
        }
        channelsByAudience = channelSets.map { $0.sorted() }
        themesByAudience = themeSets.map { $0.sorted() }
    }
}
