/// A language code from the workspace configuration (`ru`, `en`, `ky`).
///
/// Languages are data, not code: any two- or three-letter lowercase code may be configured.
public struct Language: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO 639-1 or 639-3 code.
    public let code: String

    /// Creates a language from its code; see ``isValidCode(_:)``.
    public init(_ code: String) {
        self.code = code
    }

    public var description: String { code }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.code < rhs.code }

    /// Whether `text` is two or three lowercase ASCII letters.
    public static func isValidCode(_ text: String) -> Bool {
        (2...3).contains(text.unicodeScalars.count)
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}

/// Text in several languages, with the place it was written.
///
/// The texts are kept as a short array sorted by language rather than a dictionary: a strategy
/// has two or three languages, and a render looks up hundreds of thousands of texts, for which
/// comparing two short codes is several times faster than hashing one (and the array is half
/// the dictionary's memory).
public struct LocalizedText: Hashable, Sendable {
    /// One language's text.
    public struct Entry: Hashable, Sendable {
        /// The language.
        public var language: Language
        /// The text in it.
        public var text: String
    }

    /// The texts, sorted by language, one per language at most; a language may be missing.
    public private(set) var entries: [Entry]
    /// Where the text (its JSON object, or the CSV row) was written.
    public var location: SourceLocation

    /// Creates localized text.
    public init(_ values: [Language: String], at location: SourceLocation) {
        self.entries = Self.entries(values)
        self.location = location
    }

    /// The text per language.
    public var values: [Language: String] {
        get { Dictionary(uniqueKeysWithValues: entries.map { ($0.language, $0.text) }) }
        set { entries = Self.entries(newValue) }
    }

    /// The languages that have a text (maybe a blank one), sorted.
    public var languages: [Language] { entries.map(\.language) }

    /// The text in `language`, or an empty string when it is missing.
    public subscript(language: Language) -> String { text(in: language) ?? "" }

    /// The text in `language`, or `nil` when it is missing.
    public func text(in language: Language) -> String? {
        for entry in entries where entry.language == language { return entry.text }
        return nil
    }

    /// Whether a non-blank text exists for `language`.
    public func has(_ language: Language) -> Bool {
        guard let text = text(in: language) else { return false }
        return !text.allSatisfy(\.isWhitespace)
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    private static func entries(_ values: [Language: String]) -> [Entry] {
        values.map { Entry(language: $0.key, text: $0.value) }.sorted { $0.language < $1.language }
    }
}
