import Foundation

/// A commented review copy read as comments of its version: each Word comment thread and each
/// paragraph's tracked changes becomes one comment, placed on the innermost section, entity or
/// paragraph anchor that holds it (``DOCXAnchors``).
///
/// - The version and member come from the copy's custom properties (``ReviewCopy``), or from
///   `--version` / `--member` when a program dropped them; the version's hash must match.
/// - The type is `general` unless the comment starts with a type word of the forms in any
///   language (`[редакционное]`, `по существу:`, `editorial:`), and `editorial` for tracked
///   changes.
/// - Replies follow their comment in its text, each with its author; a comment marked done in
///   Word says so.
/// - A tracked change proposes the paragraph as the member would have it; its text lists what
///   was inserted (`+ «…»`) and deleted (`− «…»`).
enum DOCXCommentForm {
    /// One comment read from the copy, before it gets an id.
    struct Draft: Sendable {
        var version: String
        var member: MemberID
        var target: String
        var paragraph: String
        var type: CommentType
        var text: String
        var proposal: String
        var quote: String
        var author: String
        /// The comment's number in the file (comments first, then tracked changes).
        var number: Int
        /// Where it starts in the document, for document order.
        var offset: Int
    }

    /// Whether `data` is a ZIP archive (a DOCX or another Office file) rather than a CSV form.
    static func isZIP(_ data: Data) -> Bool {
        data.count >= 4 && data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    /// The drafts of the copy in `data`, in document order, and every problem.
    static func read(
        _ data: Data, file: String, vocabulary: CommentVocabulary, reviews: ReviewVersions,
        version fallbackVersion: String?, member fallbackMember: String?
    ) -> (drafts: [Draft], diagnostics: [Diagnostic]) {
        let place = SourceLocation(file: file, line: 1, column: 1)
        let review: DOCXReview
        do {
            review = try DOCXReview.read([UInt8](data))
        } catch {
            return ([], [.error("comments.docx-unreadable", "this is not a Word document that can be read: \(error)",
                                at: place)])
        }
        var diagnostics: [Diagnostic] = []
        guard let versionName = review.properties[ReviewCopy.versionProperty] ?? fallbackVersion else {
            return ([], [.error("comments.docx-no-version",
                                "the document does not say which version it comments on (it has no "
                                    + "\(ReviewCopy.versionProperty) property: was it made with 'comments template "
                                    + "--format docx'?); give --version", at: place)])
        }
        guard let opened = reviews.review(versionName) else {
            return ([], [.commentsUnknownVersion(versionName, at: place, suggestion: nil)])
        }
        if let hash = review.properties[ReviewCopy.hashProperty], hash != opened.hash {
            diagnostics.append(.error(
                "comments.docx-other-copy",
                "the document was made from another '\(versionName)' (hash \(hash), the version's is \(opened.hash))",
                at: place))
        }
        let memberText = review.properties[ReviewCopy.memberProperty] ?? fallbackMember
        guard let memberText else {
            return ([], diagnostics + [.error("comments.docx-no-member",
                                              "the document does not say whose comments it holds (no "
                                                  + "\(ReviewCopy.memberProperty) property); give --member", at: place)])
        }
        guard let member = opened.members[CommentVocabulary.normalized(memberText)] else {
            return ([], diagnostics + [.commentsUnknownMember(
                memberText, version: versionName, members: opened.strategy.members.map(\.id.value.rawValue), at: place)])
        }
        let places = Places(review.anchors, outline: opened.outline)
        var drafts: [Draft] = []
        let replies = Dictionary(grouping: review.notes.filter { $0.parent != nil }, by: { $0.parent ?? "" })
        for note in review.notes where note.parent == nil {
            let quote = cleanQuote(note.quote)
            func problem(_ message: String) {
                let by = note.author.isEmpty ? "" : " by \(note.author)"
                let on = quote.isEmpty ? "" : " on «\(String(quote.prefix(60)))»"
                diagnostics.append(.error("comments.docx-comment", "comment \(note.number)\(by)\(on): \(message)", at: place))
            }
            let (type, body) = typed(note.text, vocabulary: vocabulary)
            var text = body
            for reply in replies[note.id] ?? [] {
                let author = reply.author.isEmpty ? "" : "\(reply.author): "
                text += "\n— " + author + reply.text
            }
            if note.isDone { text += "\n✓" }
            guard !body.isEmpty else {
                problem("the comment has no text (only a type word, or nothing)")
                continue
            }
            let start = note.start ?? 0, end = note.end ?? start
            let (target, paragraph) = places.locate(start: start, end: max(start, end))
            drafts.append(Draft(
                version: versionName, member: member, target: target, paragraph: paragraph, type: type, text: text,
                proposal: "", quote: quote, author: note.author, number: note.number, offset: start))
        }
        for change in review.changes {
            let (target, paragraph) = places.locate(start: change.start, end: max(change.start, change.end))
            var lines = change.inserted.map { "+ «\($0)»" }
            lines += change.deleted.map { "− «\($0)»" }
            drafts.append(Draft(
                version: versionName, member: member, target: target, paragraph: paragraph, type: .editorial,
                text: lines.joined(separator: "\n"), proposal: cleanQuote(change.proposed),
                quote: cleanQuote(change.original), author: change.author,
                number: review.notes.count + change.number, offset: change.start))
        }
        drafts.sort { ($0.offset, $0.number) < ($1.offset, $1.number) }
        return (drafts, diagnostics)
    }

    /// The type word a comment starts with (`[editorial]`, `editorial:`, in any language of the
    /// forms) and the text after it; `general` and the whole text when there is none.
    static func typed(_ text: String, vocabulary: CommentVocabulary) -> (CommentType, String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var word: Substring?
        var rest: Substring = ""
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
            word = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
            rest = trimmed[trimmed.index(after: close)...]
        } else if let colon = trimmed.prefix(40).firstIndex(of: ":") {
            word = trimmed[..<colon]
            rest = trimmed[trimmed.index(after: colon)...]
        }
        if let word, let type = vocabulary.type(String(word)) {
            return (type, rest.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return (.general, trimmed)
    }

    /// A quoted text without the review copy's paragraph numbers and surrounding space.
    static func cleanQuote(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var line = line
            if line.hasPrefix("¶") {
                line = line.dropFirst().drop { $0 == " " || $0 == "\u{00A0}" }
                line = line.drop { $0.isASCII && $0.isNumber }
                if line.first == " " { line = line.dropFirst() }
            }
            return line
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The anchors of a copy resolved to the ids of its version.
    struct Places {
        struct Place {
            var id: String
            var start: Int
            var end: Int
        }

        /// Sections and entities sorted by start (the outer first when two start together),
        /// each with the index of the innermost one holding it; numbered paragraphs by start.
        var targets: [Place] = []
        var parents: [Int?] = []
        var paragraphs: [(number: Int, start: Int, end: Int)] = []

        /// A section or entity runs from its bookmark to its end marker; where a program lost
        /// the marker, to the next section (for a section) or the next section or entity.
        init(_ anchors: [DOCXReview.Anchor], outline: ReviewOutline) {
            self.init(anchors, targets: outline.targets.map { ($0.id, $0.kind == .section) })
        }

        /// The places of `anchors` among sections and entities `targets`, in document order.
        init(_ anchors: [DOCXReview.Anchor], targets ids: [(id: String, isSection: Bool)]) {
            var starts: [String: (id: String, isSection: Bool)] = [:]
            var ends: [String: String] = [:]
            for target in ids {
                let name = DOCXAnchors.bookmarkName(target.id)
                if starts[name] == nil { starts[name] = (target.id, target.isSection) }
                ends[DOCXAnchors.endName(target.id)] = target.id
            }
            var opened: [(id: String, isSection: Bool, start: Int)] = []
            var closed: [String: Int] = [:]
            for anchor in anchors {
                if let number = DOCXAnchors.paragraphNumber(anchor.name) {
                    paragraphs.append((number, anchor.start, anchor.end))
                } else if let target = starts[anchor.name] {
                    opened.append((target.id, target.isSection, anchor.start))
                } else if let id = ends[anchor.name], starts[anchor.name] == nil {
                    closed[id] = max(closed[id] ?? 0, anchor.start)
                }
            }
            opened.sort { $0.start < $1.start }
            for (index, anchor) in opened.enumerated() {
                var end = closed[anchor.id]
                if end == nil || end ?? 0 < anchor.start {
                    end = opened[(index + 1)...].first { $0.isSection || !anchor.isSection }?.start ?? Int.max
                }
                targets.append(Place(id: anchor.id, start: anchor.start, end: end ?? Int.max))
            }
            targets.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
            paragraphs.sort { $0.start < $1.start }
            // Anchors nest (sections hold entities): one pass with a stack finds each parent.
            var stack: [Int] = []
            parents.reserveCapacity(targets.count)
            for (index, place) in targets.enumerated() {
                while let top = stack.last, !(targets[top].start <= place.start && place.end <= targets[top].end) {
                    stack.removeLast()
                }
                parents.append(stack.last)
                stack.append(index)
            }
        }

        /// The innermost section or entity holding `start…end`, and the paragraph number(s).
        func locate(start: Int, end: Int) -> (String, String) {
            var low = 0, high = targets.count
            while low < high {
                let middle = (low + high) / 2
                if targets[middle].start <= start { low = middle + 1 } else { high = middle }
            }
            var candidate = low > 0 ? low - 1 : nil
            var steps = 0
            while let index = candidate, steps < 64 {
                let place = targets[index]
                if place.start <= start, end <= place.end, start < place.end || place.start == place.end { break }
                candidate = parents[index]
                steps += 1
            }
            if steps == 64 { candidate = nil }
            let first = paragraph(at: start), last = paragraph(at: max(start, end - 1))
            var number = ""
            if let first, let last {
                number = first == last ? String(first) : "\(first)–\(last)"
            } else if let only = first ?? last {
                number = String(only)
            }
            return (candidate.map { targets[$0].id } ?? ReviewOutline.documentID, number)
        }

        private func paragraph(at offset: Int) -> Int? {
            // Binary search for the last paragraph starting at or before the offset.
            var low = 0, high = paragraphs.count
            while low < high {
                let middle = (low + high) / 2
                if paragraphs[middle].start <= offset { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            let candidate = paragraphs[low - 1]
            return offset < candidate.end ? candidate.number : nil
        }
    }
}
