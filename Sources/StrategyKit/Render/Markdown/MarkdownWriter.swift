import Foundation

/// Writes a ``Document`` as GitHub-flavoured Markdown; all text is escaped here.
public struct MarkdownWriter: DocumentWriter {
    public var fileExtension: String { "md" }

    /// Creates the writer.
    public init() {}

    public func write(_ document: Document, labels: Labels) throws -> Data {
        Data(text(document).utf8)
    }

    /// The document as Markdown text.
    public func text(_ document: Document) -> String {
        let body = document.blocks.map { block($0, indent: "") }.joined(separator: "\n\n")
        return MarkdownText.normalized(body)
    }

    private func block(_ block: Block, indent: String) -> String {
        switch block {
        case .heading(let level, let content, _):
            let marks = String(repeating: "#", count: min(max(level, 1), 6))
            return marks + " " + inline(content, startsLine: false)
        case .paragraph(let content):
            return inline(content)
        case .list(let ordered, let items):
            return items.enumerated().map { index, item in
                let marker = ordered ? "\(index + 1). " : "- "
                let pad = String(repeating: " ", count: marker.count)
                let body = item.enumerated().map { position, block in
                    // The first block follows the marker; later ones start their own lines.
                    if position == 0, case .paragraph(let content) = block {
                        return inline(content, startsLine: false)
                    }
                    return self.block(block, indent: indent + pad)
                }.joined(separator: "\n\n" + pad)
                return marker + body
            }.joined(separator: "\n" + indent)
        case .table(let table):
            return self.table(table)
        case .quote(let blocks):
            return blocks.map { self.block($0, indent: indent) }.joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .rule:
            return "---"
        case .titlePage(let page):
            var parts = ["# " + MarkdownEscaping.inline(page.title, startsLine: false)]
            if !page.subtitle.isEmpty {
                parts.append("**" + MarkdownEscaping.inline(page.subtitle, startsLine: false) + "**")
            }
            parts.append(page.members.map { "- " + MarkdownEscaping.inline($0, startsLine: false) }
                .joined(separator: "\n"))
            var facts = ["| | |", "|---|---|"]
            facts += page.facts.map {
                "| \(MarkdownEscaping.cell($0.label)) | \(MarkdownEscaping.cell($0.value)) |"
            }
            parts.append(facts.joined(separator: "\n"))
            return parts.joined(separator: "\n\n")
        case .contents(let entries):
            return entries.map { entry in
                String(repeating: "  ", count: max(0, entry.level - 2))
                    + "- [\(MarkdownEscaping.inline(entry.title, startsLine: false))](#\(entry.anchor))"
            }.joined(separator: "\n")
        case .landscape(let blocks):
            return blocks.map { self.block($0, indent: indent) }.joined(separator: "\n\n")
        case .figure(let figure):
            return figure.fallback.map { self.block($0, indent: indent) }.joined(separator: "\n\n")
        }
    }

    private func table(_ table: Table) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        if let caption = table.caption { lines += ["*" + inline(caption, startsLine: false) + "*", ""] }
        let header = table.hasHeader
            ? table.columns.map { inline($0.header, startsLine: false) } : table.columns.map { _ in "" }
        lines.append(row(header))
        lines.append("|" + table.columns.map { column in
            switch column.alignment {
            case .leading: "---"
            case .center: ":---:"
            case .trailing: "---:"
            }
        }.joined(separator: "|") + "|")
        for body in table.rows {
            lines.append(row(body.cells.map { paragraphs in
                let text = paragraphs.map { inline($0, startsLine: false) }.filter { !$0.isEmpty }
                    .joined(separator: "<br>")
                return body.isTotal && !text.isEmpty ? "**" + text + "**" : text
            }))
        }
        return lines.joined(separator: "\n")
    }

    /// Inline content; only the first text may begin a line of the output.
    private func inline(_ content: [Inline], startsLine: Bool = true) -> String {
        content.enumerated().map { position, item in
            switch item {
            case .text(let text): MarkdownEscaping.inline(text, startsLine: startsLine && position == 0)
            case .strong(let inner): "**" + inline(inner, startsLine: false) + "**"
            case .emphasis(let inner): "*" + inline(inner, startsLine: false) + "*"
            case .code(let code): "`" + code.replacingOccurrences(of: "`", with: "'") + "`"
            case .link(let target, let inner):
                "[" + inline(inner, startsLine: false) + "](" + target.replacingOccurrences(of: ")", with: "%29")
                    .replacingOccurrences(of: " ", with: "%20") + ")"
            case .lineBreak: "<br>"
            }
        }.joined()
    }
}
