/// Escaping user text for Markdown output: the one place it happens.
///
/// Works on UTF-8 bytes, not Characters, so a `*` followed by a combining mark is still
/// escaped. What comes out parses back (``MarkdownParser/parseInline(_:)``) to the same text.
public enum MarkdownEscaping {
    /// Text inside a paragraph, heading or list item: characters that would start markup are
    /// backslash-escaped, line breaks become spaces, other control characters are dropped.
    ///
    /// - Parameter startsLine: whether the text may begin a line of the output, where `-`, `1.`
    ///   or `~~~` would open a block; after `## `, `- ` or `[` they are plain.
    public static func inline(_ text: String, startsLine: Bool = true) -> String {
        var text = text
        // Every character that is markup is ASCII, so the work is done on UTF-8 bytes: a byte
        // of a multi-byte character is never one of them, and the text is returned untouched
        // (no copy) when nothing needs escaping, which is the common case.
        return text.withUTF8 { bytes in
            // Fast exit: no markup or control byte, and no line-start rule can apply (the text
            // does not start a line, or starts with a letter or a non-ASCII character).
            let (low, high) = (Self.special.low, Self.special.high)
            if let first = bytes.first, !startsLine || first >= 0x80 || Self.isLetter(first) {
                // A plain loop: every cell of every table passes here.
                var isPlain = true
                for byte in bytes {
                    let special = byte < 0x40 ? low &>> UInt64(byte) & 1 : byte < 0x80 ? high &>> UInt64(byte &- 0x40) & 1 : 0
                    if special != 0 {
                        isPlain = false
                        break
                    }
                }
                if isPlain { return nil }
            }
            var output: [UInt8] = []
            var changed = false
            var atLineStart = startsLine
            // Digits at the start of a line, which a following `.` or `)` would turn into a list.
            var leadingDigits = startsLine
            var previousWasCR = false
            for index in bytes.indices {
                let byte = bytes[index]
                let afterCR = previousWasCR
                previousWasCR = byte == ASCII.carriageReturn
                var edit = Self.edit(byte, afterCR: afterCR, atLineStart: atLineStart, leadingDigits: leadingDigits)
                // `&` only where it would start a character reference (`&amp;`, `&#1050;`).
                if byte == ASCII.ampersand {
                    let window = Array(bytes[index..<min(bytes.count, index + 40)])
                    if MarkdownParser.entity(in: window[...], at: 0) != nil { edit = .escape }
                }
                if edit != .keep, !changed {
                    changed = true
                    output.reserveCapacity(bytes.count + 8)
                    output.append(contentsOf: bytes[..<index])
                }
                if changed {
                    switch edit {
                    case .keep: output.append(byte)
                    case .escape: output += [ASCII.backslash, byte]
                    case .space: output.append(ASCII.space)
                    case .drop: break
                    case .reference: output += Array(byte == ASCII.tab ? "&#9;".utf8 : "&#32;".utf8)
                    }
                }
                // Line breaks and dropped controls leave the line start as it was.
                guard edit == .keep || edit == .escape || edit == .reference else { continue }
                leadingDigits = leadingDigits && (ASCII.zero...ASCII.nine).contains(byte)
                atLineStart = false
            }
            return changed ? String(decoding: output, as: UTF8.self) : nil
        } ?? text
    }

    /// Bytes that are escaped, replaced or dropped wherever they are: markup characters and
    /// controls other than the tab, as two 64-bit masks over ASCII.
    private static let special: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        let bytes = Array("\\`*_[]<>|#&".utf8) + Array(0x00...0x08) + Array(0x0A...0x1F) + [0x7F]
        for byte in bytes {
            if byte < 0x40 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 0x40) }
        }
        return (low, high)
    }()

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private enum Edit {
        case keep, escape, space, drop
        /// A numeric character reference (`&#32;`): a leading space that must not indent.
        case reference
    }

    private enum ASCII {
        static let backslash: UInt8 = 0x5C
        static let ampersand: UInt8 = 0x26
        static let space: UInt8 = 0x20
        static let tab: UInt8 = 0x09
        static let lineFeed: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D
        static let zero: UInt8 = 0x30
        static let nine: UInt8 = 0x39
    }

    private static func edit(_ byte: UInt8, afterCR: Bool, atLineStart: Bool, leadingDigits: Bool) -> Edit {
        switch byte {
        case 0x80...: return .keep
        // \ ` * _ [ ] < > | #: inline markup anywhere.
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23: return .escape
        case ASCII.lineFeed where afterCR: return .drop
        // A line break is a space; at the start of the line a space that must not indent.
        case ASCII.lineFeed where atLineStart, ASCII.carriageReturn where atLineStart: return .reference
        case ASCII.lineFeed, ASCII.carriageReturn: return .space
        case ASCII.space where atLineStart, ASCII.tab where atLineStart:
            // Indentation would let ` - x` be a list, `    x` a code block, and it would be
            // stripped; as a character reference it is text and the line starts with `&`.
            return .reference
        // - + = ~ : open a block at the start of a line.
        case 0x2D where atLineStart, 0x2B where atLineStart, 0x3D where atLineStart,
             0x7E where atLineStart, 0x3A where atLineStart:
            return .escape
        // . ) after leading digits make a list item.
        case 0x2E where leadingDigits && !atLineStart, 0x29 where leadingDigits && !atLineStart: return .escape
        case ASCII.tab: return .keep
        case 0..<0x20, 0x7F: return .drop
        default: return .keep
        }
    }

    /// Text inside a table cell: as ``inline(_:)``; `|` is already escaped there.
    public static func cell(_ text: String) -> String {
        let escaped = inline(text, startsLine: false)
        return escaped.isEmpty ? " " : escaped
    }
}
