import Foundation
import StrategyKit

/// What the commands that report on the strategy share: open the workspace named by
/// `--workspace` and `--templates`, refuse it while it has errors, and pick the language.
struct CleanWorkspace {
    /// The checked model.
    var strategy: Strategy
    /// The workspace as opened (templates, warnings).
    var opened: OpenedWorkspace

    /// The workspace, or nil after printing its diagnostics and summary when it has errors.
    static func open(_ parsed: Arguments, console: Console) -> CleanWorkspace? {
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        let opened = Workspace.open(workspace, templates: parsed.value("templates").map(console.url))
        guard let strategy = opened.strategy, opened.errorCount == 0 else {
            DiagnosticPrinter.printDiagnostics(opened.diagnostics, console: console)
            console.line(DiagnosticPrinter.summary(errors: opened.errorCount, warnings: opened.warningCount))
            return nil
        }
        return CleanWorkspace(strategy: strategy, opened: opened)
    }

    /// `--lang`, else the workspace's first language, with its labels; a language the
    /// workspace does not have is a usage error.
    func language(_ parsed: Arguments) throws(UsageError) -> (Language, Labels) {
        let language = parsed.value("lang").map(Language.init) ?? strategy.languages[0]
        guard strategy.languages.contains(language), let labels = opened.templates.languages[language]?.labels
        else {
            throw UsageError(
                "language '\(language)' is not one of the workspace's: \(strategy.languages.map(\.code).joined(separator: ", "))")
        }
        return (language, labels)
    }
}
