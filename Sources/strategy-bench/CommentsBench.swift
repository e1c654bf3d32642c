import Foundation
import StrategyCLI
import StrategyKit
import StrategySynthetic

/// The comment rows of the bench, on a generated workspace after ``VersionBench`` (which cut
/// `bench-v1` and revised the workspace): as many comments as actions, in the three shapes
/// members send forms back (``SyntheticComments``), on `bench-v1`.
///
/// Untimed set-up: the revised workspace is cut as `bench-v2`, so that accepted comments have a
/// later version to land in. Timed: `comments import` of every form into an empty store (all
/// new), the same forms as Excel workbooks (`comments import xlsx`), `comments list` and `comments resolve` (one decision on the full store) as the CLI runs
/// them in-process, the matrix of `bench-v1` in Markdown in both languages with half the
/// comments decided, load + check of the workspace with its comments, and the dashboard. Afterwards the
/// comments and `bench-v2` are removed, so the process rows time the same workspace as before.
enum CommentsBench {
    /// The version commented on.
    static let version = VersionBench.version
    /// The version cut after the revision.
    static let later = "bench-v2"

    static func measure(
        _ folder: URL, comments count: Int, runs: Int, console: Console, startPhase: () -> Void
    ) -> [VersionBench.Measured] {
        var importing = VersionBench.Measured(command: "comments import", sample: Sample())
        var importingWorkbooks = VersionBench.Measured(command: "comments import xlsx", sample: Sample())
        var listing = VersionBench.Measured(command: "comments list", sample: Sample())
        var resolving = VersionBench.Measured(command: "comments resolve", sample: Sample())
        var matrix = VersionBench.Measured(command: "comments matrix md ru+en", sample: Sample())
        var checking = VersionBench.Measured(command: "load+check +comments", sample: Sample())
        var dashboard = VersionBench.Measured(command: "dashboard ru (+comments)", sample: Sample())
        let all = { [importing, importingWorkbooks, listing, resolving, matrix, checking, dashboard] }
        let store = CommentStore(workspace: folder)
        let versions = VersionStore(workspace: folder)
        let date = CalendarDate("2023-11-27") ?? .epoch
        let forms: [(name: String, data: Data)]
        do {
            try? FileManager.default.removeItem(at: versions.versionFolder(later))
            try versions.cut(later, note: "The revised workspace", date: CalendarDate("2023-12-05") ?? .epoch)
            let opened = try versions.open(version)
            guard let strategy = opened.strategy else { throw VersionBench.Failure(description: "\(version) cannot be read") }
            let outline = ReviewOutline(strategy: strategy, templates: opened.templates)
            forms = SyntheticComments.forms(
                version: version, members: strategy.members.map(\.id.value.rawValue), targets: outline.ids, count: count)
        } catch {
            importing.failure = "set-up failed: \(error)"
            return all()
        }

        let commentsFolder = folder.appendingPathComponent(CommentStore.folderName)
        for run in 1...runs {
            console.err("strategy-bench: comments import \(run)/\(runs)\n")
            try? FileManager.default.removeItem(at: commentsFolder)
            startPhase()
            do {
                let (report, milliseconds) = try Stopwatch.time { try store.importForms(forms, date: date) }
                importing.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                if report.added.count != count {
                    importing.failure = "imported \(report.added.count) of \(count) comments"
                }
            } catch {
                let problems = (error as? CommentStore.Failure)?.diagnostics.prefix(3).map(\.description) ?? []
                importing.failure = "comments import failed: \(error) \(problems)"
                return all()
            }
        }
        // The same forms as Excel workbooks (one per CSV form, the same rows and header), imported
        // into an empty store again: the XLSX reader's share of an import.
        let workbooks = forms.map { form -> (name: String, data: Data) in
            let (table, _) = CSVReader.read(form.data, file: form.name)
            let rows = ([table?.header ?? []] + (table?.rows.map(\.fields) ?? [])).map { fields in
                fields.map { XLSXCell.text($0.value) }
            }
            let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "Comments", rows: rows)],
                                        properties: .init(title: form.name, language: "ru-RU"))
            let name = (form.name as NSString).deletingPathExtension + ".xlsx"
            return (name, (try? XLSXWriter.data(workbook)) ?? Data())
        }
        for run in 1...runs {
            console.err("strategy-bench: comments import xlsx \(run)/\(runs)\n")
            try? FileManager.default.removeItem(at: commentsFolder)
            startPhase()
            do {
                let (report, milliseconds) = try Stopwatch.time { try store.importForms(workbooks, date: date) }
                importingWorkbooks.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                if report.added.count != count {
                    importingWorkbooks.failure = "imported \(report.added.count) of \(count) comments"
                }
            } catch {
                let problems = (error as? CommentStore.Failure)?.diagnostics.prefix(3).map(\.description) ?? []
                importingWorkbooks.failure = "comments import xlsx failed: \(error) \(problems)"
                return all()
            }
        }
        // Half the comments decided, written as the journal resolve appends (untimed: resolving
        // 10,000 comments one command at a time is not what is measured).
        let ids = store.read().comments.map(\.id)
        let decisions = ["accepted", "partly", "rejected", "noted"]
        var journal = "id,decision,date,language,response,replaces\n"
        for (index, id) in ids.enumerated() where index % 2 == 0 {
            journal += "\(id),\(decisions[(index / 2) % 4]),2023-11-30,ru,Ответ консультанта \(index),\n"
            if index % 4 == 0 { journal += "\(id),\(decisions[(index / 2) % 4]),2023-11-30,en,The consultant's answer \(index),\n" }
        }
        do {
            try AtomicFile.write(Data(journal.utf8), to: folder.appendingPathComponent(CommentStore.decisionsPath))
        } catch {
            listing.failure = "cannot write the journal: \(error)"
            return all()
        }
        let quiet = Console(out: { _ in }, err: { _ in })
        for run in 1...runs {
            console.err("strategy-bench: comments list \(run)/\(runs)\n")
            startPhase()
            let (status, milliseconds) = Stopwatch.time {
                StrategyCLI.run(arguments: ["comments", "list", "--workspace", folder.path], console: quiet)
            }
            listing.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
            if status != 0 { listing.failure = "comments list exited \(status)" }
        }
        if let open = ids.indices.first(where: { $0 % 2 == 1 }) {
            for run in 1...runs {
                console.err("strategy-bench: comments resolve \(run)/\(runs)\n")
                startPhase()
                // A different response each run: with --change, each is a new journal line.
                let arguments = ["comments", "resolve", ids[open], "--decision", "noted", "--response", "Run \(run)",
                                 "--date", "2023-12-01", "--change", "--workspace", folder.path]
                let (status, milliseconds) = Stopwatch.time { StrategyCLI.run(arguments: arguments, console: quiet) }
                resolving.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                if status != 0 { resolving.failure = "comments resolve exited \(status)" }
            }
        }
        for run in 1...runs {
            console.err("strategy-bench: comments matrix \(run)/\(runs)\n")
            startPhase()
            do {
                let (bytes, milliseconds) = try Stopwatch.time {
                    let built = try CommentMatrix.build(store: store, version: version)
                    return try built.languages.reduce(0) { $0 + (try built.data(language: $1, format: .md)).count }
                }
                matrix.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                withExtendedLifetime(bytes) {}
            } catch {
                matrix.failure = "comments matrix failed: \(error)"
            }
        }
        for run in 1...runs {
            console.err("strategy-bench: load+check with comments \(run)/\(runs)\n")
            startPhase()
            let (opened, milliseconds) = Stopwatch.time { Workspace.open(folder) }
            checking.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
            if opened.errorCount > 0 { checking.failure = "\(opened.errorCount) errors: \(opened.diagnostics.prefix(2))" }
        }
        // The coordinator's page on the opened workspace: consultancy, the comment matrix of
        // the current version, the plan with its Gantt, the budget, the Portal, translations.
        let opened = Workspace.open(folder)
        for run in 1...runs {
            console.err("strategy-bench: dashboard \(run)/\(runs)\n")
            startPhase()
            do {
                let (page, milliseconds) = try Stopwatch.time {
                    try Workspace.dashboard(opened, language: Language("ru"), date: date, workspace: folder)
                }
                dashboard.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                withExtendedLifetime(page) {}
            } catch {
                dashboard.failure = "dashboard failed: \(error)"
            }
        }
        // The process rows that follow time check, render … as before: without comments.
        try? FileManager.default.removeItem(at: commentsFolder)
        try? FileManager.default.removeItem(at: versions.versionFolder(later))
        return all()
    }
}
