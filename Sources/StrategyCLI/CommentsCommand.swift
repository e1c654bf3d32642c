import Foundation
import StrategyKit

/// `strategy comments`: the review loop with the Coalition's members — a comment form per
/// member and version, the import of filled-in forms, the consultant's decisions and the
/// matrix of what became of every comment.
enum CommentsCommand {
    static let spec = CommandSpec(
        name: "comments",
        abstract: "Comment forms for members, their import, decisions and the comment matrix.",
        discussion: """
            Comments are made on a version (see 'strategy version'). A member fills in a CSV
            form pre-filled with the version's sections and entities; 'import' records every
            comment with a stable id such as v1-ipr-007, or reports every problem and records
            nothing; 'resolve' records the decision and the response; 'matrix' shows it all.
            The records live in <workspace>/comments/ (see docs/FORMAT.md).
            """,
        usage: "strategy comments <subcommand> [options]",
        options: [CommandSpec.help],
        subcommands: [
            ("template", "Write the comment form for a member and a version."),
            ("import", "Record the comments of filled-in forms (all or nothing)."),
            ("list", "List comments, by version, member or status."),
            ("resolve", "Record the decision on a comment and the response."),
            ("matrix", "Write the comment matrix of a version (CSV, Markdown, HTML, DOCX)."),
        ],
        examples: [
            ("strategy comments template --version v1 --member ipr --encoding cp1251", "A form for Russian Excel."),
            ("strategy comments import ipr.csv smsu.csv", "Record two members' comments."),
            ("strategy comments resolve v1-ipr-007 --decision accepted --response \"Done in 3.2\"", "Decide."),
            ("strategy comments matrix --version v1 --format docx", "The matrix in every language, as Word."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        guard let first = arguments.first else {
            console.out(spec.helpText)
            return .ok
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h", "help":
            if first == "help", let name = rest.first {
                guard let command = subcommand(name) else {
                    return StrategyCLI.usageError(UsageError("unknown subcommand '\(name)'"), spec: spec, console: console)
                }
                console.out(command.helpText)
            } else {
                console.out(spec.helpText)
            }
            return .ok
        case "template": return CommentsTemplateCommand.run(rest, console: console)
        case "import": return CommentsImportCommand.run(rest, console: console)
        case "list": return CommentsListCommand.run(rest, console: console)
        case "resolve": return CommentsResolveCommand.run(rest, console: console)
        case "matrix": return CommentsMatrixCommand.run(rest, console: console)
        default:
            let message = first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"
            return StrategyCLI.usageError(UsageError(message), spec: spec, console: console)
        }
    }

    /// The help of `strategy help comments <name>`.
    static func subcommand(_ name: String) -> CommandSpec? {
        switch name {
        case "template": CommentsTemplateCommand.spec
        case "import": CommentsImportCommand.spec
        case "list": CommentsListCommand.spec
        case "resolve": CommentsResolveCommand.spec
        case "matrix": CommentsMatrixCommand.spec
        default: nil
        }
    }

    // MARK: Shared

    static let wait = Arguments.Option(
        name: "wait", valueName: "seconds",
        help: "How long to wait for another command that holds the workspace. (default: 10)")

    /// `--wait`, validated.
    static func lockTimeout(_ parsed: Arguments) throws(UsageError) -> Double {
        guard let text = parsed.value("wait") else { return 10 }
        guard let seconds = Double(text), seconds >= 0, seconds <= 3600, text.allSatisfy({ $0.isNumber || $0 == "." })
        else { throw UsageError("'\(text)' is not a number of seconds (0–3600)") }
        return seconds
    }

    /// The workspace of `--workspace`.
    static func workspace(_ parsed: Arguments, console: Console) -> URL {
        console.url(parsed.value("workspace") ?? "strategy")
    }

    /// A store failure: its diagnostics, the summary, the reason; exit 1.
    static func fail(_ failure: CommentStore.Failure, console: Console) -> ExitStatus {
        if !failure.diagnostics.isEmpty {
            DiagnosticPrinter.printDiagnostics(failure.diagnostics, console: console)
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            let warnings = failure.diagnostics.filter { $0.severity == .warning }.count
            console.errorLine(DiagnosticPrinter.summary(errors: errors, warnings: warnings))
        }
        console.errorLine("Error: \(failure.description)")
        return .failure
    }

    /// Writes `data` to `path` atomically (`-` is standard output, for text).
    static func write(_ data: Data, to path: String, console: Console) -> Bool {
        if path == "-" {
            console.out(String(decoding: data, as: UTF8.self))
            return true
        }
        let url = console.url(path)
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            console.errorLine("Error: \(error.description)")
            return false
        }
        return true
    }
}
