import Foundation
import StrategyCLI
import StrategyKit

/// The translation rows of the bench, on a generated workspace after ``CommentsBench`` (so it
/// has version `bench-v1`, against which stale texts are dated).
///
/// Untimed set-up each run: every English text accepted, then the record of 1 % of them made
/// to name another source text, so that they are stale. Timed: `translate accept --all-current`
/// (every text recorded), `translate status` (open, catalog, records, stale texts dated by the
/// versions), `translate export` of every text as XLIFF 2.0, `translate import` of that file
/// unchanged (every unit checked, nothing written), and `translate import` of the stale texts
/// translated (1 % of the texts written into their files in place). Afterwards the records are
/// removed and the texts the import changed stay (English only), so the process rows time a
/// workspace like the one generated.
enum TranslationBench {
    static func measure(
        _ folder: URL, runs: Int, console: Console, startPhase: () -> Void
    ) -> [VersionBench.Measured] {
        var accept = VersionBench.Measured(command: "translate accept --all-current", sample: Sample())
        var status = VersionBench.Measured(command: "translate status", sample: Sample())
        var export = VersionBench.Measured(command: "translate export xliff 2.0", sample: Sample())
        var unchanged = VersionBench.Measured(command: "translate import (unchanged file)", sample: Sample())
        var translated = VersionBench.Measured(command: "translate import (1 % translated)", sample: Sample())
        let store = TranslationStore(workspace: folder)
        let records = folder.appendingPathComponent(TranslationRecords.path(of: Language("en")))
        defer { try? FileManager.default.removeItem(at: records.deletingLastPathComponent()) }
        do {
            for run in 1...runs {
                console.err("strategy-bench: translate \(run)/\(runs)\n")
                try? FileManager.default.removeItem(at: records)
                startPhase()
                let (_, acceptMs) = try Stopwatch.time {
                    try store.accept([], language: "en", allCurrent: true)
                }
                accept.sample.add(acceptMs, peakKiB: MemoryProbe.peakKiB())
                try makeStale(records, every: 100)

                startPhase()
                let (stale, statusMs) = try Stopwatch.time { () throws(TranslationFailure) -> Int in
                    let (_, state) = try store.open()
                    return state.state(of: Language("en"))?.staleCount ?? 0
                }
                status.sample.add(statusMs, peakKiB: MemoryProbe.peakKiB())
                guard stale > 0 else { throw VersionBench.Failure(description: "no stale text to translate") }

                startPhase()
                let (xliff, exportMs) = try Stopwatch.time {
                    try store.export(language: "en", staleOnly: false, version: .v2)
                }
                export.sample.add(exportMs, peakKiB: MemoryProbe.peakKiB())

                startPhase()
                let (plan, unchangedMs) = try Stopwatch.time {
                    try store.importXLIFF(Data(xliff.utf8), file: "en.xlf")
                }
                unchanged.sample.add(unchangedMs, peakKiB: MemoryProbe.peakKiB())
                guard plan.files.isEmpty else {
                    throw VersionBench.Failure(description: "the unchanged file changed \(plan.files.joined(separator: ", "))")
                }

                let work = try store.export(language: "en", staleOnly: true, version: .v2)
                    .replacingOccurrences(of: "state=\"initial\" subState=\"sw:needs-translation\"", with: "state=\"translated\"")
                    .replacingOccurrences(of: "</target>", with: " (rev. \(run))</target>")
                startPhase()
                let (written, translatedMs) = try Stopwatch.time {
                    try store.importXLIFF(Data(work.utf8), file: "en-stale.xlf")
                }
                translated.sample.add(translatedMs, peakKiB: MemoryProbe.peakKiB())
                guard written.changed.count == stale else {
                    throw VersionBench.Failure(description: "\(written.changed.count) of \(stale) stale texts were written")
                }
            }
        } catch {
            let failure = "translate failed: \(error)"
            accept.failure = failure
            status.failure = failure
            export.failure = failure
            unchanged.failure = failure
            translated.failure = failure
        }
        return [accept, status, export, unchanged, translated]
    }

    /// Makes every `every`-th record name another source text.
    private static func makeStale(_ records: URL, every: Int) throws {
        let text = try String(contentsOf: records, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        for index in stride(from: 1, to: lines.count, by: every) where lines[index].contains(",") {
            let id = lines[index].prefix { $0 != "," }
            lines[index] = id + ",000000000000"
        }
        try lines.joined(separator: "\n").write(to: records, atomically: true, encoding: .utf8)
    }
}
