import Foundation
import StrategyCLI

/// Runs a benchmark from a small parent process: per size, a child of this executable
/// generates the workspace and times the in-process phases, then the parent times whole runs
/// of `strategy` and of pandoc. Keeping the parent small keeps the children's peak memory honest
/// (see ``ChildProcess``).
struct BenchRunner {
    let options: BenchOptions
    let console: Console
    /// A private temporary folder for workspaces, documents and exports.
    let scratch: URL
    /// This executable, to run `_measure`.
    let benchBinary: String
    let strategyBinary: String?
    let pandoc: String?

    func progress(_ text: String) { console.err("strategy-bench: \(text)\n") }

    func run(into report: inout BenchReport) throws {
        for size in options.sizes {
            let label = String(size)
            let folder = scratch.appendingPathComponent("workspace-\(label)")
            let document = scratch.appendingPathComponent("document-\(label).md")
            progress("\(label) actions: generating the workspace and timing in-process")
            let result = try measureInProcess(
                ["--workspace", folder.path, "--label", label, "--actions", label,
                 "--seed", String(options.seed), "--document", document.path])
            report.rows += result.rows
            if let input = result.input { report.inputs.append(input) }
            if result.diagnosticCount > 0 {
                report.notes.append(
                    "the synthetic workspace of \(label) actions has \(result.diagnosticCount) diagnostics; it should be clean: "
                        + result.diagnostics.joined(separator: "; "))
            }
            measureProcesses(folder, label: label, actions: size, into: &report)
            if pandoc != nil { measurePandoc(document, label: label, actions: size, into: &report) }
            try? FileManager.default.removeItem(at: document)
            if !options.keep { try? FileManager.default.removeItem(at: folder) }
        }
        if let shipped = options.shipped {
            try measureShipped(URL(fileURLWithPath: shipped).standardizedFileURL, into: &report)
        } else {
            report.notes.append("no shipped workspace at ./strategy (use --shipped DIR); its timings are skipped")
        }
        sortRows(&report)
        report.computeRatios()
        report.evaluateTargets()
    }

    private func measureShipped(_ folder: URL, into report: inout BenchReport) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
              isDirectory.boolValue
        else {
            report.notes.append("there is no shipped workspace at \(folder.path); its timings are skipped")
            return
        }
        progress("shipped workspace \(folder.path): timing in-process")
        let result = try measureInProcess(["--workspace", folder.path, "--label", "shipped"])
        report.rows += result.rows
        if result.diagnosticCount > 0 {
            report.notes.append("the shipped workspace has \(result.diagnosticCount) diagnostics: "
                + result.diagnostics.joined(separator: "; "))
        }
        measureProcesses(folder, label: "shipped", actions: nil, into: &report)
    }

    /// Runs `strategy-bench _measure` and reads its report.
    private func measureInProcess(_ arguments: [String]) throws -> InProcessCommand.Result {
        let reportFile = scratch.appendingPathComponent("in-process.json")
        let outcome = try ChildProcess.run(
            [benchBinary, "_measure", "--runs", String(options.runs), "--report", reportFile.path]
                + arguments,
            errorFile: nil)
        guard outcome.status == 0 else {
            throw ChildProcess.LaunchError(
                description: "the in-process measurement failed (exit \(outcome.status.map(String.init) ?? "?"))")
        }
        return try JSONDecoder().decode(InProcessCommand.Result.self, from: Data(contentsOf: reportFile))
    }

    /// Whole runs of the `strategy` binary.
    private func measureProcesses(
        _ folder: URL, label: String, actions: Int?, into report: inout BenchReport
    ) {
        guard let binary = strategyBinary else { return }
        let out = scratch.appendingPathComponent("exports-\(label)").path
        let commands: [(String, [String])] = [
            ("strategy check", ["check", "--workspace", folder.path]),
            ("strategy render", ["render", "--workspace", folder.path, "--out", out]),
            ("strategy render --check", ["render", "--workspace", folder.path, "--out", out, "--check"]),
            ("strategy translate status", ["translate", "status", "--workspace", folder.path]),
        ] + ReportCommand.all.map { ("strategy " + $0.name, $0.arguments + ["--workspace", folder.path]) }
            // The in-process half cut this version and revised the workspace (generated ones only).
            + (actions == nil ? [] : [("strategy version diff", ["version", "diff", VersionBench.version, "--workspace", folder.path])])
        for (name, arguments) in commands {
            progress("\(label): \(name) × \(options.runs)")
            report.rows.append(measureChild(
                kind: "process", name: name, [binary] + arguments, runs: options.runs, label: label,
                actions: actions))
        }
        try? FileManager.default.removeItem(atPath: out)
    }

    /// pandoc on the one-file document, to HTML and to DOCX.
    private func measurePandoc(
        _ document: URL, label: String, actions: Int, into report: inout BenchReport
    ) {
        guard let pandoc else { return }
        for format in ["html", "docx"] {
            let output = scratch.appendingPathComponent("pandoc-\(label).\(format)").path
            progress("\(label): pandoc -t \(format) × \(options.pandocRuns)")
            report.rows.append(measureChild(
                kind: "pandoc", name: "pandoc -t \(format)",
                [pandoc, "-f", "markdown", "-t", format, "-o", output, document.path],
                runs: options.pandocRuns, timeout: Double(options.pandocTimeout), label: label,
                actions: actions))
            try? FileManager.default.removeItem(atPath: output)
        }
    }

    private func measureChild(
        kind: String, name: String, _ arguments: [String], runs: Int, timeout: Double? = nil,
        label: String, actions: Int?
    ) -> BenchReport.Row {
        var sample = Sample()
        var note: String?
        let errorFile = scratch.appendingPathComponent("stderr.txt").path
        for _ in 1...runs {
            do {
                let outcome = try ChildProcess.run(arguments, errorFile: errorFile, timeout: timeout)
                guard let status = outcome.status else {
                    note = String(format: "killed after %.0f s (time limit)", outcome.milliseconds / 1000)
                    break
                }
                guard status == 0 else {
                    let message = (try? String(contentsOfFile: errorFile, encoding: .utf8))?
                        .split(separator: "\n").first.map(String.init) ?? ""
                    note = "exit \(status): \(message.prefix(300))"
                    break
                }
                sample.add(outcome.milliseconds, peakKiB: outcome.peakKiB)
            } catch {
                note = "\(error)"
                break
            }
        }
        return BenchReport.Row(
            kind: kind, command: name, actions: actions, workspace: label,
            runs: sample.milliseconds.count, minMs: sample.min, medianMs: sample.median,
            maxMs: sample.max, peakRSSMiB: sample.peakMiB, ratioToPrevious: nil, note: note)
    }

    /// Groups rows by kind and command, sizes in order, so the table reads top to bottom.
    private func sortRows(_ report: inout BenchReport) {
        let kinds = ["in-process", "process", "pandoc"]
        var commandOrder: [String] = []
        for row in report.rows where !commandOrder.contains(row.command) { commandOrder.append(row.command) }
        report.rows.sort { lhs, rhs in
            let lk = kinds.firstIndex(of: lhs.kind) ?? kinds.count
            let rk = kinds.firstIndex(of: rhs.kind) ?? kinds.count
            if lk != rk { return lk < rk }
            let lc = commandOrder.firstIndex(of: lhs.command) ?? 0
            let rc = commandOrder.firstIndex(of: rhs.command) ?? 0
            if lc != rc { return lc < rc }
            return (lhs.actions ?? Int.max, lhs.workspace) < (rhs.actions ?? Int.max, rhs.workspace)
        }
    }
}
