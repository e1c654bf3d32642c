import Foundation

extension FuzzEntryPoints {
    /// What the commented-copy reader made of a file, for the fuzz target's invariants.
    public struct ReviewCopyReport: Sendable {
        /// Why the file was refused, or nil.
        public var failure: String?
        /// Each comment: its range (start, end) when it has one, its quote's length, whether it
        /// answers another.
        public var notes: [(start: Int?, end: Int?, quoteLength: Int, isReply: Bool)]
        /// Each tracked change's range.
        public var changes: [(start: Int, end: Int)]
        /// Each bookmark's range.
        public var anchors: [(start: Int, end: Int)]
        /// For each comment and change, the paragraph number(s) found for it against bookmarks
        /// named as the review copy names them (its type word and cleaned quote too).
        public var located: [String]
    }

    /// `bytes` read as a commented review copy (``DOCXReview``), every result placed as an import
    /// would place it.
    public static func readReviewCopy(_ bytes: [UInt8]) -> ReviewCopyReport {
        let review: DOCXReview
        do {
            review = try DOCXReview.read(bytes)
        } catch {
            return ReviewCopyReport(failure: error.description, notes: [], changes: [], anchors: [], located: [])
        }
        let places = DOCXCommentForm.Places(
            review.anchors, targets: [("sec.a", true), ("A-01", false), ("aud.b", false), ("sec.b", true)])
        let vocabulary = CommentVocabulary(templates: TemplateSet(languages: [:], origin: ""))
        var located: [String] = []
        for note in review.notes {
            let start = note.start ?? 0
            let (target, paragraph) = places.locate(start: start, end: max(start, note.end ?? start))
            let (type, text) = DOCXCommentForm.typed(note.text, vocabulary: vocabulary)
            located.append("\(target) \(paragraph) \(type.rawValue) \(text.count) \(DOCXCommentForm.cleanQuote(note.quote).count)")
        }
        for change in review.changes {
            let (target, paragraph) = places.locate(start: change.start, end: max(change.start, change.end))
            located.append("\(target) \(paragraph)")
        }
        return ReviewCopyReport(
            failure: nil,
            notes: review.notes.map { ($0.start, $0.end, $0.quote.unicodeScalars.count, $0.parent != nil) },
            changes: review.changes.map { ($0.start, $0.end) },
            anchors: review.anchors.map { ($0.start, $0.end) },
            located: located)
    }

    /// A DOCX package around given parts (fuzzed ones, or the benchmark's): `word/document.xml`,
    /// `word/comments.xml` and `word/commentsExtended.xml` with the relationships Word writes
    /// for them, and custom properties when given (a review copy's version and member).
    public static func reviewCopyPackage(
        document: [UInt8], comments: [UInt8], extended: [UInt8], properties: [DOCXWriter.CustomProperty] = []
    ) -> [UInt8] {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var archive = ZIPArchive()
        archive.storesEntries = true
        let hasCustom = !properties.isEmpty
        archive.add("[Content_Types].xml", Data(DOCXParts.contentTypesXML(hasCustomProperties: hasCustom).utf8))
        archive.add("_rels/.rels", Data(DOCXParts.packageRelationshipsXML(hasCustomProperties: hasCustom).utf8))
        if hasCustom {
            archive.add(DOCXParts.customPropertiesPath, Data(DOCXParts.customPropertiesXML(properties).utf8))
        }
        archive.add("word/_rels/document.xml.rels", Data((DOCXParts.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)comments\" Target=\"comments.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\""
            + " Target=\"commentsExtended.xml\"/></Relationships>").utf8))
        archive.add("word/document.xml", Data(document))
        archive.add("word/comments.xml", Data(comments))
        archive.add("word/commentsExtended.xml", Data(extended))
        return (try? archive.data()).map { [UInt8]($0) } ?? []
    }
}
