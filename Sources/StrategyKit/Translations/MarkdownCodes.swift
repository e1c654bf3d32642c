/// A text cut into translatable runs and the Markdown around them, which a translation tool
/// must keep as it is (XLIFF inline codes): emphasis marks, link brackets and targets, code
/// spans, escapes, HTML and autolinks, heading, quote and list markers at line starts.
///
/// Not a Markdown parser: it only finds the marks a translator should not retype, and never
/// fails. The pieces joined give the text back byte for byte, so a unit's source can be rebuilt
/// from an XLIFF file and compared.
enum MarkdownCodes {
    /// A run of text or one code.
    enum Piece: Hashable {
        case text(String)
        case code(String)
    }

    /// `text` as pieces: adjacent text merged, codes one mark each.
    static func pieces(_ text: String) -> [Piece] {
        if isPlain(text) { return text.isEmpty ? [] : [.text(text)] }
        let characters = Array(text)
        if characters.first == "`" || characters.first == "~",
           text.hasPrefix("```") || text.hasPrefix("~~~") {
            return [.code(text)]
        }
        var pieces: [Piece] = []
        var plain = ""
        func code(_ mark: String) {
            if !plain.isEmpty { pieces.append(.text(plain)) }
            plain = ""
            pieces.append(.code(mark))
        }
        // Where a link's `](target)` starts, found when its `[` was seen, and where it ends.
        var linkTargets: [Int: Int] = [:]
        var index = 0
        var atLineStart = true
        while index < characters.count {
            if atLineStart {
                atLineStart = false
                let end = lineMarkerEnd(characters, from: index)
                if end > index {
                    code(String(characters[index..<end]))
                    index = end
                    continue
                }
            }
            let character = characters[index]
            if let end = linkTargets[index] {
                code(String(characters[index..<end]))
                index = end
                continue
            }
            switch character {
            case "\n":
                plain.append(character)
                atLineStart = true
                index += 1
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                code(String(characters[index...index + 1]))
                index += 2
            case "`":
                let end = codeSpanEnd(characters, from: index)
                code(String(characters[index..<end]))
                index = end
            case "<":
                if let end = tagEnd(characters, from: index) {
                    code(String(characters[index..<end]))
                    index = end
                } else {
                    plain.append(character)
                    index += 1
                }
            case "[" where true, "!" where index + 1 < characters.count && characters[index + 1] == "[":
                let open = character == "!" ? index + 2 : index + 1
                if let (targetStart, targetEnd) = linkTarget(characters, from: open) {
                    linkTargets[targetStart] = targetEnd
                    code(String(characters[index..<open]))
                    index = open
                } else {
                    plain.append(character)
                    index += 1
                }
            case "*", "~":
                var end = index
                while end < characters.count, characters[end] == character { end += 1 }
                if character == "~", end - index < 2 {
                    plain.append(character)
                } else {
                    code(String(characters[index..<end]))
                }
                index = end
            case "_":
                var end = index
                while end < characters.count, characters[end] == "_" { end += 1 }
                let before = index > 0 && characters[index - 1].isLetterOrNumber
                let after = end < characters.count && characters[end].isLetterOrNumber
                if before && after {
                    plain += String(characters[index..<end])
                } else {
                    code(String(characters[index..<end]))
                }
                index = end
            default:
                plain.append(character)
                index += 1
            }
        }
        if !plain.isEmpty { pieces.append(.text(plain)) }
        return pieces
    }

    /// Whether `text` has no byte that can start a mark: most texts, told in one pass over
    /// their bytes without cutting them into characters.
    static func isPlain(_ text: String) -> Bool {
        var atLineStart = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "["), UInt8(ascii: "!"),
                 UInt8(ascii: "<"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "#"), UInt8(ascii: "|"),
                 UInt8(ascii: ">"):
                return false
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if atLineStart { return false }
            case UInt8(ascii: " "):
                continue
            default:
                break
            }
            atLineStart = byte == 0x0A || byte == 0x0D
        }
        return true
    }

    /// The pieces joined: the text again.
    static func text(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text), .code(let text): text
            }
        }.joined()
    }

    /// The end of a heading, quote or list marker (with its indent and the space after it) at
    /// a line start, or `index` when there is none.
    private static func lineMarkerEnd(_ characters: [Character], from index: Int) -> Int {
        var position = index
        while position < characters.count, position - index < 4, characters[position] == " " { position += 1 }
        guard position < characters.count else { return index }
        let start = position
        func spaceAfter(_ end: Int) -> Int? {
            guard end < characters.count, characters[end] == " " else { return nil }
            var stop = end
            while stop < characters.count, characters[stop] == " " { stop += 1 }
            return stop
        }
        switch characters[start] {
        case "#":
            var end = start
            while end < characters.count, characters[end] == "#", end - start < 6 { end += 1 }
            return spaceAfter(end) ?? index
        case ">":
            return spaceAfter(start + 1) ?? start + 1
        case "-", "*", "+":
            return spaceAfter(start + 1) ?? index
        case "|":
            return start + 1
        default:
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - start < 9 { end += 1 }
            guard end > start, end < characters.count, characters[end] == "." || characters[end] == ")" else { return index }
            return spaceAfter(end + 1) ?? index
        }
    }

    /// The end of a code span starting with a run of backticks (the whole span), or of the
    /// run alone when it is never closed.
    private static func codeSpanEnd(_ characters: [Character], from index: Int) -> Int {
        var run = index
        while run < characters.count, characters[run] == "`" { run += 1 }
        let length = run - index
        var position = run
        while position < characters.count {
            if characters[position] == "`" {
                var end = position
                while end < characters.count, characters[end] == "`" { end += 1 }
                if end - position == length { return end }
                position = end
            } else {
                position += 1
            }
        }
        return run
    }

    /// The end of an HTML tag or autolink `<…>` on one line, or nil.
    private static func tagEnd(_ characters: [Character], from index: Int) -> Int? {
        guard index + 1 < characters.count else { return nil }
        let next = characters[index + 1]
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var position = index + 1
        while position < characters.count, characters[position] != "\n", position - index < 2_000 {
            if characters[position] == ">" { return position + 1 }
            if characters[position] == "<" { return nil }
            position += 1
        }
        return nil
    }

    /// For link text starting at `open`, the range of its `](target)` or `][label]`, or nil.
    private static func linkTarget(_ characters: [Character], from open: Int) -> (Int, Int)? {
        var depth = 0
        var position = open
        while position < characters.count, position - open < 2_000 {
            let character = characters[position]
            if character == "\\" {
                position += 2
                continue
            }
            if character == "[" { depth += 1 }
            if character == "]" {
                if depth > 0 {
                    depth -= 1
                } else {
                    guard position + 1 < characters.count else { return nil }
                    let opener = characters[position + 1]
                    guard opener == "(" || opener == "[" else { return nil }
                    let closer: Character = opener == "(" ? ")" : "]"
                    var nesting = 0
                    var end = position + 2
                    while end < characters.count, characters[end] != "\n" || opener == "(" {
                        if characters[end] == opener { nesting += 1 }
                        if characters[end] == closer {
                            if nesting == 0 { return (position, end + 1) }
                            nesting -= 1
                        }
                        end += 1
                    }
                    return nil
                }
            }
            position += 1
        }
        return nil
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
    fileprivate var isLetterOrNumber: Bool { isLetter || isNumber }
}
