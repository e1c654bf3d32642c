/// The small, mostly fixed parts of the package: content types, relationships, properties,
/// settings, fonts, header and footer.
enum DOCXParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    private static let officeRelationship =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let packageRelationship =
        "http://schemas.openxmlformats.org/package/2006/relationships/"
    private static let wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml."

    /// The content type of each part, by path. The `.rels` default covers the relationship
    /// parts; every other part has its own override (the `.xml` default is Word's habit).
    static let contentTypes: [(path: String, type: String)] = [
        ("docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("word/document.xml", wordType + "document.main+xml"),
        ("word/fontTable.xml", wordType + "fontTable+xml"),
        ("word/footer1.xml", wordType + "footer+xml"),
        ("word/header1.xml", wordType + "header+xml"),
        ("word/numbering.xml", wordType + "numbering+xml"),
        ("word/settings.xml", wordType + "settings+xml"),
        ("word/styles.xml", wordType + "styles+xml"),
        ("word/webSettings.xml", wordType + "webSettings+xml"),
    ]

    /// The fixed relationships of `word/document.xml`; hyperlinks are numbered after them.
    static let documentRelationships: [(id: String, type: String, target: String)] = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "numbering", "numbering.xml"),
        ("rId3", "settings", "settings.xml"),
        ("rId4", "webSettings", "webSettings.xml"),
        ("rId5", "fontTable", "fontTable.xml"),
        ("rId6", "header", "header1.xml"),
        ("rId7", "footer", "footer1.xml"),
    ]
    static let headerID = "rId6"
    static let footerID = "rId7"

    /// `[Content_Types].xml`, with a default for each picture format the document uses.
    static func contentTypesXML(imageFormats: [DocumentImage.Format] = []) -> String {
        var xml = declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        for format in DocumentImage.Format.allCases where imageFormats.contains(format) {
            xml += "<Default Extension=\"\(format.fileExtension)\" ContentType=\"\(format.mediaType)\"/>"
        }
        xml += "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (path, type) in contentTypes {
            xml += "<Override PartName=\"/\(path)\" ContentType=\"\(type)\"/>"
        }
        return xml + "</Types>"
    }

    /// `_rels/.rels`: the main document and the two property parts.
    static func packageRelationshipsXML() -> String {
        relationships([
            ("rId1", officeRelationship + "officeDocument", "word/document.xml", false),
            ("rId2", packageRelationship + "metadata/core-properties", "docProps/core.xml", false),
            ("rId3", officeRelationship + "extended-properties", "docProps/app.xml", false),
        ])
    }

    /// `word/_rels/document.xml.rels`: the fixed parts, then the external hyperlinks.
    static func documentRelationshipsXML(_ hyperlinks: DOCXHyperlinks) -> String {
        relationships(
            documentRelationships.map { ($0.id, officeRelationship + $0.type, $0.target, false) }
                + hyperlinks.relationships.map {
                    ($0.id, officeRelationship + ($0.isImage ? "image" : "hyperlink"), $0.target, !$0.isImage)
                })
    }

    /// `docProps/core.xml`: the title and language; no author and no dates, which would come
    /// from the clock or the machine.
    static func coreXML(title: String, languageTag: String) -> String {
        declaration
            + "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
            + "core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscaping.text(title))</dc:title>"
            + "<dc:language>\(XMLEscaping.text(languageTag))</dc:language>"
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`.
    static func appXML() -> String {
        declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>Strategy Workbench</Application><DocSecurity>0</DocSecurity>"
            + "</Properties>"
    }

    /// `word/settings.xml`: `w:updateFields` makes Word offer to update the table of contents
    /// (and its page numbers) on opening; compatibility mode 15 is Word 2013 and later.
    static func settingsXML(languageTag: String) -> String {
        declaration + "<w:settings \(wordNamespaces)>"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"709\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:updateFields w:val=\"true\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(XMLEscaping.attribute(languageTag))\"/>"
            + "</w:settings>"
    }

    /// `word/webSettings.xml`, which Word always writes.
    static func webSettingsXML() -> String {
        declaration + "<w:webSettings \(wordNamespaces)><w:optimizeForBrowser/></w:webSettings>"
    }

    /// `word/fontTable.xml`: the two fonts the styles name.
    static func fontTableXML() -> String {
        declaration + "<w:fonts \(wordNamespaces)>"
            + "<w:font w:name=\"\(DOCXStyles.bodyFont)\"><w:family w:val=\"swiss\"/>"
            + "<w:pitch w:val=\"variable\"/></w:font>"
            + "<w:font w:name=\"\(DOCXStyles.codeFont)\"><w:family w:val=\"modern\"/>"
            + "<w:pitch w:val=\"fixed\"/></w:font>"
            + "</w:fonts>"
    }

    /// `word/header1.xml`: the document's title, right-aligned.
    static func headerXML(title: String, languageTag: String) -> String {
        declaration + "<w:hdr \(wordNamespaces)>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            + DOCXRuns.run(title, properties: DOCXRuns.language(languageTag))
            + "</w:p></w:hdr>"
    }

    /// `word/footer1.xml`: the page number, a `PAGE` field, centred.
    static func footerXML() -> String {
        declaration + "<w:ftr \(wordNamespaces)>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "</w:p></w:ftr>"
    }

    private static func relationships(
        _ list: [(id: String, type: String, target: String, external: Bool)]
    ) -> String {
        var xml = declaration
            + "<Relationships xmlns=\"\(packageRelationship.dropLast())\">"
        for (id, type, target, external) in list {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(type)\""
                + " Target=\"\(XMLEscaping.attribute(target))\""
                + (external ? " TargetMode=\"External\"" : "") + "/>"
        }
        return xml + "</Relationships>"
    }
}
