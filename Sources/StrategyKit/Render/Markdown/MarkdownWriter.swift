import Foundation

/// Writes a ``Document`` as GitHub-flavoured Markdown; all text is escaped here.
public struct MarkdownWriter: DocumentWriter {
    public var fileExtension: String { "md" }

    /// The pictures of the document being written, by source.
    private var images: [String: DocumentImage] = [:]

    /// Creates the writer.
    public init() {}

    public func write(_ document: Document, labels: Labels) throws -> Data {
        var writer = self
        writer.images = document.images
        return MarkdownText.normalizedData(writer.unnormalizedText(document))
    }

    /// The document as Markdown text.
    public func text(_ document: Document) -> String {
        var writer = self
        writer.images = document.images
        return MarkdownText.normalized(writer.unnormalizedText(document))
    }

    /// Where a Markdown export keeps a copy of the picture `source`, relative to the export's
    /// folder: `media/` and the picture's path in the workspace, so two pictures never share
    /// a name and the link needs no other folder.
    public static func imagePath(_ source: String) -> String {
        "media/" + source
    }

    /// The blocks one after the other, before blank lines and trailing spaces are tidied.
    private func unnormalizedText(_ document: Document) -> String {
        var output = ""
        for (index, block) in document.blocks.enumerated() {
            if index > 0 { output += "\n\n" }
            write(block, indent: "", to: &output)
        }
        return output
    }

    /// Appends a block; lines after its first begin with `indent` (inside list items).
    private func write(_ block: Block, indent: String, to output: inout String) {
        switch block {
        case .heading(let level, let content, _):
            output += String(repeating: "#", count: min(max(level, 1), 6))
            output += " "
            output += inline(content, startsLine: false)
        case .paragraph(let content):
            output += inline(content)
        case .list(let ordered, let items, let start, let isLoose):
            for (index, item) in items.enumerated() {
                if index > 0 { output += (isLoose ? "\n\n" : "\n") + indent }
                let marker = ordered ? "\(start + index). " : "- "
                let pad = String(repeating: " ", count: marker.count)
                output += marker
                for (position, block) in item.enumerated() {
                    if position > 0 { output += "\n\n" + pad }
                    // The first block follows the marker; later ones start their own lines.
                    if position == 0, case .paragraph(let content) = block {
                        output += inline(content, startsLine: false)
                    } else {
                        write(block, indent: indent + pad, to: &output)
                    }
                }
            }
        case .table(let table):
            write(table, to: &output)
        case .quote(let blocks):
            var inner = ""
            write(blocks, indent: indent, to: &inner)
            output += inner.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .rule:
            output += "---"
        case .code(let language, let text):
            // A fence longer than any run of backticks inside, so the code cannot close it.
            var longest = 0
            var run = 0
            for byte in text.utf8 {
                run = byte == UInt8(ascii: "`") ? run + 1 : 0
                longest = max(longest, run)
            }
            let fence = String(repeating: "`", count: max(3, longest + 1))
            let info = language.filter { $0 != "`" && !$0.isNewline }
            output += fence + info + "\n"
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                output += line.isEmpty ? "\n" : indent + line + "\n"
            }
            output += indent + fence
        case .titlePage(let page):
            output += "# " + MarkdownEscaping.inline(page.title, startsLine: false)
            if !page.subtitle.isEmpty {
                output += "\n\n**" + MarkdownEscaping.inline(page.subtitle, startsLine: false) + "**"
            }
            output += "\n\n"
            output += page.members.map { "- " + MarkdownEscaping.inline($0, startsLine: false) }
                .joined(separator: "\n")
            output += "\n\n| | |\n|---|---|"
            for fact in page.facts {
                output += "\n| \(MarkdownEscaping.cell(fact.label)) | \(MarkdownEscaping.cell(fact.value)) |"
            }
        case .contents(let entries):
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += "\n" }
                output += String(repeating: "  ", count: max(0, entry.level - 2))
                output += "- [\(MarkdownEscaping.inline(entry.title, startsLine: false))](#\(entry.anchor))"
            }
        case .landscape(let blocks):
            write(blocks, indent: indent, to: &output)
        case .figure(let figure):
            write(figure.fallback, indent: indent, to: &output)
        }
    }

    /// Appends blocks separated by blank lines.
    private func write(_ blocks: [Block], indent: String, to output: inout String) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { output += "\n\n" }
            write(block, indent: indent, to: &output)
        }
    }

    private func write(_ table: Table, to output: inout String) {
        func row(_ cells: [String]) {
            output += "|"
            for cell in cells {
                output += " "
                output += cell.isEmpty ? " " : cell
                output += " |"
            }
        }
        if let caption = table.caption { output += "*" + inline(caption, startsLine: false) + "*\n\n" }
        row(table.hasHeader ? table.columns.map { inline($0.header, startsLine: false) } : table.columns.map { _ in "" })
        output += "\n|"
        for column in table.columns {
            switch column.alignment {
            case .leading: output += "---|"
            case .center: output += ":---:|"
            case .trailing: output += "---:|"
            }
        }
        for body in table.rows {
            output += "\n|"
            for cell in body.contents {
                output += " "
                appendCell(cell, isTotal: body.isTotal, to: &output)
                output += " |"
            }
        }
    }

    /// A cell's paragraphs joined by `<br>` (empty ones left out), bold in a totals row, or a
    /// space when there is nothing to show; written straight into `output`, as a table of
    /// 20,000 rows has hundreds of thousands of cells.
    private func appendCell(_ cell: Table.Cell, isTotal: Bool, to output: inout String) {
        let start = output.utf8.count
        if isTotal { output += "**" }
        let contentStart = output.utf8.count
        switch cell {
        case .text(let text):
            output += MarkdownEscaping.inline(text, startsLine: false)
        case .paragraphs(let paragraphs):
            for paragraph in paragraphs {
                let hasText = output.utf8.count > contentStart
                if hasText { output += "<br>" }
                let lineStart = output.utf8.count
                output += inline(paragraph, startsLine: false)
                // An empty line takes back the break written before it.
                if hasText, output.utf8.count == lineStart { Self.removeLastBytes(4, of: &output) }
            }
        }
        if output.utf8.count == contentStart {
            if isTotal { Self.removeLastBytes(2, of: &output) }
            output += " "
        } else if isTotal {
            output += "**"
        }
        assert(output.utf8.count > start)
    }

    /// Takes back the last `count` bytes of `text`, ASCII the writer has just added (by bytes:
    /// taking characters back could take a user's character with them, as a prepended mark
    /// and the `<` after it are one character).
    private static func removeLastBytes(_ count: Int, of text: inout String) {
        text.removeSubrange(text.utf8.index(text.endIndex, offsetBy: -count)..<text.endIndex)
    }

    /// Inline content; only the first text may begin a line of the output.
    private func inline(_ content: [Inline], startsLine: Bool = true) -> String {
        if content.count == 1, case .text(let text) = content[0] {
            return MarkdownEscaping.inline(text, startsLine: startsLine)
        }
        var output = ""
        for (position, item) in content.enumerated() {
            switch item {
            case .text(let text): output += MarkdownEscaping.inline(text, startsLine: startsLine && position == 0)
            case .strong(let inner): output += "**" + inline(inner, startsLine: false) + "**"
            case .emphasis(let inner): output += "*" + inline(inner, startsLine: false) + "*"
            case .code(let code): output += "`" + code.replacingOccurrences(of: "`", with: "'") + "`"
            case .link(let target, let inner):
                output += "[" + inline(inner, startsLine: false) + "](" + target.replacingOccurrences(of: ")", with: "%29")
                    .replacingOccurrences(of: " ", with: "%20") + ")"
            case .lineBreak: output += "<br>"
            case .image(let source, let alternative, let title):
                guard images[source] != nil else {
                    output += MarkdownEscaping.inline(alternative, startsLine: false)
                    continue
                }
                output += "![" + MarkdownEscaping.inline(alternative, startsLine: false) + "]("
                output += Self.imagePath(source).replacingOccurrences(of: "%", with: "%25")
                    .replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
                    .replacingOccurrences(of: ")", with: "%29")
                if !title.isEmpty {
                    output += " \"" + title.replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " ") + "\""
                }
                output += ")"
            case .chart(_, let alternative): output += MarkdownEscaping.inline(alternative, startsLine: false)
            }
        }
        return output
    }
}
