/// What a member can comment on in one version: the document as a whole, its sections (from
/// the template's `##` headings) and its entities, in document order, with their titles in
/// every language.
///
/// A section's id comes from its first placeholder, so it is the same in every language and
/// survives renumbering: `## 3. Situation analysis` over `{{prose:situation}}` is
/// `sec.situation`, `## 9. Action matrix` over `{{actions.matrix}}` is `sec.actions.matrix`.
/// Entities (goals, objectives, audiences, channels, themes, actions, cost lines, indicators,
/// risks) follow the section whose placeholder renders them, and keep their own ids.
public struct ReviewOutline: Sendable {
    /// One thing a comment can point at.
    public struct Target: Hashable, Sendable {
        /// What kind of thing it is.
        public enum Kind: String, Hashable, Sendable {
            case document, section, goal, objective, audience, channel, theme, action, costLine, indicator, risk
        }

        /// `doc`, `sec.situation`, `A-07`.
        public var id: String
        /// Its kind.
        public var kind: Kind
        /// Its title per language (a section's heading, an entity's name).
        public var titles: [Language: String]
        /// The section it belongs to (itself for a section, `doc` for the document).
        public var section: String
        /// A section's placeholders, in template order; empty for anything else.
        public var placeholders: [String]
    }

    /// The id of the document as a whole.
    public static let documentID = "doc"

    /// The targets in document order: the document, then each section followed by its entities.
    public let targets: [Target]
    private let positions: [String: Int]

    /// The outline of `strategy` as `templates` lay it out. Sections are taken from the
    /// templates of the strategy's languages, in the order of the first that has templates.
    public init(strategy: Strategy, templates: TemplateSet) {
        var targets: [Target] = []
        var documentTitles: [Language: String] = [:]
        var sectionsByLanguage: [(Language, [Section])] = []
        for language in strategy.languages {
            guard let set = templates.languages[language] else { continue }
            documentTitles[language] = set.labels["comments.document"]
            sectionsByLanguage.append((language, Self.sections(of: set.strategy)))
        }
        targets.append(Target(id: Self.documentID, kind: .document, titles: documentTitles,
                              section: Self.documentID, placeholders: []))
        let entities = Self.entitiesByPlaceholder(strategy)
        var placed = Set<String>()
        if let (_, sections) = sectionsByLanguage.first {
            for section in sections {
                var titles: [Language: String] = [:]
                for (language, list) in sectionsByLanguage {
                    if let match = list.first(where: { $0.id == section.id }) { titles[language] = match.title }
                }
                targets.append(Target(id: section.id, kind: .section, titles: titles, section: section.id,
                                      placeholders: section.placeholders))
                for placeholder in section.placeholders where !placed.contains(placeholder) {
                    placed.insert(placeholder)
                    for var entity in entities[placeholder] ?? [] {
                        entity.section = section.id
                        targets.append(entity)
                    }
                }
            }
        }
        // Entities whose placeholder no section shows still exist in the version.
        for placeholder in Self.entityPlaceholders where !placed.contains(placeholder) {
            targets += entities[placeholder] ?? []
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(targets.count)
        for (index, target) in targets.enumerated() where positions[target.id] == nil {
            positions[target.id] = index
        }
        self.targets = targets
        self.positions = positions
    }

    /// The target with `id`, or nil when the version has no such section or entity.
    public func target(_ id: String) -> Target? {
        positions[id].map { targets[$0] }
    }

    /// The position of `id` in document order.
    public func position(of id: String) -> Int? { positions[id] }

    /// Every section and entity id, for "did you mean".
    public var ids: [String] { targets.map(\.id) }

    // MARK: Sections

    struct Section {
        var id: String
        var title: String
        var placeholders: [String]
    }

    /// The `##` sections of a template with the placeholders under each; the contents
    /// (`{{toc}}`, with the summary and abbreviations that bring their own headings after it)
    /// is not a section one comments on.
    static func sections(of template: Template) -> [Section] {
        var sections: [Section] = []
        var current: Section?
        func close() {
            guard let section = current,
                  section.placeholders.first != "toc"
                    || !section.placeholders.allSatisfy({ ["toc", "summary", "abbreviations"].contains($0) })
            else { return }
            var id = section.placeholders.first.map { "sec." + ($0.hasPrefix("prose:") ? String($0.dropFirst(6)) : $0) }
                ?? "sec.\(sections.count + 1)"
            if sections.contains(where: { $0.id == id }) { id += "-\(sections.count + 1)" }
            sections.append(Section(id: id, title: section.title, placeholders: section.placeholders))
        }
        for part in template.parts {
            switch part {
            case .text(let text):
                for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                where line.hasPrefix("## ") {
                    close()
                    current = Section(id: "", title: String(line.dropFirst(3)).trimmedWhitespace, placeholders: [])
                }
            case .placeholder(let name, _):
                current?.placeholders.append(name)
            }
        }
        close()
        return sections
    }

    // MARK: Entities

    /// The placeholders that render entities, in the order unplaced ones are appended.
    static let entityPlaceholders = ["goals", "audiences", "channels", "themes", "actions.matrix",
                                     "budget.summary", "indicators", "risks"]

    private static func entitiesByPlaceholder(_ strategy: Strategy) -> [String: [Target]] {
        func target(_ id: String, _ kind: Target.Kind, _ title: LocalizedText) -> Target {
            Target(id: id, kind: kind, titles: title.values, section: documentID, placeholders: [])
        }
        var goals: [Target] = []
        for goal in strategy.goals {
            goals.append(target(goal.id.value.rawValue, .goal, goal.title))
            goals += goal.objectives.map { target($0.id.value.rawValue, .objective, $0.title) }
        }
        return [
            "goals": goals,
            "audiences": strategy.audiences.map { target($0.id.value.rawValue, .audience, $0.name) },
            "channels": strategy.channels.map { target($0.id.value.rawValue, .channel, $0.name) },
            "themes": strategy.themes.map { target($0.id.value.rawValue, .theme, $0.title) },
            "actions.matrix": strategy.actions.map { target($0.id.value.rawValue, .action, $0.title) },
            "budget.summary": strategy.costLines.map { target($0.id.value.rawValue, .costLine, $0.item) },
            "indicators": strategy.indicators.map { target($0.id.value.rawValue, .indicator, $0.name) },
            "risks": strategy.risks.map { target($0.id.value.rawValue, .risk, $0.title) },
        ]
    }
}
