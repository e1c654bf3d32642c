import Foundation

extension BenchReport {
    /// The report as plain-text tables.
    var text: String {
        var lines: [String] = []
        lines.append("strategy-bench \(date): \(cores) cores, runs per measurement: \(runs), seed \(seed)")
        if let start = loadAverageAtStart, let end = loadAverageAtEnd {
            lines.append("load average (1, 5, 15 min): \(start) at the start, \(end) at the end")
        }
        lines.append("strategy binary: \(strategyBinary ?? "not found (whole-process runs skipped)")")
        lines.append("pandoc: \(pandoc ?? (pandocSkipped ? "not run (--no-pandoc)" : "pandoc not installed"))")
        lines.append("")
        if !inputs.isEmpty {
            var table = TextTable(
                ["actions", "cost lines", "workspace MiB", "document MiB", "generate ms", "diagnostics"],
                rightAligned: [0, 1, 2, 3, 4, 5])
            for input in inputs {
                table.add([
                    String(input.actions), String(input.costLines), mib(input.workspaceBytes),
                    mib(input.markdownBytes), format(input.generateMs), String(input.diagnostics),
                ])
            }
            lines += table.lines + [""]
        }
        var table = TextTable(
            ["command", "workspace", "min ms", "median ms", "max ms", "peak RSS MiB", "× prev size"],
            rightAligned: [1, 2, 3, 4, 5, 6])
        var previousGroup = ""
        var failures: [String] = []
        for row in rows {
            let group = row.kind + " " + row.command
            if !previousGroup.isEmpty, group != previousGroup { table.addSeparator() }
            previousGroup = group
            let name = "\(row.kind): \(row.command)"
            if let note = row.note {
                failures.append("\(name) (\(row.workspace)): \(note)")
                table.add([name, row.workspace, "–", "–", "–", "–", "failed (below)"])
                continue
            }
            table.add([
                name, row.workspace, format(row.minMs), format(row.medianMs), format(row.maxMs),
                row.peakRSSMiB.map { String(format: "%.1f", $0) } ?? "–",
                row.ratioToPrevious.map { String(format: "%.1f", $0) } ?? "",
            ])
        }
        lines += table.lines
        for failure in failures { lines.append("failed: \(failure)") }
        if !peakIsPerPhase {
            lines.append("")
            lines.append("note: the kernel refused to reset VmHWM; in-process peaks are lifetime peaks")
        }
        lines += pandocComparison
        if !targets.isEmpty {
            lines += ["", "Targets (issues 4 and 6):"]
            for target in targets {
                lines.append("  [\(target.met ? "met" : "MISSED")] \(target.target): \(target.measured)")
            }
        }
        for note in notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// strategy render against pandoc on the same content, per size.
    private var pandocComparison: [String] {
        var table = TextTable(
            ["workspace", "strategy render (process)", "pandoc -t html", "pandoc -t docx"],
            rightAligned: [0, 1, 2, 3])
        let workspaces = inputs.map { String($0.actions) }
        for workspace in workspaces {
            let render = row("process", "strategy render", workspace: workspace).map { format($0.medianMs) + " ms" } ?? "–"
            func pandocCell(_ command: String) -> String {
                guard pandoc != nil else { return pandocSkipped ? "not run" : "pandoc not installed" }
                if let row = rows.first(where: { $0.kind == "pandoc" && $0.command == command && $0.workspace == workspace }) {
                    return row.note ?? format(row.medianMs) + " ms"
                }
                return "not run"
            }
            table.add([workspace, render, pandocCell("pandoc -t html"), pandocCell("pandoc -t docx")])
        }
        return ["", "Comparison on the same content (median wall time; pandoc reads the ru+en document as one Markdown file):"]
            + table.lines
    }

    private func format(_ milliseconds: Double) -> String {
        milliseconds < 10 ? String(format: "%.2f", milliseconds)
            : milliseconds < 100 ? String(format: "%.1f", milliseconds) : String(format: "%.0f", milliseconds)
    }

    private func mib(_ bytes: Int) -> String { String(format: "%.2f", Double(bytes) / 1_048_576) }
}

/// A plain-text table with padded columns.
struct TextTable {
    private var header: [String]
    private var rows: [[String]?] = []
    private let rightAligned: Set<Int>

    init(_ header: [String], rightAligned: Set<Int>) {
        self.header = header
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    mutating func addSeparator() { rows.append(nil) }

    var lines: [String] {
        var widths = header.map(\.count)
        for row in rows.compactMap({ $0 }) {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return [line(header), rule] + rows.map { $0.map(line) ?? "" }
    }
}
