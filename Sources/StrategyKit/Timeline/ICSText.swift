/// RFC 5545 content lines: TEXT escaping and folding, the one place ICS text is made safe.
public enum ICSText {
    /// Longest content line in octets, line break excluded (RFC 5545 §3.1).
    public static let maximumOctets = 75

    /// A TEXT value: `\` `;` `,` escaped, every line break as `\n`, other control characters
    /// dropped (a tab is kept; RFC 5545 allows it).
    public static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One content line folded at ``maximumOctets``: continuation lines start with a space,
    /// breaks fall between Unicode scalars so no UTF-8 sequence is split; each physical line
    /// ends with CRLF.
    public static func fold(_ line: String) -> String {
        var result = ""
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > maximumOctets {
                result += current + "\r\n"
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return result + current + "\r\n"
    }
}
