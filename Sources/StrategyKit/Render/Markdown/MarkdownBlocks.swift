import Foundation

/// The generated pieces of the Markdown document, one per placeholder.
struct MarkdownBlocks {
    static let tocMarker = "\u{0}TOC\u{0}"

    let strategy: Strategy
    let context: RenderContext
    let labels: Labels
    let language: Language
    let names: NameIndex

    init(strategy: Strategy, context: RenderContext) {
        self.strategy = strategy
        self.context = context
        self.labels = context.labels
        self.language = context.language
        self.names = NameIndex(strategy: strategy, language: context.language)
    }

    /// The text for a placeholder, or nil when the name is unknown.
    func value(for name: String) -> String? {
        if let colon = name.firstIndex(of: ":") {
            let prefix = String(name[..<colon])
            let argument = String(name[name.index(after: colon)...])
            switch prefix {
            case "prose":
                // Prose is Markdown by design: inserted raw, not escaped.
                return strategy.prose[language]?[argument].map { shiftHeadings($0.markdown) } ?? ""
            case "label":
                return MarkdownEscaping.inline(labels[argument])
            default:
                return nil
            }
        }
        switch name {
        case "title": return text(strategy.title)
        case "subtitle": return text(strategy.subtitle)
        case "period": return labels.period(strategy.period)
        case "edition.version": return MarkdownEscaping.inline(strategy.edition.version)
        case "edition.status": return text(strategy.edition.status)
        case "edition.date": return labels.date(context.date)
        case "coalition.name": return text(strategy.coalition.name)
        case "coalition.funder": return text(strategy.coalition.funder)
        case "members.list": return membersList
        case "toc": return Self.tocMarker
        case "coalition.members": return coalitionMembers
        case "work-areas": return workAreas
        case "goals": return goals
        case "audiences": return audiences
        case "channels": return channels
        case "themes": return themes
        case "actions.matrix": return actionMatrix
        case "budget.summary": return budgetSummary
        case "indicators": return indicators
        case "risks": return risks
        case "contract": return contract
        default: return nil
        }
    }

    /// Escaped text in the rendered language.
    func text(_ text: LocalizedText) -> String { MarkdownEscaping.inline(text[language]) }

    /// A table cell.
    func cell(_ text: String) -> String { MarkdownEscaping.cell(text) }

    /// Prose uses `###` and deeper; anything shallower is pushed under the template's `##`.
    private func shiftHeadings(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let level = line.prefix { $0 == "#" }.count
            guard (1...2).contains(level), line.dropFirst(level).first == " " else { return String(line) }
            return String(repeating: "#", count: 3) + line.dropFirst(level)
        }.joined(separator: "\n")
    }

    private var membersList: String {
        strategy.members.map { "- " + nameWithShort($0) }.joined(separator: "\n")
    }

    /// "Институт политики развития (ИПР)", or the name alone when it is the short name.
    private func nameWithShort(_ member: Member) -> String {
        let name = member.name[language]
        let short = member.shortName[language]
        return short.isEmpty || short == name ? text(member.name) : text(member.name) + " (" + text(member.shortName) + ")"
    }

    private var coalitionMembers: String {
        strategy.members.map { member in
            var heading = "### " + nameWithShort(member)
            if member.id.value == strategy.coalition.coordinator.value {
                heading += " — " + MarkdownEscaping.inline(labels["member.coordinator"])
            }
            return [
                heading,
                "**\(labels["member.mandate"]).** " + text(member.mandate),
                "**\(labels["member.specifics"]).** " + text(member.specifics),
                "**\(labels["member.role"]).** " + text(member.role),
            ].joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    private var workAreas: String {
        strategy.workAreas.sorted { $0.number < $1.number }.map { area in
            "\(area.number). **" + text(area.title) + ".** " + text(area.description)
        }.joined(separator: "\n")
    }

    private var goals: String {
        strategy.goals.map { goal in
            var lines = ["### \(goal.id.value). " + text(goal.title)]
            if let area = names.workAreas[goal.workArea.value] {
                lines.append("*\(labels["goal.workarea"]) \(area.number): " + text(area.title) + "*")
            }
            lines.append(text(goal.description))
            var objectives = ["**\(labels["goal.objectives"]):**", ""]
            for objective in goal.objectives {
                let indicators = objective.indicators.map { names.indicator($0.value) }
                objectives.append("- **\(objective.id.value)** " + text(objective.title)
                    + (indicators.isEmpty ? "" : " — *\(labels["goal.indicators"]): "
                        + indicators.joined(separator: labels["list.separator"]) + "*"))
            }
            lines.append(objectives.joined(separator: "\n"))
            return lines.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    private var audiences: String {
        strategy.audiences.map { audience in
            let priority = labels["audience.priority.\(audience.priority.rawValue)"]
            let messages = audience.keyMessages.map { "- " + text($0) }.joined(separator: "\n")
            return [
                "### " + text(audience.name),
                "*\(labels["audience.priority"]): \(priority).* " + text(audience.description),
                "**\(labels["audience.change"]).** " + text(audience.changeSought),
                "**\(labels["audience.messages"]):**\n\n" + messages,
            ].joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    private var channels: String {
        var table = MarkdownTable([
            labels["channel.column.name"], labels["channel.column.kind"],
            labels["channel.column.description"], labels["channel.column.frequency"],
        ])
        for channel in strategy.channels {
            table.add([
                cell(channel.name[language]), cell(labels["channel.kind.\(channel.kind.rawValue)"]),
                cell(channel.description[language]),
                cell(channel.frequency?[language] ?? labels["none"]),
            ])
        }
        return table.text
    }
}
