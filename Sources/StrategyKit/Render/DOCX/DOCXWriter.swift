import Foundation

/// Writes a ``Document`` as a Word document (Office Open XML, `.docx`).
///
/// The package is written by this module alone: deflated ZIP entries (see ``ZIPArchive``), one
/// part per concern, real Word styles, a TOC field, sections for landscape content, a header
/// with the title and a footer with the page number. The same document and labels always
/// give the same bytes: no clock, no randomness, no dictionary order, fixed ZIP times.
public struct DOCXWriter: DocumentWriter, Sendable {
    /// A part of the package: its path in the archive and its bytes.
    public struct Part: Hashable, Sendable {
        /// The path inside the package (`word/document.xml`).
        public var path: String
        /// The bytes (UTF-8 XML).
        public var data: Data
    }

    /// Creates a writer.
    public init() {}

    /// `docx`.
    public var fileExtension: String { "docx" }

    /// The document as a `.docx` file.
    ///
    /// word/document.xml is deflated while it is written (see ``DOCXStream``); its text is
    /// the same as in ``parts(of:labels:)``.
    public func write(_ document: Document, labels: Labels) throws -> Data {
        let tag = languageTag(document, labels)
        var body = DOCXBody(document: document, languageTag: tag, stream: DOCXStream())
        body.append(document.blocks, in: .init())
        let rest = body.finish()
        var stream = body.stream
        var archive = ZIPArchive()
        archive.add("word/document.xml", deflated: stream.finish(with: rest))
        for (path, xml) in otherParts(document, tag: tag, body: body) { archive.add(path, Data(xml.utf8)) }
        for (path, image) in body.runs.hyperlinks.media { archive.add(path, image.data) }
        return try archive.data()
    }

    /// The package's parts in archive order, as the archive holds them: the golden tests
    /// compare these, not the ZIP bytes.
    public func parts(of document: Document, labels: Labels) -> [Part] {
        let tag = languageTag(document, labels)
        var body = DOCXBody(document: document, languageTag: tag)
        body.append(document.blocks, in: .init())
        var archive = ZIPArchive()
        archive.add("word/document.xml", Data(body.finish().utf8))
        for (path, xml) in otherParts(document, tag: tag, body: body) { archive.add(path, Data(xml.utf8)) }
        for (path, image) in body.runs.hyperlinks.media { archive.add(path, image.data) }
        return archive.orderedEntries.map { Part(path: $0.path, data: $0.data) }
    }

    /// The tag comes from the labels; a missing one falls back to the bare language code,
    /// which Word accepts too.
    private func languageTag(_ document: Document, _ labels: Labels) -> String {
        labels.values["language.tag"] ?? document.language.code
    }

    /// Every part but word/document.xml, once the body is written (it collects the hyperlinks
    /// and lists those parts describe).
    private func otherParts(_ document: Document, tag: String, body: DOCXBody) -> [(String, String)] {
        [
            ("[Content_Types].xml",
             DOCXParts.contentTypesXML(imageFormats: body.runs.hyperlinks.media.map(\.image.format))),
            ("_rels/.rels", DOCXParts.packageRelationshipsXML()),
            ("docProps/app.xml", DOCXParts.appXML()),
            ("docProps/core.xml", DOCXParts.coreXML(title: document.title, languageTag: tag)),
            ("word/_rels/document.xml.rels",
             DOCXParts.documentRelationshipsXML(body.runs.hyperlinks)),
            ("word/fontTable.xml", DOCXParts.fontTableXML()),
            ("word/footer1.xml", DOCXParts.footerXML()),
            ("word/header1.xml", DOCXParts.headerXML(title: document.title, languageTag: tag)),
            ("word/numbering.xml", body.numbering.xml()),
            ("word/settings.xml", DOCXParts.settingsXML(languageTag: tag)),
            ("word/styles.xml", DOCXStyles.xml(languageTag: tag)),
            ("word/webSettings.xml", DOCXParts.webSettingsXML()),
        ]
    }
}
