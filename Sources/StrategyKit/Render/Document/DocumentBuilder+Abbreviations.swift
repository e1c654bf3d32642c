import Foundation

extension DocumentBuilder {
    /// The list of abbreviations: those of `abbreviations.json` that this language's text
    /// uses, in alphabetical order, under their own `##` heading; nothing when the workspace
    /// keeps no list or its text uses none of them.
    var abbreviationList: [Block] {
        guard let abbreviations = strategy.abbreviations else { return [] }
        let used = AbbreviationRules.used(in: strategy, language: language)
        var seen = Set<String>()
        let rows = (abbreviations[language] ?? [])
            .filter { used[$0.short] != nil && seen.insert($0.short).inserted }
            .sorted { $0.short < $1.short }
            .map { Table.Row(contents: [.plain($0.short), .plain($0.full)]) }
        guard !rows.isEmpty else { return [] }
        return [
            .heading(level: 2, content: Inline.plain(labels["abbreviations.title"]), anchor: ""),
            .table(Table(columns: [
                .init(Inline.plain(labels["abbreviations.column.short"]), width: 2),
                .init(Inline.plain(labels["abbreviations.column.full"]), width: 8),
            ], rows: rows)),
        ]
    }
}
