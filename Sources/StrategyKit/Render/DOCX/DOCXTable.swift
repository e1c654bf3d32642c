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
        stream: inout DOCXStream, anchors: inout Int?
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
            var bookmark: (id: Int, name: String, anchor: String)?
            if let next = anchors, let anchor = row.anchor {
                bookmark = (next, DOCXAnchors.bookmarkName(anchor), anchor)
                anchors = next + 1
            }
            writeRow(row, isHeader: false, layout: layout, runs: &runs, to: &xml, bookmark: bookmark)
            stream.take(&xml)
        }
        xml += "</w:tbl>"
    }

    /// A row; a row with fewer cells than columns is padded with empty cells, and cells beyond
    /// the last column are not shown (the document builder makes rows as wide as the table).
    /// A `bookmark` starts in the first cell's first paragraph and ends after the last cell's
    /// text: a comment anywhere in the row belongs to the row's entity.
    private static func writeRow(
        _ row: Table.Row, isHeader: Bool, layout: Layout, runs: inout DOCXRuns, to xml: inout String,
        bookmark: (id: Int, name: String, anchor: String)? = nil
    ) {
        let saved = runs.blockChange
        defer { runs.blockChange = saved }
        if let change = row.change {
            guard runs.tracking != nil || change == .inserted else { return }
            if runs.tracking != nil { runs.blockChange = change }
        }
        let rowMark = runs.blockChange.map { runs.trackMark($0) } ?? ""
        xml += isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>" + rowMark + "</w:trPr>"
            : "<w:tr><w:trPr><w:cantSplit/>" + rowMark + "</w:trPr>"
        let kind: Layout.Kind = isHeader ? .header : row.isTotal ? .total : .body
        var style = DOCXRuns.Style()
        style.bold = isHeader || row.isTotal
        for index in layout.widths.indices {
            xml += layout.cellOpening[kind.rawValue][index]
            let cell = index < row.contents.count ? row.contents[index] : Table.Cell.empty
            let isFirst = index == 0, isLast = index == layout.widths.count - 1
            switch cell {
            case .text(let text):
                xml += layout.paragraphOpening[kind.rawValue][index]
                if isFirst, let bookmark { xml += DOCXAnchors.start(id: bookmark.id, name: bookmark.name) }
                runs.append(text: text, style: style, to: &xml)
                if isFirst, let bookmark { xml += DOCXAnchors.end(id: bookmark.id) }
                if isLast, let bookmark { xml += endMarker(bookmark) }
                xml += "</w:p>"
            case .paragraphs(let paragraphs):
                // A cell must hold at least one paragraph.
                let list = paragraphs.isEmpty ? [[]] : paragraphs
                for (number, content) in list.enumerated() {
                    xml += layout.paragraphOpening[kind.rawValue][index]
                    if isFirst, number == 0, let bookmark {
                        xml += DOCXAnchors.start(id: bookmark.id, name: bookmark.name)
                    }
                    runs.append(content, style: style, to: &xml)
                    if isFirst, number == 0, let bookmark { xml += DOCXAnchors.end(id: bookmark.id) }
                    if isLast, number == list.count - 1, let bookmark { xml += endMarker(bookmark) }
                    xml += "</w:p>"
                }
            }
            xml += "</w:tc>"
        }
        xml += "</w:tr>"
    }

    /// The empty bookmark after a row's last text that ends its entity (see
    /// ``DOCXAnchors/endName(_:)``); its id is the row bookmark's, moved by
    /// `DOCXAnchors.endMarkerOffset` into a range of its own.
    private static func endMarker(_ bookmark: (id: Int, name: String, anchor: String)) -> String {
        let id = bookmark.id + DOCXAnchors.endMarkerOffset
        return DOCXAnchors.start(id: id, name: DOCXAnchors.endName(bookmark.anchor)) + DOCXAnchors.end(id: id)
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
