extension MarkdownParser {
    /// A link reference definition, `[label]: destination "title"`.
    struct LinkDefinition {
        var destination: String
        var title: String
    }

    /// A label as definitions and references are matched: surrounding whitespace dropped,
    /// inner runs of whitespace one space, case folded (Unicode lowercase), escapes kept as
    /// typed (CommonMark compares labels before unescaping).
    static func normalizedLabel(_ label: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(label.count)
        var pendingSpace = false
        for byte in label {
            if Byte.isBlank(byte) || byte == Byte.newline {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(Byte.space) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self).lowercased()
    }

    /// The longest label CommonMark allows, in bytes here (the spec counts characters).
    static let maximumLabelLength = 999
}

extension MarkdownParser.BlockParser {
    /// Takes the link reference definitions off the start of paragraph `node` into
    /// ``definitions``; the lines that remain are its text. A definition spans whole lines.
    /// One pass over the bytes of the definitions plus at most one failed attempt, so linear.
    mutating func extractDefinitions(from node: Int) {
        let lines = nodes[node].lines
        guard let first = lines.first else { return }
        let start = first.start + indentation(of: first)
        guard start < first.end, bytes[start] == Byte.openBracket else { return }
        var text: [UInt8] = []
        var lineStarts: [Int] = []
        for (number, line) in lines.enumerated() {
            if number > 0 { text.append(Byte.newline) }
            lineStarts.append(text.count)
            let contentStart = line.start + indentation(of: line)
            text.append(contentsOf: bytes[contentStart..<line.end])
        }
        var position = 0
        var consumedLines = 0
        while position < text.count, let (label, definition, end) = Self.definition(in: text, at: position) {
            if definitions[label] == nil { definitions[label] = definition }
            position = end
            while consumedLines < lineStarts.count, lineStarts[consumedLines] < end { consumedLines += 1 }
        }
        if consumedLines > 0 { nodes[node].lines.removeFirst(consumedLines) }
    }

    /// The definition at `start` (a line start), its normalized label and the offset after its
    /// line's end.
    static func definition(
        in text: [UInt8], at start: Int
    ) -> (String, MarkdownParser.LinkDefinition, Int)? {
        guard text[start] == Byte.openBracket else { return nil }
        // The label: no unescaped brackets, not blank, at most 999 bytes.
        var index = start + 1
        var hasContent = false
        while index < text.count, text[index] != Byte.closeBracket {
            let byte = text[index]
            if byte == Byte.openBracket || index - start > MarkdownParser.maximumLabelLength { return nil }
            if !Byte.isBlank(byte), byte != Byte.newline { hasContent = true }
            index += byte == Byte.backslash && index + 1 < text.count ? 2 : 1
        }
        guard hasContent, index + 1 < text.count, text[index + 1] == Byte.colon else { return nil }
        let label = MarkdownParser.normalizedLabel(text[(start + 1)..<index])
        index = skipSpace(text, from: index + 2, newlines: 1)
        // The destination: `<…>` on one line, or bare with balanced parentheses.
        guard index < text.count else { return nil }
        let destination: ArraySlice<UInt8>
        if text[index] == Byte.lessThan {
            var end = index + 1
            while end < text.count, text[end] != Byte.greaterThan {
                if text[end] == Byte.newline || text[end] == Byte.lessThan { return nil }
                end += text[end] == Byte.backslash && end + 1 < text.count ? 2 : 1
            }
            guard end < text.count else { return nil }
            destination = text[(index + 1)..<end]
            index = end + 1
        } else {
            var end = index
            var depth = 0
            while end < text.count, text[end] > Byte.space, text[end] != 0x7F {
                if text[end] == Byte.backslash, end + 1 < text.count, Byte.isPunctuation(text[end + 1]) {
                    end += 2
                    continue
                }
                if text[end] == Byte.openParen { depth += 1 }
                if text[end] == Byte.closeParen {
                    if depth == 0 { break }
                    depth -= 1
                }
                end += 1
            }
            guard end > index, depth == 0 else { return nil }
            destination = text[index..<end]
            index = end
        }
        // Without a title, the rest of the line must be blank.
        let afterDestination = skipSpace(text, from: index, newlines: 0)
        let endWithoutTitle: Int? = afterDestination >= text.count
            ? text.count
            : text[afterDestination] == Byte.newline ? afterDestination + 1 : nil
        let titleStart = skipSpace(text, from: index, newlines: 1)
        if titleStart > index, titleStart < text.count,
           let (title, end) = Self.title(in: text, at: titleStart) {
            let rest = skipSpace(text, from: end, newlines: 0)
            if rest >= text.count || text[rest] == Byte.newline {
                let definition = MarkdownParser.LinkDefinition(
                    destination: MarkdownParser.unescaped(destination),
                    title: MarkdownParser.unescaped(title))
                return (label, definition, min(rest + 1, text.count))
            }
        }
        guard let endWithoutTitle else { return nil }
        let definition = MarkdownParser.LinkDefinition(
            destination: MarkdownParser.unescaped(destination), title: "")
        return (label, definition, endWithoutTitle)
    }

    /// A link title in `"…"`, `'…'` or `(…)` starting at `start` (no blank line inside), and
    /// the offset after its closing character.
    static func title(in text: [UInt8], at start: Int) -> (ArraySlice<UInt8>, Int)? {
        let opener = text[start]
        let closer: UInt8
        switch opener {
        case Byte.quote, Byte.apostrophe: closer = opener
        case Byte.openParen: closer = Byte.closeParen
        default: return nil
        }
        var index = start + 1
        var lineIsBlank = false
        while index < text.count, text[index] != closer {
            let byte = text[index]
            if opener == Byte.openParen, byte == Byte.openParen { return nil }
            if byte == Byte.newline {
                if lineIsBlank { return nil }
                lineIsBlank = true
            } else if !Byte.isBlank(byte) {
                lineIsBlank = false
            }
            index += byte == Byte.backslash && index + 1 < text.count ? 2 : 1
        }
        guard index < text.count else { return nil }
        return (text[(start + 1)..<index], index + 1)
    }

    /// The offset after spaces and tabs from `index`, crossing at most `newlines` line endings.
    static func skipSpace(_ text: [UInt8], from index: Int, newlines: Int) -> Int {
        var index = index
        var crossed = 0
        while index < text.count {
            if Byte.isBlank(text[index]) {
                index += 1
            } else if text[index] == Byte.newline, crossed < newlines {
                crossed += 1
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
