import Foundation

/// Where every translation of a workspace stands: missing, stale or current, per language.
public struct TranslationState: Sendable {
    /// What is wrong with one unit's text in one language.
    public enum Problem: Hashable, Sendable {
        /// The source has text; this language has none.
        case missing
        /// The source changed after the translation was made from the text with this hash.
        case stale(recorded: String)
        /// The language is tracked, but nothing records what this translation was made from.
        case unrecorded

        /// "missing", "stale", "unrecorded".
        public var name: String {
            switch self {
            case .missing: "missing"
            case .stale: "stale"
            case .unrecorded: "unrecorded"
            }
        }
    }

    /// One unit that needs work in one language.
    public struct Entry: Hashable, Sendable {
        /// The unit's position in the catalog.
        public var unit: Int
        /// What is wrong.
        public var problem: Problem
        /// For a stale text: the version in which the source changed ("in v2", "after v2",
        /// "before v1"), when the workspace has versions.
        public var change: String?
    }

    /// One language's standing.
    public struct LanguageState: Sendable {
        /// The language.
        public var language: Language
        /// Whether `translations/<lang>.csv` exists, so stale texts can be told.
        public var isTracked: Bool
        /// The recorded hashes.
        public var records: TranslationRecords
        /// Units with source text (the texts to translate).
        public var total: Int
        /// Missing, stale and unrecorded units, in catalog order.
        public var entries: [Entry]

        /// The number of entries with problem `name` ("missing", "stale", "unrecorded").
        public func count(_ name: String) -> Int { entries.filter { $0.problem.name == name }.count }
        /// Stale and unrecorded texts: translations to review.
        public var staleCount: Int { entries.filter { $0.problem != .missing }.count }
        /// Missing texts.
        public var missingCount: Int { entries.filter { $0.problem == .missing }.count }
    }

    /// The texts.
    public var catalog: TranslationCatalog
    /// The hash of each unit's source text (``TranslationRecords/hash(_:)``), by catalog
    /// position; nil for a unit without source text.
    public var sourceHashes: [String?]
    /// The target languages, in the workspace's order.
    public var languages: [LanguageState]

    /// The state of `language`, when it is a target language.
    public func state(of language: Language) -> LanguageState? {
        languages.first { $0.language == language }
    }

    /// Whether any target language has stale or unrecorded texts.
    public var hasStale: Bool { languages.contains { $0.staleCount > 0 } }

    /// Computes the state from the catalog and the record files read through `files`.
    static func compute(
        _ catalog: TranslationCatalog, files: WorkspaceFiles, sink: DiagnosticSink
    ) -> TranslationState {
        var result: [LanguageState] = []
        let hashes = catalog.units.map { unit -> String? in
            guard let source = unit.text(in: catalog.source), !source.value.isBlank else { return nil }
            return TranslationRecords.hash(source.value)
        }
        for target in catalog.targets {
            let read = TranslationRecords.read(target, source: catalog.source, files: files, sink: sink)
            let records = read ?? TranslationRecords(language: target, source: catalog.source)
            var total = 0
            var entries: [Entry] = []
            for (position, unit) in catalog.units.enumerated() {
                guard let hash = hashes[position] else { continue }
                total += 1
                guard unit.has(target) else {
                    entries.append(Entry(unit: position, problem: .missing))
                    continue
                }
                guard read != nil else { continue }
                guard let recorded = records.hashes[unit.id] else {
                    entries.append(Entry(unit: position, problem: .unrecorded))
                    continue
                }
                if recorded != hash {
                    entries.append(Entry(unit: position, problem: .stale(recorded: recorded)))
                }
            }
            result.append(LanguageState(language: target, isTracked: read != nil, records: records, total: total, entries: entries))
        }
        return TranslationState(catalog: catalog, sourceHashes: hashes, languages: result)
    }

    /// Names the version in which the source of each stale text changed, from the snapshots in
    /// `store` (only read when there is a stale text).
    mutating func dateChanges(store: VersionStore) {
        guard languages.contains(where: { $0.entries.contains { if case .stale = $0.problem { true } else { false } } })
        else { return }
        let versions = store.list().versions
        guard !versions.isEmpty else { return }
        var wanted = Set<String>()
        for language in languages {
            for entry in language.entries where entry.problem != .missing && entry.problem != .unrecorded {
                wanted.insert(catalog.units[entry.unit].id)
            }
        }
        // The source hash of each wanted unit in each version, oldest first.
        var history: [[String: String]] = []
        for version in versions {
            let sink = DiagnosticSink()
            let files = WorkspaceFiles(root: store.snapshotFolder(version.name), sink: sink)
            var hashes: [String: String] = [:]
            if let strategy = WorkspaceLoader.read(files, sink: sink),
               let old = TranslationCatalog.build(strategy, parsed: files.parsed), old.source == catalog.source {
                for unit in old.units where wanted.contains(unit.id) {
                    if let text = unit.text(in: old.source) { hashes[unit.id] = TranslationRecords.hash(text.value) }
                }
            }
            history.append(hashes)
        }
        for index in languages.indices {
            for entryIndex in languages[index].entries.indices {
                let entry = languages[index].entries[entryIndex]
                guard case .stale = entry.problem, let now = sourceHashes[entry.unit] else { continue }
                let id = catalog.units[entry.unit].id
                // The first version from which every later one holds the current text.
                var first = versions.count
                while first > 0, history[first - 1][id] == now { first -= 1 }
                let change: String
                if first == versions.count {
                    change = "after \(versions[versions.count - 1].name)"
                } else if first == 0 {
                    change = "before \(versions[0].name)"
                } else {
                    change = "in \(versions[first].name)"
                }
                languages[index].entries[entryIndex].change = change
            }
        }
    }

    /// A warning for every stale or unrecorded text, at the translated text.
    func report(to sink: DiagnosticSink) {
        let source = catalog.source
        for language in languages {
            for entry in language.entries {
                let unit = catalog.units[entry.unit]
                guard let text = unit.text(in: language.language) else { continue }
                switch entry.problem {
                case .missing:
                    continue
                case .stale:
                    sink.report(.warning(
                        "translation.stale",
                        "\(unit.id) (\(language.language)) was translated from an earlier \(source) text; "
                            + "\(source) changed" + (entry.change.map { " \($0)" } ?? ""),
                        at: text.location,
                        notes: [.init("review it, then 'strategy translate accept \(unit.id) --lang \(language.language)'")]))
                case .unrecorded:
                    sink.report(.warning(
                        "translation.stale",
                        "\(unit.id) (\(language.language)) has no record of the \(source) text it was translated from",
                        at: text.location,
                        notes: [.init("review it, then 'strategy translate accept \(unit.id) --lang \(language.language)'")]))
                }
            }
            guard language.isTracked else { continue }
            for (section, counts) in catalog.paragraphCounts.sorted(by: { $0.key < $1.key }) {
                guard let sourceCount = counts[source], let count = counts[language.language], count != sourceCount
                else { continue }
                let file = TranslationUnit.Slot.prose(section: section, index: 0).file(for: language.language)
                sink.report(.warning(
                    "translation.paragraphs",
                    "prose section '\(section)' has \(sourceCount) paragraphs in \(source) and \(count) in "
                        + "\(language.language); paragraphs are translated one for one",
                    at: .file(file)))
            }
        }
    }
}

extension TranslationState {
    /// The state of a workspace just read through `files`, its warnings reported to `sink`,
    /// stale texts dated by the versions in `versions`.
    static func open(
        _ strategy: Strategy, files: WorkspaceFiles, versions: VersionStore, sink: DiagnosticSink
    ) -> TranslationState? {
        guard let catalog = TranslationCatalog.build(strategy, parsed: files.parsed) else { return nil }
        var state = compute(catalog, files: files, sink: sink)
        // In a workspace with errors (a duplicated id, a misspelled key) the texts are not where
        // their records say; their freshness is told once the errors are fixed, not as a cascade.
        guard !sink.diagnostics.contains(where: { $0.severity == .error && !isTranslationGap($0) }) else { return state }
        state.dateChanges(store: versions)
        state.report(to: sink)
        return state
    }
}

/// Whether `diagnostic` only says that a text or template of a language is still missing: the
/// state of a workspace that is being translated, which the translation commands go on with.
func isTranslationGap(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.code == "translation.missing" || diagnostic.code == "template.missing-language"
}
