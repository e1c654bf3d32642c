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
    public func write(_ document: Document, labels: Labels) throws -> Data {
        var archive = ZIPArchive()
        for part in parts(of: document, labels: labels) { archive.add(part.path, part.data) }
        return try archive.data()
    }

    /// The package's parts in archive order, as the archive holds them: the golden tests
    /// compare these, not the ZIP bytes.
    public func parts(of document: Document, labels: Labels) -> [Part] {
        // The tag comes from the labels; a missing one falls back to the bare language code,
        // which Word accepts too.
        let tag = labels.values["language.tag"] ?? document.language.code
        var body = DOCXBody(document: document, languageTag: tag)
        body.append(document.blocks, in: .init())
        // Turned into bytes at once so the body's text is freed before the archive is built.
        let documentXML = Data(body.finish().utf8)
        let files: [(String, String)] = [
            ("[Content_Types].xml", DOCXParts.contentTypesXML()),
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
        var archive = ZIPArchive()
        archive.add("word/document.xml", documentXML)
        for (path, xml) in files { archive.add(path, Data(xml.utf8)) }
        return archive.orderedEntries.map { Part(path: $0.path, data: $0.data) }
    }
}
