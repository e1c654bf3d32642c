/// Every translatable text of a workspace, found in the files as the loader parsed them.
///
/// A localized text is any JSON object whose keys are languages the workspace lists and whose
/// values are strings, every CSV column group `<base>.<lang>`, and every paragraph of every
/// prose section: the same texts `check` requires in every language, found by their shape, so
/// a field added to the format later is translated without a list to keep in step.
public struct TranslationCatalog: Sendable {
    /// The language the others are translated from.
    public var source: Language
    /// The languages the workspace lists, in its order.
    public var languages: [Language]
    /// The units in file order (JSON files, CSV files, then prose sections, each by path).
    public var units: [TranslationUnit]
    /// The paragraph count of each prose section in each language that has the section.
    public var paragraphCounts: [String: [Language: Int]]

    /// The languages translated from ``source``.
    public var targets: [Language] { languages.filter { $0 != source } }

    /// The position of each unit by id.
    public func index() -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(units.count)
        for (position, unit) in units.enumerated() where index[unit.id] == nil { index[unit.id] = position }
        return index
    }

    /// The catalog of `strategy`, from the files the loader parsed; nil when the strategy has
    /// no language.
    static func build(_ strategy: Strategy, parsed: ParsedSources) -> TranslationCatalog? {
        guard let source = strategy.translationSource else { return nil }
        var builder = Builder(languages: strategy.languages)
        for path in parsed.json.keys.sorted() {
            guard let root = parsed.json[path] else { continue }
            builder.walk(root, file: path)
        }
        for path in parsed.csv.keys.sorted() where !path.hasPrefix(TranslationRecords.folder + "/") {
            guard let table = parsed.csv[path] else { continue }
            builder.table(table, file: path)
        }
        builder.prose(strategy.prose, source: source)
        builder.disambiguate()
        return TranslationCatalog(
            source: source, languages: strategy.languages, units: builder.units,
            paragraphCounts: builder.paragraphCounts)
    }

    /// The singular of the list keys whose elements are entities, for "what the entity is".
    static let entityKinds: [String: String] = [
        "members": "member", "workAreas": "work area", "fundingSources": "funding source",
        "exchangeRates": "exchange rate", "goals": "goal", "objectives": "objective",
        "indicators": "indicator", "audiences": "audience", "channels": "channel", "themes": "theme",
        "risks": "risk", "metrics": "portal metric", "tasks": "task", "deliverables": "deliverable",
        "tranches": "tranche", "targets": "portal target", "participants": "participant",
        "programme": "programme item",
    ]

    /// The part of the strategy a file holds, for a translator.
    static let sections: [String: String] = [
        "strategy.json": "Strategy, coalition and members", "goals.json": "Goals and objectives",
        "indicators.json": "Indicators", "audiences.json": "Audiences", "channels.json": "Channels and tools",
        "themes.json": "Advocacy themes", "risks.json": "Risks", "contract.json": "Consultancy contract",
        "session.json": "Planning session", "portal.json": "Portal metrics",
        "portal-targets.json": "Portal plan", "actions.csv": "Action matrix", "costs.csv": "Cost estimate",
    ]

    private struct Builder {
        let languages: [Language]
        let known: Set<String>
        var units: [TranslationUnit] = []
        var paragraphCounts: [String: [Language: Int]] = [:]

        init(languages: [Language]) {
            self.languages = languages
            known = Set(languages.map(\.code))
        }

        /// The entity a JSON value belongs to while walking.
        struct Owner {
            var id: String
            var kind: String
            var title: [TranslationUnit.Text]
        }

        mutating func walk(_ root: JSONNode, file: String) {
            let stem = String(file.prefix { $0 != "." })
            let owner = Owner(id: "", kind: stem == "strategy" ? "the strategy" : "the \(stem)", title: [])
            walk(root, file: file, stem: stem, path: [], owner: owner, listKey: nil)
        }

        private mutating func walk(
            _ node: JSONNode, file: String, stem: String, path: [String], owner: Owner, listKey: String?
        ) {
            switch node.value {
            case .object(let members):
                if let texts = localized(members) {
                    let field = path.joined(separator: ".")
                    let id = owner.id.isEmpty ? "\(stem).\(field)" : "\(owner.id).\(field)"
                    units.append(TranslationUnit(
                        id: id, kind: owner.kind, entity: owner.id, field: field,
                        section: TranslationCatalog.sections[file] ?? file,
                        slot: .json(file: file, object: node.location), texts: texts, title: owner.title))
                    return
                }
                var owner = owner
                var path = path
                if case .string(let id)? = node["id"]?.value, !id.isEmpty {
                    let kind = listKey.map { TranslationCatalog.entityKinds[$0] ?? $0 } ?? owner.kind
                    let titleNode = node["title"] ?? node["name"]
                    let title = titleNode.flatMap { $0.members.flatMap(localized) } ?? []
                    owner = Owner(id: id, kind: kind, title: title)
                    path = []
                }
                for member in members where member.key != "id" {
                    walk(member.value, file: file, stem: stem, path: path + [member.key], owner: owner, listKey: member.key)
                }
            case .array(let elements):
                for (number, element) in elements.enumerated() {
                    walk(element, file: file, stem: stem, path: path + [String(number + 1)], owner: owner, listKey: listKey)
                }
            default:
                return
            }
        }

        /// The texts of an object of texts by language, or nil when it is not one.
        private func localized(_ members: [JSONMember]) -> [TranslationUnit.Text]? {
            guard !members.isEmpty else { return nil }
            var texts: [TranslationUnit.Text] = []
            var configured = false
            for member in members {
                guard Language.isValidCode(member.key), case .string(let text) = member.value.value else { return nil }
                if known.contains(member.key) { configured = true } else { continue }
                let language = Language(member.key)
                // The first of duplicate keys wins, as the loader's lookup does.
                if !texts.contains(where: { $0.language == language }) {
                    texts.append(.init(language: language, value: text, location: member.value.location))
                }
            }
            return configured ? texts.sorted { $0.language < $1.language } : nil
        }

        mutating func table(_ table: CSVTable, file: String) {
            var groups: [(base: String, columns: [(Language, Int)])] = []
            for (position, field) in table.header.enumerated() {
                guard let dot = field.value.lastIndex(of: ".") else { continue }
                let base = String(field.value[..<dot])
                let code = String(field.value[field.value.index(after: dot)...])
                guard known.contains(code), !base.isEmpty else { continue }
                if let group = groups.firstIndex(where: { $0.base == base }) {
                    groups[group].columns.append((Language(code), position))
                } else {
                    groups.append((base, [(Language(code), position)]))
                }
            }
            guard !groups.isEmpty else { return }
            let idColumn = table.columnIndex("id")
            let titleGroup = groups.first { ["title", "name", "item"].contains($0.base) }
            let stem = String(file.prefix { $0 != "." })
            let kind = ["actions": "action", "costs": "cost line"][stem] ?? stem
            for (rowIndex, row) in table.rows.enumerated() where row.fields.count == table.header.count {
                let entity = idColumn.map { row.fields[$0].value.trimmedWhitespace } ?? ""
                let owner = entity.isEmpty ? "\(stem).\(row.line)" : entity
                func texts(_ columns: [(Language, Int)]) -> [TranslationUnit.Text] {
                    columns.map { language, position in
                        let field = row.fields[position]
                        return TranslationUnit.Text(
                            language: language, value: field.value.trimmedWhitespace, location: field.location)
                    }.sorted { $0.language < $1.language }
                }
                let title = titleGroup.map { texts($0.columns) } ?? []
                for group in groups {
                    units.append(TranslationUnit(
                        id: "\(owner).\(group.base)", kind: kind, entity: entity, field: group.base,
                        section: TranslationCatalog.sections[file] ?? file,
                        slot: .csv(file: file, row: rowIndex, base: group.base),
                        texts: texts(group.columns).filter { !$0.value.isEmpty }, title: title))
                }
            }
        }

        mutating func prose(_ prose: [Language: [String: ProseSection]], source: Language) {
            var split: [Language: [String: ProseParagraphs]] = [:]
            for language in languages {
                for (id, section) in prose[language] ?? [:] {
                    let paragraphs = ProseParagraphs(section.markdown)
                    split[language, default: [:]][id] = paragraphs
                    paragraphCounts[id, default: [:]][language] = paragraphs.paragraphs.count
                }
            }
            for id in (split[source] ?? [:]).keys.sorted() {
                guard let sourceParagraphs = split[source]?[id] else { continue }
                for (index, paragraph) in sourceParagraphs.paragraphs.enumerated() {
                    var texts: [TranslationUnit.Text] = []
                    for language in languages {
                        guard let target = split[language]?[id], index < target.paragraphs.count else { continue }
                        let file = TranslationUnit.Slot.prose(section: id, index: index).file(for: language)
                        let candidate = language == source ? paragraph : target.paragraphs[index]
                        texts.append(.init(
                            language: language, value: candidate.text,
                            location: SourceLocation(file: file, line: candidate.firstLine + 1, column: 1)))
                    }
                    let heading = sourceParagraphs.heading(before: index)
                    let title = languages.compactMap { language -> TranslationUnit.Text? in
                        guard let paragraphs = split[language]?[id], index < paragraphs.paragraphs.count,
                              let heading = paragraphs.heading(before: index)
                        else { return nil }
                        return .init(language: language, value: heading, location: .file(id))
                    }
                    units.append(TranslationUnit(
                        id: "prose.\(id).\(index + 1)", kind: "prose section", entity: id, field: String(index + 1),
                        section: heading.map { "Prose section '\(id)': \($0)" } ?? "Prose section '\(id)'",
                        slot: .prose(section: id, index: index),
                        texts: texts.sorted { $0.language < $1.language }, title: title))
                }
            }
        }

        /// Two units with one id (the same entity id in two files) are told apart by their file.
        mutating func disambiguate() {
            var counts: [String: Int] = [:]
            for unit in units { counts[unit.id, default: 0] += 1 }
            guard counts.values.contains(where: { $0 > 1 }) else { return }
            for index in units.indices where (counts[units[index].id] ?? 0) > 1 {
                let file = units[index].slot.file(for: languages.first ?? Language("ru"))
                units[index].id = "\(file.prefix { $0 != "." }).\(units[index].id)"
            }
        }
    }
}
