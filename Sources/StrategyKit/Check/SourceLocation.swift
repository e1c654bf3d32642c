/// A place in a workspace file: the path relative to the workspace, a 1-based line and column.
///
/// Columns count `Character`s, not UTF-8 bytes, so a Cyrillic letter is one column, as in an editor.
///
/// A place in a file that has no lines (a cell of a workbook, a comment of a Word document) has a
/// ``place`` written instead of the line and column (`form.xlsx:Comments!B14`); its line and
/// column still order it (a cell's row and column number).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file's path relative to the workspace (or to the templates folder).
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int
    /// How the place is written when it is not a line and column (`Comments!B14`), else nil.
    public var place: String?

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location written as `place` and ordered by `line` and `column`.
    public init(file: String, place: String, line: Int, column: Int) {
        self.init(file: file, line: line, column: column)
        self.place = place
    }

    /// The cell at 1-based `row` and `column` of the sheet `sheet` in a workbook:
    /// `form.xlsx:Comments!B14` (the sheet quoted as Excel does when it has other characters
    /// than letters, digits, `_` and `.`).
    public static func cell(file: String, sheet: String, row: Int, column: Int) -> SourceLocation {
        let isPlain = !sheet.isEmpty && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        let name = isPlain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return SourceLocation(file: file, place: "\(name)!\(CellReference(row: row, column: column))",
                              line: row, column: column)
    }

    /// The location of a whole file, when nothing more precise is known.
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    public var description: String {
        place.map { "\(file):\($0)" } ?? "\(file):\(line):\(column)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

extension SourceLocation {
    /// The line and column (in Characters) of the Character at `offset` in a prose file's text.
    static func prose(offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
