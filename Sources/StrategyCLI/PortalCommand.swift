import Foundation
import StrategyKit

/// `strategy portal`: the Portal's targets (seed 003) against the data exported from it.
enum PortalCommand {
    static let spec = CommandSpec(
        name: "portal",
        abstract: "Import the Portal's metrics and report them against the Portal's plan (seed 003).",
        discussion: """
            The plan's measurable targets (document 003, section III, table 1) are data in
            portal-targets.json; the Portal's exports are imported into portal/ inside the
            workspace. Each target is met, at risk, missed or not yet due in every month.
            """,
        usage: "strategy portal <subcommand> [options]",
        options: [CommandSpec.help],
        subcommands: [
            ("import", "Import a Portal export (CSV or Excel file, or http(s) URL), all or nothing."),
            ("report", "Targets against the data for a month: required, actual, status, trend."),
            ("targets", "The Portal's plan as data, each target with its seed clause."),
        ],
        examples: [
            ("strategy portal import exports-from-portal.csv", "Add the rows of an export."),
            ("strategy portal report --month 2022-06 --lang en", "Where the Portal stood in June 2022."),
            ("strategy portal targets", "The plan, target by target."),
        ])

    static let importSpec = CommandSpec(
        name: "portal import",
        abstract: "Import a Portal export (CSV or Excel file, or http(s) URL), all or nothing.",
        discussion: """
            One row per event or measurement: date, metric, value, and optional participants,
            audience, ref, id, example and note (see docs/FORMAT.md). UTF-8 with or without BOM,
            Windows-1251, ',' ';' or tab; or an Excel workbook (.xlsx: the first sheet with those
            columns, dates as date cells or text). Rows already imported add nothing; when any row
            is wrong, every problem is listed with its line and column (or sheet and cell) and
            nothing is imported. The export is kept byte for byte in portal/imports/<sha256>.csv
            (.xlsx for a workbook).
            """,
        usage: "strategy portal import <file|url> [--replace] [--timeout <seconds>] [--max-size <bytes>] [--follow-redirects] [--date <YYYY-MM-DD>] [--workspace <dir>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "replace", valueName: nil, help: "Replace every row imported before (the example data) with this export's."),
            .init(name: "timeout", valueName: "seconds", help: "How long a whole download may take. (default: 30)"),
            .init(name: "max-size", valueName: "bytes",
                  help: "The largest download accepted, in bytes or with K, M or G. (default: 64M)"),
            .init(name: "follow-redirects", valueName: nil,
                  help: "Follow a redirect to another host or scheme (by default only the same host's)."),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The day recorded in the import journal. (default: today)"),
            CommandSpec.help,
        ],
        examples: [
            ("strategy portal import exports-from-portal.csv", "Import a file."),
            ("strategy portal import https://portal.example/export.csv --timeout 10", "Download and import."),
            ("strategy portal import --replace real-2022.csv", "Replace the example data with the Portal's own."),
        ])

    static let reportSpec = CommandSpec(
        name: "portal report",
        abstract: "Targets against the data for a month: required, actual, status, trend.",
        discussion: """
            The month defaults to the last month of the data. Statuses: met, at risk (on the
            current trend the target will be missed), missed, not yet due; the report explains
            the rule and marks example data as such.
            """,
        usage: "strategy portal report [--month <YYYY-MM>] [--lang <code>] [--format <text|md|html|csv>] [--json]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "month", valueName: "YYYY-MM", help: "The month to report on. (default: the last month of the data)"),
            .init(name: "lang", valueName: "code", help: "The language of the report. (default: the first)"),
            .init(name: "format", valueName: "format", help: "text, md, html or csv. (default: text)"),
            .init(name: "json", valueName: nil, help: "Print the report as JSON (for scripts)."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy portal report", "The last month of the data, in the first language."),
            ("strategy portal report --month 2022-06 --lang en --format html > june.html", "As a web page."),
            ("strategy portal report --json", "Statuses for a script."),
        ])

    static let targetsSpec = CommandSpec(
        name: "portal targets",
        abstract: "The Portal's plan as data, each target with its seed clause.",
        usage: "strategy portal targets [--lang <code>] [--format <text|md|html>] [--json]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "code", help: "The language of the listing. (default: the first)"),
            .init(name: "format", valueName: "format", help: "text, md or html. (default: text)"),
            .init(name: "json", valueName: nil, help: "Print the plan as JSON."),
            CommandSpec.help,
        ],
        examples: [("strategy portal targets --lang en", "Every target with its clause, kind and rule.")])

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
        case "help":
            return help(rest, console: console)
        case "import": return importExport(rest, console: console)
        case "report": return report(rest, console: console)
        case "targets": return targets(rest, console: console)
        default:
            return StrategyCLI.usageError(
                UsageError(first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"),
                spec: spec, console: console)
        }
    }

    /// `strategy portal help [import|report|targets]`.
    static func help(_ arguments: [String], console: Console) -> ExitStatus {
        switch arguments.first {
        case nil: console.out(spec.helpText)
        case "import": console.out(importSpec.helpText)
        case "report": console.out(reportSpec.helpText)
        case "targets": console.out(targetsSpec.helpText)
        case let other?:
            return StrategyCLI.usageError(UsageError("unknown subcommand 'portal \(other)'"), spec: spec, console: console)
        }
        return .ok
    }

    // MARK: import

    private static func importExport(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = importSpec.parse(arguments, positionals: 1, console: console, status: &status) else {
            return status
        }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: importSpec, console: console)
        }
        guard let source = parsed.positionals.first else { return usage("missing the export: a CSV file or an http(s) URL") }
        var timeout = 30.0
        if let text = parsed.value("timeout") {
            guard let value = Double(text), value > 0, value <= 3600 else {
                return usage("'\(text)' is not a number of seconds between 0 and 3600")
            }
            timeout = value
        }
        var maxSize = PortalDownload.defaultMaxSize
        if let text = parsed.value("max-size") {
            guard let value = Self.byteCount(text) else {
                return usage("'\(text)' is not a size between 1 byte and 4G (e.g. 500000, 500K, 64M)")
            }
            maxSize = value
        }
        let date: CalendarDate
        do { date = try parsed.day() } catch { return usage(error.message) }
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            console.errorLine("Error: there is no workspace folder at \(console.display(workspace))")
            return .failure
        }
        let data: Data
        if PortalDownload.isURL(source) {
            guard let url = URL(string: source) else { return usage("'\(PortalDownload.redacted(source))' is not a valid URL") }
            do {
                data = try PortalDownload.fetch(
                    url, timeout: timeout, maxSize: maxSize, followRedirects: parsed.flag("follow-redirects"))
            } catch {
                console.errorLine("Error: \(error.description); nothing was imported")
                return .failure
            }
        } else {
            let file = console.url(source)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let contents = FileManager.default.contents(atPath: file.path)
            else {
                console.errorLine("Error: cannot read \(source): \(isFolder.boolValue ? "it is a folder" : "no such file")")
                return .failure
            }
            data = contents
        }
        let store = PortalStore(workspace: workspace)
        let report: PortalImportReport
        do {
            report = try store.importExport(
                data, name: PortalDownload.redacted(source), date: date, replace: parsed.flag("replace"),
                templates: parsed.value("templates").map(console.url))
        } catch {
            DiagnosticPrinter.printDiagnostics(error.diagnostics, console: console)
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        var how: [String] = []
        if let encoding = report.encoding { how.append(encoding.rawValue) }
        if let separator = report.separator { how.append(separator == "\t" ? "tab" : "'\(separator)'") }
        var line = "Imported \(report.name): \(report.rows) row\(report.rows == 1 ? "" : "s")"
        if !how.isEmpty { line += " (\(how.joined(separator: ", ")))" }
        line += ", \(report.added) added, \(report.duplicates) already imported"
        if report.replaced > 0 { line += ", \(report.replaced) earlier rows replaced" }
        console.line(line + (report.added == 0 && report.replaced == 0 ? "; nothing changed." : "."))
        if report.added > 0 || report.replaced > 0 {
            let kind = (report.name as NSString).pathExtension.lowercased() == "xlsx" ? "xlsx" : "csv"
            console.line("The export is kept as \(console.display(store.originalURL(sha256: report.sha256, fileExtension: kind))).")
        }
        if report.examples > 0 {
            console.line("\(report.examples) of its rows are marked as an example: they are not the Portal's real figures.")
        }
        return .ok
    }

    /// `500000`, `500K`, `64M`, `1G`: a positive number of bytes up to 4 GiB.
    static func byteCount(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text)
        var unit = 1
        if let last = digits.last, let factor = units[Character(last.uppercased())] {
            unit = factor
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let number = Int(digits), number > 0, number <= (4 << 30) / unit else { return nil }
        return number * unit
    }

    // MARK: report and targets

    private enum Format: String {
        case text, md, html, csv
    }

    private static func report(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = reportSpec.parse(arguments, positionals: 0, console: console, status: &status) else {
            return status
        }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: reportSpec, console: console)
        }
        var month: PortalMonth?
        if let text = parsed.value("month") {
            guard let value = PortalMonth(text) else { return usage("'\(text)' is not a month (YYYY-MM)") }
            month = value
        }
        guard let format = Format(rawValue: parsed.value("format") ?? "text") else {
            return usage("unknown format '\(parsed.value("format") ?? "")' (one of: text, md, html, csv)")
        }
        if parsed.flag("json"), parsed.value("format") != nil { return usage("give either '--json' or '--format', not both") }
        guard let (clean, plan) = openPlan(parsed, console: console) else { return .failure }
        let language: Language
        let labels: Labels
        do {
            (language, labels) = try clean.language(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: reportSpec, console: console)
        }
        let report = PortalReport(strategy: clean.strategy, plan: plan, month: month)
        if parsed.flag("json") {
            console.out(report.json())
            return .ok
        }
        switch format {
        case .csv: console.out(report.csv(labels: labels, language: language))
        case .text: console.out(PlainTextWriter().text(report.document(labels: labels, language: language, compact: true)))
        case .md: console.out(MarkdownWriter().text(report.document(labels: labels, language: language)))
        case .html: console.out(HTMLWriter().html(report.document(labels: labels, language: language), labels: labels))
        }
        return .ok
    }

    private static func targets(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = targetsSpec.parse(arguments, positionals: 0, console: console, status: &status) else {
            return status
        }
        let format = parsed.value("format") ?? "text"
        guard ["text", "md", "html"].contains(format) else {
            return StrategyCLI.usageError(
                UsageError("unknown format '\(format)' (one of: text, md, html)"), spec: targetsSpec, console: console)
        }
        if parsed.flag("json"), parsed.value("format") != nil {
            return StrategyCLI.usageError(
                UsageError("give either '--json' or '--format', not both"), spec: targetsSpec, console: console)
        }
        guard let (clean, plan) = openPlan(parsed, console: console) else { return .failure }
        if parsed.flag("json") {
            console.out(PortalPlanListing.json(plan))
            return .ok
        }
        let language: Language
        let labels: Labels
        do {
            (language, labels) = try clean.language(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: targetsSpec, console: console)
        }
        let document = PortalPlanListing.document(
            plan, metrics: clean.strategy.portalMetricsByID, labels: labels, language: language)
        switch format {
        case "md": console.out(MarkdownWriter().text(document))
        case "html": console.out(HTMLWriter().html(document, labels: labels))
        default: console.out(PlainTextWriter().text(document))
        }
        return .ok
    }

    /// The clean workspace and its plan, or nil after saying what is wrong.
    private static func openPlan(_ parsed: Arguments, console: Console) -> (CleanWorkspace, PortalPlan)? {
        guard let clean = CleanWorkspace.open(parsed, console: console) else { return nil }
        guard let plan = clean.strategy.portalPlan else {
            console.errorLine("Error: the workspace has no portal-targets.json, so there are no Portal targets to report on")
            return nil
        }
        return (clean, plan)
    }
}
