import Foundation

/// The XML of one worksheet (`xl/worksheets/sheetN.xml`), in the element order the schema
/// requires: views (frozen panes), column widths, the cells, the autofilter, the drop-down
/// lists, the page setup.
enum XLSXSheetXML {
    static func xml(
        _ sheet: XLSXSheet, isSelected: Bool, notice: String? = nil, strings: inout XLSXSharedStrings
    ) -> String {
        let columns = sheet.columnCount
        let lastRow = max(sheet.rows.count, 1)
        let lastCell = "\(CellReference.columnName(max(columns, 1)))\(lastRow)"
        var xml = XLSXWriter.declaration
            + "<worksheet xmlns=\"\(XLSXWriter.mainNamespace)\" xmlns:r=\"\(XLSXWriter.relationshipNamespace)\">"
        if sheet.isLandscape { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        xml += "<dimension ref=\"A1:\(lastCell)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"" + (isSelected ? " tabSelected=\"1\"" : "") + ">"
        xml += pane(rows: sheet.frozenRows, columns: sheet.frozenColumns)
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.widths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        let columnNames = (0...max(columns, 1)).map { CellReference.columnName($0) }
        for (rowIndex, row) in sheet.rows.enumerated() {
            let lines = lineCount(row, widths: sheet.widths)
            xml += lines > 1
                ? "<row r=\"\(rowIndex + 1)\" ht=\"\(lines * 15)\" customHeight=\"1\">" : "<row r=\"\(rowIndex + 1)\">"
            let rowNumber = String(rowIndex + 1)
            for (columnIndex, cell) in row.enumerated() {
                cellXML(cell, reference: columnNames[columnIndex + 1] + rowNumber, strings: &strings, into: &xml)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.hasAutoFilter, !sheet.rows.isEmpty { xml += "<autoFilter ref=\"A1:\(lastCell)\"/>" }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\""
                    + " showErrorMessage=\"1\" errorStyle=\"stop\" error=\"\(XMLEscaping.attribute(validation.error))\""
                    + " sqref=\"\(validation.range)\"><formula1>\(XMLEscaping.text(validation.formula))</formula1>"
                    + "</dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        if sheet.isLandscape {
            xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        } else {
            xml += "<pageSetup paperSize=\"9\" orientation=\"portrait\"/>"
        }
        if let notice {
            // &C centres the header; a literal & is written &&.
            let text = notice.replacingOccurrences(of: "&", with: "&&")
            xml += "<headerFooter><oddHeader>" + XMLEscaping.text("&C&\"-,Bold\"" + text) + "</oddHeader></headerFooter>"
        }
        return xml + "</worksheet>"
    }

    /// The lines the row's wrapped text needs at its columns' widths (a character is about one
    /// unit of width; at most 20 lines): written as the row's height, since neither Excel nor
    /// LibreOffice fits the height of wrapped text when it opens a file.
    static func lineCount(_ row: [XLSXCell], widths: [Double]) -> Int {
        var lines = 1
        for (index, cell) in row.enumerated() {
            guard cell.style == .header || cell.style == .prefilled || cell.style == .input
                    || cell.style == .wrapped,
                  case .text(var text) = cell.value
            else { continue }
            let width = max(1, Int((index < widths.count ? widths[index] : 8.43) * 1.1))
            // Characters counted as scalars on the UTF-8 bytes: grapheme breaking on every
            // wrapped cell of a 20,000-row sheet was most of the writer's time.
            let count = text.withUTF8 { bytes -> Int in
                var count = 0
                var line = 0
                for byte in bytes {
                    if byte == 0x0A {
                        count += max(1, (line + width - 1) / width)
                        line = 0
                    } else if byte & 0xC0 != 0x80 {
                        line += 1
                    }
                }
                return count + max(1, (line + width - 1) / width)
            }
            lines = max(lines, min(count, 20))
        }
        return lines
    }

    private static func pane(rows: Int, columns: Int) -> String {
        guard rows > 0 || columns > 0 else { return "" }
        let topLeft = CellReference(row: rows + 1, column: columns + 1)
        let active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        var xml = "<pane"
        if columns > 0 { xml += " xSplit=\"\(columns)\"" }
        if rows > 0 { xml += " ySplit=\"\(rows)\"" }
        xml += " topLeftCell=\"\(topLeft)\" activePane=\"\(active)\" state=\"frozen\"/>"
        return xml + "<selection pane=\"\(active)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
    }

    private static func cellXML(
        _ cell: XLSXCell, reference: String, strings: inout XLSXSharedStrings, into xml: inout String
    ) {
        let style = cell.style == .normal ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.value {
        case .empty:
            if cell.style != .normal { xml += "<c r=\"" + reference + "\"" + style + "/>" }
        case .text(let text):
            guard !text.isEmpty else {
                if cell.style != .normal { xml += "<c r=\"" + reference + "\"" + style + "/>" }
                return
            }
            let number = strings.number(excelText(text))
            xml += "<c r=\"" + reference + "\"" + style + " t=\"s\"><v>" + String(number) + "</v></c>"
        case .number(let value):
            xml += "<c r=\"" + reference + "\"" + style + "><v>" + excelNumber(value) + "</v></c>"
        case .formula(let formula, let cached):
            xml += "<c r=\"" + reference + "\"" + style + "><f>" + XMLEscaping.text(formula) + "</f><v>"
                + excelNumber(cached) + "</v></c>"
        }
    }

    /// Text as a cell holds it: cut to Excel's limit, and `_xHHHH_` written so that Excel
    /// does not read it as an escaped character (`_x005F_` is the escaped `_`).
    static func excelText(_ text: String) -> String {
        var text = text
        // Counting characters only when the bytes could be too many (one to four per character).
        if text.utf8.count > XLSXWriter.maxCellCharacters, text.count > XLSXWriter.maxCellCharacters {
            text = String(text.prefix(XLSXWriter.maxCellCharacters - 1)) + "…"
        }
        guard XLSXText.mayHoldEscape(text) else { return text }
        return XLSXText.escapingLiteralEscapes(text)
    }

    /// A number as Excel stores it: exact up to 15 decimals (Excel keeps 15 significant digits
    /// anyway), through the amounts' fast formatter rather than `Decimal.description`.
    static func excelNumber(_ value: Decimal) -> String {
        value.plainText(scale: min(15, max(0, -value.exponent)))
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
