import Foundation
import StrategyKit

/// `strategy timeline`: the action plan or the consultancy as a Gantt (text, SVG, CSV) or the
/// strategy's dates as a calendar file (ICS).
enum TimelineCommand {
    static let spec = CommandSpec(
        name: "timeline",
        abstract: "Show the action plan or the consultancy as a Gantt chart, or export the dates as ICS.",
        discussion: """
            The action plan is drawn by quarter over the strategy period, month by month where
            actions are dated by month; the consultancy day by day (week by week when longer than
            100 days). ICS holds the contract's start and end, every deliverable's due date, the
            tranches and the biannual reports to the highest state bodies (a yearly RRULE on
            30 June and 31 December); it does not depend on --plan. No output reads the clock:
            the "today" marker is drawn only when --date is given.
            """,
        usage: "strategy timeline [--plan <strategy|contract>] [--format <text|svg|csv|ics>] [--group <objective|member|theme>] [--lang <code>] [--date <YYYY-MM-DD>] [--out <file>]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "plan", valueName: "plan", help: "strategy or contract. (default: strategy)"),
            .init(name: "format", valueName: "format", help: "text, svg, csv or ics. (default: text)"),
            .init(name: "group", valueName: "grouping",
                  help: "objective, member or theme; the action plan only. (default: objective)"),
            .init(name: "lang", valueName: "code", help: "The language of labels. (default: the first)"),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "Mark this day as today (text and svg)."),
            .init(name: "out", valueName: "file", help: "Write to this file (atomically) instead of stdout."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy timeline", "The action plan by quarter, 2023–2026."),
            ("strategy timeline --plan contract --date 2023-11-20", "The consultancy by day, with today marked."),
            ("strategy timeline --format svg --lang en --out plan.svg", "An A4-landscape picture in English."),
            ("strategy timeline --format ics --out strategy.ics", "Deadlines and recurring reports for a calendar."),
        ])

    private enum Format: String, CaseIterable {
        case text, svg, csv, ics
    }

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else { return status }
        func usage(_ message: String) -> ExitStatus {
            StrategyCLI.usageError(UsageError(message), spec: spec, console: console)
        }
        guard let plan = Timeline.Plan(rawValue: parsed.value("plan") ?? "strategy") else {
            return usage("unknown plan '\(parsed.value("plan") ?? "")' (one of: strategy, contract)")
        }
        guard let format = Format(rawValue: parsed.value("format") ?? "text") else {
            return usage("unknown format '\(parsed.value("format") ?? "")' (one of: text, svg, csv, ics)")
        }
        guard let grouping = Timeline.Grouping(rawValue: parsed.value("group") ?? "objective") else {
            return usage("unknown grouping '\(parsed.value("group") ?? "")' (one of: objective, member, theme)")
        }
        if plan == .contract, parsed.value("group") != nil {
            return usage("'--group' applies to '--plan strategy' only")
        }
        var today: CalendarDate?
        if let text = parsed.value("date") {
            guard let date = CalendarDate(text) else {
                return usage("'\(text)' is not a date (YYYY-MM-DD)")
            }
            today = date
        }
        guard let clean = CleanWorkspace.open(parsed, console: console) else { return .failure }
        let strategy = clean.strategy
        let language: Language
        let labels: Labels
        do {
            (language, labels) = try clean.language(parsed)
        } catch {
            return usage(error.message)
        }
        let output: String
        if format == .ics {
            output = TimelineICS.render(strategy, language: language, labels: labels)
        } else {
            let timeline: Timeline
            switch plan {
            case .strategy:
                timeline = Timeline.strategyPlan(strategy, language: language, labels: labels, groupBy: grouping)
            case .contract:
                guard let contract = Timeline.contractPlan(strategy, language: language, labels: labels) else {
                    console.errorLine("Error: the workspace has no contract.json, so there is no consultancy to show.")
                    return .failure
                }
                timeline = contract
            }
            switch format {
            case .text: output = TimelineText.render(timeline, labels: labels, today: today)
            case .svg: output = TimelineSVG.render(timeline, labels: labels, today: today)
            case .csv, .ics: output = TimelineCSV.render(timeline)
            }
        }
        guard let path = parsed.value("out") else {
            console.out(output)
            return .ok
        }
        let url = console.url(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url, options: .atomic)
        } catch {
            console.errorLine("Error: cannot write \(console.display(url)): \(error.localizedDescription)")
            return .failure
        }
        console.line("Wrote \(console.display(url))")
        return .ok
    }
}
