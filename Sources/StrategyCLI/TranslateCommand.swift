import Foundation
import StrategyKit

/// `strategy translate`: missing and stale translations, accepting them, XLIFF for translators.
enum TranslateCommand {
    static let spec = CommandSpec(
        name: "translate",
        abstract: "Keep translations in step: status, accept, and XLIFF export and import.",
        discussion: """
            Every text in a language other than the source language (strategy.json's
            "sourceLanguage", else the first of "languages") records the source text it was
            translated from, as a short hash in translations/<lang>.csv. When the source changes,
            the translation is stale: 'check' warns, 'status' lists it, and the final strategy
            cannot be submitted until it is translated again or accepted as still right.
            """,
        usage: "strategy translate <subcommand> [options]",
        options: [CommandSpec.help],
        subcommands: [
            ("status", "Missing and stale translations per language."),
            ("accept", "Record that translations were checked against the current source."),
            ("export", "Write the texts of a language as XLIFF for a translator's tool."),
            ("import", "Write the translations of an XLIFF file into the workspace."),
        ],
        examples: [
            ("strategy translate status", "How many texts are missing or stale in each language."),
            ("strategy translate export --lang en --stale --out en.xlf", "What needs work, for a translator."),
            ("strategy translate import en.xlf --dry-run", "What importing the translated file would change."),
        ])

    static let statusSpec = CommandSpec(
        name: "translate status",
        abstract: "Missing and stale translations per language.",
        discussion: """
            A text is missing when the source language has it and the language does not, stale
            when the source changed after it was translated, unrecorded when translations/<lang>.csv
            exists but has no line for it. A language without that file is not tracked (only
            missing texts are counted); 'strategy translate accept --all-current --lang <lang>'
            starts tracking it.
            """,
        usage: "strategy translate status [--lang <code>] [--json] [--workspace <dir>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "code", help: "Only this language. (default: every target language)"),
            .init(name: "json", valueName: nil, help: "Print the status as JSON, with every text."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy translate status --lang en", "The English texts that need work, with their places."),
        ])

    static let acceptSpec = CommandSpec(
        name: "translate accept",
        abstract: "Record that translations were checked against the current source.",
        discussion: """
            Records the current source text's hash for each named text (a text id such as
            A-07.description, or an entity id such as A-07 for all of its texts), or for every
            translated text with --all-current, in translations/<lang>.csv. Runs under the
            workspace lock; an unknown id or a text with no translation writes nothing.
            """,
        usage: "strategy translate accept <id>... [--lang <code>] | --all-current [--lang <code>] [--workspace <dir>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "code", help: "The language. (default: every target language)"),
            .init(name: "all-current", valueName: nil, help: "Accept every translated text as it is now."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy translate accept A-07.description --lang en", "The English description of A-07 is still right."),
            ("strategy translate accept --all-current --lang en", "Start tracking English: every text is current."),
        ])

    static let exportSpec = CommandSpec(
        name: "translate export",
        abstract: "Write the texts of a language as XLIFF for a translator's tool.",
        discussion: """
            One unit per text with a stable id, the source, the current translation when there
            is one, its state (new, needs-translation, translated) and notes with the context.
            Markdown marks are inline codes, so a tool keeps emphasis and links intact.
            """,
        usage: "strategy translate export --lang <code> [--stale] [--format xliff] [--xliff-version 2.0|1.2] [--out <file>] [--workspace <dir>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "code", help: "The language to translate into (required)."),
            .init(name: "stale", valueName: nil, help: "Only the texts that are missing or stale."),
            .init(name: "format", valueName: "format", help: "The file format: xliff. (default: xliff)"),
            .init(name: "xliff-version", valueName: "version", help: "2.0, or 1.2 for older tools. (default: 2.0)"),
            .init(name: "out", valueName: "file", help: "Write to this file. (default: standard output)"),
            CommandSpec.help,
        ],
        examples: [
            ("strategy translate export --lang ky --out ky.xlf", "Everything to translate into Kyrgyz."),
            ("strategy translate export --lang en --stale --xliff-version 1.2 --out en.xlf", "For an older tool."),
        ])

    static let importSpec = CommandSpec(
        name: "translate import",
        abstract: "Write the translations of an XLIFF file into the workspace.",
        discussion: """
            Checks every unit first: it must be a text of this workspace, translated from the
            current source. Then writes each translation into the workspace's own file in place
            (the JSON value, the CSV cell, the prose paragraph) and records its source, all or
            nothing, under the workspace lock. A unit that is not confirmed by its state and whose
            text did not change is left alone.
            """,
        usage: "strategy translate import <file> [--dry-run] [--lang <code>] [--workspace <dir>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "dry-run", valueName: nil, help: "Show what would change; write nothing."),
            .init(name: "lang", valueName: "code", help: "The language, when the file does not name it."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy translate import en-from-translator.xlf --dry-run", "The texts that would change."),
            ("strategy translate import ky.xlf", "Write the Kyrgyz translations."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        guard let first = arguments.first else {
            console.out(spec.helpText)
            return .ok
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h":
            console.out(spec.helpText)
            return .ok
        case "help": return help(rest, console: console)
        case "status": return status(rest, console: console)
        case "accept": return accept(rest, console: console)
        case "export": return export(rest, console: console)
        case "import": return importFile(rest, console: console)
        default:
            return StrategyCLI.usageError(
                UsageError(first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"),
                spec: spec, console: console)
        }
    }

    /// `strategy translate help [status|accept|export|import]`.
    static func help(_ arguments: [String], console: Console) -> ExitStatus {
        switch arguments.first {
        case nil: console.out(spec.helpText)
        case "status": console.out(statusSpec.helpText)
        case "accept": console.out(acceptSpec.helpText)
        case "export": console.out(exportSpec.helpText)
        case "import": console.out(importSpec.helpText)
        case let other?:
            return StrategyCLI.usageError(UsageError("unknown subcommand '\(other)'"), spec: spec, console: console)
        }
        return .ok
    }

    private static func store(_ parsed: Arguments, console: Console) -> TranslationStore {
        TranslationStore(
            workspace: console.url(parsed.value("workspace") ?? "strategy"),
            templates: parsed.value("templates").map(console.url))
    }

    private static func fail(_ failure: TranslationFailure, console: Console) -> ExitStatus {
        DiagnosticPrinter.printDiagnostics(failure.diagnostics, console: console)
        for line in failure.description.split(separator: "\n") { console.errorLine("Error: \(line)") }
        return .failure
    }

    // MARK: status

    private struct StatusReport: Encodable {
        struct Entry: Encodable {
            var id: String
            var problem: String
            var file: String
            var line: Int
            var column: Int
            var change: String?
        }
        struct LanguageReport: Encodable {
            var language: String
            var tracked: Bool
            var texts: Int
            var missing: Int
            var stale: Int
            var unrecorded: Int
            var entries: [Entry]
        }
        var source: String
        var languages: [LanguageReport]
    }

    private static func status(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = statusSpec.parse(arguments, console: console, status: &status) else { return status }
        let state: TranslationState
        let languages: [Language]
        do {
            (_, state) = try store(parsed, console: console).open()
            languages = try TranslationStore.target(parsed.value("lang"), in: state)
        } catch {
            return fail(error, console: console)
        }
        let catalog = state.catalog
        let reports = languages.compactMap { state.state(of: $0) }.map { standing in
            StatusReport.LanguageReport(
                language: standing.language.code, tracked: standing.isTracked, texts: standing.total,
                missing: standing.missingCount, stale: standing.count("stale"), unrecorded: standing.count("unrecorded"),
                entries: standing.entries.map { entry in
                    let unit = catalog.units[entry.unit]
                    let location = unit.text(in: standing.language)?.location
                        ?? SourceLocation.file(unit.slot.file(for: standing.language))
                    return .init(id: unit.id, problem: entry.problem.name, file: location.file, line: location.line,
                                 column: location.column, change: entry.change)
                })
        }
        if parsed.flag("json") {
            console.out(json(StatusReport(source: catalog.source.code, languages: reports)))
            return .ok
        }
        console.line("Translations from \(catalog.source.code)")
        var rows = [["LANGUAGE", "TEXTS", "MISSING", "STALE", "UNRECORDED", "TRACKED"]]
        for report in reports {
            let tracked = report.tracked ? "yes" : "no (no \(TranslationRecords.path(of: Language(report.language))))"
            rows.append([
                report.language, String(report.texts), String(report.missing), String(report.stale),
                String(report.unrecorded), tracked,
            ])
        }
        for line in aligned(rows, trailing: [1, 2, 3, 4]) { console.line("  " + line) }
        let limit = 50
        for report in reports where !report.entries.isEmpty {
            console.line()
            console.line("\(report.language): \(report.missing) missing, \(report.stale + report.unrecorded) to review")
            for entry in report.entries.prefix(limit) {
                var line = "  \(entry.file):\(entry.line):\(entry.column): \(entry.problem) \(entry.id)"
                if let change = entry.change { line += " (\(catalog.source.code) changed \(change))" }
                console.line(line)
            }
            if report.entries.count > limit {
                console.line("  … and \(report.entries.count - limit) more (--json lists every one)")
            }
        }
        return .ok
    }

    // MARK: accept

    private static func accept(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = acceptSpec.parse(arguments, positionals: .max, console: console, status: &status) else {
            return status
        }
        let allCurrent = parsed.flag("all-current")
        if allCurrent == !parsed.positionals.isEmpty {
            return StrategyCLI.usageError(
                UsageError(allCurrent ? "give either ids or --all-current, not both" : "missing the ids of the texts to accept (or --all-current)"),
                spec: acceptSpec, console: console)
        }
        let acceptance: TranslationStore.Acceptance
        do {
            acceptance = try store(parsed, console: console).accept(
                parsed.positionals, language: parsed.value("lang"), allCurrent: allCurrent)
        } catch {
            return fail(error, console: console)
        }
        for (language, ids) in acceptance.accepted.sorted(by: { $0.key < $1.key }) {
            console.line("Accepted \(ids.count) \(language) text(s) as translated from the current source")
        }
        if acceptance.files.isEmpty {
            console.line("Nothing changed: every accepted text was recorded already")
        } else {
            console.line("Wrote \(acceptance.files.joined(separator: ", "))")
        }
        return .ok
    }

    // MARK: export

    private static func export(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = exportSpec.parse(arguments, console: console, status: &status) else { return status }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: exportSpec, console: console)
        }
        guard let language = parsed.value("lang") else { return usage("missing '--lang <code>': the language to translate into") }
        if let format = parsed.value("format"), format != "xliff" {
            return usage("unknown format '\(format)': the only format is xliff")
        }
        let versionName = parsed.value("xliff-version") ?? "2.0"
        guard let version = XLIFFWriter.Version(rawValue: versionName) else {
            return usage("unknown XLIFF version '\(versionName)': use 2.0 or 1.2")
        }
        let text: String
        do {
            text = try store(parsed, console: console).export(
                language: language, staleOnly: parsed.flag("stale"), version: version)
        } catch {
            return fail(error, console: console)
        }
        guard let out = parsed.value("out") else {
            console.out(text)
            return .ok
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: console.url(out))
        } catch {
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        console.line("Wrote \(out)")
        return .ok
    }

    // MARK: import

    private static func importFile(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = importSpec.parse(arguments, positionals: 1, console: console, status: &status) else {
            return status
        }
        guard let path = parsed.positionals.first else {
            return StrategyCLI.usageError(UsageError("missing the XLIFF file to import"), spec: importSpec, console: console)
        }
        let url = console.url(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            console.errorLine("Error: cannot read \(path)")
            return .failure
        }
        let dryRun = parsed.flag("dry-run")
        let plan: TranslationStore.ImportPlan
        do {
            plan = try store(parsed, console: console).importXLIFF(
                data, file: path, language: parsed.value("lang"), dryRun: dryRun)
        } catch {
            return fail(error, console: console)
        }
        let verb = dryRun ? "Would change" : "Changed"
        console.line("\(verb) \(plan.changed.count) \(plan.language) text(s); \(plan.confirmed.count) confirmed as "
            + "translated from the current source; \(plan.skipped) unit(s) left alone")
        for entry in plan.changed {
            console.line("  \(entry.file): \(entry.id)")
            if let old = entry.old { console.line("    - \(excerpt(old))") }
            console.line("    + \(excerpt(entry.new))")
        }
        for entry in plan.confirmed { console.line("  \(entry.file): \(entry.id) (unchanged, now current)") }
        if !plan.files.isEmpty {
            console.line((dryRun ? "Would write " : "Wrote ") + plan.files.joined(separator: ", "))
        }
        return .ok
    }

    private static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 100 ? String(flat.prefix(99)) + "…" : flat
    }

    // MARK: Shared

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }

    private static func aligned(_ rows: [[String]], trailing: Set<Int>) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = row.enumerated().map { column, text in
                let space = String(repeating: " ", count: widths[column] - text.count)
                return trailing.contains(column) ? space + text : text + space
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
