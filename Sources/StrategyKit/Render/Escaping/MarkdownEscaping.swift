/// Escaping user text for Markdown output: the one place it happens.
///
/// Works on Unicode scalars, not Characters, so a `*` followed by a combining mark is still
/// escaped. What comes out parses back (``MarkdownParser/parseInline(_:)``) to the same text.
public enum MarkdownEscaping {
    /// Text inside a paragraph, heading or list item: characters that would start markup are
    /// backslash-escaped, line breaks become spaces, other control characters are dropped.
    ///
    /// - Parameter startsLine: whether the text may begin a line of the output, where `-`, `1.`
    ///   or `~~~` would open a block; after `## `, `- ` or `[` they are plain.
    public static func inline(_ text: String, startsLine: Bool = true) -> String {
        var result = String.UnicodeScalarView()
        var atLineStart = startsLine
        // Digits at the start of a line, which a following `.` or `)` would turn into a list.
        var leadingDigits = startsLine
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#":
                result.append("\\")
                result.append(scalar)
            case "\n" where previousWasCR:
                continue
            case "\n", "\r":
                result.append(" ")
                continue
            case " " where atLineStart, "\t" where atLineStart:
                // Indentation keeps the line start: ` - x` and `   1. x` are lists too.
                result.append(scalar)
                continue
            case "-" where atLineStart, "+" where atLineStart, "=" where atLineStart,
                 "~" where atLineStart, ":" where atLineStart:
                result.append("\\")
                result.append(scalar)
            case "." where leadingDigits && !atLineStart, ")" where leadingDigits && !atLineStart:
                result.append("\\")
                result.append(scalar)
            default:
                if scalar.value < 0x20, scalar != "\t" { continue }
                if scalar.value == 0x7F { continue }
                result.append(scalar)
            }
            leadingDigits = leadingDigits && ("0"..."9").contains(scalar)
            atLineStart = false
        }
        return String(result)
    }

    /// Text inside a table cell: as ``inline(_:)``; `|` is already escaped there.
    public static func cell(_ text: String) -> String {
        let escaped = inline(text, startsLine: false)
        return escaped.isEmpty ? " " : escaped
    }
}
