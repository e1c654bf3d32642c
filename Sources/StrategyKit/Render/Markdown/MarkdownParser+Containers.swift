extension MarkdownParser.BlockParser {
    typealias Line = MarkdownParser.Line
    typealias Byte = MarkdownParser.Byte

    /// The marker that starts a list item.
    struct ListMarker {
        /// `1.` or `1)` rather than `-`, `*` or `+`.
        var isOrdered: Bool
        /// The bullet character, or the `.` / `)` after the number: items of one list share it.
        var symbol: UInt8
        /// The number of an ordered item.
        var number: Int
        /// The columns before the marker.
        var markerIndent: Int
        /// The offset where the item's first line of content begins.
        var contentStart: Int
        /// The column the item's content is aligned at.
        var contentIndent: Int
        /// Whether the first line has no content after the marker.
        var isEmpty: Bool

        /// Only a non-empty item, and an ordered one only if it starts at 1, ends a paragraph
        /// (so a line such as "2023. The year…" inside a paragraph stays text).
        var canInterruptParagraph: Bool { !isEmpty && (!isOrdered || number == 1) }

        /// Lines indented at least this much belong to the item: its content column, or 2
        /// columns past the marker, whichever is less (consultants nest by 2–4 spaces).
        var childIndent: Int { min(contentIndent, markerIndent + 2) }
    }

    /// The list marker starting `line`, if any. A thematic break (`- - -`, `* * *`) is not one,
    /// unless `allowingThematicBreak` (cheaper, for the paragraph check below).
    func listMarker(_ line: Line, allowingThematicBreak: Bool = false) -> ListMarker? {
        let indent = indentation(of: line)
        let start = line.start + indent
        guard indent <= 3, start < line.end else { return nil }
        if !allowingThematicBreak, isThematicBreak(Line(start: start, end: line.end)) { return nil }
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
        var marker = ListMarker(
            isOrdered: Byte.isDigit(first), symbol: symbol, number: number, markerIndent: indent,
            contentStart: contentStart, contentIndent: indent + width + spaces, isEmpty: false)
        if contentStart == line.end {
            marker.isEmpty = true
            marker.contentIndent = indent + width + 1
        } else if spaces > 4 {
            // Five or more spaces: the content starts after one (the rest is its indentation).
            marker.contentStart = index + 1
            marker.contentIndent = indent + width + 1
        }
        return marker
    }

    /// Whether the content of `line` (inside its containers) ends in paragraph text, so the next
    /// line may continue it lazily. Looks through at most `maximumNesting` markers.
    func endsInParagraph(_ line: Line) -> Bool {
        var current = line
        for _ in 0..<MarkdownParser.maximumNesting {
            let indent = indentation(of: current)
            let start = current.start + indent
            if start >= current.end { return false }
            if indent >= 4 { return true }
            if bytes[start] == Byte.greaterThan {
                current = Line(start: start + 1, end: current.end)
                continue
            }
            if let marker = listMarker(current, allowingThematicBreak: true) {
                if marker.isEmpty { return false }
                current = Line(start: marker.contentStart, end: current.end)
                continue
            }
            let content = Line(start: start, end: current.end)
            return fenceOpening(content, indent: indent) == nil && atxHeadingText(content) == nil
                && !isThematicBreak(content)
        }
        return true
    }

    /// Whether a line outside an open container continues the paragraph that ends it: it starts
    /// no block, and it is no table delimiter row (which would turn the paragraph into a table
    /// inside the container).
    func continuesLazily(_ line: Line) -> Bool {
        !interruptsParagraph(line) && delimiterRow(line) == nil
    }

    // MARK: Block quotes

    /// A block quote starting at `index`: lines starting with `>` (the marker and one space
    /// stripped) and lazy continuation lines; returns the index after it.
    func quote(_ lines: [Line], from index: Int, depth: Int) -> (Block, Int) {
        var inner: [Line] = []
        var next = index
        var mayContinueLazily = false
        while next < lines.count {
            let line = lines[next]
            let indent = indentation(of: line)
            let start = line.start + indent
            if indent <= 3, start < line.end, bytes[start] == Byte.greaterThan {
                var contentStart = start + 1
                if contentStart < line.end, Byte.isBlank(bytes[contentStart]) { contentStart += 1 }
                let content = Line(start: contentStart, end: line.end)
                inner.append(content)
                mayContinueLazily = endsInParagraph(content)
            } else if mayContinueLazily, start < line.end, continuesLazily(line) {
                inner.append(line)
            } else {
                break
            }
            next += 1
        }
        return (.quote(parseBlocks(inner, depth: depth + 1)), next)
    }

    // MARK: Lists

    /// A list starting at `index` with `first`'s marker; items continue while the next item has
    /// the same kind of marker. Returns the index after the list.
    func list(_ lines: [Line], from index: Int, first: ListMarker, depth: Int) -> (Block, Int) {
        var items: [[Block]] = []
        var marker = first
        var next = index
        while true {
            let (itemLines, end) = listItem(lines, from: next, marker: marker)
            items.append(parseBlocks(itemLines, depth: depth + 1))
            next = end
            var sibling = end
            while sibling < lines.count, isBlank(lines[sibling]) { sibling += 1 }
            guard sibling < lines.count, let following = listMarker(lines[sibling]),
                  following.isOrdered == first.isOrdered, following.symbol == first.symbol else {
                break
            }
            marker = following
            next = sibling
        }
        return (.list(ordered: first.isOrdered, items: items), next)
    }

    /// The lines of the item starting at `index` (stripped to its content column) and the
    /// index after it: indented lines, blank lines followed by indented lines, and lazy
    /// continuation lines of a paragraph.
    func listItem(_ lines: [Line], from index: Int, marker: ListMarker) -> ([Line], Int) {
        let firstLine = Line(start: marker.contentStart, end: lines[index].end)
        var itemLines = [firstLine]
        var mayContinueLazily = endsInParagraph(firstLine)
        var next = index + 1
        while next < lines.count {
            let line = lines[next]
            if isBlank(line) {
                var following = next + 1
                while following < lines.count, isBlank(lines[following]) { following += 1 }
                guard following < lines.count,
                      indentation(of: lines[following]) >= marker.childIndent else { break }
                itemLines.append(contentsOf: lines[next..<following])
                mayContinueLazily = false
                next = following
                continue
            }
            let indent = indentation(of: line)
            if indent >= marker.childIndent {
                let content = stripping(min(indent, marker.contentIndent), from: line)
                itemLines.append(content)
                mayContinueLazily = endsInParagraph(content)
            } else if mayContinueLazily, continuesLazily(line) {
                itemLines.append(line)
            } else {
                break
            }
            next += 1
        }
        return (itemLines, next)
    }
}
