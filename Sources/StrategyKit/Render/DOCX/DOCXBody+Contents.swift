extension DOCXBody {
    /// The table of contents: a `TOC \o "1-3" \h \z \u` field whose result is already filled
    /// with the entries, each a hyperlink to its heading's bookmark, so the document reads well
    /// before Word updates the field (which `w:updateFields` in the settings offers on opening)
    /// and adds the page numbers. The entries carry no page numbers of their own: only a layout
    /// knows them, and LibreOffice shows a TOC field's result as written (nested `PAGEREF`
    /// fields stay empty), so dot leaders would point at nothing. A page break follows.
    mutating func appendContents(_ entries: [ContentsEntry], in scope: Scope) {
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\">"
            + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        // Word rewrites the field's paragraphs when it updates the TOC, so a page break must
        // not ride on the first of them.
        settlePageBreak(in: scope)
        if entries.isEmpty {
            var paragraph = DOCXParagraph()
            paragraph.content = begin + end
            emit(paragraph, in: scope)
            breakPage()
            return
        }
        for (index, entry) in entries.enumerated() {
            var paragraph = DOCXParagraph()
            paragraph.style = "TOC\(outline.wordLevel(entry.level))"
            if index == 0 { paragraph.content = begin }
            var text = ""
            runs.append([.text(entry.title)], style: .init(), to: &text)
            if let bookmark = outline.bookmark(for: entry.anchor) {
                paragraph.content += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">"
                    + text + "</w:hyperlink>"
            } else {
                paragraph.content += text
            }
            emit(paragraph, in: scope)
        }
        var closing = DOCXParagraph()
        closing.content = end
        emit(closing, in: scope)
        breakPage()
    }
}
