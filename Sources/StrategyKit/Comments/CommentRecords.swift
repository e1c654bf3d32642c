import Foundation

/// The two record files of `comments/`: how a comment and a decision are written as CSV and
/// read back, every bad line reported with its place and skipped, never trusted.
///
/// Cells go through ``CSVEscaping`` like every CSV the workbench writes, so a comment that
/// starts with `=`, `+`, `-` or `@` is stored with a `'` before it; a stored value that starts
/// with `'` had one added, which reading removes (a text that itself starts with `'` is stored
/// with two).
enum CommentRecords {
    static let commentColumns = ["id", "version", "member", "target", "paragraph", "type", "comment",
                                 "proposal", "source", "line", "imported", "quote", "author"]
    /// Columns added later: a file written before them reads without them.
    static let optionalCommentColumns: Set<String> = ["quote", "author"]
    static let decisionColumns = ["id", "decision", "date", "language", "response", "replaces"]

    // MARK: Writing

    /// One stored cell.
    static func cell(_ text: String) -> String {
        CSVEscaping.cell(text.hasPrefix("'") ? "'" + text : text)
    }

    /// The whole `comments.csv`: BOM, header, one row per comment, CRLF.
    static func commentsFile(_ comments: [Comment]) -> Data {
        var text = CSVEscaping.byteOrderMark + commentColumns.joined(separator: ",") + "\r\n"
        for comment in comments {
            let cells = [
                comment.id, comment.version, comment.member.rawValue, comment.target, comment.paragraph,
                comment.type.rawValue, comment.text, comment.proposal, comment.source,
                String(comment.sourceLine), comment.imported.description, comment.quote, comment.author,
            ]
            text += cells.map(cell).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// The header line of `decisions.csv` (with a BOM, so Excel reads it as UTF-8).
    static var decisionsHeader: String {
        CSVEscaping.byteOrderMark + decisionColumns.joined(separator: ",")
    }

    /// One journal line.
    static func decisionLine(
        id: String, decision: CommentDecision, date: CalendarDate, language: Language, response: String,
        replaces: CommentDecision?
    ) -> String {
        [id, decision.rawValue, date.description, language.code, response, replaces?.rawValue ?? ""]
            .map(cell).joined(separator: ",")
    }

    // MARK: Reading

    /// A stored value: the `'` that writing added removed.
    static func value(_ field: CSVField) -> String {
        field.value.hasPrefix("'") ? String(field.value.dropFirst()) : field.value
    }

    /// The columns of a record file by name, or nil after reporting a header that is not the
    /// format's.
    static func columns(
        _ table: CSVTable, expected: [String], optional: Set<String> = [], file: String, sink: DiagnosticSink
    ) -> [String: Int]? {
        var positions: [String: Int] = [:]
        for (index, field) in table.header.enumerated() {
            if expected.contains(field.value), positions[field.value] == nil {
                positions[field.value] = index
            } else {
                sink.report(.error("comments.store", "\(file) has an unexpected column '\(field.value)'",
                                   at: field.location))
            }
        }
        let missing = expected.filter { positions[$0] == nil && !optional.contains($0) }
        if !missing.isEmpty {
            sink.report(.error("comments.store", "\(file) has no column \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                               at: table.header.first?.location ?? .file(file)))
            return nil
        }
        return positions
    }

    /// The comments of `comments.csv`, in file order; bad rows are reported and left out.
    static func readComments(_ data: Data, file: String, sink: DiagnosticSink) -> [Comment] {
        let (table, diagnostics) = CSVReader.read(data, file: file)
        sink.report(contentsOf: diagnostics)
        guard let table,
              let positions = columns(table, expected: commentColumns, optional: optionalCommentColumns, file: file, sink: sink)
        else {
            return []
        }
        var comments: [Comment] = []
        comments.reserveCapacity(table.rows.count)
        var seen: [String: SourceLocation] = [:]
        for row in table.rows where row.fields.count == table.header.count {
            func field(_ name: String) -> CSVField {
                guard let position = positions[name] else {
                    return CSVField(value: "", location: row.fields.first?.location ?? .file(file))
                }
                let field = row.fields[position]
                return CSVField(value: value(field), location: field.location)
            }
            func bad(_ name: String, _ message: String) {
                sink.report(.error("comments.store", message, at: field(name).location))
            }
            let id = field("id"), version = field("version"), member = field("member")
            let target = field("target"), type = field("type"), text = field("comment")
            let source = field("source"), line = field("line"), imported = field("imported")
            var isValid = true
            if !VersionStore.isValidName(version.value) {
                bad("version", "'\(version.value)' is not a version name"); isValid = false
            }
            if !Identifier<Member>.isValidSlug(member.value) {
                bad("member", "'\(member.value)' is not a member id"); isValid = false
            }
            let expectedPrefix = "\(version.value)-\(member.value)-"
            if !id.value.hasPrefix(expectedPrefix)
                || Int(id.value.dropFirst(expectedPrefix.count)) == nil
                || !id.value.dropFirst(expectedPrefix.count).allSatisfy(\.isASCII) {
                bad("id", "comment id '\(id.value)' is not '\(expectedPrefix)' and a number"); isValid = false
            } else if let first = seen[id.value] {
                sink.report(.error("comments.store", "comment id '\(id.value)' is used twice", at: id.location,
                                   notes: [.init("the first is here", at: first)]))
                isValid = false
            }
            if target.value.isEmpty { bad("target", "comment \(id.value) has no target"); isValid = false }
            let commentType = CommentType(rawValue: type.value)
            if commentType == nil { bad("type", "'\(type.value)' is not general, substantive or editorial"); isValid = false }
            if text.value.isEmpty { bad("comment", "comment \(id.value) has no text"); isValid = false }
            if source.value.utf8.count != 64 || !source.value.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) {
                bad("source", "'\(source.value)' is not the SHA-256 of an original file"); isValid = false
            }
            let sourceLine = Int(line.value)
            if sourceLine == nil || sourceLine! < 1 { bad("line", "'\(line.value)' is not a line number"); isValid = false }
            let date = CalendarDate(imported.value)
            if date == nil { bad("imported", "'\(imported.value)' is not a date (YYYY-MM-DD)"); isValid = false }
            guard isValid, let commentType, let sourceLine, let date else { continue }
            seen[id.value] = id.location
            comments.append(Comment(
                id: id.value, version: version.value, member: MemberID(member.value), target: target.value,
                paragraph: field("paragraph").value, type: commentType, text: text.value,
                proposal: field("proposal").value, source: source.value, sourceLine: sourceLine,
                imported: date, location: id.location, quote: field("quote").value, author: field("author").value))
        }
        return comments
    }

    /// The decisions in force, folded from `decisions.csv` in file order. A line that would
    /// overwrite a decision without saying what it replaces, or names a comment that does not
    /// exist, is reported and ignored.
    static func readDecisions(
        _ data: Data, file: String, comments: Set<String>, sink: DiagnosticSink
    ) -> [String: CommentResolution] {
        let (table, diagnostics) = CSVReader.read(data, file: file)
        sink.report(contentsOf: diagnostics)
        guard let table, let positions = columns(table, expected: decisionColumns, file: file, sink: sink) else {
            return [:]
        }
        var resolutions: [String: CommentResolution] = [:]
        for row in table.rows where row.fields.count == table.header.count {
            func field(_ name: String) -> CSVField {
                let field = row.fields[positions[name] ?? 0]
                return CSVField(value: value(field), location: field.location)
            }
            func bad(_ name: String, _ message: String) {
                sink.report(.error("comments.journal", message, at: field(name).location))
            }
            let id = field("id"), decisionField = field("decision"), dateField = field("date")
            let languageField = field("language"), response = field("response"), replacesField = field("replaces")
            var isValid = true
            if !comments.contains(id.value) { bad("id", "there is no comment '\(id.value)'"); isValid = false }
            let decision = CommentDecision(rawValue: decisionField.value)
            if decision == nil {
                bad("decision", "'\(decisionField.value)' is not accepted, partly, rejected or noted"); isValid = false
            }
            let date = CalendarDate(dateField.value)
            if date == nil { bad("date", "'\(dateField.value)' is not a date (YYYY-MM-DD)"); isValid = false }
            if !Language.isValidCode(languageField.value) {
                bad("language", "'\(languageField.value)' is not a language code"); isValid = false
            }
            if response.value.trimmedWhitespace.isEmpty { bad("response", "the response is empty"); isValid = false }
            var replaces: CommentDecision?
            if !replacesField.value.isEmpty {
                replaces = CommentDecision(rawValue: replacesField.value)
                if replaces == nil { bad("replaces", "'\(replacesField.value)' is not a decision"); isValid = false }
            }
            guard isValid, let decision, let date else { continue }
            let language = Language(languageField.value)
            let current = resolutions[id.value]
            switch (current, replaces) {
            case (nil, nil):
                resolutions[id.value] = CommentResolution(
                    decision: decision, date: date, responses: [language: response.value], replaced: [],
                    location: id.location)
            case (nil, let old?):
                bad("replaces", "the line replaces a decision '\(old.rawValue)' on \(id.value), which has none")
            case (var resolution?, nil):
                guard resolution.decision == decision else {
                    bad("decision", "the line changes the decision on \(id.value) from \(resolution.decision.rawValue) "
                        + "to \(decision.rawValue) without naming the one it replaces")
                    continue
                }
                guard resolution.responses[language] == nil else {
                    bad("response", "the line gives a second '\(language)' response on \(id.value) "
                        + "without naming the decision it replaces")
                    continue
                }
                resolution.responses[language] = response.value
                resolutions[id.value] = resolution
            case (let resolution?, let old?):
                guard old == resolution.decision else {
                    bad("replaces", "the line replaces '\(old.rawValue)' on \(id.value), "
                        + "but the decision in force is '\(resolution.decision.rawValue)'")
                    continue
                }
                resolutions[id.value] = CommentResolution(
                    decision: decision, date: date, responses: [language: response.value],
                    replaced: resolution.replaced + [.init(decision: resolution.decision, date: resolution.date,
                                                           responses: resolution.responses)],
                    location: id.location)
            }
        }
        return resolutions
    }
}
