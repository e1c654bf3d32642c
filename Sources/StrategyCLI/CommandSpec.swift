/// What a command is: its name, help text and options; the source of its `--help`.
struct CommandSpec {
    var name: String
    var abstract: String
    var discussion: String?
    var usage: String
    var options: [Arguments.Option]
    var subcommands: [(String, String)] = []
    var examples: [(String, String)] = []

    static let help = Arguments.Option(name: "help", valueName: nil, help: "Show help information.", short: "h")
    static let workspace = Arguments.Option(
        name: "workspace", valueName: "dir",
        help: "The workspace folder. (default: ./strategy)")
    static let templates = Arguments.Option(
        name: "templates", valueName: "dir",
        help: "The templates folder. (default: templates/ beside the workspace, else the built-in copy)")

    /// Parses a command's arguments, accepting up to `positionals` operands; nil means the
    /// command is over (help was printed, or a usage error was reported) and `status` says how
    /// it ended.
    func parse(
        _ arguments: [String], positionals: Int = 0, console: Console, status: inout ExitStatus
    ) -> Arguments? {
        do {
            let parsed = try Arguments(arguments, options: options, positionalLimit: positionals)
            if parsed.flag("help") {
                console.out(helpText)
                status = .ok
                return nil
            }
            return parsed
        } catch {
            status = StrategyCLI.usageError(error, spec: self, console: console)
            return nil
        }
    }

    /// The help text: OVERVIEW, USAGE, OPTIONS, SUBCOMMANDS, EXAMPLES.
    var helpText: String {
        var lines = ["OVERVIEW: \(abstract)"]
        if let discussion { lines += ["", discussion] }
        lines += ["", "USAGE: \(usage)"]
        if !subcommands.isEmpty {
            lines += ["", "SUBCOMMANDS:"]
            for (name, help) in subcommands { lines.append(Self.row(name, help)) }
            lines += ["", "  See 'strategy help <subcommand>' for detailed help."]
        }
        lines += ["", "OPTIONS:"]
        for option in options {
            var label = option.short.map { "-\($0), " } ?? ""
            label += "--\(option.name)"
            if let value = option.valueName { label += " <\(value)>" }
            lines.append(Self.row(label, option.help))
        }
        if !examples.isEmpty {
            lines += ["", "EXAMPLES:"]
            for (command, help) in examples {
                lines.append("  \(command)")
                lines.append("      \(help)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ label: String, _ help: String) -> String {
        let padded = "  " + label
        if padded.count < 26 {
            return padded + String(repeating: " ", count: 26 - padded.count) + help
        }
        return padded + "\n" + String(repeating: " ", count: 26) + help
    }
}
