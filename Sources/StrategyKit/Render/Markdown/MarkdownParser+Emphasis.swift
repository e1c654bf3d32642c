/// Emphasis follows CommonMark's "process emphasis" algorithm, kept linear:
///
/// - Delimiter runs are entries of a doubly linked stack; a closer searches down for an opener
///   only above `openersFloor[key]`, where the key is (character, closer's run length mod 3,
///   whether the closer can also open) — the only closer properties the matching rules read.
///   A failed search raises that floor to just below the closer, so for each of the 12 keys no
///   stretch of the stack is searched twice; a successful search removes every delimiter it
///   passed. Each delimiter is thus visited O(1) times.
/// - A match does not move nodes: it records an open tag on the opener's node and a close tag
///   on the closer's node (O(1)). The tree is built afterwards in one pass with a stack of open
///   elements, where emphasis nested deeper than `maximumNesting` is written back as its
///   literal `*`/`_` characters.
extension MarkdownParser.InlineParser {
    typealias Byte = MarkdownParser.Byte

    /// A run of `*` or `_` that may open or close emphasis.
    struct Delimiter {
        var node: Int
        var marker: UInt8
        var originalLength: Int
        var canOpen: Bool
        var canClose: Bool
        var previous: Int
        var next: Int
    }

    /// A run of `*` or `_`: a node, and a delimiter when it is left- or right-flanking.
    mutating func parseDelimiterRun() {
        let marker = bytes[position]
        let start = position
        var end = start
        while end < bytes.count, bytes[end] == marker { end += 1 }
        let before = scalar(before: start)
        let after = scalar(at: end)
        let beforeIsSpace = before.map(Self.isWhitespace) ?? true
        let afterIsSpace = after.map(Self.isWhitespace) ?? true
        let beforeIsPunctuation = before.map(Self.isPunctuation) ?? false
        let afterIsPunctuation = after.map(Self.isPunctuation) ?? false
        let leftFlanking = !afterIsSpace
            && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace
            && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if marker == Byte.underscore {
            // An intraword `_` neither opens nor closes (snake_case stays text).
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        flushPending()
        nodes.append(Node(piece: .run(marker), runLength: end - start))
        if canOpen || canClose {
            let index = delimiters.count
            delimiters.append(Delimiter(
                node: nodes.count - 1, marker: marker, originalLength: end - start,
                canOpen: canOpen, canClose: canClose, previous: lastDelimiter, next: -1))
            if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
            lastDelimiter = index
        }
        position = end
    }

    /// Takes a delimiter off the stack (its characters stay in its node as text).
    mutating func removeDelimiter(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 {
            delimiters[next].previous = previous
        } else {
            lastDelimiter = previous
        }
    }

    /// Pairs the delimiters above `floor` (an index into `delimiters`, -1 for all) into
    /// emphasis, then removes them from the stack.
    mutating func processEmphasis(above floor: Int) {
        var openersFloor = [Int](repeating: floor, count: 12)
        var first = -1
        var cursor = lastDelimiter
        while cursor > floor {
            first = cursor
            cursor = delimiters[cursor].previous
        }
        var current = first
        while current >= 0 {
            let closer = delimiters[current]
            guard closer.canClose else {
                current = closer.next
                continue
            }
            let key = (closer.marker == Byte.asterisk ? 0 : 6) + (closer.originalLength % 3) * 2
                + (closer.canOpen ? 1 : 0)
            var opener = -1
            var candidate = closer.previous
            while candidate > floor, candidate > openersFloor[key] {
                let delimiter = delimiters[candidate]
                if delimiter.marker == closer.marker, delimiter.canOpen,
                   !Self.isOddMatch(delimiter, closer) {
                    opener = candidate
                    break
                }
                candidate = delimiter.previous
            }
            guard opener >= 0 else {
                openersFloor[key] = closer.previous
                if !closer.canOpen { removeDelimiter(current) }
                current = closer.next
                continue
            }
            var between = closer.previous
            while between != opener {
                let previous = delimiters[between].previous
                removeDelimiter(between)
                between = previous
            }
            let openerNode = delimiters[opener].node
            let closerNode = closer.node
            let used = nodes[openerNode].runLength >= 2 && nodes[closerNode].runLength >= 2 ? 2 : 1
            let kind: EmphasisKind = used == 2 ? .strong : .emphasis
            nodes[openerNode].opens.append(kind)
            nodes[openerNode].runLength -= used
            nodes[closerNode].closes.append(kind)
            nodes[closerNode].runLength -= used
            if nodes[openerNode].runLength == 0 { removeDelimiter(opener) }
            if nodes[closerNode].runLength == 0 {
                let next = delimiters[current].next
                removeDelimiter(current)
                current = next
            }
        }
        while lastDelimiter > floor { removeDelimiter(lastDelimiter) }
    }

    /// CommonMark's "rule of 3": when either run can both open and close, their lengths may not
    /// sum to a multiple of 3 unless both are (so `*a**b*` is not `<em>a</em><em>b</em>`).
    static func isOddMatch(_ opener: Delimiter, _ closer: Delimiter) -> Bool {
        (opener.canClose || closer.canOpen)
            && (opener.originalLength + closer.originalLength) % 3 == 0
            && !(opener.originalLength % 3 == 0 && closer.originalLength % 3 == 0)
    }

    // MARK: Characters around a run

    /// The Unicode scalar starting at byte `index`, nil at the end.
    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead & (0xFF >> (length + 1)))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The Unicode scalar ending before byte `index`, nil at the start.
    func scalar(before index: Int) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start)
    }

    /// CommonMark's Unicode whitespace: tab, line ending, form feed or a space separator.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// CommonMark's Unicode punctuation: ASCII punctuation or a P or S general category.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return Byte.isPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

extension MarkdownParser {
    /// Builds the inline tree from the flat node sequence with a stack of open emphasis;
    /// merges adjacent text.
    struct InlineBuilder {
        typealias Kind = InlineParser.EmphasisKind

        private var frames: [(kind: Kind?, content: [Inline])] = [(nil, [])]
        private var text = ""
        /// Open tags written back as text because the nesting was too deep; they close first.
        private var literalDepth = 0

        /// Appends literal text.
        mutating func append(text more: String) {
            text += more
        }

        /// Appends an inline (text is merged with its neighbours).
        mutating func append(_ inline: Inline) {
            if case .text(let more) = inline {
                text += more
                return
            }
            flushText()
            frames[frames.count - 1].content.append(inline)
        }

        /// Opens emphasis, or writes its characters when nesting is too deep.
        mutating func open(_ kind: Kind, marker: UInt8) {
            if literalDepth > 0 || frames.count > MarkdownParser.maximumNesting {
                literalDepth += 1
                text += Self.characters(kind, marker)
                return
            }
            flushText()
            frames.append((kind, []))
        }

        /// Closes the innermost emphasis.
        mutating func close(_ kind: Kind, marker: UInt8) {
            if literalDepth > 0 || frames.count == 1 {
                literalDepth = max(0, literalDepth - 1)
                text += Self.characters(kind, marker)
                return
            }
            flushText()
            closeFrame()
        }

        /// The finished inlines.
        mutating func finish() -> [Inline] {
            flushText()
            while frames.count > 1 { closeFrame() }
            return frames[0].content
        }

        /// Wraps the innermost frame's content and appends it to the frame below.
        private mutating func closeFrame() {
            let (kind, content) = frames.removeLast()
            let inline: Inline = kind == .strong ? .strong(content) : .emphasis(content)
            frames[frames.count - 1].content.append(inline)
        }

        private mutating func flushText() {
            guard !text.isEmpty else { return }
            frames[frames.count - 1].content.append(.text(text))
            text = ""
        }

        private static func characters(_ kind: Kind, _ marker: UInt8) -> String {
            String(repeating: Character(Unicode.Scalar(marker)), count: kind == .strong ? 2 : 1)
        }
    }
}
