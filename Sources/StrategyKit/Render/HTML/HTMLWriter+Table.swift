extension HTMLWriter {
    /// A table in a scrolling wrapper: caption, column widths, a header row of `th`, body rows;
    /// alignment by class on every cell (CSS cannot align cells through `<col>`).
    func writeTable(_ table: Table, to out: inout String) {
        out += "<div class=\"table-wrap\">\n"
        out += "<table>\n"
        if let caption = table.caption {
            out += "<caption>"
            writeInlines(caption, to: &out)
            out += "</caption>\n"
        }
        if !table.columns.isEmpty {
            out += "<colgroup>"
            let widths = Self.percentages(table.columns.map(\.width))
            for width in widths {
                out += "<col style=\"width:\(width)%\" />"
            }
            out += "</colgroup>\n"
        }
        if table.hasHeader {
            out += "<thead>\n<tr>"
            for column in table.columns {
                out += "<th scope=\"col\"\(Self.alignmentClass(column.alignment))>"
                writeInlines(column.header, to: &out)
                out += "</th>"
            }
            out += "</tr>\n</thead>\n"
        }
        out += "<tbody>\n"
        for row in table.rows {
            out += row.isTotal ? "<tr class=\"total\">" : "<tr>"
            for (index, cell) in row.contents.enumerated() {
                let alignment = table.columns.indices.contains(index)
                    ? table.columns[index].alignment : .leading
                out += "<td\(Self.alignmentClass(alignment))>"
                writeCell(cell, to: &out)
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// One paragraph is written bare; several become `<p>`s.
    private func writeCell(_ cell: Table.Cell, to out: inout String) {
        let paragraphs: [[Inline]]
        switch cell {
        case .text(let text):
            out += XMLEscaping.text(text)
            return
        case .paragraphs(let content):
            paragraphs = content
        }
        if paragraphs.count == 1 {
            writeInlines(paragraphs[0], to: &out)
            return
        }
        for paragraph in paragraphs {
            out += "<p>"
            writeInlines(paragraph, to: &out)
            out += "</p>"
        }
    }

    private static func alignmentClass(_ alignment: Table.Column.Alignment) -> String {
        switch alignment {
        case .leading: ""
        case .center: " class=\"align-center\""
        case .trailing: " class=\"align-end\""
        }
    }

    /// Relative widths as percentages with one decimal, in integer arithmetic so the text
    /// never depends on floating-point formatting ("12.5").
    static func percentages(_ widths: [Int]) -> [String] {
        let total = widths.reduce(0) { $0 + max(1, $1) }
        return widths.map { width in
            let permille = (max(1, width) * 2000 + total) / (2 * total)  // Rounded half up.
            return "\(permille / 10).\(permille % 10)"
        }
    }
}
