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
public struct LocalizedText: Hashable, Sendable {
    /// The text per language; a language may be missing.
    public var values: [Language: String]
    /// Where the text (its JSON object, or the CSV row) was written.
    public var location: SourceLocation

    /// Creates localized text.
    public init(_ values: [Language: String], at location: SourceLocation) {
        self.values = values
        self.location = location
    }

    /// The text in `language`, or an empty string when it is missing.
    public subscript(language: Language) -> String { values[language] ?? "" }

    /// Whether a non-blank text exists for `language`.
    public func has(_ language: Language) -> Bool {
        guard let text = values[language] else { return false }
        return !text.allSatisfy(\.isWhitespace)
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}
