import Foundation
import StrategyKit

/// `strategy comments template`: the form a member fills in.
enum CommentsTemplateCommand {
    static let spec = CommandSpec(
        name: "comments template",
        abstract: "Write the comment form for a member and a version.",
        discussion: """
            A CSV with the columns version, member, section or entity, title, paragraph, type,
            comment and proposed wording, headed in the chosen language and pre-filled with one
            row per section and entity of the version: the member types into the last four
            columns. UTF-8 with a byte order mark and ',' by default; --encoding cp1251 (for
            Russian Excel) implies ';'. --format xlsx writes the same form as an Excel workbook
            instead: the header frozen, the pre-filled columns grey, drop-down lists of the
            types and of the sections and entities (listed on a second sheet), and a sheet that
            says how to fill it in. Written to exports/<lang>/comments-form-<version>-<member>.csv
            (or .xlsx) unless --out is given ('-' for standard output, UTF-8 CSV only).
            """,
        usage: "strategy comments template --version <name> --member <id> [--format <csv|xlsx>] [--encoding <utf8|cp1251>] [--separator <,|;>] [--lang <code>] [--out <file>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "version", valueName: "name", help: "The version commented on."),
            .init(name: "member", valueName: "id", help: "The member the form is for (ipr, smsu, amuca)."),
            .init(name: "format", valueName: "format", help: "csv or xlsx (an Excel workbook). (default: csv)"),
            .init(name: "encoding", valueName: "encoding", help: "utf8 (with a BOM) or cp1251. (default: utf8)"),
            .init(name: "separator", valueName: "char", help: "',' or ';'. (default: ',', ';' with cp1251)"),
            .init(name: "lang", valueName: "code", help: "The language of the form. (default: the workspace's first, ru)"),
            .init(name: "out", valueName: "file", help: "Where to write the form."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy comments template --version v1 --member ipr", "exports/ru/comments-form-v1-ipr.csv, UTF-8."),
            ("strategy comments template --version v1 --member smsu --encoding cp1251 --out smsu.csv",
             "For Russian Excel: Windows-1251 and ';'."),
            ("strategy comments template --version v1 --member smsu --format xlsx",
             "exports/ru/comments-form-v1-smsu.xlsx, an Excel workbook with drop-down lists."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else { return status }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: spec, console: console)
        }
        guard let versionName = parsed.value("version") else { return usage("missing '--version <name>'") }
        guard let memberText = parsed.value("member") else { return usage("missing '--member <id>'") }
        let format = parsed.value("format") ?? "csv"
        guard format == "csv" || format == "xlsx" else {
            return usage("unknown format '\(format)' (one of: csv, xlsx)")
        }
        if format == "xlsx" {
            if parsed.value("encoding") != nil || parsed.value("separator") != nil {
                return usage("--encoding and --separator apply to a CSV form, not to --format xlsx")
            }
            if parsed.value("out") == "-" {
                return usage("a workbook cannot go to standard output; give --out <file>")
            }
        }
        guard let encoding = CommentForm.Encoding(rawValue: parsed.value("encoding") ?? "utf8") else {
            return usage("unknown encoding '\(parsed.value("encoding") ?? "")' (one of: utf8, cp1251)")
        }
        let separatorText = parsed.value("separator") ?? (encoding == .cp1251 ? ";" : ",")
        guard separatorText == "," || separatorText == ";", let separator = separatorText.first else {
            return usage("the separator must be ',' or ';', not '\(separatorText)'")
        }
        if parsed.value("out") == "-", encoding == .cp1251 {
            return usage("a Windows-1251 form cannot go to standard output; give --out <file>")
        }
        let workspace = CommentsCommand.workspace(parsed, console: console)
        let store = VersionStore(workspace: workspace)
        let templates = Workspace.templateFolder(explicit: parsed.value("templates").map(console.url), workspace: workspace)
        let strategy: Strategy
        let hash: String
        do {
            // Loaded, not checked again: the version was clean when it was cut.
            let loaded = try store.load(versionName)
            (hash, strategy) = (loaded.version.hash, loaded.strategy)
        } catch {
            DiagnosticPrinter.printDiagnostics(error.diagnostics, console: console)
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        let templateSet = CommentStore.templates(templates)
        let language = parsed.value("lang").map(Language.init) ?? strategy.languages[0]
        guard strategy.languages.contains(language), let labels = templateSet.languages[language]?.labels else {
            return usage("language '\(language)' is not one of the version's: \(strategy.languages.map(\.code).joined(separator: ", "))")
        }
        guard let member = strategy.members.first(where: { candidate in
            candidate.id.value.rawValue == memberText
                || candidate.shortName.values.values.contains { $0.lowercased() == memberText.lowercased() }
        }) else {
            let ids = strategy.members.map(\.id.value.rawValue).joined(separator: ", ")
            console.errorLine("Error: '\(memberText)' is not a member in version \(versionName) (one of: \(ids))")
            return .failure
        }
        let outline = ReviewOutline(strategy: strategy, templates: templateSet)
        let data: Data
        if format == "xlsx" {
            let workbook = CommentForm.workbook(
                version: versionName, hash: hash, member: member.id.value, outline: outline,
                language: language, labels: labels)
            do {
                data = try XLSXWriter.data(workbook)
            } catch {
                console.errorLine("Error: \(error)")
                return .failure
            }
        } else {
        switch CommentForm.make(
            version: versionName, member: member.id.value, outline: outline, language: language, labels: labels,
            encoding: encoding, separator: separator) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            for problem in failure.problems { console.errorLine("Error: \(problem)") }
            return .failure
        }
        }
        let path = parsed.value("out") ?? console.display(
            Workspace.exportFolder(explicit: nil, workspace: workspace)
                .appendingPathComponent("\(language)/comments-form-\(versionName)-\(member.id.value).\(format)"))
        guard CommentsCommand.write(data, to: path, console: console) else { return .failure }
        if path != "-" {
            let how = format == "xlsx" ? "Excel workbook" : "\(encoding.rawValue), '\(separator)'"
            console.line("wrote \(path): \(outline.targets.count) rows for \(member.id.value) on \(versionName) "
                + "(\(how), \(language))")
        }
        return .ok
    }
}

/// `strategy comments import`: record the comments of filled-in forms.
enum CommentsImportCommand {
    static let spec = CommandSpec(
        name: "comments import",
        abstract: "Record the comments of filled-in forms (all or nothing).",
        discussion: """
            Reads each form as Excel or LibreOffice saved it: a CSV (UTF-8 with or without BOM,
            Windows-1251, ',' ';' or tab) or an Excel workbook (.xlsx; the sheet whose header names
            the form's columns), columns in any order, a header in any language of the templates. Every
            comment gets an id <version>-<member>-NNN; rows left as the template wrote them are
            skipped. When any row of any file has a problem, every problem is listed with its
            line and column (a workbook's: sheet and cell, such as Comments!B14) and nothing is recorded. A comment recorded before (same version,
            member, target, paragraph, type, text and proposed wording) is not added again, so
            importing a file twice changes nothing. Each file that adds comments is kept byte for
            byte in comments/originals/. Holds the workspace lock.
            """,
        usage: "strategy comments import <file>... [--date <YYYY-MM-DD>] [--wait <seconds>] [--json]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The day recorded as the import date. (default: today)"),
            CommentsCommand.wait,
            .init(name: "json", valueName: nil, help: "Print what was imported as JSON."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy comments import ipr-v1.csv smsu-v1.xlsx", "Record two forms, a CSV and a workbook."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        let parsed: Arguments
        let date: CalendarDate
        let timeout: Double
        do throws(UsageError) {
            parsed = try Arguments(arguments, options: spec.options, positionalLimit: Int.max)
            if parsed.flag("help") {
                console.out(spec.helpText)
                return .ok
            }
            guard !parsed.positionals.isEmpty else { throw UsageError("missing the form(s) to import") }
            date = try parsed.day()
            timeout = try CommentsCommand.lockTimeout(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        var files: [(name: String, data: Data)] = []
        for path in parsed.positionals {
            let url = console.url(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                console.errorLine("Error: cannot read \(path); nothing was imported")
                return .failure
            }
            files.append((console.display(url), data))
        }
        let store = CommentStore(workspace: CommentsCommand.workspace(parsed, console: console))
        let report: CommentImportReport
        do {
            report = try store.importForms(
                files, date: date, templates: parsed.value("templates").map(console.url), lockTimeout: timeout)
        } catch {
            return CommentsCommand.fail(error, console: console)
        }
        if parsed.flag("json") {
            console.out(json(report))
            return .ok
        }
        for file in report.files {
            var parts = ["\(file.added.count) new"]
            if let first = file.added.first, let last = file.added.last {
                parts[0] += first.id == last.id ? " (\(first.id))" : " (\(first.id) … \(last.id))"
            }
            if file.duplicates > 0 { parts.append("\(file.duplicates) already recorded, not added again") }
            parts.append("\(file.skipped) empty template row\(file.skipped == 1 ? "" : "s") skipped")
            var line = "\(file.name): " + parts.joined(separator: ", ")
            if file.added.isEmpty, file.wasImportedBefore { line += "; this file was imported before, nothing changed" }
            console.line(line)
        }
        let added = report.added.count
        console.line(added == 0 ? "nothing new was recorded" : "recorded \(added) comment\(added == 1 ? "" : "s")")
        return .ok
    }

    private struct Output: Encodable {
        struct File: Encodable {
            var file: String
            var sha256: String
            var imported: [String]
            var duplicates: Int
            var skipped: Int
            var importedBefore: Bool
        }

        var files: [File]
    }

    private static func json(_ report: CommentImportReport) -> String {
        let output = Output(files: report.files.map {
            .init(file: $0.name, sha256: $0.sha256, imported: $0.added.map(\.id), duplicates: $0.duplicates,
                  skipped: $0.skipped, importedBefore: $0.wasImportedBefore)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}
