/// Writes the texts of one target language as XLIFF for translators' tools (Trados, memoQ,
/// OmegaT, Weblate): 2.0 by default, 1.2 for older tools.
///
/// One `<file>` per workspace file, one unit per text with the unit's stable id; the source,
/// the current target when there is one, the state (1.2: `new`, `needs-translation`,
/// `translated`; 2.0: `initial` with subState `sw:new` / `sw:needs-translation`, or
/// `translated`), and notes with the context: what the entity is and its title, the section,
/// the place in the workspace and the source text's hash. Markdown marks inside a text are
/// inline codes (`<ph>`) so a tool keeps them.
public struct XLIFFWriter: Sendable {
    /// The XLIFF version written.
    public enum Version: String, CaseIterable, Sendable {
        case v2 = "2.0"
        case v12 = "1.2"

        /// The namespace of the version's elements.
        public var namespace: String {
            switch self {
            case .v2: "urn:oasis:names:tc:xliff:document:2.0"
            case .v12: "urn:oasis:names:tc:xliff:document:1.2"
            }
        }
    }

    /// Where a unit stands in the target language.
    public enum UnitState: String, Sendable {
        /// No translation yet.
        case new
        /// Translated from a source text that has changed since (or not known to be current).
        case needsTranslation = "needs-translation"
        /// Translated from the current source.
        case translated
    }

    /// The version.
    public var version: Version

    /// Creates a writer of `version`.
    public init(version: Version = .v2) {
        self.version = version
    }

    /// The XLIFF document of `language` from `state`; only what needs work when `staleOnly`.
    public func document(_ state: TranslationState, language: Language, staleOnly: Bool) -> String {
        let catalog = state.catalog
        var problems: [Int: TranslationState.Problem] = [:]
        if let standing = state.state(of: language) {
            for entry in standing.entries { problems[entry.unit] = entry.problem }
        }
        let hashes = state.sourceHashes
        var files: [(path: String, units: [Int])] = []
        for (position, unit) in catalog.units.enumerated() {
            guard let source = unit.text(in: catalog.source), !source.value.isBlank else { continue }
            if staleOnly, problems[position] == nil { continue }
            let path = unit.slot.file(for: catalog.source)
            if files.last?.path == path {
                files[files.count - 1].units.append(position)
            } else {
                files.append((path, [position]))
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        switch version {
        case .v2:
            out += "<xliff xmlns=\"\(version.namespace)\" version=\"2.0\" srcLang=\"\(catalog.source.code)\" trgLang=\"\(language.code)\">\n"
        case .v12:
            out += "<xliff xmlns=\"\(version.namespace)\" version=\"1.2\">\n"
        }
        for (number, file) in files.enumerated() {
            let original = XMLEscaping.attribute(file.path)
            switch version {
            case .v2:
                out += "  <file id=\"f\(number + 1)\" original=\"\(original)\">\n"
            case .v12:
                out += "  <file original=\"\(original)\" source-language=\"\(catalog.source.code)\" "
                    + "target-language=\"\(language.code)\" datatype=\"plaintext\">\n    <body>\n"
            }
            for position in file.units {
                let unit = catalog.units[position]
                let state: UnitState = switch problems[position] {
                case .missing?: .new
                case .stale?, .unrecorded?: .needsTranslation
                case nil: .translated
                }
                out += self.unit(unit, source: catalog.source, language: language, state: state,
                                 hash: hashes[position] ?? "")
            }
            switch version {
            case .v2: out += "  </file>\n"
            case .v12: out += "    </body>\n  </file>\n"
            }
        }
        out += "</xliff>\n"
        return out
    }

    private func notes(_ unit: TranslationUnit, source: Language, hash: String) -> [(String, String)] {
        var context = unit.subject
        let title = unit.title(in: source)
        if !title.isEmpty, unit.kind != "prose section" { context += ": " + title }
        var notes = [("context", context), ("section", unit.section)]
        if let text = unit.text(in: source) { notes.append(("location", text.location.description)) }
        notes.append(("source-hash", hash))
        return notes
    }

    private func unit(
        _ unit: TranslationUnit, source: Language, language: Language, state: UnitState, hash: String
    ) -> String {
        let sourceText = unit.text(in: source)?.value ?? ""
        let target = unit.has(language) ? unit.text(in: language)?.value : nil
        let sourcePieces = MarkdownCodes.pieces(sourceText)
        var codes: [(id: Int, data: String)] = []
        for piece in sourcePieces {
            if case .code(let data) = piece { codes.append((codes.count + 1, data)) }
        }
        let id = XMLEscaping.attribute(unit.id)
        var out = ""
        switch version {
        case .v2:
            out += "    <unit id=\"\(id)\" name=\"\(id)\">\n      <notes>\n"
            for (category, text) in notes(unit, source: source, hash: hash) {
                out += "        <note category=\"\(category)\">\(xmlText(text))</note>\n"
            }
            out += "      </notes>\n"
            if !codes.isEmpty {
                out += "      <originalData>\n"
                for code in codes {
                    out += "        <data id=\"d\(code.id)\">\(xmlText(code.data))</data>\n"
                }
                out += "      </originalData>\n"
            }
            let stateAttributes = switch state {
            case .translated: "state=\"translated\""
            case .new: "state=\"initial\" subState=\"sw:new\""
            case .needsTranslation: "state=\"initial\" subState=\"sw:needs-translation\""
            }
            out += "      <segment \(stateAttributes)>\n"
            out += "        <source xml:space=\"preserve\">\(inline(sourcePieces, codes: codes))</source>\n"
            if let target {
                out += "        <target xml:space=\"preserve\">\(inline(MarkdownCodes.pieces(target), codes: codes))</target>\n"
            }
            out += "      </segment>\n    </unit>\n"
        case .v12:
            let approved = state == .translated ? " approved=\"yes\"" : ""
            out += "      <trans-unit id=\"\(id)\" resname=\"\(id)\" xml:space=\"preserve\"\(approved)>\n"
            out += "        <source>\(inline(sourcePieces, codes: codes))</source>\n"
            out += "        <target state=\"\(state.rawValue)\">"
                + (target.map { inline(MarkdownCodes.pieces($0), codes: codes) } ?? "") + "</target>\n"
            // The unit's id as its location, so it survives a trip through PO (xliff2po writes
            // it as the `#:` reference, po2xliff reads it back).
            out += "        <context-group name=\"unit\" purpose=\"location\"><context context-type=\"sourcefile\">\(xmlText(unit.id))</context></context-group>\n"
            for (category, text) in notes(unit, source: source, hash: hash) {
                out += "        <note from=\"developer\" annotates=\"source\">\(xmlText(category + ": " + text))</note>\n"
            }
            out += "      </trans-unit>\n"
        }
        return out
    }

    /// Text content escaped; a carriage return as a reference, which a parser would otherwise
    /// turn into a line feed.
    private func xmlText(_ text: String) -> String {
        let escaped = XMLEscaping.text(text)
        return escaped.utf8.contains(0x0D) ? escaped.replacingOccurrences(of: "\r", with: "&#13;") : escaped
    }

    /// Text escaped, codes as `<ph>`: in 2.0 empty and pointing at the unit's original data, in
    /// 1.2 holding the mark itself. A mark of a target that the source does not have is text.
    private func inline(_ pieces: [MarkdownCodes.Piece], codes: [(id: Int, data: String)]) -> String {
        var used = Set<Int>()
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                out += xmlText(text)
            case .code(let data):
                guard let code = codes.first(where: { $0.data == data && !used.contains($0.id) }) else {
                    out += xmlText(data)
                    continue
                }
                used.insert(code.id)
                switch version {
                case .v2: out += "<ph id=\"\(code.id)\" dataRef=\"d\(code.id)\"/>"
                case .v12: out += "<ph id=\"\(code.id)\">\(xmlText(code.data))</ph>"
                }
            }
        }
        return out
    }
}
