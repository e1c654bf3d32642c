import Foundation

/// What a commented review copy holds: its custom properties, the bookmarks of its anchors, the
/// Word comments (with replies and their "done" state) and the tracked changes, each placed in
/// the document by character offsets, so that a comment can be given the innermost anchor that
/// holds it.
///
/// `word/document.xml` is read as a stream of events (a review copy of thousands of actions is
/// tens of megabytes of XML); only the texts a comment quotes and the paragraphs a tracked
/// change touches are kept. Offsets count the characters of every run, inserted or deleted,
/// plus one at the end of each paragraph, so an offset means the same place whatever order a
/// program writes bookmark and comment marks in at a paragraph's start.
struct DOCXReview: Sendable {
    /// A bookmark: its name and the offsets of its start and end.
    struct Anchor: Hashable, Sendable {
        var name: String
        var start: Int
        var end: Int
    }

    /// One comment of `word/comments.xml`.
    struct Note: Hashable, Sendable {
        /// 1-based, in the order of `word/comments.xml` (what diagnostics cite).
        var number: Int
        var id: String
        var author: String
        var date: String
        var text: String
        /// The paragraph id (`w14:paraId`) of its last paragraph, which commentsExtended names.
        var paragraphID: String?
        /// Where its range starts and ends in the body, and the text it covers (cut at
        /// ``DOCXReview/quoteLimit`` characters).
        var start: Int?
        var end: Int?
        var quote: String = ""
        /// The comment it answers, from `commentsExtended.xml`.
        var parent: String?
        /// Marked done (resolved) in Word.
        var isDone = false
    }

    /// The tracked changes of one paragraph by one author.
    struct Change: Hashable, Sendable {
        /// 1-based, in document order.
        var number: Int
        var author: String
        var date: String
        var start: Int
        var end: Int
        /// The paragraph as it stands with the changes rejected and accepted.
        var original: String
        var proposed: String
        var inserted: [String]
        var deleted: [String]
    }

    /// The most characters of quoted text kept per comment.
    static let quoteLimit = 500
    /// The most comments a file may hold.
    static let commentLimit = 100_000

    var properties: [String: String] = [:]
    var anchors: [Anchor] = []
    var notes: [Note] = []
    var changes: [Change] = []

    /// Why a file cannot be read as a commented document.
    struct Failure: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    static let word = OOXMLNamespace.wordprocessing
    static let word2010 = "http://schemas.microsoft.com/office/word/2010/wordml"
    static let word2012 = "http://schemas.microsoft.com/office/word/2012/wordml"

    /// The custom property naming the author of the tracked changes the copy was sent with
    /// (``ReviewCopy`` with `--redline-since`): the consultant's, not the member's.
    static let redlineAuthorProperty = "StrategyRedlineAuthor"

    /// Reads the DOCX in `bytes`.
    static func read(_ bytes: [UInt8]) throws(Failure) -> DOCXReview {
        var review = DOCXReview()
        do throws(OPCPackage.Failure) {
            let package = try OPCPackage(bytes: bytes)
            let main = try package.mainPart()
            guard let document = try package.part(main) else {
                throw OPCPackage.Failure(part: main, reason: "the main document is missing")
            }
            let relationships = try package.relationships(of: main)
            func part(_ kind: String) -> String? {
                relationships.first { $0.kind == kind && !$0.isExternal }?.target
            }
            if let name = part("comments"), let bytes = try package.part(name) {
                review.notes = try comments(bytes, part: name)
            }
            if let name = part("commentsExtended"), let root = try package.xml(name) {
                review.applyExtended(root)
            }
            let packageRelationships = try package.relationships(of: "")
            if let custom = packageRelationships.first(where: { $0.kind == "custom-properties" && !$0.isExternal }),
               let root = try package.xml(custom.target) {
                for property in root.elements("property") {
                    if let name = property.attribute("name") { review.properties[name] = property.text }
                }
            }
            try review.readBody(document, part: main)
        } catch {
            throw Failure(description: error.description)
        }
        return review
    }

    /// The comments of `word/comments.xml`, read as events (a part of 20,000 comments held as
    /// a tree cost a hundred megabytes).
    private static func comments(_ bytes: [UInt8], part: String) throws(OPCPackage.Failure) -> [Note] {
        var notes: [Note] = []
        var current: Note?
        var paragraphs = 0
        var textDepth = 0
        var isTooMany = false
        do throws(XMLReadError) {
            var reader = try XMLPullReader(bytes)
            reading: while let event = try reader.next() {
                switch event {
                case .start(let tag):
                    guard word.contains(tag.name.namespace) else { continue }
                    let namespace = tag.name.namespace
                    switch tag.name.local {
                    case "comment":
                        guard notes.count < commentLimit else {
                            isTooMany = true
                            break reading
                        }
                        current = tag.attribute("id", namespace: namespace).map { id in
                            Note(number: notes.count + 1, id: id,
                                 author: tag.attribute("author", namespace: namespace) ?? "",
                                 date: tag.attribute("date", namespace: namespace) ?? "", text: "")
                        }
                        paragraphs = 0
                    case "p" where current != nil:
                        if paragraphs > 0 { current?.text += "\n" }
                        paragraphs += 1
                        current?.paragraphID = tag.attribute("paraId", namespace: word2010)
                    case "t", "delText": textDepth += 1
                    case "tab" where current != nil && textDepth == 0: current?.text += " "
                    case "br" where current != nil && textDepth == 0, "cr" where current != nil && textDepth == 0:
                        current?.text += "\n"
                    default: break
                    }
                case .text(let text):
                    if textDepth > 0 { current?.text += text }
                case .end(let name):
                    guard word.contains(name.namespace) else { continue }
                    switch name.local {
                    case "t", "delText": textDepth = max(0, textDepth - 1)
                    case "comment":
                        if var note = current {
                            note.text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
                            notes.append(note)
                        }
                        current = nil
                    default: break
                    }
                }
            }
        } catch {
            throw OPCPackage.Failure(error, part: part)
        }
        if isTooMany {
            throw OPCPackage.Failure(part: part, reason: "more than \(commentLimit) comments; a review copy has far fewer")
        }
        return notes
    }

    /// Replies and "done" from `commentsExtended.xml`, matched by paragraph id.
    private mutating func applyExtended(_ root: XMLTreeElement) {
        var byParagraph: [String: Int] = [:]
        for (index, note) in notes.enumerated() {
            if let id = note.paragraphID { byParagraph[id] = index }
        }
        for entry in root.elements("commentEx") {
            guard let paragraph = entry.attribute("paraId", namespace: Self.word2012),
                  let index = byParagraph[paragraph] else { continue }
            if entry.attribute("done", namespace: Self.word2012) == "1" { notes[index].isDone = true }
            if let parent = entry.attribute("paraIdParent", namespace: Self.word2012), let root = byParagraph[parent] {
                notes[index].parent = notes[root].id
            }
        }
    }

    // MARK: The body

    /// A paragraph being read: its offsets, its two texts, and its tracked changes.
    private struct OpenParagraph {
        var start: Int
        var original = ""
        var proposed = ""
        var inserted: [String] = []
        var deleted: [String] = []
        var author = ""
        var date = ""
        var hasChanges = false
        /// What the last text was: 0 unchanged, 1 inserted, 2 deleted (pieces of one change
        /// written in several runs, as a deletion across formatting is, make one piece).
        var lastKind = 0
    }

    private mutating func readBody(_ bytes: [UInt8], part: String) throws(OPCPackage.Failure) {
        var reader: XMLPullReader
        do { reader = try XMLPullReader(bytes) } catch { throw OPCPackage.Failure(error, part: part) }
        var noteIndex: [String: Int] = [:]
        for (index, note) in notes.enumerated() { noteIndex[note.id] = index }
        var offset = 0
        var bookmarkStarts: [String: (name: String, start: Int)] = [:]
        var openComments: [Int] = []
        var paragraphs: [OpenParagraph] = []
        var inserted = 0, deleted = 0, textDepth = 0
        // The changes the copy was sent with are the consultant's: their insertions read as
        // text, their deletions as gone; only the member's own changes are changes.
        let sentBy = properties[Self.redlineAuthorProperty]
        var changeStack: [(isSent: Bool, isInsertion: Bool)] = []
        var sentDeleted = 0
        var insideText = false
        var changeAuthor = "", changeDate = ""
        func append(_ text: String) {
            let count = text.unicodeScalars.count
            offset += count
            guard sentDeleted == 0 else { return }
            let kind = deleted > 0 ? 2 : inserted > 0 ? 1 : 0
            // A quote is the text as the consultant wrote it: insertions left out.
            for index in openComments where kind != 1 && notes[index].quote.unicodeScalars.count < Self.quoteLimit {
                notes[index].quote += String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.quoteLimit)))
            }
            guard !paragraphs.isEmpty else { return }
            let last = paragraphs.count - 1
            if kind != 1 { paragraphs[last].original += text }
            if kind != 2 { paragraphs[last].proposed += text }
            if kind == 1 {
                if paragraphs[last].lastKind == 1, !paragraphs[last].inserted.isEmpty {
                    paragraphs[last].inserted[paragraphs[last].inserted.count - 1] += text
                } else {
                    paragraphs[last].inserted.append(text)
                }
            } else if kind == 2 {
                if paragraphs[last].lastKind == 2, !paragraphs[last].deleted.isEmpty {
                    paragraphs[last].deleted[paragraphs[last].deleted.count - 1] += text
                } else {
                    paragraphs[last].deleted.append(text)
                }
            }
            paragraphs[last].lastKind = kind
        }
        do throws(XMLReadError) {
            while let event = try reader.next() {
                switch event {
                case .start(let tag):
                    guard Self.word.contains(tag.name.namespace) else { continue }
                    let ns = tag.name.namespace
                    switch tag.name.local {
                    case "p":
                        paragraphs.append(OpenParagraph(start: offset))
                    case "t", "delText", "instrText":
                        textDepth += 1
                        insideText = tag.name.local != "instrText"
                    case "tab":
                        if textDepth == 0 { append(" ") }
                    case "br", "cr":
                        if textDepth == 0 { append("\n") }
                    case "ins", "moveTo", "del", "moveFrom":
                        let isInsertion = tag.name.local == "ins" || tag.name.local == "moveTo"
                        changeAuthor = tag.attribute("author", namespace: ns) ?? ""
                        changeDate = tag.attribute("date", namespace: ns) ?? ""
                        let isSent = sentBy != nil && changeAuthor == sentBy
                        changeStack.append((isSent, isInsertion))
                        if isSent {
                            if !isInsertion { sentDeleted += 1 }
                            continue
                        }
                        if isInsertion { inserted += 1 } else { deleted += 1 }
                        if !paragraphs.isEmpty { Self.mark(&paragraphs[paragraphs.count - 1], changeAuthor, changeDate) }
                    case "bookmarkStart":
                        if let id = tag.attribute("id", namespace: ns), let name = tag.attribute("name", namespace: ns) {
                            bookmarkStarts[id] = (name, offset)
                        }
                    case "bookmarkEnd":
                        if let id = tag.attribute("id", namespace: ns), let start = bookmarkStarts.removeValue(forKey: id) {
                            anchors.append(Anchor(name: start.name, start: start.start, end: offset))
                        }
                    case "commentRangeStart":
                        if let id = tag.attribute("id", namespace: ns), let index = noteIndex[id], notes[index].start == nil {
                            notes[index].start = offset
                            openComments.append(index)
                        }
                    case "commentRangeEnd":
                        if let id = tag.attribute("id", namespace: ns), let index = noteIndex[id] {
                            notes[index].end = offset
                            openComments.removeAll { $0 == index }
                        }
                    case "commentReference":
                        if let id = tag.attribute("id", namespace: ns), let index = noteIndex[id], notes[index].start == nil {
                            notes[index].start = offset
                            notes[index].end = offset
                        }
                    default:
                        break
                    }
                case .text(let text):
                    if textDepth > 0, insideText { append(text) }
                case .end(let name):
                    guard Self.word.contains(name.namespace) else { continue }
                    switch name.local {
                    case "t", "delText", "instrText":
                        textDepth = max(0, textDepth - 1)
                        insideText = false
                    case "ins", "moveTo", "del", "moveFrom":
                        guard let change = changeStack.popLast() else { break }
                        if change.isSent {
                            if !change.isInsertion { sentDeleted = max(0, sentDeleted - 1) }
                        } else if change.isInsertion {
                            inserted = max(0, inserted - 1)
                        } else {
                            deleted = max(0, deleted - 1)
                        }
                    case "p":
                        guard let paragraph = paragraphs.popLast() else { break }
                        if paragraph.hasChanges {
                            changes.append(Change(
                                number: changes.count + 1, author: paragraph.author, date: paragraph.date,
                                start: paragraph.start, end: offset,
                                original: paragraph.original, proposed: paragraph.proposed,
                                inserted: paragraph.inserted, deleted: paragraph.deleted))
                        }
                        offset += 1
                        for index in openComments where notes[index].quote.unicodeScalars.count < Self.quoteLimit {
                            notes[index].quote += "\n"
                        }
                    default:
                        break
                    }
                }
            }
        } catch {
            throw OPCPackage.Failure(error, part: part)
        }
        // A program may drop a bookmark's end (LibreOffice does, for an empty one after a
        // table): its start still marks the place.
        for (_, start) in bookmarkStarts.sorted(by: { $0.value.start < $1.value.start }) {
            anchors.append(Anchor(name: start.name, start: start.start, end: start.start))
        }
    }

    /// The first author and date of a paragraph's changes name them all.
    private static func mark(_ paragraph: inout OpenParagraph, _ author: String, _ date: String) {
        if !paragraph.hasChanges {
            paragraph.author = author
            paragraph.date = date
        }
        paragraph.hasChanges = true
    }
}
