import Foundation
import StrategyKit

/// `strategy version`: cut, list, show and compare frozen versions of the workspace.
enum VersionCommand {
    static let spec = CommandSpec(
        name: "version",
        abstract: "Cut, list, show and compare frozen versions of the workspace.",
        discussion: """
            A version is a snapshot of the workspace's source files with their SHA-256 hashes, a
            note and a date, kept inside the workspace in versions/<name>/ so that it travels
            with git. It is never changed after it is cut; 'show' tells when someone did.
            """,
        usage: "strategy version <subcommand> [options]",
        options: [CommandSpec.help],
        subcommands: [
            ("cut", "Freeze the workspace as a new version."),
            ("list", "List the versions, oldest first."),
            ("show", "Show a version's note, date, hash and files, and whether it is intact."),
            ("diff", "What changed between two versions, or since a version."),
        ],
        examples: [
            ("strategy version cut v1 --note \"Draft for the Coalition\"", "Freeze the draft sent for comments."),
            ("strategy version diff v1", "What changed since v1, in the first language."),
            ("strategy version diff v1 v2 --lang en --format docx --out changes.docx", "As a Word document."),
        ])

    static let cutSpec = CommandSpec(
        name: "version cut",
        abstract: "Freeze the workspace as a new version.",
        discussion: """
            Checks the workspace first: a workspace with errors is not cut, and the errors are
            listed. An existing name is never overwritten. The version is written under the
            workspace lock into versions/<name>/ (version.json and snapshot/), all or nothing.
            """,
        usage: "strategy version cut <name> --note <text> [--date <YYYY-MM-DD>] [--workspace <dir>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "note", valueName: "text", help: "What this version is (required)."),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The version's date. (default: today)"),
            CommandSpec.help,
        ],
        examples: [
            ("strategy version cut v1 --note \"Draft for the Coalition, 20 Nov 2023\" --date 2023-11-20",
             "Freeze the first draft."),
        ])

    static let listSpec = CommandSpec(
        name: "version list",
        abstract: "List the versions, oldest first.",
        usage: "strategy version list [--json] [--workspace <dir>]",
        options: [
            CommandSpec.workspace,
            .init(name: "json", valueName: nil, help: "Print the list as JSON."),
            CommandSpec.help,
        ],
        examples: [("strategy version list", "Name, date, number of files, hash and note of each version.")])

    static let showSpec = CommandSpec(
        name: "version show",
        abstract: "Show a version's note, date, hash and files, and whether it is intact.",
        discussion: """
            Hashes the snapshot's files again and compares them with the record; exits 1 when a
            file was changed, added or removed after the version was cut.
            """,
        usage: "strategy version show <name> [--json] [--workspace <dir>]",
        options: [
            CommandSpec.workspace,
            .init(name: "json", valueName: nil, help: "Print the version as JSON."),
            CommandSpec.help,
        ],
        examples: [("strategy version show v1", "The record of v1 and whether its snapshot is intact.")])

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
        case "cut": return cut(rest, console: console)
        case "list": return list(rest, console: console)
        case "show": return show(rest, console: console)
        case "diff": return diff(rest, console: console)
        default:
            return StrategyCLI.usageError(
                UsageError(first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"),
                spec: spec, console: console)
        }
    }

    /// `strategy version help [cut|list|show|diff]`.
    static func help(_ arguments: [String], console: Console) -> ExitStatus {
        switch arguments.first {
        case nil: console.out(spec.helpText)
        case "cut": console.out(cutSpec.helpText)
        case "list": console.out(listSpec.helpText)
        case "show": console.out(showSpec.helpText)
        case "diff": console.out(diffSpec.helpText)
        case let other?:
            return StrategyCLI.usageError(UsageError("unknown subcommand '\(other)'"), spec: spec, console: console)
        }
        return .ok
    }

    // MARK: cut

    private static func cut(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = cutSpec.parse(arguments, positionals: 1, console: console, status: &status) else {
            return status
        }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: cutSpec, console: console)
        }
        guard let name = parsed.positionals.first else { return usage("missing the version's name") }
        guard VersionStore.isValidName(name) else {
            return usage("'\(name)' is not a version name: use letters, digits, '.', '_' or '-' "
                + "(at most 40), starting with a letter or digit")
        }
        guard let note = parsed.value("note"), !note.allSatisfy(\.isWhitespace) else {
            return usage("missing '--note <text>': say what this version is")
        }
        let date: CalendarDate
        do { date = try parsed.day() } catch { return usage(error.message) }
        guard let store = store(parsed, console: console) else { return .failure }
        let version: StrategyVersion
        do {
            version = try store.cut(name, note: note, date: date, templates: parsed.value("templates").map(console.url))
        } catch {
            DiagnosticPrinter.printDiagnostics(error.diagnostics, console: console)
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        let bytes = version.files.reduce(0) { $0 + $1.bytes }
        console.line("Cut version \(version.name) of \(version.date): \(version.files.count) files, "
            + "\(bytes) bytes, \(version.hash)")
        console.line("Stored in \(console.display(store.versionFolder(version.name)))")
        return .ok
    }

    // MARK: list

    private struct ListedVersion: Encodable {
        var name: String
        var note: String
        var date: String
        var hash: String
        var files: Int
        var bytes: Int
    }

    private struct ListReport: Encodable {
        var versions: [ListedVersion]
        var problems: [String]
    }

    private static func list(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = listSpec.parse(arguments, positionals: 0, console: console, status: &status) else {
            return status
        }
        guard let store = store(parsed, console: console) else { return .failure }
        let (versions, problems) = store.list()
        if parsed.flag("json") {
            console.out(json(ListReport(
                versions: versions.map {
                    ListedVersion(name: $0.name, note: $0.note, date: $0.date.description, hash: $0.hash,
                                  files: $0.files.count, bytes: $0.files.reduce(0) { $0 + $1.bytes })
                },
                problems: problems.map(\.description))))
        } else if versions.isEmpty {
            console.line("No versions yet. Cut one with: strategy version cut v1 --note \"…\"")
        } else {
            let rows = [["NAME", "DATE", "FILES", "HASH", "NOTE"]] + versions.map {
                [$0.name, $0.date.description, String($0.files.count), String($0.hash.prefix(19)), $0.note]
            }
            for line in aligned(rows, trailing: [2]) { console.line(line) }
        }
        DiagnosticPrinter.printDiagnostics(problems, console: console)
        return problems.isEmpty ? .ok : .failure
    }

    // MARK: show

    private struct ShownFile: Encodable {
        var path: String
        var sha256: String
        var bytes: Int
    }

    private struct ShowReport: Encodable {
        var name: String
        var note: String
        var date: String
        var hash: String
        var intact: Bool
        var modified: [String]
        var files: [ShownFile]
    }

    private static func show(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = showSpec.parse(arguments, positionals: 1, console: console, status: &status) else {
            return status
        }
        guard let name = parsed.positionals.first else {
            return StrategyCLI.usageError(UsageError("missing the version's name"), spec: showSpec, console: console)
        }
        guard let store = store(parsed, console: console) else { return .failure }
        let (record, problems) = store.read(name)
        guard let version = record else {
            if problems.contains(where: { $0.code == "version.unknown" }) {
                console.errorLine("Error: \(store.unknownVersionMessage(name))")
            } else {
                DiagnosticPrinter.printDiagnostics(problems, console: console)
                console.errorLine("Error: version '\(name)' cannot be read")
            }
            return .failure
        }
        let modified = store.verify(version)
        let bytes = version.files.reduce(0) { $0 + $1.bytes }
        if parsed.flag("json") {
            console.out(json(ShowReport(
                name: version.name, note: version.note, date: version.date.description, hash: version.hash,
                intact: modified.isEmpty, modified: modified,
                files: version.files.map { ShownFile(path: $0.path, sha256: $0.sha256, bytes: $0.bytes) })))
        } else {
            let intact = modified.isEmpty
                ? "yes: every file matches its recorded hash"
                : "no: \(modified.count) file(s) differ from the record: \(modified.joined(separator: ", "))"
            for line in aligned([
                ["Version:", version.name], ["Date:", version.date.description], ["Note:", version.note],
                ["Hash:", version.hash], ["Files:", "\(version.files.count) (\(bytes) bytes)"], ["Intact:", intact],
            ], trailing: []) {
                console.line(line)
            }
            console.line()
            let rows = [["FILE", "BYTES", "SHA-256"]] + version.files.map { [$0.path, String($0.bytes), $0.sha256] }
            for line in aligned(rows, trailing: [1]) { console.line("  " + line) }
        }
        guard modified.isEmpty else {
            console.errorLine("Error: version \(version.name) was changed after it was cut "
                + "(\(modified.joined(separator: ", "))); its hash no longer vouches for it")
            return .failure
        }
        return .ok
    }

    // MARK: Shared

    /// The version store of `--workspace`, or nil after saying there is no such folder.
    static func store(_ parsed: Arguments, console: Console) -> VersionStore? {
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            console.errorLine("Error: there is no workspace folder at \(console.display(workspace))")
            return nil
        }
        return VersionStore(workspace: workspace)
    }

    /// Rows padded into columns; `trailing` columns are right-aligned.
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

    /// Pretty, sorted JSON with a final newline.
    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
