/// One translatable text of the workspace: an entity's localized field, a prose paragraph.
///
/// The unit knows its text in every language that has one, where each is written (for
/// diagnostics at the translated text), and where its text lives in the files (``Slot``), so
/// an import can write a translation back in place.
public struct TranslationUnit: Hashable, Sendable {
    /// Where a unit's texts live in the workspace's files.
    public enum Slot: Hashable, Sendable {
        /// A localized JSON object `{"ru": …, "en": …}` in `file`, whose `{` is at `object`.
        case json(file: String, object: SourceLocation)
        /// The per-language cells `<base>.<lang>` of data row `row` (0-based, in table order)
        /// of the CSV file `file`.
        case csv(file: String, row: Int, base: String)
        /// Paragraph `index` (0-based) of prose section `section`.
        case prose(section: String, index: Int)

        /// The workspace-relative file the slot is in for `language`.
        public func file(for language: Language) -> String {
            switch self {
            case .json(let file, _), .csv(let file, _, _): file
            case .prose(let section, _): "\(WorkspaceLoader.FileName.prose)/\(language.code)/\(section).md"
            }
        }
    }

    /// One language's text and where it is written.
    public struct Text: Hashable, Sendable {
        /// The language.
        public var language: Language
        /// The text as the model reads it (a CSV cell trimmed, a paragraph without trailing
        /// spaces).
        public var value: String
        /// Where it starts: the JSON string, the CSV cell, the paragraph's first line.
        public var location: SourceLocation
    }

    /// The stable id: the entity's id and the field's path (`A-07.description`,
    /// `aud.media.keyMessages.2`), a singleton's file and path (`strategy.edition.status`), or
    /// `prose.<section>.<n>` for the n-th paragraph of a prose section.
    public var id: String
    /// What the entity is: "action", "audience", "prose section".
    public var kind: String
    /// The entity's id (the section id for prose), empty for a singleton.
    public var entity: String
    /// The field's path inside the entity: "description", "keyMessages.2", "3".
    public var field: String
    /// The part of the strategy it belongs to, for a translator: "Action matrix".
    public var section: String
    /// Where the texts live.
    public var slot: Slot
    /// The texts, one per language that has one, sorted by language.
    public var texts: [Text]
    /// The entity's title or name in each language, for a translator's context.
    public var title: [Text]

    /// The text in `language`, when there is one.
    public func text(in language: Language) -> Text? {
        texts.first { $0.language == language }
    }

    /// Whether `language` has a non-blank text.
    public func has(_ language: Language) -> Bool {
        guard let text = text(in: language) else { return false }
        return !text.value.isBlank
    }

    /// The title in `language`, else in any language, else empty.
    func title(in language: Language) -> String {
        (title.first { $0.language == language } ?? title.first)?.value ?? ""
    }

    /// "action A-07", "the strategy", "prose section 'situation'": the entity for a message.
    public var subject: String {
        if entity.isEmpty { return kind }
        return kind == "prose section" ? "\(kind) '\(entity)'" : "\(kind) \(entity)"
    }
}

extension String {
    /// Whether the text is empty or only white space; told from the bytes when they are ASCII.
    var isBlank: Bool {
        for byte in utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            if byte < 0x80 { return false }
            return allSatisfy(\.isWhitespace)
        }
        return true
    }
}
