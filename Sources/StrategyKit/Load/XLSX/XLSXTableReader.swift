import Foundation

/// Reads the worksheets of an Excel workbook (`.xlsx`, as Excel, LibreOffice or openpyxl save
/// it) as tables of located text, the shape the CSV readers give, so that every table import
/// reads a workbook as it reads a CSV.
///
/// Each cell becomes the text a user sees: shared strings (rich-text runs joined, phonetic runs
/// left out), inline strings, numbers (`3`, `1234.5`), booleans (`TRUE`, `FALSE`), dates
/// stored as serial numbers in a date format (`2023-10-11`), formulas as their cached value
/// (never evaluated; a formula without one reads as empty), errors as Excel shows them
/// (`#N/A`). A sheet's header is its first row with a value; rows without a value are left
/// out; columns are matched by header, never by position. Every field's location is its cell
/// (`form.xlsx:Comments!B14`).
///
/// A workbook is refused with one diagnostic, and nothing of it is read, when its package is
/// unsafe or broken (see ``OfficeLimits``), a part is not well-formed XML, a cell refers to a
/// shared string that does not exist, a cell reference lies outside Excel's grid or goes
/// back, or its tables would hold more than ``cellLimit`` cells. The `dimension` a sheet
/// claims is never trusted: only cells present are stored.
public enum XLSXTableReader {
    /// One worksheet as a table.
    public struct Sheet: Sendable {
        /// The sheet's name as the workbook lists it.
        public var name: String
        /// Its header and rows, or nil when it has no value at all.
        public var table: CSVTable?
    }

    /// The most fields (header and padded rows) all tables of a workbook may hold: 2 million,
    /// a hundred times a 20,000-row form of 8 columns, and about 300 MB at most.
    public static let cellLimit = 2_000_000

    /// Reads every worksheet of the workbook in `data`; `file` names it in diagnostics.
    public static func read(_ data: Data, file: String) -> (sheets: [Sheet], diagnostics: [Diagnostic]) {
        do {
            var reader = try XLSXWorkbookParts(bytes: [UInt8](data), file: file)
            var sheets: [Sheet] = []
            var budget = cellLimit
            for sheet in reader.sheets {
                let cells = try reader.cells(of: sheet)
                sheets.append(Sheet(name: sheet.name,
                                    table: try table(cells, sheet: sheet.name, file: file, budget: &budget)))
            }
            return (sheets, [])
        } catch {
            return ([], [error.diagnostic])
        }
    }

    /// The cells grouped into a header and rows of fields (see the type's documentation).
    private static func table(
        _ rows: [XLSXWorkbookParts.Row], sheet: String, file: String, budget: inout Int
    ) throws(XLSXReadFailure) -> CSVTable? {
        let filled = rows.filter { row in row.cells.contains { !$0.value.isEmpty } }
        guard let headerRow = filled.first else { return nil }
        func location(_ row: Int, _ column: Int) -> SourceLocation {
            .cell(file: file, sheet: sheet, row: row, column: column)
        }
        func fields(_ row: XLSXWorkbookParts.Row, width: Int) throws(XLSXReadFailure) -> [CSVField] {
            var fields: [CSVField] = []
            // Every row has the header's width, so that a missing value is reported at its own
            // cell (a CSV row cut short can only point at its last field).
            let count = width
            guard budget >= count + 1 else {
                throw XLSXReadFailure(location: location(row.number, 1),
                                      message: "the workbook has more than \(cellLimit) cells in its tables")
            }
            budget -= count + 1
            fields.reserveCapacity(count + 1)
            var cells = row.cells.makeIterator()
            var next = cells.next()
            for column in 1...max(count, 1) where column <= count {
                while let cell = next, cell.column < column { next = cells.next() }
                let value = next?.column == column ? next?.value ?? "" : ""
                fields.append(CSVField(value: value, location: location(row.number, column)))
            }
            // A value past the header's last column is kept as one extra field, so that the
            // importer reports it as a value beyond the table.
            if let extra = row.cells.first(where: { $0.column > width && !$0.value.isEmpty }) {
                fields.append(CSVField(value: extra.value, location: location(row.number, extra.column)))
            }
            return fields
        }
        let width = headerRow.cells.last { !$0.value.isEmpty }?.column ?? 0
        let header = try fields(headerRow, width: width).map { field in
            CSVField(value: field.value.trimmingCharacters(in: .whitespacesAndNewlines),
                     location: field.location)
        }
        var data: [CSVRow] = []
        data.reserveCapacity(filled.count - 1)
        for row in filled.dropFirst() {
            data.append(CSVRow(fields: try fields(row, width: width), line: row.number))
        }
        return CSVTable(header: header, rows: data, separator: ",", encoding: .utf8)
    }
}

/// Why a workbook cannot be read: one message at one place.
struct XLSXReadFailure: Error {
    var location: SourceLocation
    var message: String

    var diagnostic: Diagnostic {
        .error("xlsx.unreadable", message, at: location)
    }
}
