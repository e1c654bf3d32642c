/// The character classes of XML 1.0 that ``XMLPullReader`` needs, on UTF-8 bytes.
enum XMLCharacters {
    /// Space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A byte that may start a name: ASCII letters, `_`, `:` and any non-ASCII character
    /// (XML's NameStartChar is wider than what Office writes; non-ASCII is let through whole).
    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
            || byte == 0x3A || byte >= 0x80
    }

    /// A byte that may continue a name: a start byte, a digit, `-` or `.`.
    static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    /// The value of a decimal or hexadecimal digit.
    static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    /// Whether XML 1.0 allows the character (its production Char).
    static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The first byte offset that is not valid UTF-8 or starts a character XML forbids.
    static func firstInvalid(
        in bytes: [UInt8]
    ) -> (offset: Int, isEncoding: Bool, message: String)? {
        var offset = 0
        let count = bytes.count
        while offset < count {
            let lead = bytes[offset]
            if lead < 0x80 {
                if lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D {
                    return (offset, false, "the control character U+\(hex(UInt32(lead))) is "
                                + "not allowed in XML")
                }
                offset += 1
                continue
            }
            let length: Int
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
            default: return (offset, true, "the bytes are not UTF-8")
            }
            guard offset + length <= count else { return (offset, true, "the bytes are not UTF-8") }
            for index in 1..<length {
                let next = bytes[offset + index]
                guard next & 0xC0 == 0x80 else { return (offset, true, "the bytes are not UTF-8") }
                value = value << 6 | UInt32(next & 0x3F)
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
                return (offset, true, "the bytes are not UTF-8")
            }
            guard isAllowed(value) else {
                return (offset, false, "the character U+\(hex(value)) is not allowed in XML")
            }
            offset += length
        }
        return nil
    }

    /// Text with CR LF and lone CR turned into LF, as XML requires of a reader.
    static func normalisingLineEnds(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(0x0D) else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            if slice[index] == 0x0D {
                output.append(0x0A)
                if index + 1 < slice.endIndex, slice[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(slice[index])
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
