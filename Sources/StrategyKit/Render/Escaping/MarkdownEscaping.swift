/// Escaping user text for Markdown output: the one place it happens.
public enum MarkdownEscaping {
    /// Text inside a paragraph or list item: characters that would start markup are
    /// backslash-escaped, and line breaks become spaces.
    public static func inline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atLineStart = true
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#":
                result.append("\\")
                result.append(character)
            case "\n", "\r\n", "\r":
                result.append(" ")
                atLineStart = true
                continue
            case "-" where atLineStart, "+" where atLineStart, "=" where atLineStart:
                result.append("\\")
                result.append(character)
            default:
                if character.isASCII, let value = character.asciiValue, value < 0x20, value != 0x09 {
                    continue
                }
                result.append(character)
            }
            atLineStart = false
        }
        return result
    }

    /// Text inside a table cell: as ``inline(_:)``; `|` is already escaped there.
    public static func cell(_ text: String) -> String {
        let escaped = inline(text)
        return escaped.isEmpty ? " " : escaped
    }
}
