/// Page geometry of a section: A4 with 2 cm margins, portrait or landscape (twentieths of a
/// point, "twips").
enum DOCXSection {
    /// The page orientation.
    enum Orientation: Hashable {
        case portrait, landscape
    }

    /// A4: 210 × 297 mm.
    static let shortSide = 11906
    static let longSide = 16838
    /// 2 cm on every side.
    static let margin = 1134
    /// The header and footer sit 1 cm from the page edge.
    static let headerDistance = 567

    /// The width text (and tables) may fill.
    static func textWidth(_ orientation: Orientation) -> Int {
        (orientation == .portrait ? shortSide : longSide) - 2 * margin
    }

    /// A `w:sectPr` for a section that starts on a new page, with the default header and
    /// footer; `titlePage` gives its first page no header or footer (the title page).
    static func properties(
        _ orientation: Orientation, titlePage: Bool, header: String, footer: String
    ) -> String {
        let size = orientation == .portrait
            ? "<w:pgSz w:w=\"\(shortSide)\" w:h=\"\(longSide)\"/>"
            : "<w:pgSz w:w=\"\(longSide)\" w:h=\"\(shortSide)\" w:orient=\"landscape\"/>"
        return "<w:sectPr>"
            + "<w:headerReference w:type=\"default\" r:id=\"\(header)\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"\(footer)\"/>"
            + "<w:type w:val=\"nextPage\"/>"
            + size
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\""
            + " w:left=\"\(margin)\" w:header=\"\(headerDistance)\" w:footer=\"\(headerDistance)\""
            + " w:gutter=\"0\"/>"
            + "<w:cols w:space=\"708\"/>"
            + (titlePage ? "<w:titlePg/>" : "")
            + "<w:docGrid w:linePitch=\"360\"/>"
            + "</w:sectPr>"
    }
}
