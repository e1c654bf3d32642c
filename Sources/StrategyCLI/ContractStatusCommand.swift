import Foundation
import StrategyKit

/// `strategy contract status`: what each tranche waits for, the days worked, what is overdue.
enum ContractStatusCommand {
    static let spec = CommandSpec(
        name: "contract status",
        abstract: "Say what each tranche waits for, the days worked per task and what is overdue.",
        discussion: """
            Derived from the journal's acts dated on or before --date (later ones have not
            happened yet on that day). A damaged journal line is reported on standard error and
            left out.
            """,
        usage: "strategy contract status [--lang <code>] [--date <YYYY-MM-DD>] [--json]",
        options: ContractCommand.workspaceOptions + [
            .init(name: "lang", valueName: "code", help: "The language of the report. (default: the first)"),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The day to report on. (default: today)"),
            .init(name: "json", valueName: nil, help: "Print the status as JSON for scripts."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy contract status", "Today, in the workspace's first language."),
            ("strategy contract status --lang en --date 2023-12-05 --json", "For a script."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status)
        else { return status }
        let asOf: CalendarDate
        do {
            asOf = try parsed.day()
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        guard let workspace = ContractCommand.open(parsed, console: console) else { return .failure }
        let clean = CleanWorkspace(strategy: workspace.strategy, opened: workspace.opened)
        let language: Language
        let labels: Labels
        do {
            (language, labels) = try clean.language(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        DiagnosticPrinter.printDiagnostics(
            workspace.opened.diagnostics.filter { $0.location.file == ContractJournal.path }, console: console)
        let report = ContractStatus(contract: workspace.contract, acts: workspace.opened.journal.acts, asOf: asOf)
        console.out(parsed.flag("json") ? report.json : report.text(language: language, labels: labels))
        return .ok
    }
}

/// `strategy contract log`: the journal's acts, one per line.
enum ContractLogCommand {
    static let spec = CommandSpec(
        name: "contract log",
        abstract: "List the journal's acts in the order they were recorded.",
        usage: "strategy contract log [--json]",
        options: ContractCommand.workspaceOptions + [
            .init(name: "json", valueName: nil, help: "Print the acts as JSON for scripts."),
            CommandSpec.help,
        ],
        examples: [("strategy contract log", "Every act, with its journal line.")])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status)
        else { return status }
        guard let workspace = ContractCommand.open(parsed, console: console) else { return .failure }
        let journal = workspace.opened.journal
        DiagnosticPrinter.printDiagnostics(
            workspace.opened.diagnostics.filter { $0.location.file == ContractJournal.path }, console: console)
        if parsed.flag("json") {
            console.out(ContractLog.json(journal.acts))
            return .ok
        }
        guard !journal.acts.isEmpty else {
            console.line("The journal is empty: nothing has been submitted, accepted or paid yet.")
            return .ok
        }
        console.out(ContractLog.text(journal.acts, contract: workspace.contract))
        return .ok
    }
}
