/// `word/document.xml`: the blocks of a ``Document`` as paragraphs, tables and sections.
///
/// Top-level paragraphs are held back one step (`pending`) so a section break can be written
/// into the last paragraph of the section it ends, as Word does, instead of adding a paragraph.
/// A section opens lazily when content of another orientation arrives, so a document never has
/// an empty section or a blank trailing page.
struct DOCXBody {
    /// Where blocks are being written: the orientation of their pages and their nesting.
    struct Scope {
        var orientation: DOCXSection.Orientation = .portrait
        var quoteDepth = 0
        /// The level of the list item the blocks continue, for their indent.
        var listLevel: Int?
    }

    let outline: DOCXOutline
    /// Inline content; collects the external hyperlinks.
    var runs: DOCXRuns
    /// The list instances.
    private(set) var numbering: DOCXNumbering
    /// Whether the first page is a title page (no header or footer on it).
    private let startsWithTitlePage: Bool

    /// The part's text not yet handed to `stream`.
    private var xml = ""
    /// Where finished text goes while the body is written (``DOCXStream/keepingAll`` keeps it
    /// all in the body).
    private(set) var stream: DOCXStream
    /// Whether anything follows the part's opening (some of it may be in `stream` already).
    private var hasBody = false
    private var pending: DOCXParagraph?
    private var endsWithTable = false
    private var orientation: DOCXSection.Orientation = .portrait
    private var sectionHasContent = false
    private var isFirstSection = true
    /// The next paragraph starts a new page (after the title page and the contents).
    private var pageBreakPending = false
    private var placedBookmarks = Set<String>()

    /// Prepares a body for `document` in `languageTag`; the text goes to `stream` a piece at a
    /// time while it is written.
    init(document: Document, languageTag: String, stream: DOCXStream = .keepingAll) {
        self.stream = stream
        xml = DOCXParts.declaration + "<w:document \(DOCXParts.wordNamespaces)><w:body>"
        outline = DOCXOutline(document.blocks)
        numbering = DOCXNumbering(languageTag: languageTag)
        runs = DOCXRuns(
            outline: outline, languageProperty: DOCXRuns.language(languageTag),
            hyperlinks: DOCXHyperlinks(firstNumber: DOCXParts.documentRelationships.count + 1),
            images: document.images)
        if case .titlePage = document.blocks.first { startsWithTitlePage = true } else {
            startsWithTitlePage = false
        }
    }

    /// Appends blocks.
    mutating func append(_ blocks: [Block], in scope: Scope) {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let content, let anchor):
                var introducesContents = false
                if index + 1 < blocks.count, case .contents = blocks[index + 1] {
                    introducesContents = true
                }
                appendHeading(level, content, anchor, introducesContents: introducesContents,
                              in: scope)
            case .paragraph(let content):
                var paragraph = bodyParagraph(in: scope)
                runs.append(content, style: .init(), to: &paragraph.content)
                emit(paragraph, in: scope)
            case .list(let ordered, let items, let start, let isLoose):
                appendList(ordered: ordered, items: items, start: start, isLoose: isLoose, in: scope)
            case .code(_, let text):
                // One paragraph, its lines apart by `w:br`; the runs keep spaces and tabs.
                var paragraph = bodyParagraph(in: scope)
                paragraph.style = "HTMLPreformatted"
                if scope.listLevel == nil, scope.quoteDepth > 0 { paragraph.indentLeft = quoteIndent(scope) }
                DOCXRuns.appendRun(text, properties: runs.languageProperty, to: &paragraph.content)
                emit(paragraph, in: scope)
            case .table(let table):
                appendTable(table, in: scope)
            case .quote(let inner):
                var quoted = scope
                quoted.quoteDepth += 1
                append(inner, in: quoted)
            case .rule:
                var paragraph = DOCXParagraph()
                paragraph.bottomBorder = true
                emit(paragraph, in: scope)
            case .titlePage(let page):
                appendTitlePage(page, in: scope)
            case .contents(let entries):
                appendContents(entries, in: scope)
            case .landscape(let inner):
                var landscape = scope
                landscape.orientation = .landscape
                append(inner, in: landscape)
            case .figure(let figure):
                append(figure.fallback, in: scope)
            }
        }
    }

    /// Closes the body with the last section's properties and returns the part's XML not yet
    /// handed to the stream, which the caller ends the stream with (all of it when the stream
    /// keeps everything in the body). The body
    /// hands its text over rather than copying it (it is the largest string of a render).
    mutating func finish() -> String {
        if endsWithTable || (!hasBody && pending == nil) {
            emit(DOCXParagraph(), in: Scope(orientation: orientation))
        }
        flushPending()
        xml += sectionProperties()
        xml += "</w:body></w:document>"
        defer { xml = "" }
        return xml
    }

    /// Hands the finished text to the stream once there is enough of it.
    private mutating func drain() {
        stream.take(&xml)
    }

    // MARK: Blocks

    private mutating func appendHeading(
        _ level: Int, _ content: [Inline], _ anchor: String, introducesContents: Bool,
        in scope: Scope
    ) {
        var paragraph = DOCXParagraph()
        paragraph.style = introducesContents ? "TOCHeading" : "Heading\(outline.wordLevel(level))"
        let bookmark = outline.bookmark(for: anchor).flatMap {
            placedBookmarks.insert($0).inserted ? $0 : nil
        }
        if let bookmark {
            // Bookmark ids only need to be unique; their order of placement is stable.
            let id = placedBookmarks.count
            paragraph.content += "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(bookmark)\"/>"
            runs.append(content, style: .init(), to: &paragraph.content)
            paragraph.content += "<w:bookmarkEnd w:id=\"\(id)\"/>"
        } else {
            runs.append(content, style: .init(), to: &paragraph.content)
        }
        emit(paragraph, in: scope)
    }

    private mutating func appendList(
        ordered: Bool, items: [[Block]], start: Int, isLoose: Bool, in scope: Scope
    ) {
        let level = scope.listLevel.map { $0 + 1 } ?? 0
        let numberingID = numbering.addList(ordered: ordered, level: level, start: start)
        var itemScope = scope
        itemScope.listLevel = level
        for item in items {
            var marker = DOCXParagraph()
            marker.style = "ListParagraph"
            marker.numbering = (numberingID, level)
            if isLoose { marker.spaceAfter = 120 }
            if scope.quoteDepth > 0 {
                marker.indentLeft = DOCXNumbering.indent(level: level) + quoteIndent(scope)
                marker.indentHanging = DOCXNumbering.hanging
            }
            var rest = item[...]
            if case .paragraph(let content) = rest.first {
                runs.append(content, style: .init(), to: &marker.content)
                rest = rest.dropFirst()
            }
            // An item that starts with something else still shows its number or bullet.
            emit(marker, in: scope)
            append(Array(rest), in: itemScope)
        }
    }

    private mutating func appendTable(_ table: Table, in scope: Scope) {
        if let caption = table.caption {
            var paragraph = DOCXParagraph()
            paragraph.style = "Caption"
            runs.append(caption, style: .init(), to: &paragraph.content)
            emit(paragraph, in: scope)
        }
        guard DOCXTable.isWritable(table) else { return }
        enter(scope.orientation)
        settlePageBreak(in: scope)
        if endsWithTable {
            // Two tables need a paragraph between them or Word joins them.
            emit(DOCXParagraph(), in: scope)
        } else if pending?.style == nil, pending?.content.isEmpty == false {
            // The sentence that introduces a table stays on the page of its first row (the
            // act's last clause with the signatures, «Продукты этапа:» with its table).
            pending?.keepNext = true
        }
        flushPending()
        let indent = quoteIndent(scope)
            + (scope.listLevel.map { DOCXNumbering.indent(level: $0) } ?? 0)
        DOCXTable.write(table, width: DOCXSection.textWidth(scope.orientation) - indent,
                        indent: indent, runs: &runs, to: &xml, stream: &stream)
        hasBody = true
        endsWithTable = true
        sectionHasContent = true
    }

    /// A paragraph of body text: plain, quoted, or continuing a list item.
    private func bodyParagraph(in scope: Scope) -> DOCXParagraph {
        var paragraph = DOCXParagraph()
        if let level = scope.listLevel {
            paragraph.style = "ListParagraph"
            paragraph.indentLeft = DOCXNumbering.indent(level: level) + quoteIndent(scope)
        } else if scope.quoteDepth > 0 {
            paragraph.style = "Quote"
            if scope.quoteDepth > 1 { paragraph.indentLeft = quoteIndent(scope) }
        }
        return paragraph
    }

    /// The extra indent of nested quotes; `Quote` itself indents the first level by 567.
    private func quoteIndent(_ scope: Scope) -> Int { 567 * scope.quoteDepth }

    // MARK: Paragraphs and sections

    /// Writes `paragraph` (held back until the next one) in a section of `scope`'s orientation.
    mutating func emit(_ paragraph: DOCXParagraph, in scope: Scope) {
        enter(scope.orientation)
        var paragraph = paragraph
        if pageBreakPending {
            paragraph.pageBreakBefore = true
            pageBreakPending = false
        }
        // Body text right after a table would touch its bottom border: give it the space a
        // paragraph has after itself (6 pt). Styled paragraphs (headings, captions) keep their
        // own spacing, and the empty paragraph that keeps two tables apart stays as it is.
        if endsWithTable, paragraph.style == nil, paragraph.spaceBefore == nil, !paragraph.content.isEmpty {
            paragraph.spaceBefore = 120
        }
        flushPending()
        pending = paragraph
        endsWithTable = false
        sectionHasContent = true
    }

    /// Starts the next paragraph on a new page.
    mutating func breakPage() { pageBreakPending = true }

    /// Writes a pending page break as an empty paragraph, for content that cannot carry it
    /// (a table, a field's result).
    mutating func settlePageBreak(in scope: Scope) {
        enter(scope.orientation)
        if pageBreakPending { emit(DOCXParagraph(), in: scope) }
    }

    /// Ends the current section when the orientation changes and it has content.
    private mutating func enter(_ next: DOCXSection.Orientation) {
        guard next != orientation else { return }
        if sectionHasContent {
            // The last paragraph carries the break; after a table (which flushed everything)
            // an empty one does, and also gives Word the paragraph it wants after a table.
            var last = pending ?? DOCXParagraph()
            pending = nil
            last.sectionProperties = sectionProperties()
            last.write(to: &xml)
            hasBody = true
            isFirstSection = false
            sectionHasContent = false
            endsWithTable = false
            // A section break starts a new page already.
            pageBreakPending = false
        }
        orientation = next
    }

    private mutating func flushPending() {
        guard let paragraph = pending else { return }
        paragraph.write(to: &xml)
        pending = nil
        hasBody = true
        drain()
    }

    private func sectionProperties() -> String {
        DOCXSection.properties(
            orientation, titlePage: isFirstSection && startsWithTitlePage,
            header: DOCXParts.headerID, footer: DOCXParts.footerID)
    }
}
