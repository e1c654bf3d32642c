import Foundation
import StrategyKit

/// `strategy render`: render the documents into exports/, or check that they are current.
enum RenderCommand {
    static let spec = CommandSpec(
        name: "render",
        abstract: "Render the strategy documents into exports/.",
        discussion: """
            Checks the workspace, then writes <out>/<lang>/strategy.<format> for every language and
            format. Rendering is deterministic: the document's date is the edition's date (or
            --date), never the clock. With --check nothing is written; the command exits 1 and
            names the files that are missing or differ.

            The consultant's paperwork (--doc schedule, programme, report, act: seed 000's
            detailed schedule, planning-session programme, operational report and act of services)
            is written beside it as <out>/<lang>/<doc>.<format>, dated by its product in the
            contract journal (or --date); by default every document contract.json lists is
            rendered with the strategy. Acts are one per tranche whose products the journal
            shows accepted (act-1, act-2), dated by the journal; --draft adds a draft act
            (act-N-draft) for each tranche still waiting. Reports are one per tranche: the
            interim report (report-1) and the final one.
            """,
        usage: "strategy render [--doc <strategy,dashboard,schedule,programme,report,act>] [--lang <ru,en>] [--format <md,html,docx,xlsx>] [--out <dir>] [--date <YYYY-MM-DD>] [--draft] [--check]",
        options: [
            CommandSpec.workspace, CommandSpec.templates,
            .init(name: "lang", valueName: "codes",
                  help: "Languages, comma-separated. (default: every language of the workspace)"),
            .init(name: "format", valueName: "formats",
                  help: "Formats, comma-separated: \(Workspace.Format.allCases.map(\.rawValue).joined(separator: ", ")). (default: all)"),
            .init(name: "doc", valueName: "documents",
                  help: "Documents, comma-separated: strategy, dashboard, \(PaperworkKind.allCases.map(\.rawValue).joined(separator: ", ")). (default: the strategy, the dashboard with html, and the paperwork contract.json lists)"),
            .init(name: "out", valueName: "dir", help: "The exports folder. (default: exports/ beside the workspace)"),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The date the documents carry. (default: the edition's date)"),
            .init(name: "draft", valueName: nil, help: "Also write a draft act for each tranche whose products are not all accepted."),
            .init(name: "check", valueName: nil, help: "Write nothing; exit 1 if the exports are stale."),
            CommandSpec.help,
        ],
        examples: [
            ("strategy render", "Render every language and format into exports/ (with plan.xlsx, the workbook of the plan)."),
            ("strategy render --format docx --lang ru --out out/", "The Russian Word document into out/."),
            ("strategy render --check", "Exit 1 if exports/ is out of date."),
            ("strategy render --doc act --lang ru --format docx", "The acts of services rendered, in Russian, for Word."),
            ("strategy render --doc act --draft --format docx", "Draft acts for the tranches not yet accepted."),
        ])

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.ok
        guard let parsed = spec.parse(arguments, console: console, status: &status) else {
            return status
        }
        let options: Options
        do {
            options = try Options(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        let workspace = console.url(parsed.value("workspace") ?? "strategy")
        let opened = Workspace.open(workspace, templates: parsed.value("templates").map(console.url))
        DiagnosticPrinter.printDiagnostics(opened.diagnostics, console: console)
        guard let strategy = opened.strategy, opened.errorCount == 0 else {
            console.line(DiagnosticPrinter.summary(errors: opened.errorCount, warnings: opened.warningCount))
            console.errorLine("Error: the workspace has errors; nothing was rendered.")
            return .failure
        }
        let languages = options.languages ?? strategy.languages
        for language in languages where !strategy.languages.contains(language) {
            return StrategyCLI.usageError(
                UsageError("language '\(language)' is not one of the workspace's: \(strategy.languages.map(\.code).joined(separator: ", "))"),
                spec: spec, console: console)
        }
        var files: [RenderedFile] = []
        do {
            if options.documents?.contains("strategy") ?? true {
                files = try Workspace.render(
                    strategy, templates: opened.templates, languages: languages,
                    formats: options.formats, date: options.date, changes: opened.changes)
            }
            let paperwork = options.documents.map { names in PaperworkKind.allCases.filter { names.contains($0.rawValue) } }
                ?? Workspace.listedPaperwork(strategy)
            if !paperwork.isEmpty {
                files += try Workspace.renderPaperwork(
                    strategy, templates: opened.templates, kinds: paperwork, languages: languages,
                    formats: options.formats, records: Workspace.paperworkRecords(of: workspace, journal: opened.journal),
                    date: options.date, drafts: options.drafts)
                files.sort { $0.path < $1.path }
            }
            // The coordinator's page, as of the workspace's date, beside the HTML documents.
            if options.documents?.contains("dashboard") ?? options.formats.contains(.html) {
                for language in languages {
                    files.append(try Workspace.dashboard(
                        opened, language: language, date: options.date ?? strategy.edition.date, workspace: workspace))
                }
                files.sort { $0.path < $1.path }
            }
        } catch let error as RenderError {
            DiagnosticPrinter.printDiagnostics([error.diagnostic], console: console)
            return .failure
        } catch {
            console.errorLine("Error: \(error)")
            return .failure
        }
        let out = Workspace.exportFolder(explicit: parsed.value("out").map(console.url), workspace: workspace)
        if options.check {
            let stale = ExportStore.stale(files, in: out)
            let stray = Leftovers.inExports(out)
            for url in stray { console.errorLine("stray: \(console.display(url)) (left by an interrupted render)") }
            guard !stale.isEmpty else {
                if !stray.isEmpty {
                    console.errorLine("Error: \(stray.count) stray staging file(s) in \(console.display(out)); "
                        + "the next 'strategy render' removes them.")
                    return .failure
                }
                console.line("\(files.count) files in \(console.display(out)) are up to date")
                return .ok
            }
            for path in stale { console.errorLine("stale: \(console.display(out.appendingPathComponent(path)))") }
            console.errorLine("Error: \(stale.count) of \(files.count) files are out of date; run 'strategy render'.")
            return .failure
        }
        do {
            try ExportStore.write(files, to: out, workspace: workspace)
        } catch {
            console.errorLine(
                "Error: cannot write \(console.display(URL(fileURLWithPath: error.path))): \(error.reason); \(error.state).")
            return .failure
        }
        for file in files { console.line("wrote \(console.display(out.appendingPathComponent(file.path)))") }
        return .ok
    }

    /// The render options, validated.
    struct Options {
        var languages: [Language]?
        var formats: [Workspace.Format]
        var date: CalendarDate?
        var check: Bool
        /// `--draft`: draft acts for tranches still waiting.
        var drafts: Bool
        /// `--doc`: `strategy` and paperwork kinds; nil for the default set.
        var documents: [String]?

        init(_ arguments: Arguments) throws(UsageError) {
            languages = try arguments.list("lang").map { codes throws(UsageError) in
                try codes.map { code throws(UsageError) in
                    guard Language.isValidCode(code) else {
                        throw UsageError("'\(code)' is not a language code")
                    }
                    return Language(code)
                }
            }
            formats = try (arguments.list("format") ?? Workspace.Format.allCases.map(\.rawValue))
                .map { name throws(UsageError) in
                    guard let format = Workspace.Format(rawValue: name) else {
                        throw UsageError("unknown format '\(name)' (supported: \(Workspace.Format.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    return format
                }
            if let text = arguments.value("date") {
                guard let date = CalendarDate(text) else {
                    throw UsageError("'\(text)' is not a date (YYYY-MM-DD)")
                }
                self.date = date
            }
            check = arguments.flag("check")
            drafts = arguments.flag("draft")
            documents = try arguments.list("doc").map { names throws(UsageError) in
                let known = ["strategy", "dashboard"] + PaperworkKind.allCases.map(\.rawValue)
                for name in names where !known.contains(name) {
                    throw UsageError("unknown document '\(name)' (supported: \(known.joined(separator: ", ")))")
                }
                return names
            }
        }
    }
}
