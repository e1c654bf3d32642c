import Foundation

/// Reads a Portal export (CSV, one row per event or measurement) into observations, and the
/// workspace's own record of imported rows (`portal/metrics.csv`), which has the same columns
/// plus `source` and `occurrence`.
///
/// Columns: `date`, `metric`, `value` (required); `participants`, `audience`, `ref`, `id`,
/// `example`, `note` (optional). Any encoding and separator the CSV reader accepts, or an Excel
/// workbook (`.xlsx`). Every bad row is reported with its line and column (a workbook's sheet
/// and cell); the rest are still returned.
public enum PortalExportReader {
    /// The columns every export has.
    public static let requiredColumns = ["date", "metric", "value"]
    /// The columns an export may have.
    public static let optionalColumns = ["participants", "audience", "ref", "id", "example", "note"]
    /// The columns only the workspace's record has.
    public static let storeColumns = ["source", "occurrence"]

    /// What was read.
    public struct Result: Sendable {
        /// The rows that were read whole, in file order, each with its occurrence number.
        public var observations: [PortalObservation]
        /// Every problem, sorted.
        public var diagnostics: [Diagnostic]
        /// How many data rows the file has (read or not).
        public var rowCount: Int
        /// The encoding the file was decoded from.
        public var encoding: TextEncoding?
        /// The separator detected.
        public var separator: Character?

        /// Whether any problem is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads an export from its bytes.
    ///
    /// - Parameters:
    ///   - file: the name diagnostics give (the path as the user typed it, or the URL).
    ///   - isStore: reading the workspace's record: `source` and `occurrence` columns, and a
    ///     metric or audience the workspace no longer defines is a warning, not an error.
    public static func read(
        _ data: Data, file: String, rules: PortalRowRules, isStore: Bool = false
    ) -> Result {
        let sink = DiagnosticSink()
        if !isStore, (file as NSString).pathExtension.lowercased() == "xlsx" {
            return readWorkbook(data, file: file, rules: rules, sink: sink)
        }
        if WorkspaceFiles.looksLikeUTF16WithoutBOM(data) {
            sink.report(.error(
                "csv.encoding", "\(file) looks like UTF-16 without a byte-order mark; save it as UTF-8",
                at: .file(file)))
            return Result(observations: [], diagnostics: sink.sorted, rowCount: 0)
        }
        let (table, csvDiagnostics) = CSVReader.read(data, file: file)
        sink.report(contentsOf: csvDiagnostics)
        guard let table else {
            return Result(observations: [], diagnostics: sink.sorted, rowCount: 0)
        }
        let observations = read(table, file: file, rules: rules, isStore: isStore, sink: sink)
        return Result(
            observations: observations, diagnostics: sink.sorted, rowCount: table.rows.count,
            encoding: table.encoding, separator: table.separator)
    }

    /// Reads an export saved as an Excel workbook: the first sheet whose header has the
    /// required columns (else the first sheet, whose missing columns are then reported), with
    /// every cell located as `Sheet!B14`; dates stored as serial numbers read as `YYYY-MM-DD`.
    static func readWorkbook(_ data: Data, file: String, rules: PortalRowRules, sink: DiagnosticSink) -> Result {
        let (sheets, diagnostics) = XLSXTableReader.read(data, file: file)
        sink.report(contentsOf: diagnostics)
        let tables = sheets.compactMap(\.table)
        let table = tables.first { table in requiredColumns.allSatisfy { table.columnIndex($0) != nil } }
            ?? tables.first
        guard let table else {
            if diagnostics.isEmpty {
                sink.report(.error("csv.header", "\(file) has no sheet with a header row", at: .file(file)))
            }
            return Result(observations: [], diagnostics: sink.sorted, rowCount: 0)
        }
        let observations = read(table, file: file, rules: rules, isStore: false, sink: sink)
        return Result(observations: observations, diagnostics: sink.sorted, rowCount: table.rows.count)
    }

    /// Reads the rows of a table already read as CSV (whose own problems are reported).
    static func read(
        _ table: CSVTable, file: String, rules: PortalRowRules, isStore: Bool, sink: DiagnosticSink
    ) -> [PortalObservation] {
        let columns = CSVRecordReader(
            table: table, file: file, required: requiredColumns + (isStore ? storeColumns : []),
            optional: optionalColumns, localized: [], languages: [], sink: sink)
        guard requiredColumns.allSatisfy({ table.columnIndex($0) != nil }) else { return [] }
        var reader = RowReader(rules: rules, sink: sink, isStore: isStore)
        var observations: [PortalObservation] = []
        observations.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let record = columns.record(row), let observation = reader.read(record) else { continue }
            observations.append(observation)
        }
        return observations
    }

    /// `YYYY-MM-DD`, or `DD.MM.YYYY` as Russian Excel writes dates.
    static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(text) { return date }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
              let day = CalendarDate.digits(parts[0]), let month = CalendarDate.digits(parts[1]),
              let year = CalendarDate.digits(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// Reads one row after another, counting identical rows and remembering ids.
private struct RowReader {
    let rules: PortalRowRules
    let sink: DiagnosticSink
    let isStore: Bool
    /// Identical rows so far (key without the occurrence → count).
    var counts: [String: Int] = [:]
    /// Where each id was first seen.
    var ids: [String: SourceLocation] = [:]

    init(rules: PortalRowRules, sink: DiagnosticSink, isStore: Bool) {
        self.rules = rules
        self.sink = sink
        self.isStore = isStore
    }

    /// An error in an export; in the workspace's record, a rule the plan has changed since the
    /// row was imported is a warning (the row is kept, and the checker says so).
    private func report(_ code: String, _ message: String, at location: SourceLocation, planRule: Bool) {
        if isStore, planRule {
            sink.report(.warning(code, message, at: location))
        } else {
            sink.report(.error(code, message, at: location))
        }
    }

    mutating func read(_ record: CSVRecord) -> PortalObservation? {
        let subject = "row \(record.row.line)"
        var isValid = true
        let dateField = record.required("date", subject: subject)
        var date: CalendarDate?
        if let dateField {
            date = PortalExportReader.date(dateField.value)
            if date == nil {
                sink.report(.error(
                    "value.date",
                    "\(ValueGrammar.quoted(dateField.value)) is not a date (YYYY-MM-DD or DD.MM.YYYY that exists)",
                    at: dateField.location))
            }
        }
        let metricField = record.required("metric", subject: subject)
        var metric: PortalMetricID?
        if let metricField, let id: Located<PortalMetricID> = ValueGrammar.id(
            metricField.value, at: metricField.location, sink: sink) {
            metric = id.value
            if !rules.metrics.contains(id.value) {
                var message = "\(subject) names unknown portal metric '\(id.value)'"
                if sink.takeSuggestion(),
                   let near = Suggestion.closest(to: id.value.rawValue, in: rules.metrics.map(\.rawValue)) {
                    message += " (did you mean '\(near)'?)"
                }
                report("portal.unknown-metric", message, at: metricField.location, planRule: true)
                if !isStore { isValid = false }
            }
        }
        var value: Decimal?
        if let field = record.required("value", subject: subject) {
            value = ValueGrammar.decimal(field.value, at: field.location, sink: sink)?.value
            if let number = value, let metric, !check(number, of: metric, subject: subject, at: field.location) {
                isValid = false
            }
        }
        var participants: Int?
        if let field = record.field("participants"), !field.value.isEmpty {
            participants = ValueGrammar.integer(field.value, at: field.location, sink: sink)?.value
            if participants == nil { isValid = false }
        }
        var audience: PortalAudienceID?
        if let field = record.field("audience"), !field.value.isEmpty {
            if let id: Located<PortalAudienceID> = ValueGrammar.id(field.value, at: field.location, sink: sink) {
                audience = id.value
                if !rules.audiences.contains(id.value) {
                    var message = "\(subject) names unknown audience '\(id.value)'"
                    if sink.takeSuggestion(),
                       let near = Suggestion.closest(to: id.value.rawValue, in: rules.audiences.map(\.rawValue)) {
                        message += " (did you mean '\(near)'?)"
                    } else if !rules.audiences.isEmpty {
                        message += " (portal-targets.json lists \(rules.audiences.map(\.rawValue).sorted().joined(separator: ", ")))"
                    }
                    report("portal.unknown-audience", message, at: field.location, planRule: true)
                    if !isStore { isValid = false }
                }
            } else {
                isValid = false
            }
        }
        let ref = slug("ref", record)
        let eventID = slug("id", record)
        if ref == .invalid || eventID == .invalid { isValid = false }
        var isExample = false
        if let field = record.field("example"), !field.value.isEmpty {
            switch field.value.lowercased() {
            case "yes", "true", "1", "да": isExample = true
            case "no", "false", "0", "нет": isExample = false
            default:
                sink.report(.error(
                    "value.enum", "\(ValueGrammar.quoted(field.value)) is not 'yes' or 'no' (column 'example')",
                    at: field.location))
                isValid = false
            }
        }
        var note = record.field("note")?.value ?? ""
        // The record stores a note starting with a formula character, or with `'`, behind a `'`.
        if isStore, note.hasPrefix("'") { note.removeFirst() }
        if let metric {
            if let target = rules.participants[metric], participants == nil, record.field("participants")?.value.isEmpty ?? true {
                report("portal.missing-attribute",
                       "\(subject) is an event of '\(metric)', which target \(target) counts by participants, but gives no participants",
                       at: record.field("participants")?.location ?? record.location, planRule: true)
                if !isStore { isValid = false }
            }
            if let target = rules.audience[metric], audience == nil, record.field("audience")?.value.isEmpty ?? true {
                report("portal.missing-attribute",
                       "\(subject) counts for target \(target), which counts distinct audiences, but names no audience",
                       at: record.field("audience")?.location ?? record.location, planRule: true)
                if !isStore { isValid = false }
            }
            if let target = rules.ref[metric], case .missing = ref {
                report("portal.missing-attribute",
                       "\(subject) is matched by target \(target) on 'ref' (which event it belongs to), but has no ref",
                       at: record.field("ref")?.location ?? record.location, planRule: true)
                if !isStore { isValid = false }
            }
        }
        var source = ""
        var storedOccurrence: Int?
        if isStore {
            source = record.field("source")?.value ?? ""
            if let field = record.required("occurrence", subject: subject) {
                storedOccurrence = ValueGrammar.integer(field.value, at: field.location, sink: sink)?.value
                if storedOccurrence == nil || storedOccurrence == 0 { isValid = false }
            } else {
                isValid = false
            }
        }
        guard isValid, let date, let metric, let value else { return nil }
        var observation = PortalObservation(
            date: date, metric: metric, value: value, participants: participants, audience: audience,
            ref: ref.value, eventID: eventID.value, isExample: isExample, note: note, occurrence: 1,
            source: source, location: record.location)
        if let eventID = eventID.value {
            let key = "\(metric.rawValue)\u{0}\(eventID)"
            if let first = ids[key] {
                sink.report(.error(
                    "portal.duplicate-id", "\(subject) repeats id '\(eventID)' of metric '\(metric)'",
                    at: record.field("id")?.location ?? record.location,
                    notes: [.init("first used here", at: first)]))
                return nil
            }
            ids[key] = record.field("id")?.location ?? record.location
        } else if let storedOccurrence {
            observation.occurrence = storedOccurrence
        } else {
            observation.occurrence = 0
            let key = observation.key
            let count = (counts[key] ?? 0) + 1
            counts[key] = count
            observation.occurrence = count
        }
        return observation
    }

    /// Whether a value suits its metric: a share is a percentage, an event row is one event,
    /// anything else is a whole count.
    private func check(_ value: Decimal, of metric: PortalMetricID, subject: String, at location: SourceLocation) -> Bool {
        if rules.percent.contains(metric) {
            guard value >= 0, value <= 100 else {
                report("portal.value", "\(subject): '\(metric)' is a share in percent, from 0 to 100; found \(value)",
                       at: location, planRule: true)
                return isStore
            }
            return true
        }
        if let target = rules.events[metric] {
            guard value == 1 else {
                report("portal.value",
                       "\(subject): each row of '\(metric)' is one event (target \(target) counts them), so its value is 1; found \(value)",
                       at: location, planRule: true)
                return isStore
            }
            return true
        }
        guard value >= 0, Money.round(value, scale: 0, rule: .halfUp) == value else {
            report("portal.value", "\(subject): '\(metric)' counts, so its value is a whole number of at least 0; found \(value)",
                   at: location, planRule: true)
            return isStore
        }
        return true
    }

    private enum Slug: Equatable {
        case missing, invalid, value(String)

        var value: String? {
            if case .value(let text) = self { return text }
            return nil
        }
    }

    /// An optional slug column (`ref`, `id`).
    private func slug(_ column: String, _ record: CSVRecord) -> Slug {
        guard let field = record.field(column), !field.value.isEmpty else { return .missing }
        guard field.value.count <= 100, PortalTargetID.isValidSlug(field.value) else {
            sink.report(.error(
                "value.id",
                "\(ValueGrammar.quoted(field.value)) is not a valid \(column) (at most 100 letters, digits, '.', '-' or '_', starting with a letter or digit)",
                at: field.location))
            return .invalid
        }
        return .value(field.value)
    }
}
