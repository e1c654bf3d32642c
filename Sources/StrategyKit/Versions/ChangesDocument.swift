import Foundation

/// A ``VersionChanges`` in one language as document blocks: the "Changes since" annex of the
/// strategy and the document `strategy version diff` writes, through the usual writers.
///
/// A summary table, then one section per kind of entity (added, removed, changed with each
/// field's old → new value), then the prose paragraphs that changed in this language. Changes
/// to other languages' text are summed up in a sentence rather than quoted.
public struct ChangesDocument {
    /// What is shown.
    public let changes: VersionChanges
    /// The language of the words.
    public let language: Language
    /// That language's labels.
    public let labels: Labels
    /// Prose section ids in template order, with the heading the template gives each.
    private let sections: [String: (order: Int, title: String)]

    /// Puts `changes` into the words of `templates` (labels, and section titles taken from
    /// the headings of its strategy template).
    public init(_ changes: VersionChanges, templates: LanguageTemplates) {
        self.changes = changes
        self.language = templates.language
        self.labels = templates.labels
        self.sections = Self.proseSections(of: templates.strategy)
    }

    /// A document of its own, headed "Changes since v1" (or "from v1 to v2").
    public func document() -> Document {
        let title: String
        let newSide: String
        if let to = changes.to {
            title = labels.format("changes.title.versions", ["old": changes.since.name, "new": to.name])
            newSide = side(to)
        } else {
            title = labels.format("changes.title.workspace", ["old": changes.since.name])
            newSide = labels["changes.side.workspace"]
        }
        return Document(
            language: language, title: title,
            blocks: DocumentBuilder.withAnchors(blocks(level: 1, title: title, newSide: newSide)))
    }

    /// The blocks, with the title at heading `level` (the annex uses 2) and `newSide` naming
    /// what the version is compared with.
    public func blocks(level: Int, title: String, newSide: String) -> [Block] {
        var blocks: [Block] = [
            .heading(level: level, content: Inline.plain(title), anchor: ""),
            .paragraph(Inline.plain(labels.format(
                "changes.compared", ["old": side(changes.since), "new": newSide]))),
        ]
        let diff = changes.diff
        guard !diff.isEmpty else { return blocks + [.paragraph(Inline.plain(labels["changes.none"]))] }
        var byKind: [EntityKind: [EntityChange]] = [:]
        for change in diff.entities { byKind[change.kind, default: []].append(change) }
        let kinds = EntityKind.allCases.filter { byKind[$0] != nil }
        blocks.append(.table(summary(kinds.map { ($0, byKind[$0] ?? []) })))
        for kind in kinds {
            blocks.append(.heading(level: level + 1, content: Inline.plain(labels["changes.kind.\(kind.rawValue)"]), anchor: ""))
            blocks.append(.list(ordered: false, items: (byKind[kind] ?? []).map(item)))
        }
        return blocks + prose(level: level + 1) + images(level: level + 1)
    }

    /// The pictures added, removed or changed, by path.
    private func images(level: Int) -> [Block] {
        guard !changes.diff.images.isEmpty else { return [] }
        return [
            .heading(level: level, content: Inline.plain(labels["changes.images.title"]), anchor: ""),
            .list(ordered: false, items: changes.diff.images.map { image in
                [.paragraph([
                    .strong([.text(labels["changes.\(image.change.rawValue)"])]), .text(" "), .code(image.path),
                ])]
            }),
        ]
    }

    /// "version v1 of 20 November 2023 (Draft for the Coalition)".
    func side(_ version: StrategyVersion) -> String {
        labels.format("changes.side.version", [
            "name": version.name, "date": labels.date(version.date), "note": version.note,
        ])
    }

    // MARK: Parts

    private func summary(_ kinds: [(EntityKind, [EntityChange])]) -> Table {
        func count(_ value: Int) -> [Inline] {
            Inline.plain(value == 0 ? labels["none"] : labels.number(Decimal(value), scale: 0))
        }
        var rows = kinds.map { kind, changes in
            Table.Row([Inline.plain(labels["changes.kind.\(kind.rawValue)"])] + EntityChange.Change.allCases.map { change in
                count(changes.filter { $0.change == change }.count)
            })
        }
        for language in changes.diff.languages {
            let paragraphs = changes.diff.prose(in: language).flatMap(\.paragraphs)
            guard !paragraphs.isEmpty else { continue }
            rows.append(Table.Row(
                [Inline.plain(labels.format("changes.prose.paragraphs", ["language": language.code]))]
                    + EntityChange.Change.allCases.map { change in count(paragraphs.filter { $0.change == change }.count) }))
        }
        return Table(columns: [
            .init(Inline.plain(labels["changes.column.what"]), width: 6),
            .init(Inline.plain(labels["changes.column.added"]), width: 2, alignment: .trailing),
            .init(Inline.plain(labels["changes.column.removed"]), width: 2, alignment: .trailing),
            .init(Inline.plain(labels["changes.column.changed"]), width: 2, alignment: .trailing),
        ], rows: rows)
    }

    private func item(_ change: EntityChange) -> [Block] {
        var head: [Inline] = [.strong([.text(labels["changes.\(change.change.rawValue)"])]), .text(" ")]
        let name = displayName(change.name)
        if change.kind == .strategy || change.kind == .contract {
            head.append(.text(name.isEmpty ? labels["changes.kind.\(change.kind.rawValue)"] : name))
        } else {
            head.append(.text(name.isEmpty ? change.id : "\(change.id) — \(name)"))
        }
        guard change.change == .changed else { return [.paragraph(head)] }
        var details: [[Block]] = []
        var otherLanguages: [Language] = []
        var otherFields: [String] = []
        for field in change.fields {
            let label = labels["changes.field.\(field.field)"]
            if let fieldLanguage = field.language, fieldLanguage != language {
                if !otherLanguages.contains(fieldLanguage) { otherLanguages.append(fieldLanguage) }
                if !otherFields.contains(label) { otherFields.append(label) }
                continue
            }
            details.append([.paragraph(
                [.strong([.text(label + ":")]), .text(" ")] + inline(field.old) + [.text(" → ")] + inline(field.new))])
        }
        if !otherLanguages.isEmpty {
            details.append([.paragraph(Inline.plain(labels.format("changes.other-languages", [
                "languages": otherLanguages.map(\.code).joined(separator: ", "),
                "fields": otherFields.joined(separator: labels["list.separator"]),
            ])))])
        }
        return [.paragraph(head), .list(ordered: false, items: details)]
    }

    private func prose(level: Int) -> [Block] {
        let mine = changes.diff.prose(in: language).sorted { order($0.section) < order($1.section) }
        let others = changes.diff.prose.filter { $0.language != language }
        guard !mine.isEmpty || !others.isEmpty else { return [] }
        var blocks: [Block] = [.heading(level: level, content: Inline.plain(labels["changes.prose.title"]), anchor: "")]
        if !others.isEmpty {
            var languages: [Language] = []
            var titles: [String] = []
            for change in others.sorted(by: { order($0.section) < order($1.section) }) {
                if !languages.contains(change.language) { languages.append(change.language) }
                let title = sectionTitle(change.section)
                if !titles.contains(title) { titles.append(title) }
            }
            blocks.append(.paragraph(Inline.plain(labels.format("changes.prose.other-languages", [
                "languages": languages.map(\.code).joined(separator: ", "),
                "sections": titles.joined(separator: labels["list.separator"]),
            ]))))
        }
        for change in mine {
            blocks.append(.heading(level: level + 1, content: Inline.plain(labels.format("changes.prose.section", [
                "title": sectionTitle(change.section), "file": "prose/\(language.code)/\(change.section).md",
            ])), anchor: ""))
            blocks.append(.list(ordered: false, items: change.paragraphs.map(paragraphItem)))
        }
        return blocks
    }

    private func paragraphItem(_ paragraph: ParagraphChange) -> [Block] {
        let number = paragraph.newNumber ?? paragraph.oldNumber ?? 0
        let head: [Inline] = [
            .strong([.text(labels.format("changes.paragraph", ["n": String(number)]))]),
            .text(" " + labels["changes.paragraph.\(paragraph.change.rawValue)"]),
        ]
        switch paragraph.change {
        case .added:
            return [.paragraph(head), .paragraph(lines(paragraph.new ?? ""))]
        case .removed:
            return [.paragraph(head), .paragraph(lines(paragraph.old ?? ""))]
        case .changed:
            return [
                .paragraph(head),
                .paragraph([.emphasis([.text(labels["changes.paragraph.was"])]), .text(" ")] + lines(paragraph.old ?? "")),
                .paragraph([.emphasis([.text(labels["changes.paragraph.now"])]), .text(" ")] + lines(paragraph.new ?? "")),
            ]
        }
    }

    // MARK: Words

    /// A name in this language, else in the first language that has it.
    private func displayName(_ name: LocalizedText?) -> String {
        guard let name else { return "" }
        if name.has(language) { return name[language] }
        for other in changes.diff.languages where name.has(other) { return name[other] }
        return ""
    }

    /// A value in this language's words.
    func text(_ value: DiffValue) -> String {
        switch value {
        case .none: labels["none"]
        case .text(let text): text
        case .number(let number): labels.number(number)
        case .date(let date): labels.planDate(date)
        case .label(let key): labels[key]
        case .list(let items): items.isEmpty ? labels["none"] : items.map(text).joined(separator: labels["list.separator"])
        case .target(let date, let number): "\(labels.planDate(date)): \(labels.number(number))"
        }
    }

    private func inline(_ value: DiffValue) -> [Inline] { lines(text(value)) }

    /// Text whose line ends become line breaks.
    private func lines(_ text: String) -> [Inline] {
        var result: [Inline] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if index > 0 { result.append(.lineBreak) }
            if !line.isEmpty { result.append(.text(String(line))) }
        }
        return result
    }

    private func order(_ section: String) -> (Int, String) {
        (sections[section]?.order ?? Int.max, section)
    }

    private func sectionTitle(_ section: String) -> String {
        sections[section]?.title ?? section
    }

    /// Each `{{prose:ID}}` of the template with the heading above it (`3. Situation analysis`).
    static func proseSections(of template: Template) -> [String: (order: Int, title: String)] {
        var result: [String: (order: Int, title: String)] = [:]
        var heading = ""
        for part in template.parts {
            switch part {
            case .text(let text):
                for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("#") {
                    heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                }
            case .placeholder(let name, _):
                guard name.hasPrefix("prose:") else { continue }
                let id = String(name.dropFirst("prose:".count))
                if result[id] == nil { result[id] = (result.count, heading.isEmpty ? id : heading) }
            }
        }
        return result
    }
}
