extension MarkdownParser {
    /// Turns lines into blocks. Quotes and list items recurse on their own stripped lines, at
    /// most ``MarkdownParser/maximumNesting`` deep; each line is examined a bounded number of
    /// times per level.
    struct BlockParser {
        /// The source bytes the lines point into.
        let bytes: [UInt8]

        /// The blocks of `lines`, which sit `depth` containers deep.
        func parseBlocks(_ lines: [Line], depth: Int) -> [Block] {
            var blocks: [Block] = []
            var paragraph: [Line] = []
            var index = 0
            while index < lines.count {
                let line = lines[index]
                let indent = indentation(of: line)
                if line.start + indent >= line.end {
                    closeParagraph(&paragraph, into: &blocks)
                    index += 1
                    continue
                }
                // No indented code blocks: a deeply indented line is paragraph text.
                if indent >= 4 {
                    paragraph.append(line)
                    index += 1
                    continue
                }
                let content = Line(start: line.start + indent, end: line.end)
                if let fence = fenceOpening(content, indent: indent) {
                    closeParagraph(&paragraph, into: &blocks)
                    let (block, next) = fencedCode(lines, from: index, fence: fence)
                    if let block { blocks.append(block) }
                    index = next
                } else if let heading = atxHeading(content) {
                    closeParagraph(&paragraph, into: &blocks)
                    blocks.append(heading)
                    index += 1
                } else if !paragraph.isEmpty, let level = setextLevel(content) {
                    let content = inlines(of: paragraph)
                    blocks.append(.heading(level: level, content: content, anchor: ""))
                    paragraph.removeAll()
                    index += 1
                } else if isThematicBreak(content) {
                    closeParagraph(&paragraph, into: &blocks)
                    blocks.append(.rule)
                    index += 1
                } else if depth < maximumNesting, bytes[content.start] == Byte.greaterThan {
                    closeParagraph(&paragraph, into: &blocks)
                    let (block, next) = quote(lines, from: index, depth: depth)
                    blocks.append(block)
                    index = next
                } else if depth < maximumNesting, let marker = listMarker(line),
                          paragraph.isEmpty || marker.canInterruptParagraph {
                    closeParagraph(&paragraph, into: &blocks)
                    let (block, next) = list(lines, from: index, first: marker, depth: depth)
                    blocks.append(block)
                    index = next
                } else if let (table, next) = table(lines, at: index) {
                    closeParagraph(&paragraph, into: &blocks)
                    blocks.append(.table(table))
                    index = next
                } else {
                    paragraph.append(line)
                    index += 1
                }
            }
            closeParagraph(&paragraph, into: &blocks)
            return blocks
        }

        // MARK: Lines

        /// The number of leading spaces and tabs.
        func indentation(of line: Line) -> Int {
            var index = line.start
            while index < line.end, Byte.isBlank(bytes[index]) { index += 1 }
            return index - line.start
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

        // MARK: Paragraphs and headings

        /// Appends the open paragraph, if any, and empties it.
        func closeParagraph(_ paragraph: inout [Line], into blocks: inout [Block]) {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(inlines(of: paragraph)))
            paragraph.removeAll()
        }

        /// The inlines of a paragraph's lines: leading whitespace of each line is dropped, the
        /// lines are joined with `\n` (soft or hard breaks for the inline parser), trailing
        /// whitespace of the last line is dropped.
        func inlines(of lines: [Line]) -> [Inline] {
            var text: [UInt8] = []
            for (number, line) in lines.enumerated() {
                if number > 0 { text.append(Byte.newline) }
                let start = line.start + indentation(of: line)
                text.append(contentsOf: bytes[start..<line.end])
            }
            while let last = text.last, Byte.isBlank(last) { text.removeLast() }
            var parser = InlineParser(text)
            return parser.parse()
        }

        /// The inlines of one trimmed range (a heading, a table cell).
        func inlines(of line: Line) -> [Inline] {
            let range = trimmed(line)
            var parser = InlineParser(Array(bytes[range.start..<range.end]))
            return parser.parse()
        }

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

        /// An ATX heading, if `content` is one.
        func atxHeading(_ content: Line) -> Block? {
            guard let (level, text) = atxHeadingText(content) else { return nil }
            return .heading(level: level, content: inlines(of: text), anchor: "")
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

        /// Whether a line that is not part of an open container would end a paragraph there
        /// (so it cannot be a lazy continuation line).
        func interruptsParagraph(_ line: Line) -> Bool {
            let indent = indentation(of: line)
            guard indent <= 3, line.start + indent < line.end else { return false }
            let content = Line(start: line.start + indent, end: line.end)
            return bytes[content.start] == Byte.greaterThan
                || fenceOpening(content, indent: indent) != nil
                || atxHeadingText(content) != nil
                || isThematicBreak(content)
                || listMarker(line) != nil
        }

        // MARK: Fenced code

        /// An opening code fence: its character, length and indentation.
        struct Fence {
            var marker: UInt8
            var length: Int
            var indent: Int
        }

        /// The fence `content` opens, if any (a backtick fence's info string has no backticks).
        func fenceOpening(_ content: Line, indent: Int) -> Fence? {
            let marker = bytes[content.start]
            guard marker == Byte.backtick || marker == Byte.tilde else { return nil }
            let length = run(of: marker, in: content)
            guard length >= 3 else { return nil }
            if marker == Byte.backtick,
               bytes[(content.start + length)..<content.end].contains(Byte.backtick) {
                return nil
            }
            return Fence(marker: marker, length: length, indent: indent)
        }

        /// Whether `line` closes `fence`.
        func closes(_ fence: Fence, _ line: Line) -> Bool {
            let indent = indentation(of: line)
            guard indent <= 3 else { return false }
            let content = Line(start: line.start + indent, end: line.end)
            let length = run(of: fence.marker, in: content)
            return length >= fence.length
                && isBlank(Line(start: content.start + length, end: content.end))
        }

        /// A fenced code block as a paragraph of `.code` lines separated by line breaks (blank
        /// lines at either end dropped; nil when empty), and the index after its closing fence
        /// (the end of the container if unclosed).
        func fencedCode(_ lines: [Line], from index: Int, fence: Fence) -> (Block?, Int) {
            var content: [Inline] = []
            var next = index + 1
            var isFirst = true
            while next < lines.count {
                let line = lines[next]
                next += 1
                if closes(fence, line) { break }
                if !isFirst { content.append(.lineBreak) }
                isFirst = false
                let code = stripping(fence.indent, from: line)
                if code.start < code.end {
                    let text = String(decoding: bytes[code.start..<code.end], as: UTF8.self)
                    content.append(.code(text))
                }
            }
            while content.last == .lineBreak { content.removeLast() }
            let leading = content.prefix { $0 == .lineBreak }.count
            return (content.isEmpty ? nil : .paragraph(Array(content.dropFirst(leading))), next)
        }
    }
}
