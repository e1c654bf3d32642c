import Foundation

/// The translation commands' effects on a workspace: accepting translations as current,
/// exporting XLIFF and importing it back. Every write holds the workspace lock and is atomic.
public struct TranslationStore: Sendable {
    /// The workspace.
    public let workspace: URL
    /// The templates the workspace is opened with.
    public let templates: URL?

    /// The store of the workspace at `workspace`.
    public init(workspace: URL, templates: URL? = nil) {
        self.workspace = workspace.standardizedFileURL
        self.templates = templates
    }

    /// Opens the workspace; fails when it has no strategy.
    public func open() throws(TranslationFailure) -> (OpenedWorkspace, TranslationState) {
        let opened = Workspace.open(workspace, templates: templates)
        guard let state = opened.translations else {
            throw TranslationFailure(
                "the workspace cannot be read; fix its errors first",
                diagnostics: opened.diagnostics.filter { $0.severity == .error })
        }
        return (opened, state)
    }

    /// The target language `code` names, checked against the workspace.
    public static func target(_ code: String?, in state: TranslationState) throws(TranslationFailure) -> [Language] {
        guard let code else { return state.catalog.targets }
        let language = Language(code)
        if language == state.catalog.source {
            throw TranslationFailure("'\(code)' is the source language; translations are made into the others "
                + "(\(state.catalog.targets.map(\.code).joined(separator: ", ")))")
        }
        guard state.catalog.targets.contains(language) else {
            throw TranslationFailure("'\(code)' is not one of the workspace's languages "
                + "(\(state.catalog.languages.map(\.code).joined(separator: ", "))); add it to strategy.json first")
        }
        return [language]
    }

    // MARK: Accept

    /// What ``accept(_:language:allCurrent:lockTimeout:)`` recorded.
    public struct Acceptance: Sendable {
        /// The units recorded as current, per language, in catalog order.
        public var accepted: [Language: [String]]
        /// The record files written.
        public var files: [String]
    }

    /// Records the current source text of the given units (unit ids, or entity ids for all of
    /// an entity's texts), or of every translated text with `allCurrent`, in `language` (or
    /// every target language). Unknown ids and texts with no translation are refused, and
    /// nothing is written.
    public func accept(
        _ ids: [String], language: String?, allCurrent: Bool, lockTimeout: Double = 10
    ) throws(TranslationFailure) -> Acceptance {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace, timeout: lockTimeout) } catch { throw TranslationFailure(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let (opened, state) = try open()
        let languages = try Self.target(language, in: state)
        let catalog = state.catalog
        var chosen: [Int] = []
        // Units named by their own id must be acceptable; an entity's texts without a source or
        // a translation are passed over.
        var named = Set<Int>()
        var problems: [String] = []
        if allCurrent {
            chosen = Array(catalog.units.indices)
        } else {
            let index = catalog.index()
            var byEntity: [String: [Int]] = [:]
            for (position, unit) in catalog.units.enumerated() where !unit.entity.isEmpty {
                byEntity[unit.entity, default: []].append(position)
            }
            for id in ids {
                if let position = index[id] {
                    chosen.append(position)
                    named.insert(position)
                } else if let positions = byEntity[id] {
                    chosen += positions
                } else {
                    var message = "'\(id)' is neither a text nor an entity of this workspace"
                    if let near = Suggestion.closest(to: id, in: Set(index.keys).union(byEntity.keys)) {
                        message += " (did you mean '\(near)'?)"
                    }
                    problems.append(message)
                }
            }
        }
        var accepted: [Language: [String]] = [:]
        var records: [TranslationRecords] = []
        for language in languages {
            guard var record = state.state(of: language)?.records else { continue }
            var seen = Set<Int>()
            for position in chosen where seen.insert(position).inserted {
                let unit = catalog.units[position]
                guard let source = unit.text(in: catalog.source), !source.value.isBlank else {
                    if named.contains(position) { problems.append("\(unit.id) has no \(catalog.source) text to translate from") }
                    continue
                }
                guard unit.has(language) else {
                    if named.contains(position) { problems.append("\(unit.id) has no \(language) text to accept") }
                    continue
                }
                record.hashes[unit.id] = state.sourceHashes[position] ?? TranslationRecords.hash(source.value)
                accepted[language, default: []].append(unit.id)
            }
            let isClean = !opened.diagnostics.contains { $0.severity == .error && !isTranslationGap($0) }
            records.append(pruned(record, catalog: catalog, isClean: isClean))
        }
        guard problems.isEmpty else {
            throw TranslationFailure(problems.joined(separator: "\n") + "\nnothing was recorded")
        }
        var written: [String] = []
        for record in records {
            let path = TranslationRecords.path(of: record.language)
            let url = workspace.appendingPathComponent(path)
            let data = record.data()
            if FileManager.default.contents(atPath: url.path) == data { continue }
            do { try AtomicFile.write(data, to: url) } catch { throw TranslationFailure(error.description) }
            written.append(path)
        }
        return Acceptance(accepted: accepted, files: written)
    }

    /// Records of texts that no longer exist are dropped, but only from a workspace read whole
    /// (a broken file would otherwise lose every record of its texts).
    private func pruned(_ records: TranslationRecords, catalog: TranslationCatalog, isClean: Bool) -> TranslationRecords {
        guard isClean else { return records }
        var result = records
        let ids = Set(catalog.units.map(\.id))
        result.hashes = result.hashes.filter { ids.contains($0.key) }
        return result
    }

    // MARK: Export

    /// The XLIFF of `language`: every text, or only those that need work with `staleOnly`.
    public func export(
        language: String, staleOnly: Bool, version: XLIFFWriter.Version
    ) throws(TranslationFailure) -> String {
        let (_, state) = try open()
        guard let target = try Self.target(language, in: state).first else {
            throw TranslationFailure("the workspace has no language to translate into")
        }
        return XLIFFWriter(version: version).document(state, language: target, staleOnly: staleOnly)
    }
}
