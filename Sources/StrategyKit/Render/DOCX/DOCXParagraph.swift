/// The properties of one WordprocessingML paragraph (`w:pPr`), written in the order the schema
/// requires (pStyle, keepNext, pageBreakBefore, numPr, pBdr, spacing, ind,
/// contextualSpacing, jc, rPr, sectPr).
struct DOCXParagraph {
    /// Paragraph alignment (`w:jc`); the transitional values Word 2007 also reads.
    enum Alignment: String {
        case left, center, right
    }

    /// The style id (`Heading1`), or nil for Normal.
    var style: String?
    var keepNext = false
    var pageBreakBefore = false
    /// The list instance and level (`w:numPr`).
    var numbering: (id: Int, level: Int)?
    /// A bottom border: the thematic break.
    var bottomBorder = false
    var spaceBefore: Int?
    var spaceAfter: Int?
    var indentLeft: Int?
    var indentRight: Int?
    /// The hanging indent of a list marker whose left indent is set directly.
    var indentHanging: Int?
    var alignment: Alignment?
    /// The paragraph mark inserted or deleted (`<w:ins …/>`, already written), in a redline.
    var markChange: String?
    /// The section that ends with this paragraph (`w:sectPr`, already written).
    var sectionProperties: String?
    /// The runs and other content, already written.
    var content = ""

    /// The paragraph as XML.
    func write(to xml: inout String) {
        xml += opening
        xml += content
        xml += "</w:p>"
    }

    /// `<w:p>` and the properties, for writers that append the content themselves.
    var opening: String {
        let properties = propertiesXML()
        return properties.isEmpty ? "<w:p>" : "<w:p><w:pPr>" + properties + "</w:pPr>"
    }

    private func propertiesXML() -> String {
        var xml = ""
        if let style { xml += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { xml += "<w:keepNext/>" }
        if pageBreakBefore { xml += "<w:pageBreakBefore/>" }
        if let numbering {
            xml += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/>"
                + "<w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        if bottomBorder {
            xml += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\""
                + " w:color=\"A6A6A6\"/></w:pBdr>"
        }
        if spaceBefore != nil || spaceAfter != nil {
            xml += "<w:spacing"
            if let spaceBefore { xml += " w:before=\"\(spaceBefore)\"" }
            if let spaceAfter { xml += " w:after=\"\(spaceAfter)\"" }
            xml += "/>"
        }
        if indentLeft != nil || indentRight != nil || indentHanging != nil {
            xml += "<w:ind"
            if let indentLeft { xml += " w:left=\"\(indentLeft)\"" }
            if let indentRight { xml += " w:right=\"\(indentRight)\"" }
            if let indentHanging { xml += " w:hanging=\"\(indentHanging)\"" }
            xml += "/>"
        }
        if let alignment { xml += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        if let markChange, !markChange.isEmpty { xml += "<w:rPr>" + markChange + "</w:rPr>" }
        if let sectionProperties { xml += sectionProperties }
        return xml
    }
}
