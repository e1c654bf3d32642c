import Foundation
import StrategyKit

/// `strategy check`: validate the workspace and report every problem at once.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Validate the workspace and report every problem.",
        discussion: """
            Reads every file of the workspace and reports each problem as
            path:line:column: error|warning: message [code], all in one run. Exits 1 when there
            are errors (or warnings, with --strict).
            """,
        usage: "strategy check [--workspace <dir>] [--templates <dir>] [--strict] [--json]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "strict", valueName: nil, help: "Treat warnings as errors."),
            .init(name: "json", valueName: nil, help: "Print the diagnostics as JSON on standard output."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy check", "Check ./strategy."),
            ("strategy check --workspace broken/ --json", "Check another folder; JSON for scripts."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else {
            return status
        }
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        let templates = parsed.value("templates").map(console.url)
        let opened = Workspace.open(workspace, templates: templates)
        let failed = opened.errorCount > 0 || (parsed.flag("strict") && opened.warningCount > 0)
        if parsed.flag("json") {
            console.out(DiagnosticPrinter.json(
                opened.diagnostics, errors: opened.errorCount, warnings: opened.warningCount))
        } else {
            DiagnosticPrinter.printDiagnostics(opened.diagnostics, console: console)
            console.line(DiagnosticPrinter.summary(
                errors: opened.errorCount, warnings: opened.warningCount))
        }
        return failed ? .failure : .ok
    }
}
