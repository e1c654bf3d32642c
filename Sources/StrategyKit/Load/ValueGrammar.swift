import Foundation

/// Strict parsing of the workspace's value grammars, with the diagnostic for each failure.
///
/// Each message is written here once, so JSON and CSV readers say the same thing.
enum ValueGrammar {
    /// A value as quoted in a message: long values are cut so one line stays readable.
    static func quoted(_ text: String) -> String {
        let limit = 40
        return text.count <= limit ? "'\(text)'" : "'\(text.prefix(limit))…' (\(text.count) characters)"
    }

    static func id<Entity>(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Located<Identifier<Entity>>? {
        guard Identifier<Entity>.isValidSlug(text) else {
            sink.report(.error(
                "value.id",
                "\(quoted(text)) is not a valid id (a letter or digit, then letters, digits, '.', '-' or '_')",
                at: location))
            return nil
        }
        return Located(Identifier(text), at: location)
    }

    static func language(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Language? {
        guard Language.isValidCode(text) else {
            sink.report(.error(
                "value.language",
                "\(quoted(text)) is not a language code (two or three lowercase letters)", at: location))
            return nil
        }
        return Language(text)
    }

    static func decimal(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Located<Decimal>? {
        guard let value = Decimal.parseStrict(text) else {
            let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
            if digits > 38, Decimal.parseStrict(String(text.prefix(20))) != nil {
                sink.report(.error(
                    "value.number",
                    "\(quoted(text)) has \(digits) digits; an exact decimal holds at most 38",
                    at: location))
                return nil
            }
            sink.report(.error(
                "value.number",
                "\(quoted(text)) is not a plain decimal number (digits with at most one '.' or ',', e.g. 4500 or 12.50)",
                at: location))
            return nil
        }
        return Located(value, at: location)
    }

    static func integer(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Located<Int>? {
        guard !text.isEmpty, text.count <= 9,
              text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let value = Int(text)
        else {
            sink.report(.error(
                "value.number", "\(quoted(text)) is not a whole number", at: location))
            return nil
        }
        return Located(value, at: location)
    }

    static func date(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Located<CalendarDate>? {
        guard let value = CalendarDate(text) else {
            sink.report(.error(
                "value.date", "\(quoted(text)) is not a calendar date (YYYY-MM-DD that exists)",
                at: location))
            return nil
        }
        return Located(value, at: location)
    }

    static func planDate(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Located<PlanDate>? {
        guard let value = PlanDate(text) else {
            sink.report(.error(
                "value.date",
                "\(quoted(text)) is not a date (YYYY-MM-DD), month (YYYY-MM) or quarter (YYYY-Qn)",
                at: location))
            return nil
        }
        return Located(value, at: location)
    }

    static func currency(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Located<CurrencyCode>? {
        let code = CurrencyCode(text)
        guard code.isKnown else {
            sink.report(.error(
                "money.unknown-currency", "\(quoted(text)) is not an ISO 4217 currency code",
                at: location))
            return nil
        }
        return Located(code, at: location)
    }

    static func choice<T: RawRepresentable & CaseIterable>(
        _ text: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> T? where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        var notes: [Diagnostic.Note] = []
        if let near = Suggestion.closest(to: text, in: allowed) {
            notes.append(.init("did you mean '\(near)'?"))
        }
        sink.report(.error(
            "value.enum",
            "\(quoted(text)) is not one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))",
            at: location, notes: notes))
        return nil
    }

    /// Splits a CSV list cell on spaces, commas and semicolons.
    static func listItems(_ text: String) -> [(String, Int)] {
        // Ids are ASCII: split on bytes, where a byte offset is a character offset. (A CR
        // would join a following LF into one Character, so such text takes the general path.)
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            var items: [(String, Int)] = []
            var text = text
            text.withUTF8 { bytes in
                var start: Int?
                for (offset, byte) in bytes.enumerated() {
                    let isSeparator = byte == 0x20 || byte == 0x2C || byte == 0x3B || byte == 0x09 || byte == 0x0A
                    if isSeparator, let first = start {
                        items.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<offset]), as: UTF8.self), first))
                        start = nil
                    } else if !isSeparator, start == nil {
                        start = offset
                    }
                }
                if let first = start {
                    items.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[first...]), as: UTF8.self), first))
                }
            }
            return items
        }
        var items: [(String, Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character == " " || character == "," || character == ";" || character == "\t"
                || character == "\n" {
                if !current.isEmpty { items.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { items.append((current, start)) }
        return items
    }
}
