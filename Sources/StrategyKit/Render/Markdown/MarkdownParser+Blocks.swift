extension MarkdownParser {
    /// A block of the tree the line pass builds; ``BlockParser`` keeps them in one array and
    /// refers to them by index.
    struct Node {
        enum Kind {
            case document
            case quote
            /// A list; the marker of its first item (kind, symbol, start number).
            case list(ListMarker)
            case item(ListMarker)
            case paragraph
            case heading(level: Int)
            case rule
            case fencedCode(Fence)
            case indentedCode
            case table([Table.Column.Alignment])
            /// A paragraph that turned out to be only link reference definitions.
            case removed
        }

        var kind: Kind
        var parent: Int
        var children: [Int] = []
        /// The content lines of a leaf (paragraph, heading, code, table rows).
        var lines: [Line] = []
        /// Whether the last line this block saw was blank (CommonMark's loose-list test).
        var lastLineBlank = false
        /// A list whose items are apart by blank lines, or hold blocks apart by them.
        var isLoose = false
        /// The line the block started on.
        var startLine = 0
        /// A fence's info string.
        var info = Line(start: 0, end: 0)
    }

    /// CommonMark's two-phase block parse, phase one: each line is matched against the open
    /// containers (quote markers, list item indentation), then may start new blocks, then is
    /// added to the innermost open block or continues a paragraph lazily. Each line is examined
    /// once per open container, and containers nest at most ``maximumNesting`` deep, so the
    /// pass is linear in the input.
    struct BlockParser {
        /// The source bytes the lines point into.
        let bytes: [UInt8]
        /// Every block; index 0 is the document.
        var nodes: [Node] = [Node(kind: .document, parent: -1)]
        /// The open blocks, from the document down to the innermost.
        var open: [Int] = [0]
        /// The link reference definitions, by normalized label; the first one wins.
        var definitions: [String: LinkDefinition] = [:]
        /// The number of the line being added.
        private var lineNumber = 0
        /// The depth of the last open block the current line continued, until the blocks below
        /// it are closed.
        private var unmatchedFloor: Int?

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// Parses every line and closes the blocks still open.
        mutating func parse(_ lines: [Line]) {
            for line in lines {
                add(line)
                lineNumber += 1
            }
            while open.count > 1 { closeInnermost() }
            finalize(0)
        }

        // MARK: One line

        private mutating func add(_ line: Line) {
            let (container, blank) = place(line)
            // CommonMark's bookkeeping for loose lists: a blank line marks the block it ends in
            // (and the last block inside it), and every line unmarks the blocks around it.
            if blank, let last = nodes[container].children.last { nodes[last].lastLineBlank = true }
            var isBlankEnd = blank
            switch nodes[container].kind {
            case .quote, .fencedCode, .heading, .rule: isBlankEnd = false
            case .item where nodes[container].children.isEmpty && nodes[container].startLine == lineNumber:
                isBlankEnd = false
            default: break
            }
            nodes[container].lastLineBlank = isBlankEnd
            var ancestor = nodes[container].parent
            while ancestor >= 0 {
                nodes[ancestor].lastLineBlank = false
                ancestor = nodes[ancestor].parent
            }
        }

        /// Adds `line` to the tree; returns the block it went into and whether what was left of
        /// it inside its containers is blank.
        private mutating func place(_ line: Line) -> (Int, Bool) {
            var offset = line.start
            var matched = 0
            // 1. Which open containers does the line continue?
            matching: for depth in 1..<open.count {
                let node = open[depth]
                let indent = indentation(from: offset, to: line.end)
                let first = offset + indent
                let blank = first >= line.end
                switch nodes[node].kind {
                case .quote:
                    guard indent <= 3, !blank, bytes[first] == Byte.greaterThan else { break matching }
                    offset = first + 1
                    if offset < line.end, Byte.isBlank(bytes[offset]) { offset += 1 }
                case .list, .fencedCode:
                    break
                case .item(let marker):
                    if blank {
                        // An item that began with a blank line holds at most that one.
                        guard !nodes[node].children.isEmpty else { break matching }
                        offset = first
                    } else if indent >= marker.contentIndent {
                        offset += marker.contentIndent
                    } else {
                        break matching
                    }
                case .indentedCode:
                    if indent >= 4 {
                        offset += 4
                    } else if blank {
                        offset = first
                    } else {
                        break matching
                    }
                case .paragraph, .table:
                    guard !blank else { break matching }
                case .document, .heading, .rule, .removed:
                    break matching
                }
                matched = depth
            }
            let lastMatched = matched
            unmatchedFloor = matched
            var container = open[matched]
            let tip = open[open.count - 1]

            // 2. Code takes the line as it is.
            if case .fencedCode(let fence) = nodes[container].kind {
                let rest = Line(start: offset, end: line.end)
                if closes(fence, rest) {
                    closeInnermost()
                } else {
                    nodes[container].lines.append(stripping(fence.indent, from: rest))
                }
                return (container, isBlank(rest))
            }
            if case .indentedCode = nodes[container].kind {
                let rest = Line(start: offset, end: line.end)
                nodes[container].lines.append(rest)
                return (container, isBlank(rest))
            }

            // 3. New blocks.
            let continuesParagraph = isParagraph(tip)
            var startedContainer = false
            starts: while true {
                let indent = indentation(from: offset, to: line.end)
                let first = offset + indent
                guard first < line.end else { break }
                let content = Line(start: first, end: line.end)
                if indent >= 4 {
                    // Indented code cannot interrupt a paragraph: the line continues it.
                    guard !continuesParagraph || startedContainer else { break }
                    closeUnmatched()
                    let code = addChild(.indentedCode, to: container)
                    nodes[code].lines.append(Line(start: offset + 4, end: line.end))
                    return (code, false)
                }
                let canNest = open.count <= maximumNesting
                if canNest, bytes[first] == Byte.greaterThan {
                    offset = first + 1
                    if offset < line.end, Byte.isBlank(bytes[offset]) { offset += 1 }
                    closeUnmatched()
                    container = addChild(.quote, to: container)
                    startedContainer = true
                    continue
                }
                if let (level, text) = atxHeadingText(content) {
                    closeUnmatched()
                    let heading = addChild(.heading(level: level), to: container)
                    nodes[heading].lines = [text]
                    closeInnermost()
                    return (heading, false)
                }
                if let fence = fenceOpening(content, indent: indent) {
                    closeUnmatched()
                    let code = addChild(.fencedCode(fence), to: container)
                    nodes[code].info = trimmed(Line(start: first + fence.length, end: line.end))
                    return (code, false)
                }
                if isParagraph(container), let level = setextLevel(content) {
                    extractDefinitions(from: container)
                    if !nodes[container].lines.isEmpty {
                        nodes[container].kind = .heading(level: level)
                        closeInnermost()
                        return (container, false)
                    }
                    // Only definitions: the underline is text of a new paragraph.
                    nodes[container].kind = .removed
                    closeInnermost()
                    container = open[open.count - 1]
                }
                if isThematicBreak(content) {
                    closeUnmatched()
                    let rule = addChild(.rule, to: container)
                    closeInnermost()
                    return (rule, false)
                }
                if canNest, let marker = listMarker(Line(start: offset, end: line.end)),
                   !isParagraph(container) || marker.canInterruptParagraph {
                    closeUnmatched()
                    if case .list(let first) = nodes[container].kind, first.continues(with: marker) {
                        // Another item of the list.
                    } else {
                        container = addChild(.list(marker), to: container)
                    }
                    container = addChild(.item(marker), to: container)
                    offset = marker.contentStart
                    startedContainer = true
                    continue
                }
                if isParagraph(container), let alignments = delimiterRow(Line(start: offset, end: line.end)),
                   let header = nodes[container].lines.last,
                   bytes[header.start..<header.end].contains(Byte.pipe),
                   cells(of: header, limit: alignments.count + 1).count == alignments.count {
                    nodes[container].lines.removeLast()
                    if nodes[container].lines.isEmpty { nodes[container].kind = .removed }
                    closeInnermost()
                    container = open[open.count - 1]
                    let table = addChild(.table(alignments), to: container)
                    nodes[table].lines = [header]
                    return (table, false)
                }
                break
            }

            // 4. The rest of the line: a lazy continuation, or content of the innermost block.
            let rest = Line(start: offset, end: line.end)
            let blank = isBlank(rest)
            if !startedContainer, tip != open[lastMatched], continuesParagraph, !blank {
                nodes[tip].lines.append(rest)
                return (open[lastMatched], false)
            }
            closeUnmatched()
            guard !blank else { return (container, true) }
            switch nodes[container].kind {
            case .paragraph, .table:
                nodes[container].lines.append(rest)
            default:
                let paragraph = addChild(.paragraph, to: container)
                nodes[paragraph].lines.append(rest)
            }
            return (container, false)
        }

        // MARK: The tree

        private func isParagraph(_ node: Int) -> Bool {
            if case .paragraph = nodes[node].kind { true } else { false }
        }

        /// Whether `parent` may hold a block of `kind`.
        private func canContain(_ parent: Int, _ kind: Node.Kind) -> Bool {
            switch nodes[parent].kind {
            case .document, .quote, .item:
                if case .item = kind { return false }
                return true
            case .list:
                if case .item = kind { return true }
                return false
            default:
                return false
            }
        }

        /// Adds a block of `kind` under `parent` (closing open blocks that cannot hold it) and
        /// opens it; returns its index.
        private mutating func addChild(_ kind: Node.Kind, to parent: Int) -> Int {
            var parent = parent
            while !canContain(parent, kind) {
                closeInnermost()
                parent = open[open.count - 1]
            }
            nodes.append(Node(kind: kind, parent: parent, startLine: lineNumber))
            let index = nodes.count - 1
            nodes[parent].children.append(index)
            open.append(index)
            return index
        }

        /// Closes the open blocks below the last one the line continued (once per line: the
        /// blocks opened after that are the line's own).
        private mutating func closeUnmatched() {
            guard let floor = unmatchedFloor else { return }
            while open.count - 1 > floor { closeInnermost() }
            unmatchedFloor = nil
        }

        /// Closes the innermost open block.
        private mutating func closeInnermost() {
            guard let node = open.popLast() else { return }
            finalize(node)
        }

        /// What a block does when it closes: a paragraph gives up its leading definitions, a
        /// list settles whether it is loose.
        private mutating func finalize(_ node: Int) {
            switch nodes[node].kind {
            case .paragraph:
                extractDefinitions(from: node)
                if nodes[node].lines.isEmpty { nodes[node].kind = .removed }
            case .list:
                nodes[node].isLoose = isLoose(node)
            default:
                break
            }
        }

        /// CommonMark's rule: a list is loose when an item ends with a blank line and another
        /// item follows, or a block inside an item ends with one and another block follows.
        private func isLoose(_ list: Int) -> Bool {
            let items = nodes[list].children
            for (position, item) in items.enumerated() {
                let isLastItem = position == items.count - 1
                if nodes[item].lastLineBlank, !isLastItem { return true }
                let children = nodes[item].children.filter {
                    if case .removed = nodes[$0].kind { false } else { true }
                }
                for (index, child) in children.enumerated() {
                    let isLastChild = index == children.count - 1
                    if endsWithBlankLine(child), !(isLastItem && isLastChild) { return true }
                }
            }
            return false
        }

        /// Whether `node`, or the last item or block at the end of it, saw a blank last line.
        private func endsWithBlankLine(_ node: Int) -> Bool {
            var current = node
            while true {
                if nodes[current].lastLineBlank { return true }
                switch nodes[current].kind {
                case .list, .item:
                    guard let last = nodes[current].children.last else { return false }
                    current = last
                default:
                    return false
                }
            }
        }
    }
}
