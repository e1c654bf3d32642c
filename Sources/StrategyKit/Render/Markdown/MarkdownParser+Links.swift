extension MarkdownParser.InlineParser {
    /// `[` or `![`: a text node that may become a link or image when its `]` comes.
    mutating func pushBracket(isImage: Bool) {
        flushPending()
        nodes.append(Node(piece: .text(isImage ? "![" : "[")))
        position += isImage ? 2 : 1
        brackets.append(
            Bracket(node: nodes.count - 1, textStart: position, isImage: isImage,
                    delimiterFloor: lastDelimiter))
    }

    /// `]`: with an active opener and an inline tail `(destination "title")` or a reference
    /// (`[label]`, `[]`, or the text itself as the label) to a definition, the nodes since the
    /// opener become a link or an image; otherwise `]` is literal.
    mutating func parseCloseBracket() {
        let textEnd = position
        position += 1
        guard let opener = brackets.last else {
            pending.append(Byte.closeBracket)
            return
        }
        guard brackets.count - 1 >= activeBracketFloor,
              let (target, title, end) = inlineLinkTail() ?? reference(textStart: opener.textStart, textEnd: textEnd)
        else {
            brackets.removeLast()
            activeBracketFloor = min(activeBracketFloor, brackets.count)
            pending.append(Byte.closeBracket)
            return
        }
        flushPending()
        processEmphasis(above: opener.delimiterFloor)
        brackets.removeLast()
        let content = build(nodes[(opener.node + 1)...], flatteningLinks: !opener.isImage)
        nodes.removeSubrange((opener.node + 1)...)
        if opener.isImage {
            let image = Inline.image(source: target, alternative: content.plainText, title: title)
            nodes[opener.node] = Node(piece: .inline(image))
        } else {
            nodes[opener.node] = Node(piece: .inline(.link(target: target, content: content)))
            // Links do not contain links: every `[` before this one is now inactive.
            activeBracketFloor = brackets.count
        }
        position = end
    }

    /// The destination and title of an inline link tail `(…)` at `position` and the offset
    /// after it.
    mutating func inlineLinkTail() -> (String, String, Int)? {
        guard position < bytes.count, bytes[position] == Byte.openParen else { return nil }
        if linkScanner == nil { linkScanner = LinkScanner(bytes) }
        return linkScanner?.tail(at: position, in: bytes)
    }

    /// A reference after the `]` at `position - 1`: `[label]` (full), `[]` (collapsed) or
    /// nothing (shortcut), whose label has a definition. A full reference's label must be
    /// found; a label longer than CommonMark's 999 is no label, which keeps this constant time
    /// per bracket.
    func reference(textStart: Int, textEnd: Int) -> (String, String, Int)? {
        guard !definitions.isEmpty else { return nil }
        var label = bytes[textStart..<textEnd]
        var end = position
        if position < bytes.count, bytes[position] == Byte.openBracket {
            var index = position + 1
            while index < bytes.count, bytes[index] != Byte.closeBracket,
                  bytes[index] != Byte.openBracket, index - position <= MarkdownParser.maximumLabelLength {
                index += bytes[index] == Byte.backslash && index + 1 < bytes.count ? 2 : 1
            }
            // Without a closing `]` there is no label: the text is a shortcut's.
            if index < bytes.count, bytes[index] == Byte.closeBracket {
                if index > position + 1 { label = bytes[(position + 1)..<index] }
                end = index + 1
            }
        }
        guard label.count <= MarkdownParser.maximumLabelLength,
              let definition = definitions[MarkdownParser.normalizedLabel(label)] else { return nil }
        return (definition.destination, definition.title, end)
    }

    /// Next-occurrence tables over a paragraph, built once on its first `](`, so each link tail
    /// is checked in constant time (plus the length of its destination) however many `](` fail.
    struct LinkScanner {
        private let count: Int
        /// The first offset ≥ i that is not a space, tab or line ending.
        private var nextNonSpace: [Int]
        /// The first offset ≥ i that is a space or control character (ends a bare destination).
        private var nextStop: [Int]
        /// The first offset ≥ i of an unescaped `"`, `'`, `(`, `)`, `<`, `>`.
        private var nextQuote: [Int], nextApostrophe: [Int]
        private var nextOpenParen: [Int], nextCloseParen: [Int]
        private var nextLessThan: [Int], nextGreaterThan: [Int]
        /// The first offset ≥ i of a line ending.
        private var nextNewline: [Int]
        /// For an unescaped `(`, the offset of its matching `)`, or -1.
        private var matchingParen: [Int]
        /// Unescaped `(` minus unescaped `)` before offset i.
        private var parenDepth: [Int]

        init(_ bytes: [UInt8]) {
            count = bytes.count
            var escaped = [Bool](repeating: false, count: count)
            for index in bytes.indices.dropFirst() {
                escaped[index] = bytes[index - 1] == Byte.backslash && !escaped[index - 1]
            }
            matchingParen = [Int](repeating: -1, count: count)
            parenDepth = [Int](repeating: 0, count: count + 1)
            var open: [Int] = []
            for index in bytes.indices {
                var depth = parenDepth[index]
                if !escaped[index], bytes[index] == Byte.openParen {
                    open.append(index)
                    depth += 1
                } else if !escaped[index], bytes[index] == Byte.closeParen {
                    depth -= 1
                    if let opening = open.popLast() { matchingParen[opening] = index }
                }
                parenDepth[index + 1] = depth
            }
            func table(_ matches: (Int) -> Bool) -> [Int] {
                var next = [Int](repeating: bytes.count, count: bytes.count + 1)
                for index in bytes.indices.reversed() {
                    next[index] = matches(index) ? index : next[index + 1]
                }
                return next
            }
            func unescaped(_ byte: UInt8) -> (Int) -> Bool { { bytes[$0] == byte && !escaped[$0] } }
            nextNonSpace = table { !Byte.isBlank(bytes[$0]) && bytes[$0] != Byte.newline }
            nextStop = table { bytes[$0] <= Byte.space || bytes[$0] == 0x7F }
            nextQuote = table(unescaped(Byte.quote))
            nextApostrophe = table(unescaped(Byte.apostrophe))
            nextOpenParen = table(unescaped(Byte.openParen))
            nextCloseParen = table(unescaped(Byte.closeParen))
            nextLessThan = table(unescaped(Byte.lessThan))
            nextGreaterThan = table(unescaped(Byte.greaterThan))
            nextNewline = table { bytes[$0] == Byte.newline }
        }

        /// The destination and title of the link tail whose `(` is at `open`, and the offset
        /// after its `)`:
        /// `(`, optional spaces, a destination (`<…>` or bare with balanced parentheses), an
        /// optional title after spaces (`"…"`, `'…'` or `(…)`), optional spaces, `)`.
        func tail(at open: Int, in bytes: [UInt8]) -> (String, String, Int)? {
            let start = nextNonSpace[open + 1]
            guard start < count else { return nil }
            let destination: Range<Int>
            if bytes[start] == Byte.lessThan {
                let close = nextGreaterThan[start + 1]
                guard close < count, nextLessThan[start + 1] > close, nextNewline[start + 1] > close
                else { return nil }
                destination = (start + 1)..<close
            } else {
                let stop = nextStop[start]
                let match = matchingParen[open]
                if match >= 0, match < stop {
                    return (MarkdownParser.unescaped(bytes[start..<match]), "", match + 1)
                }
                // The `(` is still open at `stop`, so the parentheses in between never went
                // below it: they are balanced when the depth is back where it started.
                guard parenDepth[stop] == parenDepth[start] else { return nil }
                destination = start..<stop
            }
            let isAngled = bytes[start] == Byte.lessThan
            let afterDestination = destination.upperBound + (isAngled ? 1 : 0)
            // The destination is unescaped only once the tail is known to be a link: failed tails
            // may share a destination, successful ones are consumed.
            let titleStart = nextNonSpace[afterDestination]
            guard titleStart < count else { return nil }
            if bytes[titleStart] == Byte.closeParen {
                return (MarkdownParser.unescaped(bytes[destination]), "", titleStart + 1)
            }
            guard titleStart > afterDestination else { return nil }
            let titleEnd: Int
            switch bytes[titleStart] {
            case Byte.quote: titleEnd = nextQuote[titleStart + 1]
            case Byte.apostrophe: titleEnd = nextApostrophe[titleStart + 1]
            case Byte.openParen:
                titleEnd = nextCloseParen[titleStart + 1]
                guard nextOpenParen[titleStart + 1] > titleEnd else { return nil }
            default: return nil
            }
            guard titleEnd < count else { return nil }
            let close = nextNonSpace[titleEnd + 1]
            guard close < count, bytes[close] == Byte.closeParen else { return nil }
            let title = MarkdownParser.unescaped(bytes[(titleStart + 1)..<titleEnd])
            return (MarkdownParser.unescaped(bytes[destination]), title, close + 1)
        }
    }
}
