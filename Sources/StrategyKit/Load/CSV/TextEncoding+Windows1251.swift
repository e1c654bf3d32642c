/// Writing text in Windows-1251, the encoding Russian Excel reads a plain "CSV" in.
public enum Windows1251 {
    /// A character that Windows-1251 cannot represent.
    public struct Unrepresentable: Error, Hashable, Sendable, CustomStringConvertible {
        /// The scalar that has no byte.
        public var scalar: Unicode.Scalar
        /// Its 1-based line and column (in characters) in the text being encoded.
        public var line: Int
        public var column: Int

        public var description: String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return "'\(Character(scalar))' (U+\(code)) at line \(line), column \(column) has no Windows-1251 form"
        }
    }

    /// Bytes by scalar for everything above ASCII: the decoding table inverted, so that
    /// encoding and decoding can never disagree.
    private static let bytesByScalar: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (index, scalar) in TextDecoding.windows1251High.enumerated() where scalar != 0x0098 {
            // 0x98 is unassigned in Windows-1251; the decoder maps it to a C1 control that no
            // encoder should produce.
            table[UInt32(scalar)] = UInt8(0x80 + index)
        }
        for offset in 0..<64 { table[0x0410 + UInt32(offset)] = UInt8(0xC0 + offset) }
        return table
    }()

    /// The bytes of `text`, or every character that has no Windows-1251 form (all of them, in
    /// order, so the user can fix the text at once).
    public static func encode(_ text: String) -> Result<[UInt8], UnrepresentableText> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var problems: [Unrepresentable] = []
        var line = 1
        var column = 1
        for character in text {
            for scalar in character.unicodeScalars {
                if scalar.value < 0x80 {
                    bytes.append(UInt8(scalar.value))
                } else if let byte = bytesByScalar[scalar.value] {
                    bytes.append(byte)
                } else {
                    problems.append(Unrepresentable(scalar: scalar, line: line, column: column))
                }
            }
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return problems.isEmpty ? .success(bytes) : .failure(UnrepresentableText(characters: problems))
    }

    /// Every character of a text that Windows-1251 cannot represent.
    public struct UnrepresentableText: Error, Hashable, Sendable, CustomStringConvertible {
        /// The characters, in text order.
        public var characters: [Unrepresentable]

        public var description: String { characters.map(\.description).joined(separator: "; ") }
    }
}
