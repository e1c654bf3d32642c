import Foundation

/// The contract journal, `contract/journal.csv`: one CSV line per act, appended and never
/// rewritten, from which the status of products, tranches and days is derived.
///
/// Reading never stops at a bad line: a line that cannot be read is a diagnostic with its line
/// and column and is left out; a last line without its line break (a command killed while
/// writing it) is reported and not trusted. ``ContractLedger`` then replays the acts in order.
public struct ContractJournal: Hashable, Sendable {
    /// The journal's path inside the workspace (the `contract` folder is not versioned).
    public static let path = "contract/journal.csv"

    /// The columns, in the order they are written.
    public enum Column: String, CaseIterable, Hashable, Sendable {
        case date, act, subject, version, amount, days, who, note, file, sha256
    }

    /// The header line.
    public static let header = Column.allCases.map(\.rawValue).joined(separator: ",")

    /// The acts that could be read, in file order.
    public var acts: [ContractAct]
    /// Problems with the file or its lines, sorted.
    public var diagnostics: [Diagnostic]
    /// The line number of a last line cut short, if any.
    public var tornLine: Int?
    /// Whether the file exists.
    public var exists: Bool

    /// An empty journal (no file yet).
    public static let empty = ContractJournal(acts: [], diagnostics: [], tornLine: nil, exists: false)

    /// Reads the journal of the workspace at `workspace`; a missing file is an empty journal.
    public static func read(workspace: URL) -> ContractJournal {
        let url = workspace.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path)[.type]) as? FileAttributeType
        guard type == .typeRegular, let data = FileManager.default.contents(atPath: url.path) else {
            return ContractJournal(
                acts: [], diagnostics: [.error("file.unreadable", "\(path) cannot be read", at: .file(path))],
                tornLine: nil, exists: true)
        }
        return parse(data)
    }

    /// Parses the journal's bytes. Pure.
    public static func parse(_ data: Data) -> ContractJournal {
        var diagnostics: [Diagnostic] = []
        let bytes = [UInt8](data)
        // A complete line ends with LF; bytes after the last LF are a line cut short.
        let lastBreak = bytes.lastIndex(of: 0x0A)
        let completeCount = lastBreak.map { $0 + 1 } ?? 0
        var tornLine: Int?
        if completeCount < bytes.count {
            let line = bytes[..<completeCount].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            tornLine = line
            diagnostics.append(Messages.tornLine(line: line))
        }
        guard let text = String(bytes: bytes[..<completeCount], encoding: .utf8) else {
            diagnostics.append(.error(
                "journal.encoding", "\(path) is not UTF-8 text; it was written by hand or damaged",
                at: .file(path)))
            return ContractJournal(acts: [], diagnostics: diagnostics.sorted(), tornLine: tornLine, exists: true)
        }
        guard !text.isEmpty else {
            return ContractJournal(acts: [], diagnostics: diagnostics.sorted(), tornLine: tornLine, exists: true)
        }
        let (table, csvDiagnostics) = CSVReader.read(text, file: path)
        diagnostics += csvDiagnostics
        guard let table else {
            return ContractJournal(acts: [], diagnostics: diagnostics.sorted(), tornLine: tornLine, exists: true)
        }
        let names = table.header.map(\.value)
        guard names == Column.allCases.map(\.rawValue), table.separator == "," else {
            diagnostics.append(.error(
                "journal.header",
                "the journal's first line must be exactly '\(header)'; the journal was rewritten by "
                    + "another program, so none of its lines is trusted",
                at: table.header.first?.location ?? .file(path)))
            return ContractJournal(acts: [], diagnostics: diagnostics.sorted(), tornLine: tornLine, exists: true)
        }
        // A row the CSV reader found a problem in (a control character, a stray quote) is not
        // trusted either: its diagnostic stands, its act is left out.
        let troubled = Set(csvDiagnostics.filter { $0.severity == .error }.map(\.location.line))
        var acts: [ContractAct] = []
        for (index, row) in table.rows.enumerated() where row.fields.count == Column.allCases.count {
            let lastLine = index + 1 < table.rows.count ? table.rows[index + 1].line - 1 : Int.max
            if troubled.contains(where: { (row.line...max(row.line, lastLine)).contains($0) }) { continue }
            var fields: [Column: CSVField] = [:]
            for (column, field) in zip(Column.allCases, row.fields) { fields[column] = field }
            let (act, problems) = readAct(fields)
            diagnostics += problems
            if let act { acts.append(act) }
        }
        return ContractJournal(acts: acts, diagnostics: diagnostics.sorted(), tornLine: tornLine, exists: true)
    }

    // MARK: One line

    private static func readAct(_ fields: [Column: CSVField]) -> (ContractAct?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        func field(_ column: Column) -> CSVField {
            fields[column] ?? CSVField(value: "", location: .file(path))
        }
        func nonEmpty(_ column: Column) -> String? {
            let value = field(column).value
            return value.isEmpty ? nil : value
        }
        let date = CalendarDate(field(.date).value)
        if date == nil {
            problems.append(.error(
                "value.date", "'\(field(.date).value)' is not a date (YYYY-MM-DD)", at: field(.date).location))
        }
        let kind = ContractAct.Kind(rawValue: field(.act).value)
        if kind == nil {
            problems.append(Messages.unknownWord(field(.act), in: ContractAct.Kind.allCases.map(\.rawValue), what: "an act"))
        }
        let subject = field(.subject).value
        if !Identifier<ContractAct>.isValidSlug(subject) {
            problems.append(.error(
                "value.id", "'\(subject)' is not a deliverable, tranche or task id", at: field(.subject).location))
        }
        let who = ContractAct.Role(rawValue: field(.who).value)
        if who == nil {
            problems.append(Messages.unknownWord(field(.who), in: ContractAct.Role.allCases.map(\.rawValue), what: "a role"))
        }
        var amount: Decimal?
        if let text = nonEmpty(.amount) {
            amount = Decimal.parseStrict(text)
            if amount.map({ $0 <= 0 }) ?? true {
                problems.append(.error(
                    "value.number", "'\(text)' is not a positive amount", at: field(.amount).location))
            }
        }
        var days: Decimal?
        if let text = nonEmpty(.days) {
            days = Decimal.parseStrict(text)
            if days.map({ $0 <= 0 }) ?? true {
                problems.append(.error(
                    "value.number", "'\(text)' is not a positive number of days", at: field(.days).location))
            }
        }
        if let version = nonEmpty(.version), !VersionStore.isValidName(version) {
            problems.append(.error(
                "value.id", "'\(version)' is not a version name", at: field(.version).location))
        }
        if let kind {
            problems += applicability(kind, fields: fields)
        }
        guard problems.isEmpty, let date, let kind, let who else { return (nil, problems) }
        var locations: [Column: SourceLocation] = [:]
        for (column, value) in fields { locations[column] = value.location }
        let act = ContractAct(
            date: date, kind: kind, subject: subject, version: nonEmpty(.version), amount: amount,
            days: days, who: who, note: Self.unneutralised(field(.note).value),
            file: nonEmpty(.file).map(Self.unneutralised), sha256: nonEmpty(.sha256).map(Self.unneutralised),
            locations: locations)
        return (act, [])
    }

    /// Which optional columns an act must and must not fill.
    private static func applicability(_ kind: ContractAct.Kind, fields: [Column: CSVField]) -> [Diagnostic] {
        let required: Set<Column>
        let allowed: Set<Column>
        switch kind {
        case .submit: (required, allowed) = ([], [.version, .file, .sha256, .note])
        case .returnForRevision: (required, allowed) = ([.note], [.note])
        case .accept: (required, allowed) = ([], [.note])
        case .pay: (required, allowed) = ([.amount], [.amount, .note])
        case .worklog: (required, allowed) = ([.days, .note], [.days, .note])
        }
        var problems: [Diagnostic] = []
        let optional: [Column] = [.version, .amount, .days, .note, .file, .sha256]
        for column in optional {
            guard let field = fields[column] else { continue }
            let isEmpty = field.value.trimmingCharacters(in: .whitespaces).isEmpty
            if isEmpty, required.contains(column) {
                problems.append(.error(
                    "journal.field", "'\(kind.rawValue)' lines need a value in '\(column.rawValue)'", at: field.location))
            } else if !isEmpty, !allowed.contains(column) {
                problems.append(.error(
                    "journal.field", "'\(kind.rawValue)' lines have no '\(column.rawValue)'; found '\(field.value)'",
                    at: field.location))
            }
        }
        return problems
    }

    // MARK: Writing a line

    /// The CSV line of `act`, without its line break: free text on one line (line breaks, tabs
    /// and other control characters become spaces, ``flattened(_:)``), quoted where needed,
    /// and a leading `=`, `+`, `-` or `@` neutralised with `'` so a spreadsheet never runs it
    /// (the reader takes the `'` off again).
    public static func line(_ act: ContractAct) -> String {
        func text(_ value: String?) -> String {
            let flat = flattened(value ?? "")
            // CSVEscaping guards a leading `=+-@` with `'`; a text that already starts with
            // quotes before one gets another, so that the reader's one `'` off is always right.
            return CSVEscaping.cell(Self.isGuarded(flat) ? "'" + flat : flat)
        }
        let fields: [String] = [
            act.date.description, act.kind.rawValue, text(act.subject), text(act.version),
            act.amount.map { $0.plainText(scale: 2) } ?? "", act.days.map { "\($0)" } ?? "",
            act.who.rawValue, text(act.note), text(act.file), text(act.sha256),
        ]
        return fields.joined(separator: ",")
    }

    /// `text` on one line: each line break (CR LF counts as one), tab or other C0 or C1 control
    /// character becomes a space (the CSV reader refuses control characters in a field).
    public static func flattened(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n", previousWasCR { continue }
            result.unicodeScalars.append(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar)
        }
        return result
    }

    /// A note as written by ``line(_:)`` back to what the user typed: one `'` off a text of
    /// quotes followed by `=`, `+`, `-` or `@`.
    static func unneutralised(_ value: String) -> String {
        isGuarded(value) ? String(value.unicodeScalars.dropFirst()) : value
    }

    /// Whether `text` is one or more `'` and then `=`, `+`, `-` or `@`.
    private static func isGuarded(_ text: String) -> Bool {
        let rest = text.unicodeScalars.drop { $0 == "'" }
        guard rest.count < text.unicodeScalars.count, let first = rest.first else { return false }
        return "=+-@".unicodeScalars.contains(first)
    }

    /// The messages of the journal's reader.
    enum Messages {
        static func tornLine(line: Int) -> Diagnostic {
            .warning(
                "journal.torn-line",
                "line \(line) of the journal is incomplete (no line break): a command was interrupted "
                    + "while writing it, so the act was not recorded and is ignored",
                at: SourceLocation(file: path, line: line, column: 1),
                notes: [.init("check what that line says, delete it, and record the act again")])
        }

        static func unknownWord(_ field: CSVField, in allowed: [String], what: String) -> Diagnostic {
            var notes: [Diagnostic.Note] = []
            if let near = Suggestion.closest(to: field.value, in: allowed) {
                notes.append(.init("did you mean '\(near)'?"))
            }
            return .error(
                "value.enum",
                "'\(field.value)' is not \(what) (one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")))",
                at: field.location, notes: notes)
        }
    }
}
