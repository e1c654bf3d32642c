import Foundation

extension DocumentBuilder {
    /// The number of each source, by id: its place in `sources.json`.
    var referenceNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for (index, reference) in strategy.references.enumerated() where numbers[reference.id.value.rawValue] == nil {
            numbers[reference.id.value.rawValue] = index + 1
        }
        return numbers
    }

    /// `markdown` with each citation `[@ref.id]` of a known source replaced by its number in
    /// brackets, escaped so that it stays text: «[3]». Unknown ids stay as written (`check`
    /// reports them).
    func withCitations(_ markdown: String) -> String {
        guard markdown.contains("[@") else { return markdown }
        let numbers = referenceNumbers
        var result = ""
        var consumed = markdown.startIndex
        for citation in SourceRules.citations(in: markdown) {
            let start = markdown.index(markdown.startIndex, offsetBy: citation.offset)
            let end = markdown.index(start, offsetBy: citation.length)
            guard let number = numbers[citation.id] else { continue }
            result += markdown[consumed..<start]
            result += "\\[\(number)\\]"
            consumed = end
        }
        result += markdown[consumed...]
        return result
    }

    /// The list of sources at the end of the document, numbered as they are cited; nothing
    /// when the workspace lists none.
    var sourceList: [Block] {
        guard !strategy.references.isEmpty else { return [] }
        return [.heading(level: 2, content: Inline.plain(labels["sources.title"]), anchor: "")]
            + strategy.references.enumerated().map { index, reference in
                .paragraph(Inline.plain("[\(index + 1)] " + text(reference.title)))
            }
    }

    /// An indicator's sources as « [1], [2]», to follow its means of verification.
    func citationSuffix(_ indicator: Indicator) -> String {
        let numbers = referenceNumbers
        let cited = indicator.sources.compactMap { numbers[$0.value.rawValue] }
        return cited.isEmpty ? "" : " " + cited.map { "[\($0)]" }.joined(separator: ", ")
    }
}
