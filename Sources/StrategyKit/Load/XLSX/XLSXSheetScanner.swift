import Foundation

/// Reads a worksheet's `sheetData` as events into rows of cell texts (see ``XLSXTableReader``).
struct XLSXSheetScanner {
    let parts: XLSXWorkbookParts
    let sheet: XLSXWorkbookParts.SheetPart

    private var rows: [XLSXWorkbookParts.Row] = []
    private var row = XLSXWorkbookParts.Row(number: 0, cells: [])
    private var lastColumn = 0
    /// The cell being read: where it is, its type and format, and its texts so far.
    private var cell: (reference: CellReference, type: String, style: Int)?
    private var value = ""
    private var inlineText = ""
    private var path: [String] = []

    init(parts: XLSXWorkbookParts, sheet: XLSXWorkbookParts.SheetPart) {
        self.parts = parts
        self.sheet = sheet
    }

    mutating func rows(_ bytes: [UInt8]) throws -> [XLSXWorkbookParts.Row] {
        var reader = try XMLPullReader(bytes)
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                path.append(tag.name.local)
                guard path.count >= 3, path[1] == "sheetData" else { break }
                if tag.name.local == "row", path.count == 3 {
                    try startRow(tag)
                } else if tag.name.local == "c", path.count == 4 {
                    try startCell(tag)
                }
            case .end(let name):
                path.removeLast()
                guard path.count >= 2, path[1] == "sheetData" else { break }
                if name.local == "c", path.count == 3 {
                    try endCell()
                } else if name.local == "row", path.count == 2 {
                    if !row.cells.isEmpty { rows.append(row) }
                }
            case .text(let text):
                guard cell != nil, let last = path.last, last == "v" || last == "t" else { break }
                if last == "v", path.count == 5 {
                    value += text
                } else if last == "t", path.contains("is"), !path.contains("rPh") {
                    inlineText += text
                }
            }
        }
        return rows
    }

    private func location(_ reference: CellReference) -> SourceLocation {
        .cell(file: parts.file, sheet: sheet.name, row: reference.row, column: reference.column)
    }

    private func failure(_ message: String, at reference: CellReference) -> XLSXReadFailure {
        XLSXReadFailure(location: location(reference), message: message)
    }

    private mutating func startRow(_ tag: XMLStartTag) throws {
        let number: Int
        if let text = tag.attribute("r") {
            guard let parsed = Int(text), parsed >= 1, parsed <= CellReference.maxRow else {
                throw failure("the row number '\(text)' is outside Excel's grid",
                              at: CellReference(row: max(row.number, 1), column: 1))
            }
            number = parsed
        } else {
            number = row.number + 1
        }
        guard number > row.number else {
            throw failure("row \(number) comes after row \(row.number): rows must go down",
                          at: CellReference(row: number, column: 1))
        }
        row = XLSXWorkbookParts.Row(number: number, cells: [])
        lastColumn = 0
    }

    private mutating func startCell(_ tag: XMLStartTag) throws {
        let reference: CellReference
        if let text = tag.attribute("r") {
            guard let parsed = CellReference(text) else {
                throw failure("the cell reference '\(text)' is outside Excel's grid",
                              at: CellReference(row: max(row.number, 1), column: max(lastColumn, 1)))
            }
            reference = parsed
        } else {
            guard lastColumn < CellReference.maxColumn else {
                throw failure("a cell past column XFD", at: CellReference(row: max(row.number, 1), column: lastColumn))
            }
            reference = CellReference(row: max(row.number, 1), column: lastColumn + 1)
        }
        guard reference.row == row.number || row.number == 0 else {
            throw failure("the cell \(reference) is in row \(row.number)", at: reference)
        }
        guard reference.column > lastColumn else {
            throw failure("the cell \(reference) comes after column \(CellReference.columnName(lastColumn)): "
                              + "cells must go right", at: reference)
        }
        lastColumn = reference.column
        let style = tag.attribute("s").flatMap { Int($0) } ?? 0
        cell = (reference, tag.attribute("t") ?? "n", style)
        value = ""
        inlineText = ""
    }

    private mutating func endCell() throws {
        guard let cell else { return }
        self.cell = nil
        let text: String
        switch cell.type {
        case "s":
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return }
            guard let index = Int(trimmed), let string = parts.sharedString(index) else {
                throw failure("the cell refers to shared string \(trimmed), but the workbook has "
                                  + "\(parts.sharedStringCount)", at: cell.reference)
            }
            text = string
        case "inlineStr":
            text = XLSXText.unescaping(inlineText)
        case "str":
            text = XLSXText.unescaping(value)
        case "b":
            text = value == "1" || value == "true" ? "TRUE" : value.isEmpty ? "" : "FALSE"
        case "e":
            text = value
        case "d":
            // An ISO 8601 date (LibreOffice's strict files): the day, with the time if any.
            text = value.hasSuffix("T00:00:00") ? String(value.prefix(10)) : value
        default:
            text = try number(value, cell: cell)
        }
        guard !text.isEmpty else { return }
        row.cells.append(XLSXWorkbookParts.Cell(column: cell.reference.column, value: text))
    }

    /// A number as a user sees it typed: `3`, `1234.5`; a date when its format is one.
    private func number(
        _ raw: String, cell: (reference: CellReference, type: String, style: Int)
    ) throws -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "" }
        guard Self.isNumber(trimmed), let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw failure("the cell holds '\(trimmed.prefix(40))', which is not a number", at: cell.reference)
        }
        if parts.isDate(style: cell.style), let date = parts.date(serial: value) { return date }
        // Excel keeps 17 significant digits (0.1 + 0.2 is 0.30000000000000004); a user saw 15.
        var rounded = value
        var source = value
        let digits = Self.significantDigits(value)
        NSDecimalRound(&rounded, &source, max(0, 15 - digits), .plain)
        return rounded.description
    }

    /// The digits before the decimal point.
    private static func significantDigits(_ value: Decimal) -> Int {
        let whole = NSDecimalNumber(decimal: value).doubleValue.magnitude
        return whole < 1 ? 0 : Int(log10(whole).rounded(.down)) + 1
    }

    /// `-12.5`, `3`, `1E-3`, `4.5e+10`: what a number cell holds.
    static func isNumber(_ text: String) -> Bool {
        var digits = 0
        var seenDot = false
        var seenExponent = false
        var previous: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard index == 0 || previous == UInt8(ascii: "E") || previous == UInt8(ascii: "e") else { return false }
            case UInt8(ascii: "."):
                guard !seenDot, !seenExponent else { return false }
                seenDot = true
            case UInt8(ascii: "E"), UInt8(ascii: "e"):
                guard !seenExponent, digits > 0 else { return false }
                seenExponent = true
            default: return false
            }
            previous = byte
        }
        return digits > 0 && previous != UInt8(ascii: "E") && previous != UInt8(ascii: "e")
            && previous != UInt8(ascii: "-") && previous != UInt8(ascii: "+")
    }
}
