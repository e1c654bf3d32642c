import Foundation

/// Writes a ``Document`` as plain text for a terminal: underlined headings, indented lists,
/// tables with aligned columns. Nothing is escaped (there is no markup to escape from); control
/// characters other than line ends are dropped so user text cannot move a terminal's cursor.
public struct PlainTextWriter: DocumentWriter {
    public var fileExtension: String { "txt" }

    /// Creates the writer.
    public init() {}

    public func write(_ document: Document, labels: Labels) throws -> Data {
        Data(text(document).utf8)
    }

    /// The document as text, ending with one newline.
    public func text(_ document: Document) -> String {
        var lines: [String] = []
        write(document.blocks, indent: "", into: &lines)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ blocks: [Block], indent: String, into lines: inout [String]) {
        for block in blocks {
            write(block, indent: indent, into: &lines)
        }
    }

    /// Appends a block and the blank line after it.
    private func write(_ block: Block, indent: String, into lines: inout [String]) {
        switch block {
        case .heading(let level, let content, _):
            let title = plain(content)
            lines.append(indent + title)
            if level <= 3 {
                let mark: Character = level == 1 ? "=" : level == 2 ? "-" : "~"
                lines.append(indent + String(repeating: mark, count: max(3, title.count)))
            }
            lines.append("")
        case .paragraph(let content):
            lines += plain(content).split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
            lines.append("")
        case .list(let ordered, let items, let start, _):
            for (index, item) in items.enumerated() {
                let marker = ordered ? "\(start + index). " : "- "
                let pad = indent + String(repeating: " ", count: marker.count)
                var inner: [String] = []
                write(item, indent: "", into: &inner)
                // Lists are tight on a terminal: no blank lines inside or between items.
                for (position, line) in inner.filter({ !$0.isEmpty }).enumerated() {
                    lines.append((position == 0 ? indent + marker : pad) + line)
                }
            }
            lines.append("")
        case .table(let table):
            if let caption = table.caption { lines += [indent + plain(caption), ""] }
            lines += self.table(table).map { indent + $0 }
            lines.append("")
        case .quote(let blocks):
            var inner: [String] = []
            write(blocks, indent: "", into: &inner)
            while inner.last?.isEmpty == true { inner.removeLast() }
            lines += inner.map { $0.isEmpty ? indent + ">" : indent + "> " + $0 }
            lines.append("")
        case .code(_, let text):
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + "    " + clean(String($0)) }
            lines.append("")
        case .rule:
            lines += [indent + "---", ""]
        case .titlePage(let page):
            lines += page.members.map { indent + clean($0) }
            lines += ["", indent + clean(page.title)]
            if !page.subtitle.isEmpty { lines.append(indent + clean(page.subtitle)) }
            lines.append("")
            lines += page.facts.map { indent + clean($0.label) + ": " + clean($0.value) }
            lines.append("")
        case .contents(let entries):
            lines += entries.map { indent + String(repeating: "  ", count: max(0, $0.level - 2)) + "- " + clean($0.title) }
            lines.append("")
        case .landscape(let blocks):
            write(blocks, indent: indent, into: &lines)
        case .figure(let figure):
            write(figure.fallback, indent: indent, into: &lines)
        }
    }

    /// Rows of cells padded to each column's widest cell; several paragraphs in a cell are
    /// joined with "; ".
    private func table(_ table: Table) -> [String] {
        var rows: [[String]] = []
        if table.hasHeader { rows.append(table.columns.map { plain($0.header) }) }
        for row in table.rows {
            rows.append(row.cells.map { paragraphs in
                paragraphs.map { plain($0).replacingOccurrences(of: "\n", with: " ") }
                    .filter { !$0.isEmpty }.joined(separator: "; ")
            })
        }
        let count = table.columns.count
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            let cells = (0..<count).map { column -> String in
                let text = column < row.count ? row[column] : ""
                let space = String(repeating: " ", count: widths[column] - text.count)
                return table.columns[column].alignment == .trailing ? space + text : text + space
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
            if index == 0, table.hasHeader {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            }
        }
        return lines
    }

    /// Inline content as text; a line break is a new line.
    private func plain(_ content: [Inline]) -> String {
        var text = ""
        for item in content {
            switch item {
            case .lineBreak: text += "\n"
            case .chart(_, let alternative), .image(_, let alternative, _): text += clean(alternative)
            case .text(let value), .code(let value): text += clean(value)
            case .strong(let inner), .emphasis(let inner), .link(_, let inner): text += plain(inner)
            }
        }
        return text
    }

    /// User text without control characters (tabs become spaces).
    private func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) })
        else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                result.unicodeScalars.append(" ")
            } else if scalar.value >= 0x20, scalar.value != 0x7F, !(0x80..<0xA0).contains(scalar.value) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
