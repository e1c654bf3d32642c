extension MarkdownParser.BlockParser {
    typealias Line = MarkdownParser.Line
    typealias Byte = MarkdownParser.Byte

    // MARK: Whitespace

    /// The number of leading spaces and tabs.
    func indentation(of line: Line) -> Int {
        indentation(from: line.start, to: line.end)
    }

    /// The number of spaces and tabs from `start`.
    func indentation(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, Byte.isBlank(bytes[index]) { index += 1 }
        return index - start
    }

    /// Whether the line holds only spaces and tabs.
    func isBlank(_ line: Line) -> Bool {
        line.start + indentation(of: line) >= line.end
    }

    /// The line without up to `columns` leading spaces or tabs.
    func stripping(_ columns: Int, from line: Line) -> Line {
        var start = line.start
        while start < line.end, start - line.start < columns, Byte.isBlank(bytes[start]) {
            start += 1
        }
        return Line(start: start, end: line.end)
    }

    /// The range without leading and trailing spaces and tabs.
    func trimmed(_ line: Line) -> Line {
        var start = line.start
        var end = line.end
        while start < end, Byte.isBlank(bytes[start]) { start += 1 }
        while end > start, Byte.isBlank(bytes[end - 1]) { end -= 1 }
        return Line(start: start, end: end)
    }

    /// The number of `byte`s at the start of `line`.
    func run(of byte: UInt8, in line: Line) -> Int {
        var index = line.start
        while index < line.end, bytes[index] == byte { index += 1 }
        return index - line.start
    }

    // MARK: Headings and breaks

    /// The range of an ATX heading's text and its level, if `content` is one.
    func atxHeadingText(_ content: Line) -> (level: Int, text: Line)? {
        let level = run(of: Byte.hash, in: content)
        guard level >= 1, level <= 6 else { return nil }
        let after = content.start + level
        guard after == content.end || Byte.isBlank(bytes[after]) else { return nil }
        var text = trimmed(Line(start: after, end: content.end))
        var closing = text.end
        while closing > text.start, bytes[closing - 1] == Byte.hash { closing -= 1 }
        if closing == text.start {
            text.end = text.start
        } else if closing < text.end, Byte.isBlank(bytes[closing - 1]) {
            text = trimmed(Line(start: text.start, end: closing))
        }
        return (level, text)
    }

    /// The level of a setext underline (`===` → 1, `---` → 2), if `content` is one.
    func setextLevel(_ content: Line) -> Int? {
        let marker = bytes[content.start]
        guard marker == Byte.equals || marker == Byte.minus else { return nil }
        let length = run(of: marker, in: content)
        guard isBlank(Line(start: content.start + length, end: content.end)) else { return nil }
        return marker == Byte.equals ? 1 : 2
    }

    /// Whether `content` is `---`, `***` or `___` (three or more, spaces allowed between).
    func isThematicBreak(_ content: Line) -> Bool {
        let marker = bytes[content.start]
        guard marker == Byte.minus || marker == Byte.asterisk || marker == Byte.underscore
        else { return false }
        var count = 0
        for index in content.start..<content.end {
            let byte = bytes[index]
            if byte == marker {
                count += 1
            } else if !Byte.isBlank(byte) {
                return false
            }
        }
        return count >= 3
    }

    // MARK: Fenced code

    /// Whether `line` closes `fence`: the same character, at least as many, nothing after.
    func closes(_ fence: MarkdownParser.Fence, _ line: Line) -> Bool {
        let indent = indentation(of: line)
        guard indent <= 3 else { return false }
        let content = Line(start: line.start + indent, end: line.end)
        guard content.start < content.end else { return false }
        let length = run(of: fence.marker, in: content)
        return length >= fence.length
            && isBlank(Line(start: content.start + length, end: content.end))
    }

    /// The fence `content` opens, if any (a backtick fence's info string has no backticks).
    func fenceOpening(_ content: Line, indent: Int) -> MarkdownParser.Fence? {
        let marker = bytes[content.start]
        guard marker == Byte.backtick || marker == Byte.tilde else { return nil }
        let length = run(of: marker, in: content)
        guard length >= 3 else { return nil }
        if marker == Byte.backtick,
           bytes[(content.start + length)..<content.end].contains(Byte.backtick) {
            return nil
        }
        return MarkdownParser.Fence(marker: marker, length: length, indent: indent)
    }

    // MARK: List markers

    /// The list marker starting `line`, if any (a thematic break is checked before).
    func listMarker(_ line: Line) -> MarkdownParser.ListMarker? {
        let indent = indentation(of: line)
        let start = line.start + indent
        guard indent <= 3, start < line.end else { return nil }
        var index = start
        var number = 0
        let symbol: UInt8
        let first = bytes[start]
        if first == Byte.minus || first == Byte.plus || first == Byte.asterisk {
            symbol = first
            index += 1
        } else if Byte.isDigit(first) {
            while index < line.end, index - start < 9, Byte.isDigit(bytes[index]) {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index < line.end, bytes[index] == Byte.dot || bytes[index] == Byte.closeParen
            else { return nil }
            symbol = bytes[index]
            index += 1
        } else {
            return nil
        }
        let width = index - start
        guard index == line.end || Byte.isBlank(bytes[index]) else { return nil }
        var contentStart = index
        while contentStart < line.end, Byte.isBlank(bytes[contentStart]) { contentStart += 1 }
        let spaces = contentStart - index
        var marker = MarkdownParser.ListMarker(
            isOrdered: Byte.isDigit(first), symbol: symbol, number: number,
            contentStart: contentStart, contentIndent: indent + width + spaces, isEmpty: false)
        if contentStart == line.end {
            marker.isEmpty = true
            marker.contentIndent = indent + width + 1
        } else if spaces > 4 {
            // Five or more spaces: the content starts after one (the rest is its indentation,
            // an indented code block).
            marker.contentStart = index + 1
            marker.contentIndent = indent + width + 1
        }
        return marker
    }
}

extension MarkdownParser {
    /// An opening code fence: its character, length and indentation.
    struct Fence {
        var marker: UInt8
        var length: Int
        var indent: Int
    }

    /// The marker that starts a list item.
    struct ListMarker {
        /// `1.` or `1)` rather than `-`, `*` or `+`.
        var isOrdered: Bool
        /// The bullet character, or the `.` / `)` after the number: items of one list share it.
        var symbol: UInt8
        /// The number of an ordered item (the first item's is the list's start).
        var number: Int
        /// The offset where the item's first line of content begins.
        var contentStart: Int
        /// The column the item's content is aligned at: lines indented this much continue it.
        var contentIndent: Int
        /// Whether the first line has no content after the marker.
        var isEmpty: Bool

        /// Only a non-empty item, and an ordered one only if it starts at 1, ends a paragraph
        /// (so a line such as "2023. The year…" inside a paragraph stays text).
        var canInterruptParagraph: Bool { !isEmpty && (!isOrdered || number == 1) }

        /// Whether an item with `marker` continues the list this marker began.
        func continues(with marker: ListMarker) -> Bool {
            marker.isOrdered == isOrdered && marker.symbol == symbol
        }
    }
}
