/// Escaping user text for XML (DOCX parts, SVG) and HTML: the one place it happens.
///
/// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
/// U+FFFE, U+FFFF, lone surrogates cannot occur in Swift strings) are dropped, so no field
/// can make a part unreadable.
public enum XMLEscaping {
    /// Text content: `&`, `<`, `>` escaped.
    public static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// An attribute value in double quotes: also `"` and `'` escaped, and line breaks kept as
    /// character references so they survive attribute normalisation.
    public static func attribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    private static func needsWork(_ scalar: Unicode.Scalar, quotes: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">": true
        case "\"", "'", "\n", "\r", "\t": quotes
        default: !isAllowed(scalar)
        }
    }

    /// Whether XML 1.0 allows the scalar in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether the UTF-8 bytes show at once that nothing needs escaping: every character
    /// concerned is ASCII except U+FFFE and U+FFFF, whose lead byte 0xEF sends the text to the
    /// exact check. One table lookup per byte: every cell of every table passes here.
    static func isPlain(_ text: String, quotes: Bool) -> Bool {
        let stop: UInt8 = quotes ? 3 : 1
        var text = text
        return text.withUTF8 { bytes in
            plainBytes.withUnsafeBufferPointer { table in
                for byte in bytes where table[Int(byte)] & stop != 0 { return false }
                return true
            }
        }
    }

    /// Per byte: 1 stops text and attributes (`&`, `<`, `>`, 0xEF and C0 controls but tab,
    /// line feed and carriage return), 2 stops only attributes (quotes, tab, line feed,
    /// carriage return).
    private static let plainBytes: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0x26, 0x3C, 0x3E, 0xEF: 1
        case 0x22, 0x27, 0x09, 0x0A, 0x0D: 2
        case 0..<0x20: 1
        default: 0
        }
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        // Most text needs nothing: return it as is rather than copy it scalar by scalar.
        if isPlain(text, quotes: quotes) { return text }
        if !text.unicodeScalars.contains(where: { needsWork($0, quotes: quotes) }) { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\n" where quotes: result += "&#10;"
            case "\r" where quotes: result += "&#13;"
            case "\t" where quotes: result += "&#9;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
