extension DOCXRuns {
    /// English Metric Units per pixel at 96 dpi, the size a picture has at 100 %.
    static let emuPerPixel = 9525
    /// English Metric Units per twip.
    static let emuPerTwip = 635

    /// The size of `image` in EMU: its own size at 96 dpi, scaled down to the portrait text
    /// width when wider, keeping its aspect ratio.
    static func extent(of image: DocumentImage) -> (width: Int, height: Int) {
        let maximum = DOCXSection.textWidth(.portrait) * emuPerTwip
        let width = image.width * emuPerPixel
        let height = image.height * emuPerPixel
        guard width > maximum else { return (width, height) }
        return (maximum, max(1, Int((Double(height) * Double(maximum) / Double(width)).rounded())))
    }

    /// A picture as an inline drawing (`w:drawing` → `wp:inline` → `pic:pic` → `a:blip`), its
    /// part related to the document; the alternative text is the drawing's description
    /// (`wp:docPr descr`), which Word shows as "Alt Text" and screen readers read.
    ///
    /// An SVG is the blip's own part and also its `asvg:svgBlip` extension: Word 2016 and later
    /// draw the SVG from the extension, LibreOffice reads the part. There is no raster fallback
    /// (the package has no SVG renderer), so older Word shows an empty frame of the right size.
    mutating func appendPicture(
        _ source: String, _ image: DocumentImage, alternative: String, title: String,
        to xml: inout String
    ) {
        let id = hyperlinks.imageID(for: source, image: image)
        placedImages += 1
        let number = placedImages
        let (width, height) = Self.extent(of: image)
        let description = XMLEscaping.attribute(alternative)
        let name = "Picture \(number)"
        var blip = "<a:blip r:embed=\"\(id)\""
        if image.format == .svg {
            blip += "><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
                + "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\""
                + " r:embed=\"\(id)\"/></a:ext></a:extLst></a:blip>"
        } else {
            blip += "/>"
        }
        xml += "<w:r><w:drawing>"
            + "<wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"\(name)\" descr=\"\(description)\""
            + (title.isEmpty ? "" : " title=\"\(XMLEscaping.attribute(title))\"") + "/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks"
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/>"
            + "</wp:cNvGraphicFramePr>"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"\(name)\" descr=\"\(description)\"/>"
            + "<pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>"
            + "<pic:blipFill>" + blip + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
