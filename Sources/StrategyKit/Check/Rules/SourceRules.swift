import Foundation

/// Citations: prose cites a source as `[@ref.id]` and an indicator names its `sources`; every
/// cited id must be in `sources.json`, and every listed source should be cited somewhere (an
/// uncited entry is a list nobody can trace back to the text).
enum SourceRules {
    /// `[@ref.id]` in prose: the ids cited, with the offset of each citation.
    static func citations(in markdown: String) -> [(id: String, offset: Int, length: Int)] {
        var result: [(String, Int, Int)] = []
        let characters = Array(markdown)
        var index = 0
        while index + 2 < characters.count {
            if characters[index] == "[", characters[index + 1] == "@" {
                var end = index + 2
                // An id is a slug: letters, digits, '.', '-', '_'.
                while end < characters.count, end - index < 80,
                      characters[end].isLetter || characters[end].isNumber || ".-_".contains(characters[end]) {
                    end += 1
                }
                if end < characters.count, characters[end] == "]", end > index + 2 {
                    result.append((String(characters[(index + 2)..<end]), index, end - index + 1))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return result
    }

    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        let known = Set(strategy.references.map(\.id.value.rawValue))
        var cited = Set<String>()
        for language in strategy.languages {
            for (_, section) in (strategy.prose[language] ?? [:]).sorted(by: { $0.key < $1.key }) {
                for citation in citations(in: section.markdown) {
                    cited.insert(citation.id)
                    guard !known.contains(citation.id) else { continue }
                    sink.report(.error(
                        "ref.unknown-id", "prose section '\(section.id)' cites unknown source '\(citation.id)'",
                        at: SourceLocation.prose(offset: citation.offset, in: section.markdown, file: section.location.file),
                        notes: Suggestion.closest(to: citation.id, in: known.sorted()).map { [.init("did you mean '\($0)'?")] } ?? []))
                }
            }
        }
        for indicator in strategy.indicators {
            for source in indicator.sources {
                cited.insert(source.value.rawValue)
                guard !known.contains(source.value.rawValue) else { continue }
                sink.report(.error(
                    "ref.unknown-id", "indicator \(indicator.id.value.rawValue) names unknown source '\(source.value.rawValue)'",
                    at: source.location))
            }
        }
        for reference in strategy.references where !cited.contains(reference.id.value.rawValue) {
            sink.report(.warning(
                "source.uncited", "source '\(reference.id.value.rawValue)' is cited nowhere in the prose or the indicators",
                at: reference.id.location))
        }
    }
}
