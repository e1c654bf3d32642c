/// Strings, numbers and literals, and how an unexpected character is named in a message.
extension JSONParser {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Reads a string starting at its opening quote and returns its decoded text.
    mutating func readString() throws(JSONSyntaxError) -> String {
        let opening = index
        index += 1
        let contentStart = index
        // Most strings have no escapes: slice the bytes without copying them one by one.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                index += 1
                return String(decoding: content, as: UTF8.self)
            }
            if byte == Self.backslash { break }
            if byte < 0x20 { throw controlCharacter(byte) }
            index += 1
        }
        var buffer = Array(bytes[contentStart..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == Self.backslash {
                try readEscape(into: &buffer, opening: opening)
            } else if byte < 0x20 {
                throw controlCharacter(byte)
            } else {
                buffer.append(byte)
                index += 1
            }
        }
        throw syntaxError("unterminated string", at: opening)
    }

    /// Reads one escape sequence at `index` (a backslash) and appends its UTF-8 bytes.
    private mutating func readEscape(
        into buffer: inout [UInt8], opening: Int
    ) throws(JSONSyntaxError) {
        let escape = index
        guard escape + 1 < bytes.count else {
            throw syntaxError("unterminated string", at: opening)
        }
        index += 2
        switch bytes[escape + 1] {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try readUnicodeEscape(at: escape, opening: opening)
            Unicode.UTF8.encode(scalar) { buffer.append($0) }
        default:
            let (letter, _) = scalar(at: escape + 1)
            let message = Self.isPrintable(letter)
                ? "invalid escape '\\\(Character(letter))'"
                : "invalid escape: '\\' followed by \(Self.codePoint(letter))"
            throw syntaxError(message, at: escape)
        }
    }

    /// Reads the four hex digits after `\u` (and a low surrogate escape after a high one).
    private mutating func readUnicodeEscape(
        at escape: Int, opening: Int
    ) throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try readHexDigits(escape: escape, opening: opening)
        switch first {
        case 0xD800...0xDBFF:
            let second = index
            guard second + 1 < bytes.count else {
                throw syntaxError("unterminated string", at: opening)
            }
            let unpaired = "unpaired surrogate '\\u\(Self.hex(first))': a high surrogate must be"
                + " followed by a low surrogate escape (\\uDC00 to \\uDFFF)"
            guard bytes[second] == Self.backslash, bytes[second + 1] == UInt8(ascii: "u") else {
                throw syntaxError(unpaired, at: escape)
            }
            index += 2
            let low = try readHexDigits(escape: second, opening: opening)
            guard (0xDC00...0xDFFF).contains(low) else { throw syntaxError(unpaired, at: escape) }
            let value = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        case 0xDC00...0xDFFF:
            let message = "unpaired surrogate '\\u\(Self.hex(first))': a low surrogate must"
                + " follow a high surrogate escape (\\uD800 to \\uDBFF)"
            throw syntaxError(message, at: escape)
        default:
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
    }

    /// Reads exactly four hexadecimal digits at `index`.
    private mutating func readHexDigits(
        escape: Int, opening: Int
    ) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else {
                throw syntaxError("unterminated string", at: opening)
            }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                let message = "invalid escape: '\\u' must be followed by four hexadecimal digits"
                throw syntaxError(message, at: escape)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func controlCharacter(_ byte: UInt8) -> JSONSyntaxError {
        let escape: String
        switch byte {
        case 0x08: escape = "\\b"
        case 0x09: escape = "\\t"
        case 0x0A: escape = "\\n"
        case 0x0C: escape = "\\f"
        case 0x0D: escape = "\\r"
        default: escape = "\\u\(Self.hex(UInt32(byte)))"
        }
        let message = "control character \(Self.codePoint(Unicode.Scalar(byte))) in a string"
            + " (escape it as \(escape))"
        return syntaxError(message, at: index)
    }

    /// Reads `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` and returns the lexeme.
    mutating func readNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw endOfFile() }
        if bytes[index] == UInt8(ascii: "0") {
            if index + 1 < bytes.count, Self.isDigit(bytes[index + 1]) {
                throw syntaxError("leading zeros are not allowed in numbers", at: index)
            }
            index += 1
        } else {
            try readDigits(orReport: "expected a digit after '-'")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try readDigits(orReport: "expected a digit after '.'")
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, Self.isSign(bytes[index]) {
                index += 1
            }
            try readDigits(orReport: "expected a digit in the exponent")
        }
        let lexeme = UnsafeBufferPointer(rebasing: bytes[start..<index])
        return String(decoding: lexeme, as: UTF8.self)
    }

    /// Reads one or more digits, or fails with `expectation`, naming what was found instead.
    private mutating func readDigits(orReport expectation: String) throws(JSONSyntaxError) {
        guard index < bytes.count else { throw endOfFile() }
        guard Self.isDigit(bytes[index]) else {
            throw syntaxError("\(expectation), found \(found(at: index))", at: index)
        }
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    /// Reads `true`, `false` or `null`; anything else where a value belongs is an error.
    mutating func readLiteral() throws(JSONSyntaxError) -> JSONValue {
        if let (word, length) = word(at: index) {
            let value: JSONValue? = switch word {
            case "true": .bool(true)
            case "false": .bool(false)
            case "null": .null
            default: nil
            }
            if let value {
                index += length
                return value
            }
        }
        throw syntaxError("expected a value, found \(found(at: index))", at: index)
    }

    /// Names what stands at `offset` for a message: `'word'`, `'x'`, `"'"` or `U+00A0`.
    func found(at offset: Int) -> String {
        if let (word, _) = word(at: offset) { return "'\(word)'" }
        let (scalar, _) = scalar(at: offset)
        if scalar == "'" { return "\"'\"" }
        return Self.isPrintable(scalar) ? "'\(Character(scalar))'" : Self.codePoint(scalar)
    }

    /// `key` in double quotes with control characters escaped, shortened past 60 characters.
    func quoted(_ key: String) -> String {
        var text = ""
        for (count, scalar) in key.unicodeScalars.enumerated() {
            if count == 60 {
                text += "…"
                break
            }
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            default:
                text += scalar.value < 0x20 ? "\\u\(Self.hex(scalar.value))" : String(scalar)
            }
        }
        return "\"\(text)\""
    }

    /// The run of letters, digits and `_` at `offset` (at most 32 scalars) and its byte length.
    private func word(at offset: Int) -> (String, Int)? {
        var end = offset
        var scalars = String.UnicodeScalarView()
        while end < bytes.count, scalars.count < 32 {
            let (scalar, length) = scalar(at: end)
            let isWordy = scalar == "_" || scalar.properties.isAlphabetic
                || scalar.properties.numericType == .decimal
            guard isWordy else { break }
            scalars.append(scalar)
            end += length
        }
        guard !scalars.isEmpty else { return nil }
        let word = String(scalars)
        return (end < bytes.count && scalars.count == 32 ? word + "…" : word, end - offset)
    }

    /// The scalar starting at `offset` and its length in bytes (U+FFFD for a broken sequence).
    private func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lead < 0x80 || (lead >= 0xC2 && lead <= 0xF4), offset + length <= bytes.count else {
            return ("\u{FFFD}", 1)
        }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> length)
        for next in (offset + 1)..<(offset + length) {
            value = value << 6 | UInt32(bytes[next] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func isSign(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Whether a message can show the character itself rather than its code point.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
            .nonspacingMark, .enclosingMark, .spacingMark, .surrogate, .privateUse, .unassigned:
            false
        default:
            true
        }
    }

    /// `U+000A`.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+\(hex(scalar.value))"
    }

    /// At least four uppercase hexadecimal digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
