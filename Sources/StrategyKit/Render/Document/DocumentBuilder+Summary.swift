import Foundation

extension DocumentBuilder {
    /// The executive summary: the prose section `summary` under its own `##` heading, or
    /// nothing at all when the workspace has none (a strategy without a summary shows no empty
    /// section). Its headings are pushed under the summary's own, as other prose is.
    var executiveSummary: [Block] {
        guard let markdown = strategy.prose[language]?["summary"]?.markdown else { return [] }
        let body = MarkdownParser.parse(withCitations(markdown)).map { block -> Block in
            guard case .heading(let level, let content, let anchor) = block, level < 3 else { return block }
            return .heading(level: 3, content: content, anchor: anchor)
        }
        return [.heading(level: 2, content: Inline.plain(labels["summary.title"]), anchor: "")] + body
    }
}
