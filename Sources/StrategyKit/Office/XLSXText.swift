/// SpreadsheetML's escaping of characters in cell text (ECMA-376 ST_Xstring): `_xHHHH_` stands
/// for the UTF-16 code unit HHHH (Excel writes line breaks and control characters so), and a
/// literal `_xHHHH_` is written with its `_` escaped as `_x005F_`.
enum XLSXText {
    /// `text` with every `_xHHHH_` replaced by the character it stands for (a pair of
    /// surrogates joined; a lone surrogate or a character XML forbids left as written).
    static func unescaping(_ text: String) -> String {
        guard mayHoldEscape(text) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let value = escape(in: units, at: index) {
                output.append(value)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// `text` with the `_` of every literal `_xHHHH_` escaped, so that ``unescaping(_:)`` (and
    /// Excel) give back `text`.
    static func escapingLiteralEscapes(_ text: String) -> String {
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count + 14)
        for index in units.indices {
            // The `_` that starts a literal escape is itself written escaped.
            if escape(in: units, at: index) != nil {
                output.append(contentsOf: Array("_x005F_".utf16))
                continue
            } else {
                output.append(units[index])
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// Whether `text` holds `_x` (a byte scan: Foundation's `contains` on every cell of a large
    /// sheet was a tenth of the writer's time).
    static func mayHoldEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 7 else { return false }
            for index in 0..<(bytes.count - 1) where bytes[index] == 0x5F && bytes[index + 1] == 0x78 {
                return true
            }
            return false
        }
    }

    /// The code unit of an `_xHHHH_` at `index`, or nil.
    private static func escape(in units: [UInt16], at index: Int) -> UInt16? {
        guard index + 7 <= units.count, units[index] == 0x5F, units[index + 1] == 0x78,
              units[index + 6] == 0x5F
        else { return nil }
        var value: UInt16 = 0
        for offset in 2..<6 {
            let unit = units[index + offset]
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x41...0x46: digit = unit - 0x41 + 10
            case 0x61...0x66: digit = unit - 0x61 + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
