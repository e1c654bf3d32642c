/// A ``Table`` as a `w:tbl`: fixed layout with column widths from ``DOCXColumnWidths``, a
/// header row that repeats on every page, rows that do not split across pages.
enum DOCXTable {
    private static let headerFill = "D9E2F3"
    private static let totalFill = "F2F2F2"

    /// Whether the table has a row to show: Word reports a table without columns or rows as
    /// damaged, so such a table is left out (its caption stays).
    static func isWritable(_ table: Table) -> Bool {
        !table.columns.isEmpty && (table.hasHeader || !table.rows.isEmpty)
    }

    /// Appends `table`, `width` twips wide and indented by `indent` (inside a list item or
    /// quote), to `xml`; see ``isWritable(_:)``.
    /// Rows go to `stream` as they are written.
    static func write(
        _ table: Table, width: Int, indent: Int, runs: inout DOCXRuns, to xml: inout String,
        stream: inout DOCXStream
    ) {
        let widths = DOCXColumnWidths.widths(for: table, total: width)
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
            + "<w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + (indent > 0 ? "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" : "")
            + "<w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"\(table.hasHeader ? 1 : 0)\" w:lastRow=\"0\""
            + " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>"
        for columnWidth in widths { xml += "<w:gridCol w:w=\"\(columnWidth)\"/>" }
        xml += "</w:tblGrid>"
        let layout = Layout(table, widths: widths)
        if table.hasHeader {
            let header = Table.Row(paragraphs: table.columns.map { [$0.header] })
            writeRow(header, isHeader: true, layout: layout, runs: &runs, to: &xml)
        }
        for row in table.rows {
            writeRow(row, isHeader: false, layout: layout, runs: &runs, to: &xml)
            stream.take(&xml)
        }
        xml += "</w:tbl>"
    }

    /// A row; a row with fewer cells than columns is padded with empty cells, and cells beyond
    /// the last column are not shown (the document builder makes rows as wide as the table).
    private static func writeRow(
        _ row: Table.Row, isHeader: Bool, layout: Layout, runs: inout DOCXRuns, to xml: inout String
    ) {
        xml += isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        let kind: Layout.Kind = isHeader ? .header : row.isTotal ? .total : .body
        var style = DOCXRuns.Style()
        style.bold = isHeader || row.isTotal
        for index in layout.widths.indices {
            xml += layout.cellOpening[kind.rawValue][index]
            let cell = index < row.contents.count ? row.contents[index] : Table.Cell.empty
            switch cell {
            case .text(let text):
                xml += layout.paragraphOpening[kind.rawValue][index]
                runs.append(text: text, style: style, to: &xml)
                xml += "</w:p>"
            case .paragraphs(let paragraphs):
                // A cell must hold at least one paragraph.
                for content in paragraphs.isEmpty ? [[]] : paragraphs {
                    xml += layout.paragraphOpening[kind.rawValue][index]
                    runs.append(content, style: style, to: &xml)
                    xml += "</w:p>"
                }
            }
            xml += "</w:tc>"
        }
        xml += "</w:tr>"
    }

    /// What every cell of a column starts with, written once per table rather than once per
    /// cell (the action matrix has hundreds of thousands of cells).
    private struct Layout {
        enum Kind: Int {
            case header, body, total
        }

        let widths: [Int]
        /// `<w:tc>` and its properties, by kind then column.
        let cellOpening: [[String]]
        /// `<w:p>` and its properties, by kind then column.
        let paragraphOpening: [[String]]

        init(_ table: Table, widths: [Int]) {
            self.widths = widths
            let kinds: [Kind] = [.header, .body, .total]
            cellOpening = kinds.map { kind in
                widths.map { width in
                    var xml = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                    switch kind {
                    case .header: xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(headerFill)\"/>"
                    case .total: xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(totalFill)\"/>"
                    case .body: break
                    }
                    if kind == .header { xml += "<w:vAlign w:val=\"bottom\"/>" }
                    return xml + "</w:tcPr>"
                }
            }
            paragraphOpening = kinds.map { kind in
                table.columns.map { column in
                    var paragraph = DOCXParagraph()
                    paragraph.style = table.isDense ? "TableTextDense" : "TableText"
                    paragraph.alignment = DOCXTable.alignment(column.alignment)
                    paragraph.keepNext = kind == .header
                    return paragraph.opening
                }
            }
        }
    }

    private static func alignment(_ alignment: Table.Column.Alignment) -> DOCXParagraph.Alignment? {
        switch alignment {
        case .leading: nil
        case .center: .center
        case .trailing: .right
        }
    }
}
