/// A cell of a worksheet by its 1-based row and column, written as Excel writes it (`B14`,
/// `AA3`); rows 1–1,048,576 and columns 1–16,384 (`A`–`XFD`), Excel's grid.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The most rows and columns a worksheet has.
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B14` (letters in either case, then digits), or nil when it is not a reference
    /// inside the grid.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(byte & 0x1F)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7, !(digits == 0 && byte == UInt8(ascii: "0")) else {
                    return nil
                }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row <= Self.maxRow, column <= Self.maxColumn else {
            return nil
        }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [UInt8] = []
        while number > 0 {
            number -= 1
            letters.append(UInt8(ascii: "A") + UInt8(number % 26))
            number /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public var description: String { "\(Self.columnName(column))\(row)" }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
