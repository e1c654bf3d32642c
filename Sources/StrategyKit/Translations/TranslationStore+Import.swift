import Foundation

extension TranslationStore {
    /// What an import did, or would do with `dryRun`.
    public struct ImportPlan: Sendable {
        /// One text written or recorded.
        public struct Entry: Hashable, Sendable {
            /// The unit's id.
            public var id: String
            /// The text before, nil when there was none.
            public var old: String?
            /// The text after.
            public var new: String
            /// Where the text is (or will be) in the workspace.
            public var file: String
        }

        /// The target language.
        public var language: Language
        /// Texts whose value changes, in file order.
        public var changed: [Entry]
        /// Texts whose value stays, now recorded as translated from the current source.
        public var confirmed: [Entry]
        /// Units left alone: no target, or a target not confirmed and unchanged.
        public var skipped: Int
        /// The workspace files written (texts and records), sorted.
        public var files: [String]
    }

    /// Imports the XLIFF file `data` (named `file` in diagnostics): every unit is checked
    /// first (it belongs to this workspace, its source is the current one), then every target
    /// is written into the workspace's files in place and its source hash recorded, all or
    /// nothing, under the lock. With `dryRun` nothing is written.
    ///
    /// - Parameter language: the target language when the file does not name one.
    public func importDocument(
        _ document: XLIFFDocument, file: String, language: String? = nil, dryRun: Bool = false, lockTimeout: Double = 10
    ) throws(TranslationFailure) -> ImportPlan {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace, timeout: lockTimeout) } catch { throw TranslationFailure(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let (opened, state) = try open()
        return try apply(document, file: file, language: language, dryRun: dryRun, opened: opened, state: state)
    }

    /// Imports `document` into the workspace opened as `opened`; the caller holds the lock.
    func apply(
        _ document: XLIFFDocument, file: String, language: String?, dryRun: Bool,
        opened: OpenedWorkspace, state: TranslationState
    ) throws(TranslationFailure) -> ImportPlan {
        let errors = opened.diagnostics.filter { $0.severity == .error && !isTranslationGap($0) }
        guard let strategy = opened.strategy, errors.isEmpty else {
            throw TranslationFailure(
                "the workspace has \(errors.count) error(s); fix them before importing translations",
                diagnostics: errors)
        }
        let plan = try self.plan(document, file: file, language: language, state: state)
        let writer = TranslationWriter(root: workspace)
        var fileChanges = try writer.files(for: plan.changes)
        var records = plan.records
        for (id, hash) in plan.hashes { records.hashes[id] = hash }
        let recordsPath = TranslationRecords.path(of: plan.language)
        let recordsData = records.data()
        let oldRecords = FileManager.default.contents(atPath: workspace.appendingPathComponent(recordsPath).path)
        if oldRecords != recordsData {
            fileChanges.append(.init(path: recordsPath, old: oldRecords, new: recordsData))
        }
        try verify(fileChanges, plan: plan, strategy: strategy)
        if !dryRun {
            for change in fileChanges {
                do {
                    try AtomicFile.write(change.new, to: workspace.appendingPathComponent(change.path))
                } catch {
                    throw TranslationFailure(error.description)
                }
            }
        }
        return ImportPlan(
            language: plan.language, changed: plan.changed, confirmed: plan.confirmed, skipped: plan.skipped,
            files: fileChanges.map(\.path).sorted())
    }

    private struct Plan {
        var language: Language
        var records: TranslationRecords
        var changes: [TranslationWriter.Change] = []
        var hashes: [String: String] = [:]
        var changed: [ImportPlan.Entry] = []
        var confirmed: [ImportPlan.Entry] = []
        var skipped = 0
    }

    private func plan(
        _ document: XLIFFDocument, file: String, language code: String?, state: TranslationState
    ) throws(TranslationFailure) -> Plan {
        let catalog = state.catalog
        func refuse(_ message: String, _ diagnostics: [Diagnostic] = []) -> TranslationFailure {
            TranslationFailure(message + "; nothing was changed", diagnostics: diagnostics)
        }
        if document.units.count > catalog.units.count {
            throw refuse("\(file) has \(document.units.count) units, but the workspace has only "
                + "\(catalog.units.count) texts: it is not a file exported from this workspace")
        }
        if let source = document.sourceLanguage, Self.primary(source) != catalog.source.code {
            throw refuse("\(file) is translated from '\(source)', but the workspace's texts are translated from "
                + "'\(catalog.source.code)'")
        }
        guard let targetCode = document.targetLanguage.map(Self.primary) ?? code else {
            throw refuse("\(file) does not say which language it is in; name it with --lang")
        }
        if let code, code != targetCode {
            throw refuse("\(file) is in '\(targetCode)', not '\(code)'")
        }
        guard let language = try Self.target(targetCode, in: state).first,
              let standing = state.state(of: language)
        else { throw refuse("'\(targetCode)' is not a language to translate into") }
        var plan = Plan(language: language, records: standing.records)
        let index = catalog.index()
        var problems: [Diagnostic] = []
        var seen: [Int: SourceLocation] = [:]
        var seenIDs: [String: SourceLocation] = [:]
        for unit in document.units {
            if let first = seenIDs[unit.id] {
                problems.append(.error(
                    "translation.duplicate-unit", "unit '\(unit.id)' appears twice (first at line \(first.line))",
                    at: unit.location))
                continue
            }
            seenIDs[unit.id] = unit.location
            guard let position = index[unit.id] ?? unit.aliases.lazy.compactMap({ index[$0] }).first else {
                var notes: [Diagnostic.Note] = []
                if let near = Suggestion.closest(to: unit.id, in: index.keys) { notes.append(.init("did you mean '\(near)'?")) }
                problems.append(.error(
                    "translation.unknown-unit", "unit '\(unit.id)' is not a text of this workspace",
                    at: unit.location, notes: notes))
                continue
            }
            let entry = catalog.units[position]
            if let first = seen[position] {
                problems.append(.error(
                    "translation.duplicate-unit", "unit '\(unit.id)' is \(entry.id), which the unit at line \(first.line) translates already",
                    at: unit.location))
                continue
            }
            seen[position] = unit.location
            guard let source = entry.text(in: catalog.source), !source.value.isBlank else {
                problems.append(.error(
                    "translation.outdated", "\(entry.id) has no \(catalog.source) text any more", at: unit.location))
                continue
            }
            // The source's codes are only cut out when the unit names a code by id.
            let needsCodes = (unit.source ?? []).contains { if case .code = $0 { true } else { false } }
                || (unit.target ?? []).contains { if case .code = $0 { true } else { false } }
            let codes = !needsCodes ? [] : MarkdownCodes.pieces(source.value).compactMap { piece -> String? in
                if case .code(let data) = piece { return data }
                return nil
            }
            let currentHash = state.sourceHashes[position] ?? TranslationRecords.hash(source.value)
            var outdated = unit.sourceHash.map { $0 != currentHash } ?? false
            if let pieces = unit.source {
                guard let text = XLIFFDocument.Unit.text(pieces, sourceCodes: codes) else {
                    problems.append(.error(
                        "translation.outdated", "the source of \(entry.id) has an inline code the \(catalog.source) text does not have",
                        at: unit.location))
                    continue
                }
                if !TranslationWriter.normalized(text, for: entry.slot).utf8.elementsEqual(source.value.utf8) { outdated = true }
            }
            if outdated {
                problems.append(.error(
                    "translation.outdated",
                    "\(entry.id) (\(language)) was translated from an outdated \(catalog.source) text; "
                        + "export it again ('strategy translate export --lang \(language) --stale')",
                    at: unit.location))
                continue
            }
            guard let pieces = unit.target else {
                plan.skipped += 1
                continue
            }
            guard let target = XLIFFDocument.Unit.text(pieces, sourceCodes: codes) else {
                problems.append(.error(
                    "translation.inline-code", "the target of \(entry.id) has an inline code its source does not have",
                    at: unit.location))
                continue
            }
            let normalized = TranslationWriter.normalized(target, for: entry.slot)
            let current = entry.has(language) ? entry.text(in: language)?.value : nil
            let isUnchanged = current.map { normalized.utf8.elementsEqual($0.utf8) } ?? false
            guard !normalized.isBlank, unit.isConfirmed || !isUnchanged else {
                plan.skipped += 1
                continue
            }
            if case .prose = entry.slot, ProseParagraphs(target).paragraphs.count > 1 {
                problems.append(.error(
                    "translation.paragraphs",
                    "the target of \(entry.id) is several paragraphs; a paragraph is translated by one paragraph",
                    at: unit.location))
                continue
            }
            let record = ImportPlan.Entry(
                id: entry.id, old: current, new: normalized, file: entry.slot.file(for: language))
            if isUnchanged {
                if standing.records.hashes[entry.id] != currentHash { plan.confirmed.append(record) }
            } else {
                plan.changed.append(record)
                plan.changes.append(.init(unit: entry, language: language, text: normalized))
            }
            plan.hashes[entry.id] = currentHash
        }
        if !problems.isEmpty {
            throw refuse("\(problems.count) unit(s) of \(file) cannot be imported", problems)
        }
        return plan
    }

    /// Reads the new files back, in memory: each must parse without errors, and each changed
    /// text must read as what was imported.
    private func verify(
        _ changes: [TranslationWriter.FileChange], plan: Plan, strategy: Strategy
    ) throws(TranslationFailure) {
        let parsed = ParsedSources()
        var strategy = strategy
        var problems: [Diagnostic] = []
        for change in changes where !change.path.hasPrefix(TranslationRecords.folder + "/") {
            if change.path.hasSuffix(".json") {
                let (root, diagnostics) = JSONReader.parse(change.new, file: change.path)
                problems += diagnostics.filter { $0.severity == .error }
                parsed.json[change.path] = root
            } else if change.path.hasSuffix(".csv") {
                let (table, diagnostics) = CSVReader.read(change.new, file: change.path)
                problems += diagnostics.filter { $0.severity == .error }
                parsed.csv[change.path] = table
            } else if change.path.hasSuffix(".md") {
                let parts = change.path.split(separator: "/")
                guard parts.count == 3 else { continue }
                var text = SourceText(data: change.new).text
                if text.utf8.contains(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
                let id = String(parts[2].dropLast(3))
                strategy.prose[Language(String(parts[1])), default: [:]][id] = ProseSection(
                    id: id, markdown: text, location: .file(change.path))
            }
        }
        guard problems.isEmpty else {
            throw TranslationFailure("the translated files would not read back cleanly; nothing was changed", diagnostics: problems)
        }
        guard let after = TranslationCatalog.build(strategy, parsed: parsed) else { return }
        let index = after.index()
        let wrong = plan.changed.filter { entry in
            guard let position = index[entry.id] else { return true }
            return after.units[position].text(in: plan.language)?.value != entry.new
        }.map(\.id)
        if !wrong.isEmpty {
            throw TranslationFailure("these texts would not read back as imported: \(wrong.joined(separator: ", ")); nothing was changed")
        }
    }

    /// `en` of `en-US`.
    static func primary(_ code: String) -> String {
        String(code.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
}
