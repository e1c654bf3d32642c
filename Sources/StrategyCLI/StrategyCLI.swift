import Foundation
import StrategyKit

/// The `strategy` command line: parses arguments, calls StrategyKit, prints, returns a status.
public enum StrategyCLI {
    /// The tool's version.
    public static let version = "0.1.0"

    static let root = CommandSpec(
        name: "strategy",
        abstract: "Check, render and track the Coalition's communication strategy 2023–2026.",
        discussion: """
            Strategy Workbench keeps the strategy as data in a workspace folder (./strategy by
            default) and renders the documents in every configured language into exports/.
            """,
        usage: "strategy <subcommand> [options]",
        options: [
            Arguments.Option(name: "version", valueName: nil, help: "Show the version."),
            CommandSpec.help,
        ],
        subcommands: [
            ("check", "Validate the workspace and report every problem."),
            ("render", "Render the strategy documents into exports/."),
            ("budget", "Roll the cost estimate up by year, member, area, channel or source."),
            ("timeline", "Show the action plan or the consultancy as a Gantt chart, or as ICS."),
            ("version", "Cut, list, show and compare frozen versions of the workspace."),
            ("contract", "Track the consultancy: products, tranches, days, from an append-only journal."),
            ("comments", "Comment forms for members, their import, decisions and the matrix."),
            ("portal", "Import the Portal's metrics and report them against its plan (seed 003)."),
            ("dashboard", "Write the coordinator's one-page dashboard as a self-contained HTML file."),
            ("translate", "Keep translations in step: status, accept, and XLIFF export and import."),
            ("help", "Show help for a subcommand."),
        ],
        examples: [
            ("strategy check", "Validate the shipped workspace."),
            ("strategy render", "Render every language into exports/."),
        ])

    /// Runs the command line (without the program name) and returns the exit status.
    ///
    /// A failed write to standard output or error never traps: the command finishes (what it
    /// recorded stays recorded), then the status is 1 and the reason goes to standard error
    /// when that still works.
    public static func run(arguments: [String], console: Console = .standard()) -> Int32 {
        let status = dispatch(arguments, console: console)
        guard let failure = console.streamFailure() else { return status }
        console.errorLine("Error: \(failure)" + (status == 0 ? " (the command itself finished)" : ""))
        return status == 0 ? ExitStatus.failure.rawValue : status
    }

    private static func dispatch(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.out(root.helpText)
            return ExitStatus.ok.rawValue
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h":
            console.out(root.helpText)
            return ExitStatus.ok.rawValue
        case "--version":
            console.line(version)
            return ExitStatus.ok.rawValue
        case "help":
            return help(rest, console: console)
        case "check":
            return CheckCommand.run(rest, console: console).rawValue
        case "render":
            return RenderCommand.run(rest, console: console).rawValue
        case "budget":
            return BudgetCommand.run(rest, console: console).rawValue
        case "timeline":
            return TimelineCommand.run(rest, console: console).rawValue
        case "version":
            return VersionCommand.run(rest, console: console).rawValue
        case "contract":
            return ContractCommand.run(rest, console: console).rawValue
        case "comments":
            return CommentsCommand.run(rest, console: console).rawValue
        case "portal":
            return PortalCommand.run(rest, console: console).rawValue
        case "dashboard":
            return DashboardCommand.run(rest, console: console).rawValue
        case "translate":
            return TranslateCommand.run(rest, console: console).rawValue
        default:
            return usageError(
                UsageError(first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"),
                spec: root, console: console).rawValue
        }
    }

    private static func help(_ arguments: [String], console: Console) -> Int32 {
        switch arguments.first {
        case nil: console.out(root.helpText)
        case "check": console.out(CheckCommand.spec.helpText)
        case "render": console.out(RenderCommand.spec.helpText)
        case "budget": console.out(BudgetCommand.spec.helpText)
        case "timeline": console.out(TimelineCommand.spec.helpText)
        case "dashboard": console.out(DashboardCommand.spec.helpText)
        case "version": return VersionCommand.help(Array(arguments.dropFirst()), console: console).rawValue
        case "contract":
            guard let text = ContractCommand.helpText(arguments.dropFirst().first) else {
                return usageError(
                    UsageError("unknown subcommand 'contract \(arguments.dropFirst().first ?? "")'"), spec: root,
                    console: console).rawValue
            }
            console.out(text)
        case "comments":
            if let name = arguments.dropFirst().first {
                guard let command = CommentsCommand.subcommand(name) else {
                    return usageError(UsageError("unknown subcommand 'comments \(name)'"), spec: root, console: console)
                        .rawValue
                }
                console.out(command.helpText)
            } else {
                console.out(CommentsCommand.spec.helpText)
            }
        case "portal": return PortalCommand.help(Array(arguments.dropFirst()), console: console).rawValue
        case "translate": return TranslateCommand.help(Array(arguments.dropFirst()), console: console).rawValue
        case let other?:
            return usageError(UsageError("unknown subcommand '\(other)'"), spec: root, console: console)
                .rawValue
        }
        return ExitStatus.ok.rawValue
    }

    /// Prints a usage error as swift-argument-parser does and returns 64.
    static func usageError(_ error: UsageError, spec: CommandSpec, console: Console) -> ExitStatus {
        console.errorLine("Error: \(error.message)")
        console.errorLine("Usage: \(spec.usage)")
        let command = spec.name == "strategy" ? "strategy" : "strategy \(spec.name)"
        console.errorLine("  See '\(command) --help' for more information.")
        return .usage
    }
}
