/// The paragraphs of a prose section with the lines they occupy: the units of its translation.
///
/// The same split as the version diff's (blocks between blank lines, a fenced code block kept
/// whole, trailing spaces dropped), with each block's first and last line, so an import can
/// replace exactly those lines.
struct ProseParagraphs {
    /// One paragraph.
    struct Paragraph: Hashable {
        /// Its lines joined by `\n`, trailing spaces and tabs dropped.
        var text: String
        /// The 0-based index of its first line.
        var firstLine: Int
        /// The 0-based index of its last line.
        var lastLine: Int
    }

    /// The paragraphs, in order.
    var paragraphs: [Paragraph]

    /// Splits `markdown` (lines end at `\n`, `\r\n` or a lone `\r`, as the locations count them).
    init(_ markdown: String) {
        var result: [Paragraph] = []
        var current: [Substring] = []
        var first = 0
        var fence: Substring?
        var lineNumber = 0
        func flush(before line: Int) {
            if !current.isEmpty {
                result.append(Paragraph(text: current.joined(separator: "\n"), firstLine: first, lastLine: line - 1))
            }
            current = []
        }
        for rawLine in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            defer { lineNumber += 1 }
            var line = rawLine
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if fence == nil, trimmed.isEmpty {
                flush(before: lineNumber)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = trimmed.prefix(3)
                if fence == nil {
                    fence = marker
                } else if fence == marker {
                    fence = nil
                }
            }
            if current.isEmpty { first = lineNumber }
            current.append(line)
        }
        flush(before: lineNumber)
        paragraphs = result
    }

    /// The nearest heading at or before paragraph `index`, without its `#` marks.
    func heading(before index: Int) -> String? {
        for paragraph in paragraphs[...min(index, paragraphs.count - 1)].reversed() {
            let text = paragraph.text
            if text.hasPrefix("#") {
                let title = text.drop { $0 == "#" }.drop { $0 == " " }
                return String(title.prefix { $0 != "\n" })
            }
        }
        return nil
    }
}
