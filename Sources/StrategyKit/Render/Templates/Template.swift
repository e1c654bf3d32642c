import Foundation

/// A document skeleton: literal text with `{{name}}` placeholders, each with its place.
public struct Template: Hashable, Sendable {
    /// A piece of a template.
    public enum Part: Hashable, Sendable {
        /// Literal text, copied as is.
        case text(String)
        /// A placeholder such as `{{title}}` or `{{prose:situation}}`.
        case placeholder(name: String, location: SourceLocation)
    }

    /// The parts, in order.
    public var parts: [Part]
    /// The template's path, for messages.
    public var path: String

    /// Parses a template. An unclosed `{{` is a `template.syntax` error; the rest of the
    /// template is kept as text so later placeholders are still checked.
    ///
    /// Linear in the length of the text, however many `{{` it holds.
    public static func parse(_ text: String, path: String) -> (Template, [Diagnostic]) {
        var parts: [Part] = []
        var diagnostics: [Diagnostic] = []
        var literal = ""
        var line = 1
        var column = 1
        var index = text.startIndex
        // Where the last search for `}}` reached the end of its line without finding one: every
        // later `{{` before that point is unclosed too. Without it, a line of many `{{` was
        // searched to its end once per `{{` (a 40 KB template took 18 s).
        var unclosedUntil = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{", next < text.endIndex, text[next] == "{" {
                let start = SourceLocation(file: path, line: line, column: column)
                let bodyStart = text.index(after: next)
                var close: Range<String.Index>?
                if bodyStart >= unclosedUntil {
                    let search = closingBraces(in: text, from: bodyStart)
                    close = search.close
                    if close == nil { unclosedUntil = search.lineEnd }
                }
                guard let close else {
                    diagnostics.append(.error(
                        "template.syntax", "'{{' is not closed by '}}' on the same line", at: start))
                    literal.append("{{")
                    column += 2
                    index = bodyStart
                    continue
                }
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                let name = text[bodyStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                parts.append(.placeholder(name: name, location: start))
                column += text[index..<close.upperBound].count
                index = close.upperBound
                continue
            }
            literal.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = next
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return (Template(parts: parts, path: path), diagnostics)
    }

    /// The first `}}` from `start` to the end of its line, or nil and where the line ends.
    private static func closingBraces(
        in text: String, from start: String.Index
    ) -> (close: Range<String.Index>?, lineEnd: String.Index) {
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" { return (nil, index) }
            let next = text.index(after: index)
            if character == "}", next < text.endIndex, text[next] == "}" {
                return (index..<text.index(after: next), index)
            }
            index = next
        }
        return (nil, text.endIndex)
    }

    /// Every placeholder with its place.
    public var placeholders: [(name: String, location: SourceLocation)] {
        parts.compactMap {
            if case .placeholder(let name, let location) = $0 { (name, location) } else { nil }
        }
    }
}
