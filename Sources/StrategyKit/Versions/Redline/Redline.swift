import Foundation

/// The redline: a version's strategy document with Word tracked changes against an earlier
/// version, so that Word's Review pane walks through what changed. Accepting every change gives
/// the newer document's text, rejecting every change the older one's.
///
/// Both documents are built as ``DocumentBuilder`` builds them and compared block by block:
/// blocks with the same text match; in the gaps between matches, blocks of the same kind
/// (a paragraph and a paragraph, a table and a table with as many columns, an entity and the
/// same entity) are compared inside, word by word for text; what is left was inserted or
/// deleted as a whole. Table rows match by the entity they show (an action's id), so added,
/// removed and reordered actions are rows inserted and deleted, and changed cells are tracked
/// in the cell.
public enum Redline {
    /// The redline document of `new` against `old` in `language`.
    public static func document(
        old: Strategy, new: Strategy, language: Language, templates: TemplateSet
    ) throws -> Document {
        let set = try templates.templates(for: language)
        let before = try DocumentBuilder(
            strategy: old, context: RenderContext(language: language, templates: set, date: old.edition.date),
            drawsFigures: false
        ).build()
        let after = try DocumentBuilder(
            strategy: new, context: RenderContext(language: language, templates: set, date: new.edition.date),
            drawsFigures: false
        ).build()
        return Document(language: language, title: after.title, blocks: blocks(before.blocks, after.blocks))
    }

    /// The redline as a `.docx`, its changes by `author` on `date`.
    public static func docx(
        old: Strategy, new: Strategy, language: Language, templates: TemplateSet, author: String, date: CalendarDate
    ) throws -> Data {
        let document = try document(old: old, new: new, language: language, templates: templates)
        var writer = DOCXWriter()
        writer.trackedChanges = (author, date)
        return try writer.write(document, labels: templates.templates(for: language).labels)
    }

    // MARK: Blocks

    /// `new` with `old`'s differences as tracked changes.
    static func blocks(_ old: [Block], _ new: [Block]) -> [Block] {
        if old == new { return new }
        let pairs = SequenceDiff.matches(old.map(key), new.map(key))
        var result: [Block] = []
        var (oldIndex, newIndex) = (0, 0)
        for (oldMatch, newMatch) in pairs + [(old.count, new.count)] {
            result += gap(Array(old[oldIndex..<oldMatch]), Array(new[newIndex..<newMatch]))
            if oldMatch < old.count {
                result.append(pair(old[oldMatch], new[newMatch]))
            }
            (oldIndex, newIndex) = (oldMatch + 1, newMatch + 1)
        }
        return result
    }

    /// Blocks that did not match: those of a kind are compared inside, the rest are tracked
    /// whole (deletions first).
    private static func gap(_ old: [Block], _ new: [Block]) -> [Block] {
        guard !old.isEmpty || !new.isEmpty else { return [] }
        let pairs = SequenceDiff.matches(old.map(kind), new.map(kind))
        var result: [Block] = []
        var (oldIndex, newIndex) = (0, 0)
        for (oldMatch, newMatch) in pairs + [(old.count, new.count)] {
            if oldIndex < oldMatch { result.append(.tracked(.deleted, Array(old[oldIndex..<oldMatch]))) }
            if newIndex < newMatch { result.append(.tracked(.inserted, Array(new[newIndex..<newMatch]))) }
            if oldMatch < old.count {
                if isRewritten(old[oldMatch], new[newMatch]) {
                    result.append(.tracked(.deleted, [old[oldMatch]]))
                    result.append(.tracked(.inserted, [new[newMatch]]))
                } else {
                    result.append(pair(old[oldMatch], new[newMatch]))
                }
            }
            (oldIndex, newIndex) = (oldMatch + 1, newMatch + 1)
        }
        return result
    }

    /// Whether two paragraphs or headings share less than half their words: then one replaced
    /// the other, which reads better as a paragraph deleted and one inserted than as every
    /// word struck through and retyped.
    private static func isRewritten(_ old: Block, _ new: Block) -> Bool {
        let contents: (Block) -> [Inline]? = { block in
            switch block {
            case .paragraph(let content), .heading(_, let content, _): content
            default: nil
            }
        }
        guard let before = contents(old), let after = contents(new) else { return false }
        let (oldWords, newWords) = (WordDiff.tokens(before), WordDiff.tokens(after))
        let common = SequenceDiff.matches(oldWords, newWords).count
        return common * 2 < max(oldWords.count, newWords.count)
    }

    /// Two blocks of one kind, compared inside.
    private static func pair(_ old: Block, _ new: Block) -> Block {
        if old == new { return new }
        switch (old, new) {
        case (.heading(_, let before, _), .heading(let level, let after, let anchor)):
            return .heading(level: level, content: WordDiff.redline(before, after), anchor: anchor)
        case (.paragraph(let before), .paragraph(let after)):
            return .paragraph(WordDiff.redline(before, after))
        case (.list(_, let before, _, _), .list(let ordered, let after, let start, let isLoose)):
            return .list(ordered: ordered, items: items(before, after), start: start, isLoose: isLoose)
        case (.table(let before), .table(let after)):
            return .table(table(before, after))
        case (.quote(let before), .quote(let after)):
            return .quote(blocks(before, after))
        case (.landscape(let before), .landscape(let after)):
            return .landscape(blocks(before, after))
        case (.anchored(_, let before), .anchored(let id, let after)):
            return .anchored(id: id, blocks: blocks(before, after))
        case (.titlePage(let before), .titlePage(var after)):
            after.redline = titlePage(before, after)
            return .titlePage(after)
        case (.figure(let before), .figure(let after)):
            return .figure(Figure(svg: after.svg, caption: after.caption, fallback: blocks(before.fallback, after.fallback)))
        default:
            return new
        }
    }

    /// What makes two blocks the same block: their kind and all their text.
    private static func key(_ block: Block) -> String {
        switch block {
        case .heading(let level, let content, _): "h\(level)\u{1}" + content.plainText
        case .paragraph(let content): "p\u{1}" + content.plainText
        case .list(let ordered, let items, _, _):
            "l\(ordered)\u{1}" + items.map { item in item.map(key).joined(separator: "\u{2}") }.joined(separator: "\u{3}")
        case .table(let table): "t\u{1}" + table.columns.map(\.header.plainText).joined(separator: "\u{2}")
        case .quote(let inner): "q\u{1}" + inner.map(key).joined(separator: "\u{2}")
        case .rule: "r"
        case .titlePage: "tp"
        case .contents: "toc"
        case .landscape: "ls"
        case .figure(let figure): "f\u{1}" + figure.caption
        case .anchored(let id, _): "a\u{1}" + id
        case .tracked: "x"
        case .code(_, let text): "c\u{1}" + text
        }
    }

    /// What makes two blocks comparable inside: their kind (and level, width or entity).
    private static func kind(_ block: Block) -> String {
        switch block {
        case .heading(let level, _, _): "h\(level)"
        case .paragraph: "p"
        case .list(let ordered, _, _, _): "l\(ordered)"
        case .table(let table): "t\(table.columns.count)"
        case .quote: "q"
        case .rule: "r"
        case .titlePage: "tp"
        case .contents: "toc"
        case .landscape: "ls"
        case .figure: "f"
        case .anchored(let id, _): "a\u{1}" + id
        case .tracked: "x"
        case .code: "c"
        }
    }

    // MARK: Lists, tables, the title page

    /// List items: matched by their text, compared inside when of a kind, else tracked whole.
    private static func items(_ old: [[Block]], _ new: [[Block]]) -> [[Block]] {
        let keys = { (item: [Block]) in item.map(key).joined(separator: "\u{2}") }
        let pairs = SequenceDiff.matches(old.map(keys), new.map(keys))
        var result: [[Block]] = []
        var (oldIndex, newIndex) = (0, 0)
        for (oldMatch, newMatch) in pairs + [(old.count, new.count)] {
            let deleted = old[oldIndex..<oldMatch], inserted = new[newIndex..<newMatch]
            // Items between matches are taken as edits of each other in order.
            for offset in 0..<max(deleted.count, inserted.count) {
                switch (offset < deleted.count, offset < inserted.count) {
                case (true, true): result.append(blocks(deleted[deleted.startIndex + offset], inserted[inserted.startIndex + offset]))
                case (true, false): result.append([.tracked(.deleted, deleted[deleted.startIndex + offset])])
                default: result.append([.tracked(.inserted, inserted[inserted.startIndex + offset])])
                }
            }
            if oldMatch < old.count { result.append(new[newMatch]) }
            (oldIndex, newIndex) = (oldMatch + 1, newMatch + 1)
        }
        return result
    }

    /// A table whose rows are matched by their entity (or their text), made as they are read.
    private static func table(_ old: Table, _ new: Table) -> Table {
        func rowKey(_ row: Table.Row) -> String {
            row.anchor.map { "a\u{1}" + $0 } ?? row.cells.map { $0.map(\.plainText).joined(separator: "\u{2}") }
                .joined(separator: "\u{3}")
        }
        let pairs = SequenceDiff.matches(old.rows.map(rowKey), new.rows.map(rowKey))
        var alignment: [(old: Int?, new: Int?)] = []
        alignment.reserveCapacity(max(old.rows.count, new.rows.count))
        var (oldIndex, newIndex) = (0, 0)
        for (oldMatch, newMatch) in pairs + [(old.rows.count, new.rows.count)] {
            alignment += (oldIndex..<oldMatch).map { (old: $0, new: nil) }
            alignment += (newIndex..<newMatch).map { (old: nil, new: $0) }
            if oldMatch < old.rows.count { alignment.append((oldMatch, newMatch)) }
            (oldIndex, newIndex) = (oldMatch + 1, newMatch + 1)
        }
        let (before, after) = (old.rows, new.rows)
        let order = alignment
        let rows = TableRows(count: order.count) { index in
            switch order[index] {
            case (let oldRow?, let newRow?): return row(before[oldRow], after[newRow])
            case (let oldRow?, nil):
                var row = before[oldRow]
                row.change = .deleted
                return row
            case (nil, let newRow?):
                var row = after[newRow]
                row.change = .inserted
                return row
            case (nil, nil): return Table.Row([])
            }
        }
        let columns = zip(old.columns, new.columns).map { before, after in
            Table.Column(WordDiff.redline(before.header, after.header), width: after.width, alignment: after.alignment)
        }
        var caption = new.caption
        if let before = old.caption, let after = new.caption { caption = WordDiff.redline(before, after) }
        return Table(columns: columns, rows: rows, caption: caption, hasHeader: new.hasHeader)
    }

    /// Two rows of one entity: each cell compared paragraph by paragraph.
    private static func row(_ old: Table.Row, _ new: Table.Row) -> Table.Row {
        if old == new { return new }
        let count = max(old.contents.count, new.contents.count)
        var cells: [Table.Cell] = []
        cells.reserveCapacity(count)
        for index in 0..<count {
            let before = index < old.contents.count ? old.contents[index].paragraphs : []
            let after = index < new.contents.count ? new.contents[index].paragraphs : []
            if before == after {
                cells.append(Table.Cell(paragraphs: after))
                continue
            }
            var paragraphs: [[Inline]] = []
            for position in 0..<max(before.count, after.count) {
                switch (position < before.count, position < after.count) {
                case (true, true): paragraphs.append(WordDiff.redline(before[position], after[position]))
                case (true, false): paragraphs.append(WordDiff.tracked(.deleted, before[position]))
                default: paragraphs.append(WordDiff.tracked(.inserted, after[position]))
                }
            }
            cells.append(.paragraphs(paragraphs))
        }
        var row = Table.Row(contents: cells, isTotal: new.isTotal)
        row.anchor = new.anchor
        return row
    }

    /// The title page's texts compared: members and facts in order, title and subtitle.
    private static func titlePage(_ old: TitlePage, _ new: TitlePage) -> TitlePage.Redlined {
        func lines(_ before: [[Inline]], _ after: [[Inline]]) -> [[Inline]] {
            (0..<max(before.count, after.count)).map { index in
                switch (index < before.count, index < after.count) {
                case (true, true): WordDiff.redline(before[index], after[index])
                case (true, false): WordDiff.tracked(.deleted, before[index])
                default: WordDiff.tracked(.inserted, after[index])
                }
            }
        }
        func member(_ name: String) -> [Inline] { [.strong([.text(name)])] }
        func fact(_ fact: TitlePage.Fact) -> [Inline] { [.strong([.text(fact.label + ":")]), .text(" " + fact.value)] }
        return TitlePage.Redlined(
            members: lines(old.members.map(member), new.members.map(member)),
            title: WordDiff.redline(Inline.plain(old.title), Inline.plain(new.title)),
            subtitle: WordDiff.redline(Inline.plain(old.subtitle), Inline.plain(new.subtitle)),
            facts: lines(old.facts.map(fact), new.facts.map(fact)))
    }
}
