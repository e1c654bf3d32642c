import Foundation
import StrategyKit

/// `strategy version diff`: what changed between two versions, or since a version.
extension VersionCommand {
    static let diffSpec = CommandSpec(
        name: "version diff",
        abstract: "What changed between two versions, or since a version.",
        discussion: """
            Compares version A with version B, or with the workspace as it is now when B is left
            out or is the word 'workspace'. Lists the entities added, removed and changed (with
            each field's old and new value) and the prose paragraphs added, removed and changed,
            in the language chosen. The same text can go into the strategy itself: set
            "changesSince" in the edition of strategy.json (see docs/FORMAT.md).

            --redline (with --format docx) writes instead B's whole strategy document with Word
            tracked changes against A: words changed inside paragraphs and cells, paragraphs,
            list items, table rows (actions added, removed or moved) inserted or deleted. Accept
            All in Word gives B's text, Reject All A's. The changes are dated B's cut date (the
            edition's date for the workspace) and signed --author, else "Consultant".
            """,
        usage: "strategy version diff <a> [<b>|workspace] [--lang <code>] [--format <text|md|html|docx>] [--redline [--author <name>]] [--out <file>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "code", help: "The language of the text. (default: the first)"),
            .init(name: "format", valueName: "format", help: "text, md, html or docx. (default: text)"),
            .init(name: "out", valueName: "file", help: "Write to this file (atomically); required for docx."),
            .init(name: "redline", valueName: nil, help: "With --format docx: B's document with tracked changes against A."),
            .init(name: "author", valueName: "name", help: "The author of the redline's changes. (default: Consultant)"),
            CommandSpec.help,
        ],
        examples: [
            ("strategy version diff v1", "What changed since v1."),
            ("strategy version diff v1 v2 --lang en --format html --out changes.html", "Between two versions, in English."),
            ("strategy version diff v1 v2 --format docx --redline --out v2-redline.docx", "v2 with tracked changes against v1."),
        ])

    fileprivate enum Format: String, CaseIterable {
        case text, md, html, docx

        var writer: any DocumentWriter {
            switch self {
            case .text: PlainTextWriter()
            case .md: MarkdownWriter()
            case .html: HTMLWriter()
            case .docx: DOCXWriter()
            }
        }
    }

    static func diff(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = diffSpec.parse(arguments, positionals: 2, console: console, status: &status) else {
            return status
        }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: diffSpec, console: console)
        }
        guard let oldName = parsed.positionals.first else { return usage("missing the version to compare from") }
        let newName = parsed.positionals.count > 1 && parsed.positionals[1] != "workspace" ? parsed.positionals[1] : nil
        guard let format = Format(rawValue: parsed.value("format") ?? "text") else {
            return usage("unknown format '\(parsed.value("format") ?? "")' (one of: text, md, html, docx)")
        }
        if parsed.flag("redline"), format != .docx {
            return usage("--redline needs --format docx")
        }
        if parsed.value("author") != nil, !parsed.flag("redline") {
            return usage("--author is for --redline")
        }
        if format == .docx, parsed.value("out") == nil {
            return usage("a DOCX file is binary: give '--out <file>'")
        }
        if let code = parsed.value("lang"), !Language.isValidCode(code) {
            return usage("'\(code)' is not a language code")
        }
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        let opened = Workspace.open(workspace, templates: parsed.value("templates").map(console.url))
        let store = VersionStore(workspace: workspace)
        let old: (version: StrategyVersion, strategy: Strategy)
        let new: (version: StrategyVersion?, strategy: Strategy)
        do {
            old = try load(oldName, from: store, console: console)
            if let newName {
                let loaded = try load(newName, from: store, console: console)
                new = (loaded.version, loaded.strategy)
            } else {
                guard let strategy = opened.strategy, opened.errorCount == 0 else {
                    DiagnosticPrinter.printDiagnostics(opened.diagnostics, console: console)
                    console.line(DiagnosticPrinter.summary(errors: opened.errorCount, warnings: opened.warningCount))
                    console.errorLine("Error: the workspace has errors; fix them to compare it with \(oldName).")
                    return .failure
                }
                new = (nil, strategy)
            }
        } catch {
            DiagnosticPrinter.printDiagnostics(error.diagnostics, console: console)
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        let changes = VersionChanges(
            since: old.version, to: new.version, diff: StrategyDiff(from: old.strategy, to: new.strategy))
        let language = parsed.value("lang").map(Language.init) ?? changes.diff.languages[0]
        guard changes.diff.languages.contains(language) else {
            return usage("language '\(language)' is not one of the compared strategies': "
                + changes.diff.languages.map(\.code).joined(separator: ", "))
        }
        guard let templates = opened.templates.languages[language] else {
            console.errorLine("Error: there are no templates for '\(language)' in \(opened.templates.origin)")
            return .failure
        }
        let data: Data
        if parsed.flag("redline") {
            do {
                let author = parsed.value("author") ?? templates.labels["session.consultant"]
                data = try Redline.docx(
                    old: old.strategy, new: new.strategy, language: language, templates: opened.templates,
                    author: author, date: new.version?.date ?? new.strategy.edition.date)
            } catch {
                console.errorLine("Error: \(error)")
                return .failure
            }
            return write(data, parsed: parsed, console: console)
        }
        do {
            data = try format.writer.write(
                ChangesDocument(changes, templates: templates).document(), labels: templates.labels)
        } catch {
            console.errorLine("Error: \(error)")
            return .failure
        }
        return write(data, parsed: parsed, console: console)
    }

    /// Writes the result to `--out`, or prints it.
    private static func write(_ data: Data, parsed: Arguments, console: Console) -> ExitStatus {
        guard let path = parsed.value("out") else {
            console.out(String(decoding: data, as: UTF8.self))
            return .ok
        }
        let url = console.url(path)
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        console.line("Wrote \(console.display(url))")
        return .ok
    }

    /// A version's record and model; a snapshot changed since the cut is said, not refused.
    private static func load(
        _ name: String, from store: VersionStore, console: Console
    ) throws(VersionStore.Failure) -> (version: StrategyVersion, strategy: Strategy) {
        let loaded = try store.load(name)
        let modified = store.verify(loaded.version)
        if !modified.isEmpty {
            console.errorLine("warning: version \(name) was changed after it was cut "
                + "(\(modified.joined(separator: ", "))); comparing it as it is now")
        }
        return loaded
    }
}
