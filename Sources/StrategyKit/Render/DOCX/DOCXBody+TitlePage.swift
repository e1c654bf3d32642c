extension DOCXBody {
    /// The title page: the members at the top, the title and subtitle a quarter down the page,
    /// the facts below them, then a page break. Its page has no header or footer (`w:titlePg`)
    /// when it is the document's first block.
    mutating func appendTitlePage(_ page: TitlePage, in scope: Scope) {
        // A redline's title page carries its texts with their tracked changes.
        let redline = page.redline
        let members = redline?.members ?? page.members.map { [.strong([.text($0)])] }
        for member in members {
            var paragraph = DOCXParagraph()
            paragraph.alignment = .center
            paragraph.spaceAfter = 60
            runs.append(member, style: .init(), to: &paragraph.content)
            emit(paragraph, in: scope)
        }
        var title = DOCXParagraph()
        title.style = "Title"
        runs.append(redline?.title ?? [.text(page.title)], style: .init(), to: &title.content)
        emit(title, in: scope)
        let subtitle = redline?.subtitle ?? Inline.plain(page.subtitle)
        if !subtitle.isEmpty {
            var paragraph = DOCXParagraph()
            paragraph.style = "Subtitle"
            runs.append(subtitle, style: .init(), to: &paragraph.content)
            emit(paragraph, in: scope)
        }
        let facts = redline?.facts ?? page.facts.map { [.strong([.text($0.label + ":")]), .text(" " + $0.value)] }
        for (index, fact) in facts.enumerated() {
            var paragraph = DOCXParagraph()
            paragraph.alignment = .center
            paragraph.spaceBefore = index == 0 ? 1800 : nil
            paragraph.spaceAfter = 60
            runs.append(fact, style: .init(), to: &paragraph.content)
            emit(paragraph, in: scope)
        }
        for (index, text) in page.notice.enumerated() {
            var paragraph = DOCXParagraph()
            paragraph.spaceBefore = index == 0 ? 720 : 120
            paragraph.bottomBorder = index == page.notice.count - 1
            runs.append(index == 0 ? [.strong([.text(text)])] : [.emphasis([.text(text)])],
                        style: .init(), to: &paragraph.content)
            emit(paragraph, in: scope)
        }
        breakPage()
    }
}
