extension CommentMatrix {
    /// The matrix as a document in `language`, for the Markdown, HTML and DOCX writers: the
    /// per-member counts, then one table per section on landscape pages.
    public func document(language: Language, labels: Labels) -> Document {
        let title = labels.format("comments.matrix.title", ["version": version.name])
        var blocks: [Block] = [
            .heading(level: 1, content: [.text(title)], anchor: "comments-\(version.name)"),
            .paragraph([.text(labels.format("comments.matrix.subtitle", [
                "version": version.name, "date": labels.date(version.date), "note": version.note,
            ]))]),
            .heading(level: 2, content: [.text(labels["comments.matrix.statistics"])], anchor: "comments-statistics"),
            .table(statisticsTable(language: language, labels: labels)),
        ]
        guard !groups.isEmpty else {
            blocks.append(.paragraph([.text(labels["comments.matrix.none"])]))
            return Document(language: language, title: title, blocks: blocks)
        }
        var sections: [Block] = []
        for group in groups {
            sections.append(.heading(
                level: 2, content: [.text(group.section.titles[language] ?? group.section.id)],
                anchor: "comments-\(group.section.id)"))
            sections.append(.table(table(group, language: language, labels: labels)))
        }
        blocks.append(.landscape(sections))
        return Document(language: language, title: title, blocks: blocks)
    }

    /// The matrix as one CSV table in `language` (BOM, CRLF, formula-safe cells): a row per
    /// comment with its section, disposition and response. The counts are in the documents.
    public func csv(language: Language, labels: Labels) -> String {
        var rows: [[String]] = [[
            "comments.matrix.id", "comments.column.member", "comments.matrix.section", "comments.column.target",
            "comments.column.title", "comments.column.paragraph", "comments.column.type", "comments.column.comment",
            "comments.column.proposal", "comments.matrix.decision", "comments.matrix.date", "comments.matrix.response",
            "comments.matrix.landed", "comments.column.quote",
        ].map { CSVEscaping.cell(labels[$0]) }]
        for group in groups {
            for entry in group.entries {
                let comment = entry.comment
                let cells = [
                    comment.id, memberName(comment.member, language), group.section.titles[language] ?? group.section.id,
                    comment.target, entry.target?.titles[language] ?? "", comment.paragraph,
                    labels["comments.type.\(comment.type.rawValue)"], comment.text, comment.proposal,
                    labels["comments.status.\(entry.status.rawValue)"], entry.resolution?.date.description ?? "",
                    response(entry, language: language, labels: labels), landing(entry, labels: labels),
                    comment.quote,
                ]
                rows.append(cells.map { CSVEscaping.cell($0) })
            }
        }
        return CSVEscaping.file(rows)
    }

    // MARK: Tables

    private func statisticsTable(language: Language, labels: Labels) -> Table {
        let statuses: [CommentStatus] = [.decided(.accepted), .decided(.partly), .decided(.rejected),
                                         .decided(.noted), .open]
        var columns = [Table.Column([.text(labels["comments.column.member"])], width: 4),
                       Table.Column([.text(labels["comments.matrix.received"])], width: 2, alignment: .trailing)]
        columns += statuses.map {
            Table.Column([.text(labels["comments.matrix.count.\($0.rawValue)"])], width: 2, alignment: .trailing)
        }
        var rows: [Table.Row] = []
        var total = Tally(member: MemberID(""))
        for tally in tallies {
            rows.append(Table.Row([[.text(memberName(tally.member, language))], [.text(String(tally.received))]]
                + statuses.map { [.text(String(tally.count($0)))] }))
            total.received += tally.received
            for status in statuses { total.counts[status, default: 0] += tally.count(status) }
        }
        rows.append(Table.Row([[.text(labels["total"])], [.text(String(total.received))]]
            + statuses.map { [.text(String(total.count($0)))] }, isTotal: true))
        return Table(columns: columns, rows: rows)
    }

    private func table(_ group: Group, language: Language, labels: Labels) -> Table {
        let columns = [
            Table.Column([.text(labels["comments.matrix.id"])], width: 3),
            Table.Column([.text(labels["comments.column.target"])], width: 4),
            Table.Column([.text(labels["comments.column.type"])], width: 2),
            Table.Column([.text(labels["comments.column.comment"])], width: 6),
            Table.Column([.text(labels["comments.column.proposal"])], width: 5),
            Table.Column([.text(labels["comments.matrix.decision"])], width: 3),
            Table.Column([.text(labels["comments.matrix.response"])], width: 6),
            Table.Column([.text(labels["comments.matrix.landed"])], width: 2),
        ]
        let rows = group.entries.map { entry in
            let comment = entry.comment
            var target: [[Inline]]
            switch entry.target?.kind {
            case .document?: target = [[.text(labels["comments.document"])]]
            case .section?, nil: target = [[.text(labels["comments.matrix.whole-section"])]]
            case _?:
                target = [[.strong([.text(comment.target)]), .text(" " + (entry.target?.titles[language] ?? ""))]]
            }
            if !comment.paragraph.isEmpty {
                target.append([.text(labels.format("comments.matrix.paragraph", ["paragraph": comment.paragraph]))])
            }
            var decision: [[Inline]] = [[.text(labels["comments.status.\(entry.status.rawValue)"])]]
            if let resolution = entry.resolution {
                decision.append([.text(labels.date(resolution.date))])
                for old in resolution.replaced.reversed() {
                    decision.append([.emphasis([.text(labels.format("comments.matrix.changed", [
                        "decision": labels["comments.status.\(old.decision.rawValue)"], "date": labels.date(old.date),
                    ]))])])
                }
            }
            return Table.Row(paragraphs: [
                [[.text(comment.id)]],
                target,
                [[.text(labels["comments.type.\(comment.type.rawValue)"])]],
                (comment.quote.isEmpty ? [] : [[.emphasis([.text("«" + comment.quote + "»")])]])
                    + Self.paragraphs(comment.text),
                Self.paragraphs(comment.proposal),
                decision,
                Self.paragraphs(response(entry, language: language, labels: labels)),
                [[.text(landing(entry, labels: labels))]],
            ])
        }
        return Table(columns: columns, rows: rows)
    }

    // MARK: Cells

    /// The response in `language`; when only another language has one, that one, marked.
    private func response(_ entry: Entry, language: Language, labels: Labels) -> String {
        guard let responses = entry.resolution?.responses else { return "" }
        if let text = responses[language] { return text }
        guard let other = responses.keys.sorted().first, let text = responses[other] else { return "" }
        return labels.format("comments.matrix.other-language", ["language": other.code, "response": text])
    }

    /// Where an accepted comment was answered: the version whose redline tracks the change of
    /// its section, entity or paragraph (`version diff <v> <landing> --redline`).
    private func landing(_ entry: Entry, labels: Labels) -> String {
        guard let landing = entry.landing else { return "" }
        if landing.isRemoval { return labels.format("comments.matrix.removed", ["version": landing.version]) }
        let comment = entry.comment
        let place = comment.paragraph.isEmpty ? comment.target : "\(comment.target) ¶\u{00A0}\(comment.paragraph)"
        return labels.format("comments.matrix.tracked", [
            "version": landing.version, "target": place, "since": landing.previous,
        ])
    }

    private func memberName(_ id: MemberID, _ language: Language) -> String {
        guard let member = members.first(where: { $0.id.value == id }) else { return id.rawValue }
        let short = member.shortName[language]
        return short.isEmpty ? id.rawValue : short
    }

    /// A multi-line text as paragraphs of a cell (a blank cell is one empty paragraph).
    private static func paragraphs(_ text: String) -> [[Inline]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        return lines.isEmpty ? [[]] : lines.map { [.text(String($0))] }
    }
}
