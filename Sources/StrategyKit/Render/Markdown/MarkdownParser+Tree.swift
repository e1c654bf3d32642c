extension MarkdownParser.BlockParser {
    /// Phase two: the tree of the line pass as document blocks, with the inline content of
    /// every paragraph, heading and cell parsed now that every link definition is known.
    func blocks() -> [Block] {
        blocks(of: 0)
    }

    /// The blocks inside `node` (a document, quote or list item). Recursion is bounded: the
    /// line pass nests containers at most ``MarkdownParser/maximumNesting`` deep.
    private func blocks(of node: Int) -> [Block] {
        nodes[node].children.compactMap(block)
    }

    private func block(_ node: Int) -> Block? {
        let lines = nodes[node].lines
        switch nodes[node].kind {
        case .document, .item, .removed:
            return nil
        case .quote:
            return .quote(blocks(of: node))
        case .list(let marker):
            return .list(
                ordered: marker.isOrdered, items: nodes[node].children.map(blocks(of:)),
                start: marker.isOrdered ? marker.number : 1, isLoose: nodes[node].isLoose)
        case .paragraph:
            return .paragraph(inlines(of: lines))
        case .heading(let level):
            return .heading(level: level, content: inlines(of: lines), anchor: "")
        case .rule:
            return .rule
        case .fencedCode:
            let info = MarkdownParser.unescaped(bytes[nodes[node].info.start..<nodes[node].info.end])
            let language = info.prefix { $0 != " " && $0 != "\t" }
            return .code(language: String(language), text: text(of: lines[...]))
        case .indentedCode:
            var content = lines[...]
            while let first = content.first, isBlank(first) { content = content.dropFirst() }
            while let last = content.last, isBlank(last) { content = content.dropLast() }
            return .code(language: "", text: text(of: content))
        case .table(let alignments):
            return .table(table(header: lines[0], rows: lines.dropFirst(), alignments: alignments))
        }
    }

    /// Code lines as they are, joined with line feeds.
    private func text(of lines: ArraySlice<Line>) -> String {
        var text: [UInt8] = []
        for (number, line) in lines.enumerated() {
            if number > 0 { text.append(Byte.newline) }
            text.append(contentsOf: bytes[line.start..<line.end])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The inlines of a paragraph's lines: leading whitespace of each line is dropped, the
    /// lines are joined with `\n` (soft or hard breaks for the inline parser), trailing
    /// whitespace of the last line is dropped.
    func inlines(of lines: [Line]) -> [Inline] {
        var parser = MarkdownParser.InlineParser(paragraphText(lines), definitions: definitions)
        return parser.parse()
    }

    /// The text of a paragraph's lines, as ``inlines(of:)`` parses it.
    func paragraphText(_ lines: [Line]) -> [UInt8] {
        var text: [UInt8] = []
        for (number, line) in lines.enumerated() {
            if number > 0 { text.append(Byte.newline) }
            let start = line.start + indentation(of: line)
            text.append(contentsOf: bytes[start..<line.end])
        }
        while let last = text.last, Byte.isBlank(last) { text.removeLast() }
        return text
    }
}
