import Foundation
import StrategyCLI
import StrategyKit

/// The version rows of the bench, on a generated workspace only (never the shipped one, which
/// they would change): `version cut` is timed under throw-away names, then version
/// ``version`` is cut, the workspace is revised (``revise(_:)``: 1 % of the actions retitled, an
/// action added, an English prose paragraph changed and one added) and the diff between the two
/// is timed. The process row `strategy version diff` runs afterwards on the same workspace.
enum VersionBench {
    /// The version the workspace is compared with.
    static let version = "bench-v1"

    /// Why the revised workspace could not be compared.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One timed command.
    struct Measured {
        var command: String
        var sample: Sample
        var failure: String?
    }

    /// `version cut` (check and snapshot), `version diff` (the diff and its text in the first
    /// language, both models already loaded) and `version load+diff` (the snapshot and the
    /// workspace loaded, then the same), `runs` times each; `startPhase` resets the peak.
    static func measure(_ folder: URL, runs: Int, console: Console, startPhase: () -> Void) -> [Measured] {
        let store = VersionStore(workspace: folder)
        let date = CalendarDate("2023-11-20") ?? CalendarDate.epoch
        var cut = Measured(command: "version cut", sample: Sample())
        for run in 1...runs {
            console.err("strategy-bench: version cut \(run)/\(runs)\n")
            let name = "bench-cut-\(run)"
            try? FileManager.default.removeItem(at: store.versionFolder(name))
            startPhase()
            do {
                let (_, milliseconds) = try Stopwatch.time { try store.cut(name, note: "bench", date: date) }
                cut.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
            } catch {
                cut.failure = "version cut failed: \(error)"
            }
            try? FileManager.default.removeItem(at: store.versionFolder(name))
        }
        var diff = Measured(command: "version diff", sample: Sample())
        var loadAndDiff = Measured(command: "version load+diff", sample: Sample())
        do {
            try? FileManager.default.removeItem(at: store.versionFolder(version))
            try store.cut(version, note: "The generated workspace before its revision", date: date)
            try revise(folder)
            let old = try store.load(version)
            guard let new = WorkspaceLoader.load(from: folder).strategy,
                  let templates = TemplateSet.builtIn().0.languages[new.languages[0]]
            else { throw Failure(description: "the revised workspace cannot be read") }
            for run in 1...runs {
                console.err("strategy-bench: version diff \(run)/\(runs)\n")
                startPhase()
                let (bytes, milliseconds) = Stopwatch.time {
                    text(since: old.version, StrategyDiff(from: old.strategy, to: new), templates: templates)
                }
                diff.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                withExtendedLifetime(bytes) {}
            }
            for run in 1...runs {
                console.err("strategy-bench: version load+diff \(run)/\(runs)\n")
                startPhase()
                let (bytes, milliseconds) = try Stopwatch.time {
                    let before = try store.load(version)
                    guard let after = WorkspaceLoader.load(from: folder).strategy else { return 0 }
                    return text(since: before.version, StrategyDiff(from: before.strategy, to: after), templates: templates)
                }
                loadAndDiff.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                withExtendedLifetime(bytes) {}
            }
        } catch {
            diff.failure = "version diff failed: \(error)"
            loadAndDiff.failure = diff.failure
        }
        return [cut, diff, loadAndDiff]
    }

    /// The diff as `strategy version diff` prints it; its size in bytes.
    private static func text(since version: StrategyVersion, _ diff: StrategyDiff, templates: LanguageTemplates) -> Int {
        let document = ChangesDocument(VersionChanges(since: version, to: nil, diff: diff), templates: templates)
        return PlainTextWriter().text(document.document()).utf8.count
    }

    /// The deterministic revision: the Russian title of every 100th action gets a prefix, an
    /// action `A-new` (the last row under a new id) is added, and in `prose/en/situation.md`
    /// the first paragraph is changed and a paragraph is appended. The workspace stays clean.
    static func revise(_ folder: URL) throws {
        let actions = folder.appendingPathComponent(WorkspaceLoader.FileName.actions)
        let text = try String(contentsOf: actions, encoding: .utf8)
        var records = Self.records(text)
        for index in records.indices where index > 0 && index % 100 == 0 {
            // id,objective,title.ru,…: ids and objectives are slugs, so the title starts after
            // the second comma (after its opening quote when it is quoted).
            let record = records[index]
            guard let first = record.firstIndex(of: ","),
                  let second = record[record.index(after: first)...].firstIndex(of: ",")
            else { continue }
            var at = record.index(after: second)
            if record[at...].first == "\"" { at = record.index(after: at) }
            records[index] = String(record[..<at]) + "Пересмотрено: " + String(record[at...])
        }
        if let last = records.last, let comma = last.firstIndex(of: ",") {
            records.append("A-new" + last[comma...])
        }
        try AtomicFile.write(Data((records.joined(separator: "\n") + "\n").utf8), to: actions)

        let prose = folder.appendingPathComponent("prose/en/situation.md")
        let situation = try String(contentsOf: prose, encoding: .utf8)
        try AtomicFile.write(
            Data(("Revised: " + situation.trimmingCharacters(in: .newlines)
                + "\n\nA paragraph added in the revision.\n").utf8),
            to: prose)
    }

    /// The records of a CSV text: lines, except that a line break inside quotes belongs to
    /// its field (a multi-line cell).
    private static func records(_ text: String) -> [String] {
        var records: [String] = []
        var current = ""
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if scalar == "\n", !quoted {
                records.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { records.append(current) }
        return records
    }
}
