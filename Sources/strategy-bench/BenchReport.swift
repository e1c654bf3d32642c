import Foundation

/// Everything a benchmark run measured, printed as a table or as JSON.
struct BenchReport: Encodable {
    /// One command at one workspace size.
    struct Row: Codable {
        /// `in-process`, `process` or `pandoc`.
        var kind: String
        var command: String
        /// The number of actions; nil for the shipped workspace.
        var actions: Int?
        /// `200`, `2000`, … or `shipped`.
        var workspace: String
        var runs: Int
        var minMs: Double
        var medianMs: Double
        var maxMs: Double
        var peakRSSMiB: Double?
        /// median(this size) / median(the previous size), for synthetic sizes after the first.
        var ratioToPrevious: Double?
        /// A failure or a caveat.
        var note: String?
    }

    /// A synthetic workspace that was measured.
    struct Input: Codable {
        var actions: Int
        var costLines: Int
        var workspaceBytes: Int
        var markdownBytes: Int
        var generateMs: Double
        var diagnostics: Int
    }

    /// A target from issue 4 (or issue 6: timeline and budget stay linear) and whether the run met it.
    struct Target: Encodable {
        var target: String
        var measured: String
        var met: Bool
    }

    var date: String
    var cores: Int
    /// `/proc/loadavg` (1, 5, 15 minutes) when the run started and ended: other work on the
    /// machine inflates wall times.
    var loadAverageAtStart: String?
    var loadAverageAtEnd: String?
    var runs: Int
    var seed: UInt64
    var strategyBinary: String?
    var pandoc: String?
    /// True when `--no-pandoc` was given.
    var pandocSkipped = false
    /// Whether in-process peaks are per phase (VmHWM reset) or lifetime peaks.
    var peakIsPerPhase: Bool
    var inputs: [Input] = []
    var rows: [Row] = []
    var targets: [Target] = []
    var notes: [String] = []

    /// Fills `ratioToPrevious` from consecutive synthetic sizes of each command.
    mutating func computeRatios() {
        var previous: [String: Double] = [:]
        for index in rows.indices where rows[index].actions != nil && rows[index].workspace != "shipped" {
            let key = rows[index].kind + "\u{0}" + rows[index].command
            if let before = previous[key], before > 0, rows[index].note == nil {
                rows[index].ratioToPrevious = rows[index].medianMs / before
            }
            previous[key] = rows[index].note == nil ? rows[index].medianMs : nil
        }
    }

    func row(_ kind: String, _ command: String, workspace: String) -> Row? {
        rows.first { $0.kind == kind && $0.command == command && $0.workspace == workspace && $0.note == nil }
    }

    /// The targets of issues 4 and 6 that this run has the numbers for; the 20,000 / 2,000
    /// ratio covers every command, timeline and budget included.
    mutating func evaluateTargets() {
        targets = []
        func ms(_ value: Double) -> String { String(format: "%.0f ms", value) }
        if let check = row("in-process", "load+check", workspace: "20000") {
            targets.append(Target(
                target: "load + check of 20,000 actions < 1 s (in-process, median)",
                measured: ms(check.medianMs), met: check.medianMs < 1000))
        }
        if let check = row("process", "strategy check", workspace: "20000") {
            targets.append(Target(
                target: "load + check of 20,000 actions < 1 s (whole process, median)",
                measured: ms(check.medianMs), met: check.medianMs < 1000))
            if let peak = check.peakRSSMiB {
                targets.append(Target(
                    target: "peak memory of check at 20,000 actions < 300 MiB (whole process)",
                    measured: String(format: "%.1f MiB", peak), met: peak < 300))
            }
        }
        if let check = row("in-process", "load+check", workspace: "20000"), let peak = check.peakRSSMiB {
            targets.append(Target(
                target: "peak memory of load + check at 20,000 actions < 300 MiB (in-process)",
                measured: String(format: "%.1f MiB", peak), met: peak < 300))
        }
        if let render = row("in-process", "render md ru+en", workspace: "20000") {
            targets.append(Target(
                target: "render md, both languages, 20,000 actions < 1 s (in-process, median)",
                measured: ms(render.medianMs), met: render.medianMs < 1000))
        }
        for row in rows where row.workspace == "20000" && row.kind != "pandoc" {
            guard let previous = rows.first(where: {
                $0.kind == row.kind && $0.command == row.command && $0.workspace == "2000"
            }), previous.note == nil, row.note == nil, previous.medianMs > 0 else { continue }
            let ratio = row.medianMs / previous.medianMs
            targets.append(Target(
                target: "time(20,000) / time(2,000) < 12: \(row.kind) \(row.command)",
                measured: String(format: "%.1f", ratio), met: ratio < 12))
        }
        for command in ["strategy check", "strategy render"] {
            if let row = row("process", command, workspace: "shipped") {
                targets.append(Target(
                    target: "shipped workspace: \(command) < 0.3 s (whole process, median)",
                    measured: ms(row.medianMs), met: row.medianMs < 300))
            }
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
