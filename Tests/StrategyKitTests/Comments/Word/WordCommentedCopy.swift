import Foundation
@testable import StrategyKit
import XCTest

/// A review copy commented the way Word writes comments and tracked changes: range marks and
/// a reference run in word/document.xml, the texts in word/comments.xml (each paragraph with a
/// `w14:paraId`), replies and "done" in word/commentsExtended.xml, insertions and deletions as
/// `w:ins` / `w:del` runs (deleted text in `w:delText`), all wired by relationships.
struct WordCommentedCopy {
    struct Note {
        var id: Int
        var author: String
        var text: String
        var parent: Int?
        var isDone = false
    }

    var parts: [String: String]
    var notes: [Note] = []
    private var nextChange = 900

    /// The parts of the review copy of `version` for `member` in `language`.
    init(workspace: URL, version: String = "v1", member: String = "ipr", language: String = "en") throws {
        let store = VersionStore(workspace: workspace)
        let (record, strategy) = try store.load(version)
        let templates = CommentStore.templates(nil)
        let document = try ReviewCopy.document(
            strategy: strategy, version: record, member: MemberID(member), language: Language(language),
            templates: templates)
        let labels = try templates.templates(for: Language(language)).labels
        let written = ReviewCopy.writer(version: record, member: MemberID(member)).parts(of: document, labels: labels)
        parts = Dictionary(uniqueKeysWithValues: written.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    var document: String {
        get { parts["word/document.xml"] ?? "" }
        set { parts["word/document.xml"] = newValue }
    }

    /// The range of the run whose text is `text`, the first after `marker`.
    func run(_ text: String, after marker: String) throws -> Range<String.Index> {
        let xml = document
        let from = try XCTUnwrap(xml.range(of: marker), "no \(marker)").upperBound
        let found = try XCTUnwrap(xml.range(of: ">" + text + "</w:t>", range: from..<xml.endIndex), "no run '\(text)'")
        let start = try XCTUnwrap(xml.range(of: "<w:r>", options: .backwards, range: xml.startIndex..<found.lowerBound))
        let end = try XCTUnwrap(xml.range(of: "</w:r>", range: found.upperBound..<xml.endIndex))
        return start.lowerBound..<end.upperBound
    }

    /// A comment from the start of the run `from` to the end of the run `to` (the same run by
    /// default), each found after `marker`.
    mutating func comment(
        _ text: String, by author: String = "Aigul T.", on from: String, through to: String? = nil, after marker: String,
        parent: Int? = nil, isDone: Bool = false
    ) throws {
        let id = notes.count
        let first = try run(from, after: marker)
        let last = try run(to ?? from, after: marker)
        var xml = document
        xml.insert(contentsOf: "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>"
                   + "<w:commentReference w:id=\"\(id)\"/></w:r>", at: last.upperBound)
        xml.insert(contentsOf: "<w:commentRangeStart w:id=\"\(id)\"/>", at: first.lowerBound)
        document = xml
        notes.append(Note(id: id, author: author, text: text, parent: parent, isDone: isDone))
    }

    /// Replaces the run `text` (after `marker`) with `replacement`, written with `change(_:_:)`.
    mutating func replaceRun(_ text: String, after marker: String, with replacement: String) throws {
        let range = try run(text, after: marker)
        document.replaceSubrange(range, with: replacement)
    }

    /// A tracked insertion or deletion of `runs` by `author`.
    mutating func change(_ kind: String, _ runs: String, by author: String = "Aigul T.") -> String {
        nextChange += 1
        return "<w:\(kind) w:id=\"\(nextChange)\" w:author=\"\(author)\" w:date=\"2023-11-25T10:00:00Z\">\(runs)</w:\(kind)>"
    }

    /// The `.docx` bytes, with the comment parts when there are comments.
    func data(keepingProperties: Bool = true) throws -> Data {
        var parts = parts
        if !notes.isEmpty {
            let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            var comments = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(word)\""
                + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">"
            var extended = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx"
                + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
            for note in notes {
                comments += "<w:comment w:id=\"\(note.id)\" w:author=\"\(note.author)\" w:date=\"2023-11-25T10:00:00Z\""
                    + " w:initials=\"AT\"><w:p w14:paraId=\"1000000\(note.id)\"><w:pPr><w:pStyle w:val=\"CommentText\"/>"
                    + "</w:pPr><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>"
                    + "<w:r><w:t xml:space=\"preserve\">\(XMLEscaping.text(note.text))</w:t></w:r></w:p></w:comment>"
                extended += "<w15:commentEx w15:paraId=\"1000000\(note.id)\""
                    + (note.parent.map { " w15:paraIdParent=\"1000000\($0)\"" } ?? "")
                    + " w15:done=\"\(note.isDone ? 1 : 0)\"/>"
            }
            parts["word/comments.xml"] = comments + "</w:comments>"
            parts["word/commentsExtended.xml"] = extended + "</w15:commentsEx>"
            parts["word/_rels/document.xml.rels"] = (parts["word/_rels/document.xml.rels"] ?? "").replacingOccurrences(
                of: "</Relationships>",
                with: "<Relationship Id=\"rId90\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                    + "<Relationship Id=\"rId91\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" Target=\"commentsExtended.xml\"/>"
                    + "</Relationships>")
            parts["[Content_Types].xml"] = (parts["[Content_Types].xml"] ?? "").replacingOccurrences(
                of: "</Types>",
                with: "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                    + "<Override PartName=\"/word/commentsExtended.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml\"/>"
                    + "</Types>")
        }
        if !keepingProperties {
            parts["docProps/custom.xml"] = nil
            parts["_rels/.rels"] = parts["_rels/.rels"]?.replacingOccurrences(
                of: "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>",
                with: "")
        }
        var archive = ZIPArchive()
        for (path, xml) in parts.sorted(by: { $0.key < $1.key }) { archive.add(path, Data(xml.utf8)) }
        return try archive.data()
    }
}
