extension MarkdownParser {
    /// One left-to-right pass over a paragraph's UTF-8 bytes. Text, code, line breaks and links
    /// become nodes at once; `*`/`_` runs become nodes plus entries on a delimiter stack that
    /// ``processEmphasis(above:)`` pairs later (at `]` and at the end); the inline tree is then
    /// built from the nodes in one pass by ``InlineBuilder``.
    struct InlineParser {
        /// A piece of the flat inline sequence.
        enum Piece {
            /// Literal text.
            case text(String)
            /// A run of `*` or `_`; its remaining literal length is the node's `runLength`.
            case run(UInt8)
            /// Finished inline content (code, line break, link, image).
            case inline(Inline)
        }

        /// A node: a piece, and for a delimiter run the emphasis it opens and closes.
        struct Node {
            var piece: Piece
            /// Characters of a run not used as emphasis delimiters.
            var runLength = 0
            /// Emphasis closed by the first characters of the run, innermost first.
            var closes: [EmphasisKind] = []
            /// Emphasis opened by the last characters of the run, innermost first.
            var opens: [EmphasisKind] = []
        }

        /// `*`/`_` pairs of one (`emphasis`) or two (`strong`) characters.
        enum EmphasisKind {
            case emphasis, strong
        }

        /// An open `[` or `![` waiting for its `]`.
        struct Bracket {
            var node: Int
            /// The offset after the `[`: where a link's text (and a shortcut's label) begins.
            var textStart: Int
            var isImage: Bool
            /// The delimiter on top of the stack when the bracket was pushed: emphasis inside
            /// the link text only pairs delimiters above it.
            var delimiterFloor: Int
        }

        let bytes: [UInt8]
        /// The document's link reference definitions, by normalized label.
        let definitions: [String: LinkDefinition]
        var position = 0
        /// Literal bytes not yet turned into a text node.
        var pending: [UInt8] = []
        var nodes: [Node] = []
        var delimiters: [Delimiter] = []
        var lastDelimiter = -1
        var brackets: [Bracket] = []
        /// Brackets below this index are inactive (a link was made after them: links don't nest).
        var activeBracketFloor = 0
        var backticks: BacktickIndex?
        var linkScanner: LinkScanner?

        /// The bytes that may start markup.
        static let markupBytes: [Bool] = {
            var table = [Bool](repeating: false, count: 256)
            for byte in "\\`*_[]!<&\n".utf8 { table[Int(byte)] = true }
            return table
        }()

        /// A parser over `bytes` (valid UTF-8) that resolves references with `definitions`.
        init(_ bytes: [UInt8], definitions: [String: LinkDefinition] = [:]) {
            self.bytes = bytes
            self.definitions = definitions
        }

        /// The inlines; call once.
        mutating func parse() -> [Inline] {
            while position < bytes.count {
                switch bytes[position] {
                case Byte.backslash: parseBackslash()
                case Byte.backtick: parseCodeSpan()
                case Byte.asterisk, Byte.underscore: parseDelimiterRun()
                case Byte.openBracket: pushBracket(isImage: false)
                case Byte.bang where bytes[(position + 1)...].first == Byte.openBracket:
                    pushBracket(isImage: true)
                case Byte.closeBracket: parseCloseBracket()
                case Byte.lessThan: parseAngleBracket()
                case Byte.ampersand: parseEntity()
                case Byte.newline: parseNewline()
                default: parseText()
                }
            }
            flushPending()
            processEmphasis(above: -1)
            return build(nodes[...], flatteningLinks: false)
        }

        // MARK: Nodes

        /// Turns pending literal bytes into a text node.
        mutating func flushPending() {
            guard !pending.isEmpty else { return }
            nodes.append(Node(piece: .text(String(decoding: pending, as: UTF8.self))))
            pending.removeAll(keepingCapacity: true)
        }

        /// Appends a finished inline after any pending text.
        mutating func append(_ inline: Inline) {
            flushPending()
            nodes.append(Node(piece: .inline(inline)))
        }

        /// The inline tree of `nodes`; inside a link, links (autolinks) are replaced by their text.
        func build(_ nodes: ArraySlice<Node>, flatteningLinks: Bool) -> [Inline] {
            var builder = InlineBuilder()
            for node in nodes {
                switch node.piece {
                case .text(let text):
                    builder.append(text: text)
                case .inline(.link(_, let content)) where flatteningLinks:
                    content.forEach { builder.append($0) }
                case .inline(let inline):
                    builder.append(inline)
                case .run(let marker):
                    for kind in node.closes { builder.close(kind, marker: marker) }
                    let character = Character(Unicode.Scalar(marker))
                    builder.append(text: String(repeating: character, count: node.runLength))
                    for kind in node.opens.reversed() { builder.open(kind, marker: marker) }
                }
            }
            return builder.finish()
        }

        // MARK: Text, escapes and breaks

        /// Literal text up to the next byte that may start markup.
        mutating func parseText() {
            var end = position + 1
            while end < bytes.count, !Self.markupBytes[Int(bytes[end])] { end += 1 }
            pending.append(contentsOf: bytes[position..<end])
            position = end
        }

        /// `&name;`, `&#123;` or `&#x7B;` as the character it names; otherwise a literal `&`.
        mutating func parseEntity() {
            if let (text, end) = MarkdownParser.entity(in: bytes[...], at: position) {
                pending.append(contentsOf: text.utf8)
                position = end
            } else {
                pending.append(Byte.ampersand)
                position += 1
            }
        }

        /// `\` before ASCII punctuation is that character; before a line ending, a line break;
        /// otherwise a literal backslash.
        mutating func parseBackslash() {
            if position + 1 < bytes.count {
                let next = bytes[position + 1]
                if Byte.isPunctuation(next) {
                    pending.append(next)
                    position += 2
                    return
                }
                if next == Byte.newline {
                    append(.lineBreak)
                    position += 2
                    skipBlanks()
                    return
                }
            }
            pending.append(Byte.backslash)
            position += 1
        }

        /// A line ending inside a paragraph: a line break after two or more spaces, else a
        /// space; spaces around it are dropped.
        mutating func parseNewline() {
            var spaces = 0
            while let last = pending.last, Byte.isBlank(last) {
                if last == Byte.space { spaces += 1 }
                pending.removeLast()
            }
            if spaces >= 2 {
                append(.lineBreak)
            } else {
                pending.append(Byte.space)
            }
            position += 1
            skipBlanks()
        }

        /// Moves past spaces and tabs.
        mutating func skipBlanks() {
            while position < bytes.count, Byte.isBlank(bytes[position]) { position += 1 }
        }

        // MARK: Code spans

        /// A code span: a run of n backticks up to the next run of exactly n; without one, the
        /// backticks are literal. Line endings become spaces; one space is stripped from both
        /// ends when both are spaces (so `` ` `` `` ` `` can show a backtick).
        mutating func parseCodeSpan() {
            let start = position
            var end = start
            while end < bytes.count, bytes[end] == Byte.backtick { end += 1 }
            if backticks == nil { backticks = BacktickIndex(bytes) }
            let found: Int?? = backticks?.closer(length: end - start, after: end)
            guard let closer = found ?? nil else {
                pending.append(contentsOf: bytes[start..<end])
                position = end
                return
            }
            var code = bytes[end..<closer].map { $0 == Byte.newline ? Byte.space : $0 }
            if code.count >= 2, code.first == Byte.space, code.last == Byte.space,
               code.contains(where: { $0 != Byte.space }) {
                code = Array(code.dropFirst().dropLast())
            }
            append(.code(String(decoding: code, as: UTF8.self)))
            position = closer + (end - start)
        }

        /// The starts of all maximal backtick runs by length, built once per paragraph; openers
        /// are met left to right, so each length's cursor only moves forward.
        struct BacktickIndex {
            private var starts: [Int: [Int]] = [:]
            private var cursors: [Int: Int] = [:]

            init(_ bytes: [UInt8]) {
                var index = 0
                while index < bytes.count {
                    guard bytes[index] == Byte.backtick else {
                        index += 1
                        continue
                    }
                    let start = index
                    while index < bytes.count, bytes[index] == Byte.backtick { index += 1 }
                    starts[index - start, default: []].append(start)
                }
            }

            /// The start of the first run of exactly `length` backticks at or after `position`.
            mutating func closer(length: Int, after position: Int) -> Int? {
                guard let runs = starts[length] else { return nil }
                var cursor = cursors[length] ?? 0
                while cursor < runs.count, runs[cursor] < position { cursor += 1 }
                cursors[length] = cursor
                return cursor < runs.count ? runs[cursor] : nil
            }
        }
    }
}
