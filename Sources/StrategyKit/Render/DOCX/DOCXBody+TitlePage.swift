extension DOCXBody {
    /// The title page: the members at the top, the title and subtitle a quarter down the page,
    /// the facts below them, then a page break. Its page has no header or footer (`w:titlePg`)
    /// when it is the document's first block.
    mutating func appendTitlePage(_ page: TitlePage, in scope: Scope) {
        for member in page.members {
            var paragraph = DOCXParagraph()
            paragraph.alignment = .center
            paragraph.spaceAfter = 60
            runs.append([.strong([.text(member)])], style: .init(), to: &paragraph.content)
            emit(paragraph, in: scope)
        }
        var title = DOCXParagraph()
        title.style = "Title"
        runs.append([.text(page.title)], style: .init(), to: &title.content)
        emit(title, in: scope)
        if !page.subtitle.isEmpty {
            var subtitle = DOCXParagraph()
            subtitle.style = "Subtitle"
            runs.append([.text(page.subtitle)], style: .init(), to: &subtitle.content)
            emit(subtitle, in: scope)
        }
        for (index, fact) in page.facts.enumerated() {
            var paragraph = DOCXParagraph()
            paragraph.alignment = .center
            paragraph.spaceBefore = index == 0 ? 1800 : nil
            paragraph.spaceAfter = 60
            runs.append([.strong([.text(fact.label + ":")]), .text(" " + fact.value)],
                        style: .init(), to: &paragraph.content)
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
