import Foundation
import StrategyKit

/// `strategy comments list`: the comments, filtered.
enum CommentsListCommand {
    static let spec = CommandSpec(
        name: "comments list",
        abstract: "List comments, by version, member or status.",
        discussion: """
            One line per comment: id, status, section or entity, paragraph, type and the start of
            the comment, in import order; --json gives every field, the decision and the responses.
            Problems with the comment records are reported on standard error (exit 1).
            """,
        usage: "strategy comments list [--version <name>] [--member <id>] [--status <open|accepted|partly|rejected|noted>] [--json]",
        options: [
            CommandSpec.workspace,
            .init(name: "version", valueName: "name", help: "Only comments on this version."),
            .init(name: "member", valueName: "id", help: "Only this member's comments."),
            .init(name: "status", valueName: "status", help: "open, accepted, partly, rejected or noted."),
            .init(name: "json", valueName: nil, help: "Print the comments as JSON."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy comments list --version v1 --status open", "What is still to be decided on v1."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else { return status }
        var wanted: CommentStatus?
        if let text = parsed.value("status") {
            guard let known = CommentStatus(rawValue: text) else {
                return StrategyCLI.usageError(
                    UsageError("unknown status '\(text)' (one of: \(CommentStatus.allCases.map(\.rawValue).joined(separator: ", ")))"),
                    spec: spec, console: console)
            }
            wanted = known
        }
        let contents = CommentStore(workspace: CommentsCommand.workspace(parsed, console: console)).read()
        let comments = contents.comments.filter { comment in
            (parsed.value("version").map { $0 == comment.version } ?? true)
                && (parsed.value("member").map { $0 == comment.member.rawValue } ?? true)
                && (wanted.map { $0 == contents.status(of: comment.id) } ?? true)
        }
        DiagnosticPrinter.printDiagnostics(contents.diagnostics, console: console)
        if parsed.flag("json") {
            console.out(json(comments, contents: contents))
        } else {
            var lines: [String] = []
            lines.reserveCapacity(comments.count + 1)
            let statuses = comments.map { contents.status(of: $0.id) }
            let idWidth = comments.map(\.id.count).max() ?? 0
            let targetWidth = comments.map { $0.target.count + ($0.paragraph.isEmpty ? 0 : $0.paragraph.count + 2) }.max() ?? 0
            for (comment, status) in zip(comments, statuses) {
                let target = comment.target + (comment.paragraph.isEmpty ? "" : " ¶\(comment.paragraph)")
                var text = firstLine(comment.text)
                // Sixty bytes are at most sixty characters: only longer lines are counted.
                if text.utf8.count > 60, text.count > 60 { text = String(text.prefix(59)) + "…" }
                lines.append([
                    pad(comment.id, idWidth), pad(status.rawValue, 8),
                    pad(target, targetWidth), pad(comment.type.rawValue, 11), text,
                ].joined(separator: "  "))
            }
            var tally: [CommentStatus: Int] = [:]
            for status in statuses { tally[status, default: 0] += 1 }
            var counts: [String] = []
            for status in CommentStatus.allCases {
                if let count = tally[status], count > 0 { counts.append("\(count) \(status.rawValue)") }
            }
            lines.append("\(comments.count) comment\(comments.count == 1 ? "" : "s")"
                + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", ")))
            console.out(lines.joined(separator: "\n") + "\n")
        }
        return contents.hasErrors ? .failure : .ok
    }

    /// The first line of `text` that is not empty, as splitting its characters at line feeds
    /// gives it (a CR LF is one character, not a line feed), found on the UTF-8 bytes: a long
    /// comment's later lines are never segmented into characters.
    static func firstLine(_ text: String) -> String {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == 0x0A { start = utf8.index(after: start) }
        var end = start
        var previous: UInt8 = 0
        while end < utf8.endIndex {
            let byte = utf8[end]
            if byte == 0x0A, previous != 0x0D { break }
            previous = byte
            end = utf8.index(after: end)
        }
        return String(text[start..<end])
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private struct Entry: Encodable {
        var id, version, member, target, paragraph, type, comment, proposal, status: String
        var decided: String?
        var responses: [String: String]
        var replaced: [String]
        var source: String
        var line: Int
        var imported: String
    }

    private static func json(_ comments: [Comment], contents: CommentStore.Contents) -> String {
        let entries = comments.map { comment in
            let resolution = contents.resolutions[comment.id]
            return Entry(
                id: comment.id, version: comment.version, member: comment.member.rawValue, target: comment.target,
                paragraph: comment.paragraph, type: comment.type.rawValue, comment: comment.text,
                proposal: comment.proposal, status: contents.status(of: comment.id).rawValue,
                decided: resolution?.date.description,
                responses: Dictionary(uniqueKeysWithValues: (resolution?.responses ?? [:]).map { ($0.key.code, $0.value) }),
                replaced: resolution?.replaced.map(\.decision.rawValue) ?? [],
                source: comment.source, line: comment.sourceLine, imported: comment.imported.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]") + "\n"
    }
}

/// `strategy comments resolve`: the consultant's decision on a comment.
enum CommentsResolveCommand {
    static let spec = CommandSpec(
        name: "comments resolve",
        abstract: "Record the decision on a comment and the response.",
        discussion: """
            Appends the decision and the response in one language to comments/decisions.csv. The
            same decision with another --lang adds the translation of the response. A decision is
            never overwritten silently: a different decision (or another response in a language
            that has one) needs --change, and is recorded as a new line that names the decision it
            replaces. Holds the workspace lock.
            """,
        usage: "strategy comments resolve <id> --decision <accepted|partly|rejected|noted> --response <text> [--lang <code>] [--date <YYYY-MM-DD>] [--change]",
        options: [
            CommandSpec.workspace,
            .init(name: "decision", valueName: "decision", help: "accepted, partly, rejected or noted."),
            .init(name: "response", valueName: "text", help: "What was done and why."),
            .init(name: "lang", valueName: "code", help: "The language of the response. (default: the first, ru)"),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The day of the decision. (default: today)"),
            .init(name: "change", valueName: nil, help: "Replace the decision (or response) in force."),
            CommentsCommand.wait,
            CommandSpec.help,
        ],
        examples: [
            ("strategy comments resolve v1-ipr-007 --decision accepted --response \"Добавлено в 3.2\"", "Decide, in Russian."),
            ("strategy comments resolve v1-ipr-007 --decision accepted --lang en --response \"Added in 3.2\"",
             "Add the English response."),
            ("strategy comments resolve v1-ipr-007 --decision partly --response \"…\" --change", "Change a decision."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        let parsed: Arguments
        let decision: CommentDecision
        let response: String
        let date: CalendarDate
        let timeout: Double
        do throws(UsageError) {
            parsed = try Arguments(arguments, options: spec.options, positionalLimit: 1)
            if parsed.flag("help") {
                console.out(spec.helpText)
                return .ok
            }
            guard parsed.positionals.count == 1 else { throw UsageError("missing the comment id (such as v1-ipr-007)") }
            guard let text = parsed.value("decision") else { throw UsageError("missing '--decision <decision>'") }
            guard let known = CommentDecision(rawValue: text) else {
                throw UsageError("unknown decision '\(text)' (one of: \(CommentDecision.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            decision = known
            guard let given = parsed.value("response") else { throw UsageError("missing '--response <text>'") }
            response = given
            date = try parsed.day()
            timeout = try CommentsCommand.lockTimeout(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        let workspace = CommentsCommand.workspace(parsed, console: console)
        let store = CommentStore(workspace: workspace)
        let languages = store.workspaceLanguages()
            ?? CommentStore.templates(Workspace.templateFolder(explicit: nil, workspace: workspace)).languages.keys.sorted()
        let language = parsed.value("lang").map(Language.init) ?? languages.first ?? Language("ru")
        guard languages.contains(language) else {
            return StrategyCLI.usageError(
                UsageError("language '\(language)' is not one of the workspace's: \(languages.map(\.code).joined(separator: ", "))"),
                spec: spec, console: console)
        }
        let id = parsed.positionals[0]
        let outcome: CommentResolveOutcome
        do {
            outcome = try store.resolve(
                id, decision: decision, response: response, language: language, date: date,
                change: parsed.flag("change"), lockTimeout: timeout)
        } catch {
            return CommentsCommand.fail(error, console: console)
        }
        switch outcome {
        case .recorded: console.line("\(id): \(decision.rawValue) on \(date), response in \(language)")
        case .translated: console.line("\(id): added the \(language) response to the \(decision.rawValue) decision")
        case .changed(let old):
            console.line("\(id): \(old.rawValue) → \(decision.rawValue) on \(date), response in \(language) "
                + "(the journal keeps the earlier decision)")
        case .unchanged: console.line("\(id): already \(decision.rawValue) with this \(language) response; nothing changed")
        }
        return .ok
    }
}

/// `strategy comments matrix`: what became of every comment on a version.
enum CommentsMatrixCommand {
    static let spec = CommandSpec(
        name: "comments matrix",
        abstract: "Write the comment matrix of a version (CSV, Markdown, HTML, DOCX).",
        discussion: """
            Every comment on the version with its decision and response, grouped by section, with
            the number of comments received, accepted, partly accepted, rejected, noted and still
            open per member. An accepted comment names the first later version in which its
            section or entity changed. Written to exports/<lang>/comments-<version>.<format> for
            each language and format (all or nothing), or to --out for one of each ('-' for
            standard output).
            """,
        usage: "strategy comments matrix --version <name> [--lang <ru,en>] [--format <csv,md,html,docx>] [--out <file>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "version", valueName: "name", help: "The version."),
            .init(name: "lang", valueName: "codes", help: "Languages, comma-separated. (default: every language)"),
            .init(name: "format", valueName: "formats", help: "csv, md, html or docx, comma-separated. (default: md)"),
            .init(name: "out", valueName: "file", help: "Write one language and format to this file."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy comments matrix --version v1", "exports/ru/comments-v1.md and exports/en/comments-v1.md."),
            ("strategy comments matrix --version v1 --lang en --format docx --out matrix.docx", "One Word file."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else { return status }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: spec, console: console)
        }
        guard let versionName = parsed.value("version") else { return usage("missing '--version <name>'") }
        var formats: [CommentMatrix.Format] = []
        for name in parsed.list("format") ?? ["md"] {
            guard let format = CommentMatrix.Format(rawValue: name) else {
                return usage("unknown format '\(name)' (one of: csv, md, html, docx)")
            }
            formats.append(format)
        }
        let requested = parsed.list("lang")?.map(Language.init)
        let out = parsed.value("out")
        if out != nil, (requested?.count ?? 0) != 1 || formats.count != 1 {
            return usage("--out writes one file: give one --lang and one --format")
        }
        if out == "-", formats == [.docx] { return usage("a DOCX matrix cannot go to standard output") }
        let workspace = CommentsCommand.workspace(parsed, console: console)
        let matrix: CommentMatrix
        do {
            matrix = try CommentMatrix.build(
                store: CommentStore(workspace: workspace), version: versionName,
                templates: parsed.value("templates").map(console.url))
        } catch {
            return CommentsCommand.fail(error, console: console)
        }
        let languages = requested ?? matrix.languages
        for language in languages where !matrix.languages.contains(language) {
            return usage("language '\(language)' is not one of the version's: \(matrix.languages.map(\.code).joined(separator: ", "))")
        }
        var files: [RenderedFile] = []
        do {
            for language in languages {
                for format in formats {
                    files.append(RenderedFile(
                        path: "\(language)/comments-\(versionName).\(format.rawValue)",
                        data: try matrix.data(language: language, format: format)))
                }
            }
        } catch {
            console.errorLine("Error: \(error)")
            return .failure
        }
        if let out, let file = files.first {
            guard CommentsCommand.write(file.data, to: out, console: console) else { return .failure }
            if out != "-" { console.line("wrote \(out)") }
            return .ok
        }
        let folder = Workspace.exportFolder(explicit: nil, workspace: workspace)
        do {
            try ExportStore.write(files, to: folder, workspace: workspace)
        } catch {
            console.errorLine("Error: \(error.description)")
            return .failure
        }
        for file in files { console.line("wrote \(console.display(folder.appendingPathComponent(file.path)))") }
        return .ok
    }
}
