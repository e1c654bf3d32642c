import Foundation
import StrategyKit

/// `strategy dashboard`: the coordinator's one page, as one self-contained HTML file.
enum DashboardCommand {
    static let spec = CommandSpec(
        name: "dashboard",
        abstract: "Write the coordinator's one-page dashboard: plan, budget, consultancy, comments, Portal.",
        discussion: """
            One self-contained HTML page (no scripts, no external requests) that answers "where are
            we?" on a given day and prints on A4. Every figure comes from the same library code as the
            other commands. Without --out the page is written to exports/<lang>/dashboard-<date>.html;
            `strategy render` also writes exports/<lang>/dashboard.html as of the workspace's date.
            """,
        usage: "strategy dashboard [--lang <code>] [--date <YYYY-MM-DD>] [--member <id>] [--out <file>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "code", help: "The language of the page. (default: the first)"),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The day the page describes. (default: today)"),
            .init(name: "member", valueName: "id", help: "Narrow the page to what one member leads, costs and commented."),
            .init(name: "out", valueName: "file", help: "Where to write the page; '-' for standard output."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy dashboard --lang en", "Today's page in English, under exports/en/."),
            ("strategy dashboard --date 2023-12-05 --member ipr --out ipr.html", "What ИПР leads, on 5 Dec 2023."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else { return status }
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        let opened = Workspace.open(workspace, templates: parsed.value("templates").map(console.url))
        guard let strategy = opened.strategy else {
            DiagnosticPrinter.printDiagnostics(opened.diagnostics, console: console)
            console.line(DiagnosticPrinter.summary(errors: opened.errorCount, warnings: opened.warningCount))
            return .failure
        }
        let date: CalendarDate
        do { date = try parsed.day() } catch { return StrategyCLI.usageError(error, spec: spec, console: console) }
        let language = parsed.value("lang").map(Language.init) ?? strategy.languages[0]
        guard strategy.languages.contains(language) else {
            return StrategyCLI.usageError(
                UsageError("language '\(language)' is not one of the workspace's: \(strategy.languages.map(\.code).joined(separator: ", "))"),
                spec: spec, console: console)
        }
        var member: MemberID?
        if let id = parsed.value("member") {
            guard strategy.members.contains(where: { $0.id.value.rawValue == id }) else {
                return StrategyCLI.usageError(
                    UsageError("'\(id)' is not a member (one of: \(strategy.members.map(\.id.value.rawValue).joined(separator: ", ")))"),
                    spec: spec, console: console)
            }
            member = MemberID(id)
        }
        let page: RenderedFile
        do {
            page = try Workspace.dashboard(opened, language: language, date: date, member: member, workspace: workspace)
        } catch {
            console.errorLine("Error: \(error)")
            return .failure
        }
        let out = parsed.value("out")
        if out == "-" {
            console.out(String(decoding: page.data, as: UTF8.self))
            return .ok
        }
        let target = out.map(console.url) ?? Workspace.exportFolder(explicit: nil, workspace: workspace)
            .appendingPathComponent("\(language.code)/dashboard-\(date).html")
        do {
            try AtomicFile.write(page.data, to: target)
        } catch {
            console.errorLine("Error: \(error)")
            return .failure
        }
        console.line("wrote \(console.display(target))")
        return opened.errorCount > 0 ? .failure : .ok
    }
}
