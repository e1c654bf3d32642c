import Foundation
import StrategyCLI
import StrategySynthetic

/// `strategy-bench generate`: write a synthetic workspace to a folder.
enum GenerateCommand {
    static let usage = "strategy-bench generate --actions <n> --out <dir> [--seed <n>] [--markdown <file>]"

    static let helpText = """
        OVERVIEW: Write a synthetic workspace to a folder.

        The workspace has the given number of actions and everything they refer to, in ru and
        en, laid out like strategy/ (docs/FORMAT.md), and is clean under `strategy check`. The
        same --actions and --seed always give byte-identical files. Existing files in the folder
        with the same names are replaced; others are left alone.

        USAGE: \(usage)

        OPTIONS:
          --actions <n>           The number of actions (1 to \(BenchOptions.maxActions)).
          --out <dir>             The workspace folder to write.
          --seed <n>              The generator's seed. (default: \(SyntheticWorkspace.defaultSeed))
          --markdown <file>       Also write the rendered document (ru then en) as one Markdown file.
          -h, --help              Show help information.

        EXAMPLES:
          strategy-bench generate --actions 20000 --out /tmp/big
              Then time it yourself: strategy check --workspace /tmp/big
          strategy-bench generate --actions 2000 --out /tmp/mid --markdown /tmp/mid.md
              Also write the document for pandoc.

        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let actions: Int
        let out: String
        let seed: UInt64
        let markdown: String?
        do throws(BenchUsageError) {
            let parsed = try ParsedOptions(
                arguments, valued: ["actions", "out", "seed", "markdown"], flags: ["help"])
            if parsed.flag("help") {
                console.out(helpText)
                return 0
            }
            guard let count = try parsed.integer("actions", in: 1...BenchOptions.maxActions) else {
                throw BenchUsageError("missing '--actions <n>'")
            }
            guard let folder = parsed.value("out") else { throw BenchUsageError("missing '--out <dir>'") }
            actions = count
            out = folder
            seed = try parsed.seed() ?? SyntheticWorkspace.defaultSeed
            markdown = parsed.value("markdown")
        } catch {
            return BenchCLI.usageError(error, usage: usage, command: "strategy-bench generate", console: console)
        }
        let folder = URL(fileURLWithPath: out).standardizedFileURL
        do {
            let files = SyntheticWorkspace.files(actions: actions, seed: seed)
            try SyntheticWorkspace.write(files, to: folder)
            let counts = SyntheticWorkspace.Counts(actions: actions)
            let bytes = files.values.reduce(0) { $0 + $1.count }
            console.out("wrote \(out): \(counts.actions) actions, \(counts.costLines) cost lines, "
                + "\(files.count) files, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB\n")
            if let markdown {
                let text = try SyntheticWorkspace.markdownDocument(of: folder)
                try Data(text.utf8).write(to: URL(fileURLWithPath: markdown), options: .atomic)
                console.out("wrote \(markdown)\n")
            }
            return 0
        } catch {
            console.err("strategy-bench: cannot write \(out): \(error)\n")
            return 1
        }
    }
}
