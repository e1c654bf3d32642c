import Foundation
import StrategyKit

/// `strategy contract`: the consultancy's products, tranches and days, from an append-only
/// journal (`contract/journal.csv` in the workspace).
enum ContractCommand {
    static let spec = CommandSpec(
        name: "contract",
        abstract: "Track the consultancy: products submitted, returned and accepted, tranches paid, days worked.",
        discussion: """
            Every act is one line appended to <workspace>/contract/journal.csv and is judged
            against what the journal already holds: a product goes planned → submitted →
            returned or accepted (a returned one may be submitted again), a tranche is paid once
            and only when all its products are accepted. Out-of-order acts are refused with the
            reason and exit status 1; nothing is written then. 'status' is derived from the
            journal alone.
            """,
        usage: "strategy contract <subcommand> [options]",
        options: [CommandSpec.help],
        subcommands: [
            ("status", "Say what each tranche waits for, the days worked and what is overdue."),
            ("submit", "Record that a product was handed in."),
            ("return", "Record that a product was sent back for revision, with the reason."),
            ("accept", "Record that a product was accepted."),
            ("pay", "Record that a tranche was paid."),
            ("worklog", "Record days worked on a task."),
            ("log", "List the journal's acts."),
        ],
        examples: [
            ("strategy contract status --lang en --date 2023-12-05", "The state of things on 5 December 2023."),
            ("strategy contract submit D4 --date 2023-12-05 --version v2", "Hand in the revised strategy."),
            ("strategy contract pay T1 --date 2023-10-30", "Record the initial tranche as paid."),
        ])

    static let workspaceOptions = [CommandSpec.workspace, CommandSpec.templates]
    static let date = Arguments.Option(
        name: "date", valueName: "YYYY-MM-DD", help: "The day it happened. (default: today)")
    static let by = Arguments.Option(
        name: "by", valueName: "role",
        help: "Who: consultant, specialist (Programme implementation specialist) or chair (Chair of the Board of ИПР).")

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        guard let first = arguments.first else {
            console.out(spec.helpText)
            return .ok
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h": console.out(spec.helpText); return .ok
        case "status": return ContractStatusCommand.run(rest, console: console)
        case "log": return ContractLogCommand.run(rest, console: console)
        case "submit": return ContractActCommand.submit.run(rest, console: console)
        case "return": return ContractActCommand.returnForRevision.run(rest, console: console)
        case "accept": return ContractActCommand.accept.run(rest, console: console)
        case "pay": return ContractActCommand.pay.run(rest, console: console)
        case "worklog": return ContractActCommand.worklog.run(rest, console: console)
        default:
            return StrategyCLI.usageError(
                UsageError(first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"),
                spec: spec, console: console)
        }
    }

    /// The help of `contract <subcommand>`, for `strategy help contract <subcommand>`.
    static func helpText(_ subcommand: String?) -> String? {
        switch subcommand {
        case nil: spec.helpText
        case "status": ContractStatusCommand.spec.helpText
        case "log": ContractLogCommand.spec.helpText
        case "submit": ContractActCommand.submit.spec.helpText
        case "return": ContractActCommand.returnForRevision.spec.helpText
        case "accept": ContractActCommand.accept.spec.helpText
        case "pay": ContractActCommand.pay.spec.helpText
        case "worklog": ContractActCommand.worklog.spec.helpText
        default: nil
        }
    }

    /// The workspace with its contract; nil after printing why not. Problems of the journal
    /// itself do not stop it (status shows what can be read; recording refuses on its own).
    static func open(_ parsed: Arguments, console: Console) -> Opened? {
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        let opened = Workspace.open(workspace, templates: parsed.value("templates").map(console.url))
        let isJournal = { (diagnostic: Diagnostic) in diagnostic.location.file == ContractJournal.path }
        let others = opened.diagnostics.filter { !isJournal($0) }
        let errors = others.filter { $0.severity == .error }.count
        guard let strategy = opened.strategy, errors == 0 else {
            DiagnosticPrinter.printDiagnostics(others, console: console)
            console.line(DiagnosticPrinter.summary(
                errors: errors, warnings: others.filter { $0.severity == .warning }.count))
            return nil
        }
        guard let contract = strategy.contract else {
            console.errorLine("Error: the workspace has no contract.json, so there is no consultancy to track.")
            return nil
        }
        return Opened(opened: opened, strategy: strategy, contract: contract, folder: workspace)
    }

    /// A workspace with a contract.
    struct Opened {
        var opened: OpenedWorkspace
        var strategy: Strategy
        var contract: Contract
        var folder: URL
    }
}
