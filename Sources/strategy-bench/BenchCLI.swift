import Foundation
import StrategyCLI
import StrategyKit
import StrategySynthetic

/// The `strategy-bench` command line: `generate`, or a benchmark run.
enum BenchCLI {
    static let usage = "strategy-bench [--sizes <n,n,…>] [--runs <n>] [--json]"

    static let helpText = """
        OVERVIEW: Time the strategy commands on synthetic workspaces of growing size.

        For each size, generates a workspace with that many actions (deterministic from
        --seed), then times in a process of its own loading, checking, rendering each format
        in both languages, and `timeline` (every format, both plans) and `budget` in the first
        language, as those commands default to; then `strategy check`, `strategy render`,
        `strategy render --check`, `strategy timeline` and `strategy budget` as whole runs of
        the `strategy` binary built beside this one; then the shipped workspace. Prints min /
        median / max wall time, peak resident memory, and each command's growth from one size
        to the next (about 10 for 10 times the actions means linear). With pandoc installed,
        pandoc converts the same document (ru and en, one Markdown file) to HTML and DOCX for
        comparison. Progress goes to standard error.

        USAGE: \(usage)
               strategy-bench generate --actions <n> --out <dir> [--seed <n>] [--markdown <file>]

        SUBCOMMANDS:
          generate                Write a synthetic workspace to a folder.
          portal                  Time the Portal import and report on growing exports.

          See 'strategy-bench generate --help' for detailed help.

        OPTIONS:
          --sizes <n,n,…>         Numbers of actions. (default: 200,2000,20000)
          --runs <n>              Runs of each measurement. (default: 5)
          --pandoc-runs <n>       Runs of each pandoc conversion. (default: 1)
          --pandoc-timeout <s>    Stop a pandoc run after this many seconds. (default: 600)
          --seed <n>              The generator's seed. (default: \(SyntheticWorkspace.defaultSeed))
          --strategy <path>       The strategy binary. (default: the one beside strategy-bench)
          --shipped <dir>         The shipped workspace to time too. (default: ./strategy)
          --no-pandoc             Do not run pandoc even when it is installed.
          --keep                  Keep the temporary folder of workspaces and exports.
          --json                  Print the results as JSON on standard output.
          -h, --help              Show help information.

        EXAMPLES:
          swift build -c release && .build/release/strategy-bench
              The full benchmark: 200, 2,000 and 20,000 actions, 5 runs each.
          strategy-bench --sizes 100,1000 --runs 3 --json
              A quick run, as JSON for scripts.

        """

    /// Runs the command line (without the program name) and returns the exit status.
    static func run(arguments: [String], console: Console) -> Int32 {
        if arguments.first == "generate" {
            return GenerateCommand.run(Array(arguments.dropFirst()), console: console)
        }
        if arguments.first == "portal" {
            return PortalBench.run(Array(arguments.dropFirst()), console: console)
        }
        if arguments.first == "_measure" {
            return InProcessCommand.run(Array(arguments.dropFirst()), console: console)
        }
        if arguments.first == "help" {
            if arguments.dropFirst().first == "generate" {
                console.out(GenerateCommand.helpText)
            } else if arguments.dropFirst().first == "portal" {
                console.out(PortalBench.helpText)
            } else {
                console.out(helpText)
            }
            return 0
        }
        let options: BenchOptions
        do {
            let parsed = try ParsedOptions(arguments, valued: BenchOptions.valued, flags: BenchOptions.flags)
            if parsed.flag("help") {
                console.out(helpText)
                return 0
            }
            options = try BenchOptions(parsed)
        } catch {
            return usageError(error, usage: usage, command: "strategy-bench", console: console)
        }
        return bench(options, console: console)
    }

    private static func bench(_ options: BenchOptions, console: Console) -> Int32 {
        var options = options
        let manager = FileManager.default
        if options.shipped == nil, manager.fileExists(atPath: "strategy/strategy.json") {
            options.shipped = "strategy"
        }
        let scratch = manager.temporaryDirectory
            .appendingPathComponent("strategy-bench-\(getpid())-\(UUID().uuidString.prefix(8))")
        do {
            try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            console.err("strategy-bench: cannot create \(scratch.path): \(error.localizedDescription)\n")
            return 1
        }
        defer {
            if options.keep {
                console.err("strategy-bench: kept \(scratch.path)\n")
            } else {
                try? manager.removeItem(at: scratch)
            }
        }
        guard let own = ownExecutable() else {
            console.err("strategy-bench: cannot find its own executable to run the in-process measurements\n")
            return 1
        }
        let binary = strategyBinary(explicit: options.strategyPath, beside: own)
        let pandoc = options.pandoc ? ChildProcess.which("pandoc") : nil
        var report = BenchReport(
            date: ISO8601DateFormatter().string(from: Date()), cores: ProcessInfo.processInfo.activeProcessorCount,
            runs: options.runs, seed: options.seed, strategyBinary: binary,
            pandoc: pandoc.flatMap(pandocVersion), peakIsPerPhase: MemoryProbe.resetPeak())
        report.loadAverageAtStart = loadAverage()
        report.pandocSkipped = !options.pandoc
        if binary == nil {
            console.err("strategy-bench: no strategy binary beside this one; whole-process runs are skipped (build it, or pass --strategy)\n")
        }
        if options.pandoc, pandoc == nil {
            console.err("strategy-bench: pandoc not installed; the comparison is skipped\n")
        }
        let runner = BenchRunner(
            options: options, console: console, scratch: scratch, benchBinary: own,
            strategyBinary: binary, pandoc: pandoc)
        do {
            try runner.run(into: &report)
        } catch {
            console.err("strategy-bench: \(error)\n")
            return 1
        }
        report.loadAverageAtEnd = loadAverage()
        console.out(options.json ? report.json : report.text)
        return 0
    }

    /// The first three fields of `/proc/loadavg`.
    private static func loadAverage() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// This executable: `/proc/self/exe`, else `argv[0]` resolved.
    private static func ownExecutable() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return path
        }
        guard let first = ProcessInfo.processInfo.arguments.first else { return nil }
        return first.contains("/") ? URL(fileURLWithPath: first).resolvingSymlinksInPath().path
            : ChildProcess.which(first)
    }

    /// `--strategy`, else `strategy` in the folder of this executable.
    private static func strategyBinary(explicit: String?, beside own: String) -> String? {
        let manager = FileManager.default
        if let explicit {
            return manager.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        let candidate = URL(fileURLWithPath: own).deletingLastPathComponent()
            .appendingPathComponent("strategy").path
        return manager.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    private static func pandocVersion(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return path }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
        return first.map { "\($0) (\(path))" } ?? path
    }

    /// Prints a usage error as `strategy` does and returns 64.
    static func usageError(_ error: BenchUsageError, usage: String, command: String, console: Console) -> Int32 {
        console.err("Error: \(error.message)\nUsage: \(usage)\n  See '\(command) --help' for more information.\n")
        return 64
    }
}
