/// Reads Markdown into document blocks: CommonMark's blocks and inlines as a consultant writes
/// them in the prose sections and templates, plus GFM tables.
///
/// Blocks follow CommonMark's two-phase algorithm (`MarkdownParser+Blocks.swift`): each line is
/// matched against the open containers, may open new ones, and is added to the innermost block
/// or continues a paragraph lazily. So: list items are siblings when indented less than the
/// previous item's content column (`1. a` / `  2. b` are two items), nest when indented to it,
/// and continue over indented lines; blank lines between items make a loose list, never a nested
/// one; an ordered list keeps its start number (only `1.` may interrupt a paragraph); block
/// quotes `>` take lazy continuation lines as paragraph text (`> foo` / `bar` / `===` is one
/// paragraph, not a heading); ATX and setext headings; thematic breaks; fenced (```` ``` ```` or
/// `~~~`, with an info string whose first word is the language) and indented (four columns)
/// code blocks as preformatted ``Block/code(language:text:)``; link reference definitions
/// `[label]: destination "title"`, taken off the paragraphs they start (labels are matched
/// case-insensitively with whitespace collapsed; the first definition wins); GFM tables
/// (alignment from the delimiter row, `\|` in cells, widths from the longest cell, at most
/// ``BlockParser/maximumColumns`` columns).
///
/// Inlines: `**strong**` `__strong__`, `*emphasis*` `_emphasis_` with CommonMark's flanking
/// rules, code spans, inline links `[text](url "title")`, reference links `[text][label]`,
/// `[label][]` and `[label]`, images `![alt](src "title")` and `![alt][label]` (an
/// ``Inline/image(source:alternative:title:)`` whose source the document builder resolves in
/// the workspace), autolinks `<https://…>` and `<name@example.org>`, backslash escapes of ASCII
/// punctuation, character references (all 2,125 named references of HTML5 with their
/// semicolon, ``HTMLEntities``, and `&#1050;` / `&#x41A;`; not in code), `<br>` as a line
/// break. Adjacent text is merged into one `.text`.
///
/// Deliberately left out, so such input stays literal text that the writers escape: HTML
/// blocks and raw inline HTML other than `<br>` (a strategy is printed and sent to funders; no
/// markup of the author's reaches the HTML or DOCX), footnotes, strikethrough, task-list boxes
/// and bare-URL autolinks. Link titles are read and dropped (an image keeps its title); an
/// autolink inside link text becomes text (links never nest); a table whose header cells are
/// all empty (the SWOT layout) gets `hasHeader: false`. Heading anchors are left empty: the
/// document builder assigns unique ones.
///
/// Robustness: the parser never fails and never traps. Quotes and lists nest at most
/// ``maximumNesting`` open blocks deep (deeper markers are text) and so does emphasis (deeper
/// delimiters stay literal), so recursion and the depth of the result are bounded.
///
/// Linear time: every line is examined once per open container, and containers are capped;
/// definitions are scanned once (a failed one ends the scan of its paragraph). Inline parsing
/// is one left-to-right pass over UTF-8 bytes: code spans find their closer through an index of
/// backtick runs built once; link destinations and titles are checked in constant time against
/// next-occurrence tables built once per paragraph; a reference label is at most 999 bytes and
/// looked up once per `]`; emphasis uses CommonMark's delimiter stack with an "openers bottom"
/// per (character, closer length mod 3, closer can open), so no stretch of the stack is searched
/// twice for the same kind of closer, and matching only records open/close tags on the
/// delimiter runs — the tree is built afterwards in one pass. See `MarkdownParser+Emphasis.swift`.
public enum MarkdownParser {
    /// How deep block quotes, lists and emphasis may nest; deeper markup is kept as text.
    static let maximumNesting = 32

    /// Parses Markdown into document blocks. Never fails: anything it does not understand is text.
    public static func parse(_ markdown: String) -> [Block] {
        let source = SourceText(markdown)
        var parser = BlockParser(bytes: source.bytes)
        parser.parse(source.lines)
        return parser.blocks()
    }

    /// Parses one line of inline Markdown (emphasis, links, code, escapes) into inlines.
    ///
    /// Never makes blocks (`# x`, `- x`, `1. x` stay text) and keeps leading and trailing spaces.
    public static func parseInline(_ text: String) -> [Inline] {
        var parser = InlineParser(Array(text.utf8))
        return parser.parse()
    }
}

extension MarkdownParser {
    /// A line of the source: a range of ``SourceText/bytes`` without its line ending.
    struct Line {
        /// The offset of the first byte.
        var start: Int
        /// The offset after the last byte.
        var end: Int
    }

    /// The source as UTF-8 bytes and lines. Tabs in a line's leading whitespace become spaces
    /// (tab stops every 4 columns), so indentation is counted and stripped in columns.
    struct SourceText {
        /// The bytes of all lines, without line endings.
        private(set) var bytes: [UInt8] = []
        /// The lines, in order.
        private(set) var lines: [Line] = []

        /// Splits `markdown` at `\n`, `\r\n` and `\r`; a leading byte-order mark is dropped.
        init(_ markdown: String) {
            let source = Array(markdown.utf8)
            bytes.reserveCapacity(source.count)
            var index = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var lineStart = 0
            var column = 0
            var isLeading = true
            while index < source.count {
                let byte = source[index]
                index += 1
                switch byte {
                case Byte.newline, Byte.carriageReturn:
                    if byte == Byte.carriageReturn, source[index...].first == Byte.newline {
                        index += 1
                    }
                    lines.append(Line(start: lineStart, end: bytes.count))
                    lineStart = bytes.count
                    column = 0
                    isLeading = true
                case Byte.tab where isLeading:
                    let width = 4 - column % 4
                    bytes.append(contentsOf: repeatElement(Byte.space, count: width))
                    column += width
                default:
                    if byte != Byte.space { isLeading = false }
                    bytes.append(byte)
                    column += 1
                }
            }
            if lineStart < bytes.count {
                lines.append(Line(start: lineStart, end: bytes.count))
            }
        }
    }

    /// The ASCII bytes the grammar is made of.
    enum Byte {
        static let tab: UInt8 = 0x09
        static let newline: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D
        static let space: UInt8 = 0x20
        static let bang: UInt8 = 0x21
        static let quote: UInt8 = 0x22
        static let hash: UInt8 = 0x23
        static let ampersand: UInt8 = 0x26
        static let apostrophe: UInt8 = 0x27
        static let openParen: UInt8 = 0x28
        static let closeParen: UInt8 = 0x29
        static let asterisk: UInt8 = 0x2A
        static let plus: UInt8 = 0x2B
        static let minus: UInt8 = 0x2D
        static let dot: UInt8 = 0x2E
        static let slash: UInt8 = 0x2F
        static let colon: UInt8 = 0x3A
        static let semicolon: UInt8 = 0x3B
        static let lessThan: UInt8 = 0x3C
        static let equals: UInt8 = 0x3D
        static let greaterThan: UInt8 = 0x3E
        static let at: UInt8 = 0x40
        static let openBracket: UInt8 = 0x5B
        static let backslash: UInt8 = 0x5C
        static let closeBracket: UInt8 = 0x5D
        static let underscore: UInt8 = 0x5F
        static let backtick: UInt8 = 0x60
        static let pipe: UInt8 = 0x7C
        static let tilde: UInt8 = 0x7E

        /// Space or tab.
        static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

        /// An ASCII digit.
        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        /// An ASCII letter.
        static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        /// ASCII punctuation: what a backslash can escape.
        static func isPunctuation(_ byte: UInt8) -> Bool {
            (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
                || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
        }
    }

    /// The character reference at `start` (`&amp;`, `&#1050;`, `&#x41A;`) as text, and the
    /// offset after its `;`. Numeric references to 0, surrogates or beyond U+10FFFF are U+FFFD;
    /// names are HTML5's (``HTMLEntities``), case-sensitive, and need their semicolon.
    static func entity(in bytes: ArraySlice<UInt8>, at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < bytes.endIndex else { return nil }
        if bytes[index] == Byte.hash {
            index += 1
            var isHex = false
            if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "x") {
                isHex = true
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < bytes.endIndex, index - digitsStart < (isHex ? 6 : 7) {
                let byte = bytes[index]
                let digit: UInt32
                if Byte.isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if isHex, (0x61...0x66).contains(byte | 0x20) {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                value = value * (isHex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart, index < bytes.endIndex, bytes[index] == Byte.semicolon
            else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(scalar ?? "\u{FFFD}"), index + 1)
        }
        let nameStart = index
        while index < bytes.endIndex, index - nameStart <= HTMLEntities.maximumNameLength,
              Byte.isLetter(bytes[index]) || Byte.isDigit(bytes[index]) {
            index += 1
        }
        guard index > nameStart, index < bytes.endIndex, bytes[index] == Byte.semicolon,
              let text = HTMLEntities.table[String(decoding: bytes[nameStart..<index], as: UTF8.self)]
        else { return nil }
        return (text, index + 1)
    }

    /// Text from UTF-8 bytes with backslash escapes of ASCII punctuation and character
    /// references resolved (link destinations, titles, info strings).
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == Byte.backslash, let next = bytes[(index + 1)...].first,
               Byte.isPunctuation(next) {
                result.append(next)
                index += 2
            } else if byte == Byte.ampersand, let (text, end) = entity(in: bytes, at: index) {
                result.append(contentsOf: text.utf8)
                index = end
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
