import Foundation
import StrategyCLI
import StrategyKit
import StrategySynthetic

/// `strategy-bench portal`: `strategy portal import` and `portal report` on growing Portal
/// exports (``SyntheticPortal``) in a synthetic workspace, in-process, with the growth from one
/// size to the next (about 10 for 10 times the rows means linear).
enum PortalBench {
    static let usage = "strategy-bench portal [--rows <n,n,…>] [--runs <n>] [--actions <n>] [--seed <n>] [--keep]"

    static let helpText = """
        OVERVIEW: Time the Portal import and report on exports of growing size.

        For each size, writes a synthetic workspace (--actions actions) with a Portal plan over
        its metrics and an export of that many rows (Windows Excel's shape: BOM, ';', CRLF,
        events with ids and participants, audiences, shares, notes that need quoting), then
        times in this process: the import into an empty store, the same import again (every
        row already there), `portal report` as text and as JSON (each loads the workspace with
        its data), and load + check with the data. Prints the median and the peak memory of
        each, and the growth from one size to the next. Progress goes to standard error.

        USAGE: \(usage)

        OPTIONS:
          --rows <n,n,…>          Rows of the exports. (default: 1000,10000,100000)
          --runs <n>              Runs of each measurement. (default: 3)
          --actions <n>           Actions of the workspace. (default: 200)
          --seed <n>              The generator's seed. (default: \(SyntheticWorkspace.defaultSeed))
          --keep                  Keep the temporary folder.
          -h, --help              Show help information.

        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let sizes: [Int]
        let runs: Int
        let actions: Int
        let seed: UInt64
        let parsed: ParsedOptions
        do throws(BenchUsageError) {
            parsed = try ParsedOptions(arguments, valued: ["rows", "runs", "actions", "seed"], flags: ["keep", "help"])
            if parsed.flag("help") {
                console.out(helpText)
                return 0
            }
            var rows: [Int] = []
            for item in (parsed.value("rows") ?? "1000,10000,100000").split(separator: ",") {
                rows.append(try ParsedOptions.integer(String(item), option: "rows", in: 1...5_000_000))
            }
            sizes = rows
            runs = try parsed.integer("runs", in: 1...100) ?? 3
            actions = try parsed.integer("actions", in: 1...BenchOptions.maxActions) ?? 200
            seed = try parsed.seed() ?? SyntheticWorkspace.defaultSeed
        } catch {
            return BenchCLI.usageError(error, usage: usage, command: "strategy-bench portal", console: console)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("strategy-bench-portal-\(UUID().uuidString)")
        defer { if !parsed.flag("keep") { try? FileManager.default.removeItem(at: root) } }
        let commands = ["portal import (new rows)", "portal import (same rows again)", "portal report (text)",
                        "portal report --json", "load+check with the data"]
        var results: [[Sample]] = []
        for size in sizes.sorted() {
            do {
                results.append(try measure(size, actions: actions, seed: seed, runs: runs, root: root, console: console))
            } catch {
                console.err("strategy-bench: \(size) rows: \(error)\n")
                return 1
            }
        }
        console.out(table(commands, sizes.sorted(), results, actions: actions, runs: runs))
        if parsed.flag("keep") { console.out("Workspaces kept in \(root.path)\n") }
        return 0
    }

    private struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func measure(
        _ rows: Int, actions: Int, seed: UInt64, runs: Int, root: URL, console: Console
    ) throws -> [Sample] {
        let folder = root.appendingPathComponent("rows-\(rows)/strategy")
        var files = SyntheticWorkspace.files(actions: actions, seed: seed)
        files["portal-targets.json"] = SyntheticPortal.targetsJSON()
        try SyntheticWorkspace.write(files, to: folder)
        let export = SyntheticPortal.export(rows: rows, seed: seed)
        let store = PortalStore(workspace: folder)
        let date = CalendarDate("2027-01-15") ?? .epoch
        var samples = Array(repeating: Sample(), count: 5)
        let quiet = Console(out: { _ in }, err: { _ in })
        for run in 1...runs {
            console.err("strategy-bench: portal, \(rows) rows, run \(run)/\(runs)\n")
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(PortalStore.folderName))
            MemoryProbe.resetPeak()
            let (first, importing) = try Stopwatch.time { try store.importExport(export, name: "export.csv", date: date) }
            samples[0].add(importing, peakKiB: MemoryProbe.peakKiB())
            guard first.added == rows else { throw Failure(description: "imported \(first.added) of \(rows) rows") }
            MemoryProbe.resetPeak()
            let (again, reimporting) = try Stopwatch.time { try store.importExport(export, name: "export.csv", date: date) }
            samples[1].add(reimporting, peakKiB: MemoryProbe.peakKiB())
            guard again.added == 0 else { throw Failure(description: "the same rows again added \(again.added)") }
            for (index, arguments) in [["--lang", "ru"], ["--json"]].enumerated() {
                MemoryProbe.resetPeak()
                let (status, milliseconds) = Stopwatch.time {
                    StrategyCLI.run(arguments: ["portal", "report", "--workspace", folder.path] + arguments, console: quiet)
                }
                samples[2 + index].add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                guard status == 0 else { throw Failure(description: "portal report \(arguments) exited \(status)") }
            }
            MemoryProbe.resetPeak()
            let (opened, checking) = Stopwatch.time { Workspace.open(folder) }
            samples[4].add(checking, peakKiB: MemoryProbe.peakKiB())
            guard opened.errorCount == 0, opened.strategy?.portalData?.observations.count == rows else {
                throw Failure(description: "the workspace with the data has \(opened.errorCount) errors: "
                    + "\(opened.diagnostics.prefix(3).map(\.description))")
            }
        }
        return samples
    }

    private static func table(_ commands: [String], _ sizes: [Int], _ results: [[Sample]], actions: Int, runs: Int) -> String {
        func rows(_ count: Int) -> String {
            let digits = String(count)
            var text = ""
            for (index, character) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { text += "," }
                text.append(character)
            }
            return text
        }
        func time(_ milliseconds: Double) -> String {
            milliseconds >= 1000 ? String(format: "%.2f s", milliseconds / 1000) : String(format: "%.0f ms", milliseconds)
        }
        var header = ["command"] + sizes.map { "\(rows($0)) rows" }
        if sizes.count > 1 { header += zip(sizes, sizes.dropFirst()).map { "\(rows($1)) ÷ \(rows($0))" } }
        header.append("peak RSS at \(rows(sizes.last ?? 0))")
        var lines = [header]
        for (index, command) in commands.enumerated() {
            let medians = results.map { $0[index].median }
            var line = [command] + medians.map(time)
            if sizes.count > 1 {
                line += zip(medians, medians.dropFirst()).map { $0 > 0 ? String(format: "%.1f", $1 / $0) : "–" }
            }
            line.append(results.last?[index].peakMiB.map { String(format: "%.0f MiB", $0) } ?? "–")
            lines.append(line)
        }
        let widths = (0..<header.count).map { column in lines.map { $0[column].count }.max() ?? 0 }
        var text = "Portal import and report: a synthetic workspace of \(actions) actions; median of \(runs) runs\n\n"
        for line in lines {
            text += line.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ") + "\n"
        }
        return text
    }
}
