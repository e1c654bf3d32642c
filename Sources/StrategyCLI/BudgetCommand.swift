import Foundation
import StrategyKit

/// `strategy budget`: the cost estimate rolled up, in any currency with a rate.
enum BudgetCommand {
    static let spec = CommandSpec(
        name: "budget",
        abstract: "Roll the cost estimate up by year, member, work area, channel, source or action.",
        discussion: """
            Converts each cost line with the exchange rate dated for its year (or the nearest earlier
            one) and rounds so that the rows add up exactly to the total. --format xlsx writes an
            Excel workbook to --out: amounts as numbers in the currency's format, shares and the
            total as formulas whose stored values are the totals shown here.
            """,
        usage: "strategy budget [--by <grouping>] [--currency <code>] [--format <text|csv|md|xlsx>] [--lang <code>] [--out <file>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "by", valueName: "grouping",
                  help: "\(BudgetGrouping.allCases.map(\.rawValue).joined(separator: ", ")). (default: year)"),
            .init(name: "currency", valueName: "code", help: "The currency to show. (default: the strategy's)"),
            .init(name: "format", valueName: "format", help: "text, csv, md or xlsx. (default: text)"),
            .init(name: "out", valueName: "file", help: "Where to write the workbook (--format xlsx only)."),
            .init(name: "lang", valueName: "code", help: "The language of labels. (default: the first)"),
            CommandSpec.help,
        ],
        examples: [
            ("strategy budget", "Totals by year in KGS."),
            ("strategy budget --by member --currency USD", "By Coalition member, in US dollars."),
            ("strategy budget --by channel --format csv > budget.csv", "For a spreadsheet (UTF-8 with BOM)."),
            ("strategy budget --by member --format xlsx --out budget.xlsx", "An Excel workbook with formulas."),
        ])

    private enum Format: String, CaseIterable {
        case text, csv, md, xlsx
    }

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else { return status }
        guard let grouping = BudgetGrouping(rawValue: parsed.value("by") ?? "year") else {
            return StrategyCLI.usageError(
                UsageError("unknown grouping '\(parsed.value("by") ?? "")' (one of: \(BudgetGrouping.allCases.map(\.rawValue).joined(separator: ", ")))"),
                spec: spec, console: console)
        }
        guard let format = Format(rawValue: parsed.value("format") ?? "text") else {
            return StrategyCLI.usageError(
                UsageError("unknown format '\(parsed.value("format") ?? "")' (one of: text, csv, md, xlsx)"),
                spec: spec, console: console)
        }
        if format != .xlsx, parsed.value("out") != nil {
            return StrategyCLI.usageError(
                UsageError("--out is for --format xlsx; the other formats go to standard output"),
                spec: spec, console: console)
        }
        let currency = parsed.value("currency").map { CurrencyCode($0.uppercased()) }
        if let currency, !currency.isKnown {
            return StrategyCLI.usageError(
                UsageError("'\(currency.code)' is not an ISO 4217 currency code"), spec: spec, console: console)
        }
        guard let clean = CleanWorkspace.open(parsed, console: console) else { return .failure }
        let strategy = clean.strategy
        let language: Language
        let labels: Labels
        do {
            (language, labels) = try clean.language(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        let report = BudgetReport(strategy, by: grouping, currency: currency, language: language)
        if !report.unconverted.isEmpty {
            let target = report.currency.code
            DiagnosticPrinter.printDiagnostics(report.unconverted.map { line in
                .error("money.missing-rate",
                       "cost line \(line.id.value) (\(line.year.value), \(line.currency.value)) cannot be shown in \(target): no exchange rate dated in or before \(line.year.value)",
                       at: line.currency.location)
            }, console: console)
            console.errorLine("Error: \(report.unconverted.count) cost lines cannot be converted; add rates to strategy.json.")
            return .failure
        }
        switch format {
        case .text: console.out(report.text(labels: labels))
        case .csv: console.out(report.csv(labels: labels))
        case .md: console.out(MarkdownWriter().text(report.document(labels: labels)))
        case .xlsx:
            guard let path = parsed.value("out"), path != "-" else {
                return StrategyCLI.usageError(
                    UsageError("--format xlsx writes a workbook: give --out <file>"), spec: spec, console: console)
            }
            do {
                try AtomicFile.write(try XLSXWriter.data(report.workbook(labels: labels)), to: console.url(path))
            } catch {
                console.errorLine("Error: cannot write \(path): \(error)")
                return .failure
            }
            console.line("wrote \(path)")
        }
        return .ok
    }
}
