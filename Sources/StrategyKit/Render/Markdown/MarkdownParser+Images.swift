extension MarkdownParser {
    /// The sources of the images in `markdown` as the parser reads them (escapes and character
    /// references resolved, reference images through their definitions), each once, in order
    /// of first appearance. Images in code are code, not images.
    public static func imageSources(in markdown: String) -> [String] {
        var sources: [String] = []
        var seen: Set<String> = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .image(let source, _, _):
                    if seen.insert(source).inserted { sources.append(source) }
                case .strong(let content), .emphasis(let content), .link(_, let content):
                    visit(content)
                case .text, .code, .lineBreak, .chart:
                    break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, let content, _), .paragraph(let content): visit(content)
                case .list(_, let items, _, _): items.forEach(visit)
                case .quote(let inner), .landscape(let inner): visit(inner)
                case .table(let table):
                    table.columns.forEach { visit($0.header) }
                    for row in table.rows { row.cells.joined().forEach(visit) }
                case .figure(let figure): visit(figure.fallback)
                case .rule, .titlePage, .contents, .code: break
                }
            }
        }
        visit(parse(markdown))
        return sources
    }
}
