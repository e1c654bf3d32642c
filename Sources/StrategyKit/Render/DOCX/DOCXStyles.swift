/// `word/styles.xml`: the document defaults (font, size, language) and the styles the body uses,
/// with Word's built-in style ids and names so Word treats them as its own (`Heading1` is
/// "heading 1": the navigation pane, outline levels and the TOC field work).
enum DOCXStyles {
    /// Arial has Cyrillic in every Windows and macOS install; LibreOffice substitutes the
    /// metric-compatible Liberation Sans.
    static let bodyFont = "Arial"
    /// Courier New, likewise, with Liberation Mono as its substitute.
    static let codeFont = "Courier New"
    /// The accent colour of headings and the title.
    private static let accent = "1F3864"

    /// The part's XML for a document in `languageTag` (`ru-RU`).
    static func xml(languageTag: String) -> String {
        let language = XMLEscaping.attribute(languageTag)
        var xml = DOCXParts.declaration + "<w:styles \(DOCXParts.wordNamespaces)>"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(bodyFont)
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
            + "<w:lang w:val=\"\(language)\"/>"
            + "</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>"
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
        xml += paragraphStyles() + characterStyles() + otherStyles()
        return xml + "</w:styles>"
    }

    private static func paragraphStyles() -> String {
        var xml = style("paragraph", "Normal", "Normal", isDefault: true, basedOn: nil, next: nil,
                        priority: 0)
        xml += style("paragraph", "Title", "Title", next: "Subtitle", priority: 10,
                     pPr: "<w:spacing w:before=\"2400\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                     rPr: "<w:b/><w:bCs/><w:color w:val=\"\(accent)\"/><w:kern w:val=\"28\"/>"
                        + size(52))
        xml += style("paragraph", "Subtitle", "Subtitle", priority: 11,
                     pPr: "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>",
                     rPr: "<w:color w:val=\"404040\"/>" + size(30))
        let headings = [(32, 480, 1), (26, 360, 2), (23, 240, 3)]
        for (points, before, level) in headings {
            xml += style("paragraph", "Heading\(level)", "heading \(level)", priority: 9,
                         pPr: "<w:keepNext/><w:keepLines/>"
                            + "<w:spacing w:before=\"\(before)\" w:after=\"120\"/>"
                            + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
                         rPr: "<w:b/><w:bCs/><w:color w:val=\"\(accent)\"/>" + size(points))
        }
        // The heading above the table of contents: looks like Heading1, but outline level 9
        // ("body text") keeps it out of the TOC it introduces, as Word's own "TOC Heading".
        xml += style("paragraph", "TOCHeading", "TOC Heading", basedOn: "Heading1", priority: 39,
                     pPr: "<w:outlineLvl w:val=\"9\"/>", rPr: "")
        for level in 1...3 {
            xml += style("paragraph", "TOC\(level)", "toc \(level)", priority: 39,
                         pPr: "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\""
                            + " w:pos=\"\(DOCXSection.textWidth(.portrait))\"/></w:tabs>"
                            + "<w:spacing w:after=\"60\"/>"
                            + "<w:ind w:left=\"\((level - 1) * 284)\"/>",
                         rPr: level == 1 ? "<w:b/><w:bCs/>" : "")
        }
        xml += style("paragraph", "ListParagraph", "List Paragraph", priority: 34,
                     pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>", rPr: "")
        xml += style("paragraph", "Quote", "Quote", priority: 29,
                     pPr: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\""
                        + " w:color=\"BFBFBF\"/></w:pBdr>"
                        + "<w:spacing w:before=\"120\" w:after=\"120\"/>"
                        + "<w:ind w:left=\"567\" w:right=\"567\"/>",
                     rPr: "<w:i/><w:iCs/><w:color w:val=\"404040\"/>")
        xml += style("paragraph", "Caption", "caption", priority: 35,
                     pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>",
                     rPr: "<w:b/><w:bCs/><w:color w:val=\"\(accent)\"/>" + size(20))
        xml += style("paragraph", "TableText", "Table Text", priority: 40,
                     pPr: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\""
                        + " w:lineRule=\"auto\"/>",
                     rPr: size(18))
        // The cells of a dense table (the action matrix): a point smaller.
        xml += style("paragraph", "TableTextDense", "Table Text Dense", basedOn: "TableText", priority: 41,
                     rPr: size(16))
        // Code blocks: monospaced, on a light ground, never split across pages; the runs keep
        // spaces (`xml:space="preserve"`) and line breaks (`w:br`).
        xml += style("paragraph", "HTMLPreformatted", "HTML Preformatted", priority: 99,
                     pPr: "<w:keepLines/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0F2F6\"/>"
                        + "<w:spacing w:before=\"60\" w:after=\"180\" w:line=\"240\" w:lineRule=\"auto\"/>",
                     rPr: fonts(codeFont) + "<w:noProof/>" + size(19))
        for (id, name) in [("Header", "header"), ("Footer", "footer")] {
            xml += style("paragraph", id, name, priority: 99,
                         pPr: "<w:spacing w:after=\"0\"/>"
                            + "<w:jc w:val=\"\(id == "Header" ? "right" : "center")\"/>",
                         rPr: "<w:color w:val=\"595959\"/>" + size(18))
        }
        return xml
    }

    private static func characterStyles() -> String {
        style("character", "DefaultParagraphFont", "Default Paragraph Font", isDefault: true,
              basedOn: nil, next: nil, priority: 1)
            + style("character", "Hyperlink", "Hyperlink", basedOn: nil, next: nil, priority: 99,
                    rPr: "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>")
            + style("character", "HTMLCode", "HTML Code", basedOn: nil, next: nil, priority: 99,
                    rPr: fonts(codeFont) + "<w:noProof/>" + size(20))
    }

    private static func otherStyles() -> String {
        let margins = "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        var borders = "<w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            borders += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        }
        borders += "</w:tblBorders>"
        return style("table", "TableNormal", "Normal Table", isDefault: true, basedOn: nil,
                     next: nil, priority: 99,
                     tblPr: "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + margins)
            + style("table", "TableGrid", "Table Grid", basedOn: "TableNormal", next: nil,
                    priority: 39, pPr: "<w:spacing w:after=\"0\"/>", rPr: "",
                    tblPr: borders + margins)
            + style("numbering", "NoList", "No List", isDefault: true, basedOn: nil, next: nil,
                    priority: 99)
    }

    /// One `w:style`; paragraph styles are based on Normal and followed by Normal unless told.
    private static func style(
        _ type: String, _ id: String, _ name: String, isDefault: Bool = false,
        basedOn: String? = "Normal", next: String? = "Normal", priority: Int,
        pPr: String = "", rPr: String = "", tblPr: String = ""
    ) -> String {
        var xml = "<w:style w:type=\"\(type)\"" + (isDefault ? " w:default=\"1\"" : "")
            + " w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next, type == "paragraph" { xml += "<w:next w:val=\"\(next)\"/>" }
        xml += "<w:uiPriority w:val=\"\(priority)\"/>"
        if ["Normal", "Title", "Subtitle", "Quote", "ListParagraph", "Caption"].contains(id)
            || id.hasPrefix("Heading") {
            xml += "<w:qFormat/>"
        }
        if !pPr.isEmpty { xml += "<w:pPr>" + pPr + "</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>" + rPr + "</w:rPr>" }
        if !tblPr.isEmpty { xml += "<w:tblPr>" + tblPr + "</w:tblPr>" }
        return xml + "</w:style>"
    }

    private static func fonts(_ name: String) -> String {
        "<w:rFonts w:ascii=\"\(name)\" w:eastAsia=\"\(name)\" w:hAnsi=\"\(name)\""
            + " w:cs=\"\(name)\"/>"
    }

    private static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }
}
