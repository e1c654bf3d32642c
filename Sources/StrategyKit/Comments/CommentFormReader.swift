import Foundation

/// A row of a filled-in comment form that has a comment, before it is checked against the
/// version it names.
public struct CommentDraft: Hashable, Sendable {
    /// The version cell.
    public var version: CSVField
    /// The member cell (an id, a short name or a name, in any language).
    public var member: CSVField
    /// The section or entity cell.
    public var target: CSVField
    /// The paragraph, trimmed; may be empty.
    public var paragraph: String
    /// The type.
    public var type: CommentType
    /// The comment, trimmed.
    public var text: String
    /// The proposed wording, trimmed; may be empty.
    public var proposal: String
    /// The line the row starts on.
    public var line: Int
}

/// Reads a comment form as Excel or LibreOffice writes it back: any encoding and separator the
/// CSV reader takes, columns in any order matched by their header in any language, blank rows,
/// rows Excel cut short after their last filled cell.
///
/// Rows left as the template wrote them (no comment, type, paragraph or proposed wording) are
/// skipped silently. Every other problem is reported, all at once, with its line and column.
public enum CommentFormReader {
    /// What a form holds.
    public struct Result: Sendable {
        /// The rows with a comment that passed every check of the form itself.
        public var drafts: [CommentDraft]
        /// How many rows were left empty (the template's pre-filled rows).
        public var skipped: Int
        /// Every problem, sorted; when it holds an error, nothing of the file may be imported.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the form in `data`, of the kind its name says (see ``CommentFormKind``); `file`
    /// names it in diagnostics.
    public static func read(_ data: Data, file: String, vocabulary: CommentVocabulary) -> Result {
        switch CommentFormKind(fileName: file) {
        case .csv: readCSV(data, file: file, vocabulary: vocabulary)
        case .xlsx: readWorkbook(data, file: file, vocabulary: vocabulary)
        }
    }

    /// Reads a CSV form.
    public static func readCSV(_ data: Data, file: String, vocabulary: CommentVocabulary) -> Result {
        let (table, csvDiagnostics) = CSVReader.read(data, file: file)
        // The header and the field counts are judged here, more leniently than the CSV reader does.
        let diagnostics = csvDiagnostics.filter {
            !($0.code == "csv.field-count" || ($0.code == "csv.header" && table != nil))
        }
        return read(table, diagnostics: diagnostics, file: file, vocabulary: vocabulary)
    }

    /// Reads a workbook form: the sheet whose header names the most columns of the form (the
    /// first such sheet on a tie), so extra sheets and reordered sheets do not matter.
    public static func readWorkbook(_ data: Data, file: String, vocabulary: CommentVocabulary) -> Result {
        let (sheets, diagnostics) = XLSXTableReader.read(data, file: file)
        guard diagnostics.isEmpty else { return Result(drafts: [], skipped: 0, diagnostics: diagnostics) }
        var best: (table: CSVTable, score: Int)?
        for table in sheets.compactMap(\.table) {
            let score = Set(table.header.compactMap { vocabulary.column($0.value) }).count
            if score > best?.score ?? -1 { best = (table, score) }
        }
        guard let best else {
            return Result(drafts: [], skipped: 0, diagnostics: [
                .error("comments.missing-column", "the workbook has no sheet with a header", at: .file(file)),
            ])
        }
        return read(best.table, diagnostics: [], file: file, vocabulary: vocabulary)
    }

    /// Reads a form's table (a CSV file's or a sheet's), adding to `diagnostics`.
    static func read(
        _ table: CSVTable?, diagnostics: [Diagnostic], file: String, vocabulary: CommentVocabulary
    ) -> Result {
        var diagnostics = diagnostics
        guard let table else { return Result(drafts: [], skipped: 0, diagnostics: diagnostics.sorted()) }

        var positions: [CommentVocabulary.Column: Int] = [:]
        var ignored = Set<Int>()
        for (index, field) in table.header.enumerated() {
            if field.value.isEmpty {
                // An unnamed column is harmless while empty (a trailing separator, a stray cell).
                if table.rows.allSatisfy({ index >= $0.fields.count || $0.fields[index].value.trimmedWhitespace.isEmpty }) {
                    ignored.insert(index)
                } else {
                    diagnostics.append(.commentsUnnamedColumn(index + 1, at: field.location))
                }
                continue
            }
            guard let column = vocabulary.column(field.value) else {
                diagnostics.append(.commentsUnknownColumn(field.value, at: field.location, vocabulary: vocabulary))
                continue
            }
            if let first = positions[column] {
                diagnostics.append(.commentsDuplicateColumn(
                    field.value, at: field.location, first: table.header[first].location))
                continue
            }
            positions[column] = index
        }
        let headerLocation = table.header.first?.location ?? .file(file)
        for column in CommentVocabulary.Column.allCases where column.isRequired && positions[column] == nil {
            diagnostics.append(.commentsMissingColumn(column, at: headerLocation, vocabulary: vocabulary))
        }
        guard CommentVocabulary.Column.allCases.allSatisfy({ !$0.isRequired || positions[$0] != nil }) else {
            return Result(drafts: [], skipped: 0, diagnostics: diagnostics.sorted())
        }

        func headerName(_ column: CommentVocabulary.Column) -> String {
            positions[column].map { table.header[$0].value } ?? column.rawValue
        }
        var drafts: [CommentDraft] = []
        var skipped = 0
        let width = table.header.count
        for row in table.rows {
            let rowStart = row.fields.first?.location ?? SourceLocation(file: file, line: row.line, column: 1)
            func field(_ column: CommentVocabulary.Column) -> CSVField {
                guard let index = positions[column], index < row.fields.count else {
                    // Cut short by the spreadsheet: the missing cells were empty.
                    return CSVField(value: "", location: row.fields.last?.location ?? rowStart)
                }
                var field = row.fields[index]
                field.value = field.value.trimmedWhitespace
                return field
            }
            let text = field(.comment)
            let type = field(.type)
            let paragraph = field(.paragraph)
            let proposal = field(.proposal)
            let extra = row.fields.count > width ? row.fields[width...].first { !$0.value.trimmedWhitespace.isEmpty } : nil
            if text.value.isEmpty, type.value.isEmpty, paragraph.value.isEmpty, proposal.value.isEmpty, extra == nil {
                skipped += 1
                continue
            }
            var isValid = true
            if let extra {
                diagnostics.append(.commentsExtraField(row.fields.count, expected: width, at: extra.location))
                isValid = false
            }
            if text.value.isEmpty {
                diagnostics.append(.commentsMissingValue(.comment, named: headerName(.comment), at: text.location,
                                                         vocabulary: vocabulary))
                isValid = false
            }
            var commentType: CommentType?
            if type.value.isEmpty {
                diagnostics.append(.commentsMissingValue(.type, named: headerName(.type), at: type.location,
                                                         vocabulary: vocabulary))
            } else if let known = vocabulary.type(type.value) {
                commentType = known
            } else {
                diagnostics.append(.commentsUnknownType(type.value, at: type.location, vocabulary: vocabulary))
            }
            let version = field(.version)
            let member = field(.member)
            let target = field(.target)
            for (column, cell) in [(CommentVocabulary.Column.version, version), (.member, member), (.target, target)]
            where cell.value.isEmpty {
                diagnostics.append(.commentsMissingValue(column, named: headerName(column), at: cell.location,
                                                         vocabulary: vocabulary))
                isValid = false
            }
            guard isValid, let commentType else { continue }
            drafts.append(CommentDraft(
                version: version, member: member, target: target, paragraph: paragraph.value,
                type: commentType, text: text.value, proposal: proposal.value, line: row.line))
        }
        return Result(drafts: drafts, skipped: skipped, diagnostics: diagnostics.sorted())
    }
}

extension Diagnostic {
    static func commentsUnnamedColumn(_ number: Int, at location: SourceLocation) -> Diagnostic {
        .error("comments.unknown-column", "column \(number) has values but no header", at: location)
    }

    static func commentsUnknownColumn(
        _ name: String, at location: SourceLocation, vocabulary: CommentVocabulary
    ) -> Diagnostic {
        var notes: [Note] = []
        if let near = Suggestion.closest(to: name, in: vocabulary.allColumnSpellings) {
            notes.append(Note("did you mean '\(near)'?"))
        }
        return .error("comments.unknown-column", "the comment form has an unknown column '\(name)'",
                      at: location, notes: notes)
    }

    static func commentsDuplicateColumn(
        _ name: String, at location: SourceLocation, first: SourceLocation
    ) -> Diagnostic {
        .error("comments.duplicate-column", "column '\(name)' repeats a column of the form",
               at: location, notes: [Note("the first is here", at: first)])
    }

    static func commentsMissingColumn(
        _ column: CommentVocabulary.Column, at location: SourceLocation, vocabulary: CommentVocabulary
    ) -> Diagnostic {
        let names = (vocabulary.columnSpellings[column] ?? [column.rawValue]).map { "'\($0)'" }
        return .error("comments.missing-column",
                      "the comment form has no column \(names.joined(separator: " / "))", at: location)
    }

    static func commentsExtraField(_ count: Int, expected: Int, at location: SourceLocation) -> Diagnostic {
        .error("comments.field-count",
               "row has a value beyond the form's \(expected) columns (it has \(count) fields)", at: location)
    }

    static func commentsMissingValue(
        _ column: CommentVocabulary.Column, named name: String, at location: SourceLocation,
        vocabulary: CommentVocabulary
    ) -> Diagnostic {
        var message = "row has a comment but no value in column '\(name)'"
        switch column {
        case .comment: message = "row has a type, paragraph or proposed wording but no comment"
        case .type:
            let choices = CommentType.allCases.map { (vocabulary.typeSpellings[$0] ?? [$0.rawValue]).joined(separator: " / ") }
            message += " (one of: \(choices.joined(separator: ", ")))"
        case .target: message += " (a section or entity id; '\(ReviewOutline.documentID)' for the document as a whole)"
        default: break
        }
        return .error("comments.missing-value", message, at: location)
    }

    static func commentsUnknownType(
        _ text: String, at location: SourceLocation, vocabulary: CommentVocabulary
    ) -> Diagnostic {
        var notes: [Note] = []
        if let near = Suggestion.closest(to: text, in: vocabulary.allTypeSpellings) {
            notes.append(Note("did you mean '\(near)'?"))
        }
        let choices = CommentType.allCases.map { type in
            (vocabulary.typeSpellings[type] ?? [type.rawValue]).joined(separator: " / ")
        }
        return .error("comments.unknown-type",
                      "'\(text)' is not a type of comment (one of: \(choices.joined(separator: ", ")))",
                      at: location, notes: notes)
    }
}
