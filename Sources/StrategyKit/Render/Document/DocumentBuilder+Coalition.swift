extension DocumentBuilder {
    func text(_ text: LocalizedText) -> String { text[language] }

    /// "Институт политики развития (ИПР)", or the name alone when it is the short name.
    func nameWithShort(_ member: Member) -> String {
        let name = member.name[language]
        let short = member.shortName[language]
        return short.isEmpty || short == name ? name : "\(name) (\(short))"
    }

    /// A paragraph that starts with a bold lead-in: "**Mandate.** text".
    func leadIn(_ label: String, _ body: String, separator: String = ". ") -> Block {
        .paragraph([.bold(label + separator.trimmingCharacters(in: .whitespaces))] + Inline.plain(" " + body))
    }

    var titlePage: TitlePage {
        TitlePage(
            members: strategy.members.map(nameWithShort),
            title: text(strategy.title), subtitle: text(strategy.subtitle),
            facts: [
                .init(label: labels["title.period"], value: labels.period(strategy.period)),
                .init(label: labels["title.version"],
                      value: "\(strategy.edition.version) · \(text(strategy.edition.status))"),
                .init(label: labels["title.date"], value: labels.date(context.date)),
                .init(label: labels["title.funder"], value: text(strategy.coalition.funder)),
            ])
    }

    var membersList: Block {
        .list(ordered: false, items: strategy.members.map { [.paragraph(Inline.plain(nameWithShort($0)))] })
    }

    var coalitionMembers: [Block] {
        strategy.members.flatMap { member -> [Block] in
            var heading = nameWithShort(member)
            if member.id.value == strategy.coalition.coordinator.value {
                heading += " — " + labels["member.coordinator"]
            }
            return [
                .heading(level: 3, content: Inline.plain(heading), anchor: ""),
                leadIn(labels["member.mandate"], text(member.mandate)),
                leadIn(labels["member.specifics"], text(member.specifics)),
                leadIn(labels["member.role"], text(member.role)),
            ]
        }
    }

    var workAreas: [Block] {
        let items = strategy.workAreas.sorted { $0.number < $1.number }.map { area -> [Block] in
            [.paragraph([.bold(text(area.title) + ".")] + Inline.plain(" " + text(area.description)))]
        }
        return [.list(ordered: true, items: items)]
    }

    var goals: [Block] {
        strategy.goals.flatMap { goal -> [Block] in
            var blocks: [Block] = [
                .heading(level: 3, content: Inline.plain("\(goal.id.value). " + text(goal.title)), anchor: ""),
            ]
            if let area = names.workAreas[goal.workArea.value] {
                blocks.append(.paragraph([.emphasis(Inline.plain(
                    "\(labels["goal.workarea"]) \(area.number): " + text(area.title)))]))
            }
            blocks.append(.paragraph(Inline.plain(text(goal.description))))
            blocks.append(.paragraph([.bold(labels["goal.objectives"] + ":")]))
            let items = goal.objectives.map { objective -> [Block] in
                var inlines: [Inline] = [.bold(objective.id.value.rawValue)]
                inlines += Inline.plain(" " + text(objective.title))
                let indicators = objective.indicators.map { names.indicator($0.value) }
                if !indicators.isEmpty {
                    inlines.append(.text(" — "))
                    inlines.append(.emphasis(Inline.plain(
                        "\(labels["goal.indicators"]): " + indicators.joined(separator: labels["list.separator"]))))
                }
                return [.paragraph(inlines)]
            }
            blocks.append(.list(ordered: false, items: items))
            return blocks
        }
    }

    var audiences: [Block] {
        strategy.audiences.flatMap { audience -> [Block] in
            let priority = labels["audience.priority.\(audience.priority.rawValue)"]
            return [
                .heading(level: 3, content: Inline.plain(text(audience.name)), anchor: ""),
                .paragraph([.emphasis(Inline.plain("\(priority)."))]
                    + Inline.plain(" " + text(audience.description))),
                leadIn(labels["audience.change"], text(audience.changeSought)),
                .paragraph([.bold(labels["audience.messages"] + ":")]),
                .list(ordered: false, items: audience.keyMessages.map { [.paragraph(Inline.plain(text($0)))] }),
            ]
        }
    }

    var channels: [Block] {
        let rows = strategy.channels.map { channel in
            Table.Row([
                Inline.plain(text(channel.name)),
                Inline.plain(labels["channel.kind.\(channel.kind.rawValue)"]),
                Inline.plain(text(channel.description)),
                Inline.plain(channel.frequency.map(text) ?? labels["none"]),
            ])
        }
        return [.table(Table(columns: [
            .init(Inline.plain(labels["channel.column.name"]), width: 3),
            .init(Inline.plain(labels["channel.column.kind"]), width: 2),
            .init(Inline.plain(labels["channel.column.description"]), width: 6),
            .init(Inline.plain(labels["channel.column.frequency"]), width: 2),
        ], rows: rows))]
    }

    var themes: [Block] {
        var actionsByTheme: [ThemeID: [ActionID]] = [:]
        for action in strategy.actions {
            for theme in action.themes { actionsByTheme[theme.value, default: []].append(action.id.value) }
        }
        let separator = labels["list.separator"]
        return strategy.themes.flatMap { theme -> [Block] in
            let actions = (actionsByTheme[theme.id.value] ?? []).map(\.rawValue)
            return [
                .heading(level: 3, content: Inline.plain(text(theme.title)), anchor: ""),
                leadIn(labels["theme.problem"], text(theme.problem)),
                leadIn(labels["theme.position"], text(theme.position)),
                leadIn(labels["theme.ask"], text(theme.ask)),
                leadIn(labels["theme.targets"],
                       theme.targets.map { names.audience($0.value) }.joined(separator: separator), separator: ":"),
                leadIn(labels["theme.allies"], theme.allies.map(text).joined(separator: separator), separator: ":"),
                leadIn(labels["theme.actions"], actions.joined(separator: ", "), separator: ":"),
            ]
        }
    }
}
