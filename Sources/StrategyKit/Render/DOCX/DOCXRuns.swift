/// Inline content as WordprocessingML runs (`w:r`), hyperlinks (`w:hyperlink`) and breaks.
struct DOCXRuns {
    /// The formatting a run inherits from the inlines around it.
    struct Style {
        var bold = false
        var italic = false
        var code = false
        var link = false

        init() {}

        /// The style with the flags of `index`'s four bits (see ``index``).
        init(index: Int) {
            bold = index & 1 != 0
            italic = index & 2 != 0
            code = index & 4 != 0
            link = index & 8 != 0
        }

        /// A number from 0 to 15 that tells the style's flags apart.
        var index: Int { (bold ? 1 : 0) | (italic ? 2 : 0) | (code ? 4 : 0) | (link ? 8 : 0) }
    }

    /// Where internal links point.
    let outline: DOCXOutline
    /// `<w:lang …/>`, on every run so copied text keeps its spell-checking language.
    let languageProperty: String
    /// External link targets and pictures, collected as relationships.
    var hyperlinks: DOCXHyperlinks
    /// The document's pictures, by source.
    let images: [String: DocumentImage]
    /// The pictures placed so far (their `wp:docPr` ids count from 1).
    var placedImages = 0
    /// ``properties(_:)`` of every style, by ``Style/index``: written once, used per run.
    private let propertiesByStyle: [String]

    init(
        outline: DOCXOutline, languageProperty: String, hyperlinks: DOCXHyperlinks,
        images: [String: DocumentImage] = [:]
    ) {
        self.outline = outline
        self.images = images
        self.languageProperty = languageProperty
        self.hyperlinks = hyperlinks
        propertiesByStyle = (0..<16).map { index in
            Self.properties(Style(index: index), languageProperty: languageProperty)
        }
    }

    /// Appends plain text: what ``append(_:style:to:)`` writes for `[.text(text)]`.
    mutating func append(text: String, style: Style, to xml: inout String) {
        Self.appendRun(text, properties: properties(style), to: &xml)
    }

    /// Appends `inlines` as runs.
    mutating func append(_ inlines: [Inline], style: Style, to xml: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                Self.appendRun(text, properties: properties(style), to: &xml)
            case .code(let text):
                var code = style
                code.code = true
                Self.appendRun(text, properties: properties(code), to: &xml)
            case .strong(let content):
                var strong = style
                strong.bold = true
                append(content, style: strong, to: &xml)
            case .emphasis(let content):
                var emphasis = style
                emphasis.italic = true
                append(content, style: emphasis, to: &xml)
            case .link(let target, let content):
                appendLink(target, content, style: style, to: &xml)
            case .lineBreak:
                xml += "<w:r><w:br/></w:r>"
            case .chart(_, let alternative):
                Self.appendRun(alternative, properties: properties(style), to: &xml)
            case .image(let source, let alternative, let title):
                if let image = images[source] {
                    appendPicture(source, image, alternative: alternative, title: title, to: &xml)
                } else {
                    Self.appendRun(alternative, properties: properties(style), to: &xml)
                }
            }
        }
    }

    /// An internal link becomes a jump to its heading's bookmark and an external one a
    /// relationship; a link to an anchor no heading has, or inside another link, is plain text.
    private mutating func appendLink(
        _ target: String, _ content: [Inline], style: Style, to xml: inout String
    ) {
        var linked = style
        linked.link = true
        if style.link {
            append(content, style: style, to: &xml)
        } else if target.hasPrefix("#") {
            guard let bookmark = outline.bookmark(for: String(target.dropFirst())) else {
                append(content, style: style, to: &xml)
                return
            }
            xml += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">"
            append(content, style: linked, to: &xml)
            xml += "</w:hyperlink>"
        } else if target.allSatisfy(\.isWhitespace) {
            append(content, style: style, to: &xml)
        } else {
            xml += "<w:hyperlink r:id=\"\(hyperlinks.id(for: target))\" w:history=\"1\">"
            append(content, style: linked, to: &xml)
            xml += "</w:hyperlink>"
        }
    }

    /// The run properties, in schema order (rStyle, rFonts, b, i, lang).
    func properties(_ style: Style) -> String { propertiesByStyle[style.index] }

    private static func properties(_ style: Style, languageProperty: String) -> String {
        var xml = ""
        if style.link {
            xml += "<w:rStyle w:val=\"Hyperlink\"/>"
            if style.code {
                let font = DOCXStyles.codeFont
                xml += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\"/>"
            }
        } else if style.code {
            xml += "<w:rStyle w:val=\"HTMLCode\"/>"
        }
        if style.bold { xml += "<w:b/><w:bCs/>" }
        if style.italic { xml += "<w:i/><w:iCs/>" }
        return xml + languageProperty
    }

    /// `<w:lang w:val="ru-RU"/>`.
    static func language(_ tag: String) -> String {
        "<w:lang w:val=\"\(XMLEscaping.attribute(tag))\"/>"
    }

    /// One run of text: line feeds become `w:br`, tabs `w:tab`; characters XML forbids are
    /// dropped by the escaping. Empty text writes nothing.
    static func run(_ text: String, properties: String) -> String {
        var xml = ""
        appendRun(text, properties: properties, to: &xml)
        return xml
    }

    /// Appends ``run(_:properties:)`` to `xml` without building it separately first (the
    /// action matrix has hundreds of thousands of runs).
    static func appendRun(_ text: String, properties: String, to xml: inout String) {
        guard !text.isEmpty else { return }
        // Most text has nothing to escape, not even in an attribute (which also rules out tabs
        // and line breaks): one pass over its bytes settles it.
        if XMLEscaping.isPlain(text, quotes: true) {
            openRun(properties, to: &xml)
            appendText(text, to: &xml)
            xml += "</w:r>"
            return
        }
        let hasBreaks = text.utf8.contains { $0 == 9 || $0 == 10 || $0 == 13 }
        if !hasBreaks {
            // Most text has no line feeds or tabs: one segment, no loop over its scalars.
            let escaped = XMLEscaping.text(text)
            guard !escaped.isEmpty else { return }
            openRun(properties, to: &xml)
            appendText(escaped, to: &xml)
            xml += "</w:r>"
            return
        }
        var content = ""
        var segment = ""
        func flushSegment() {
            let escaped = XMLEscaping.text(segment)
            segment = ""
            if !escaped.isEmpty { appendText(escaped, to: &content) }
        }
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                flushSegment()
                content += "<w:br/>"
            case "\n":
                flushSegment()
                if !previousWasReturn { content += "<w:br/>" }
            case "\t":
                flushSegment()
                content += "<w:tab/>"
            default:
                segment.unicodeScalars.append(scalar)
            }
            previousWasReturn = scalar == "\r"
        }
        flushSegment()
        guard !content.isEmpty else { return }
        openRun(properties, to: &xml)
        xml += content
        xml += "</w:r>"
    }

    private static func openRun(_ properties: String, to xml: inout String) {
        xml += "<w:r>"
        if !properties.isEmpty {
            xml += "<w:rPr>"
            xml += properties
            xml += "</w:rPr>"
        }
    }

    /// A `w:t`, marked `xml:space="preserve"` only when Word would otherwise drop spaces
    /// (leading, trailing or doubled).
    private static func appendText(_ escaped: String, to xml: inout String) {
        var escaped = escaped
        let needsPreserve = escaped.withUTF8 { bytes in
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte == 0x20, previous == 0x20 { return true }
                previous = byte
            }
            return previous == 0x20
        }
        xml += needsPreserve ? "<w:t xml:space=\"preserve\">" : "<w:t>"
        xml += escaped
        xml += "</w:t>"
    }
}
