import Foundation
import StrategySynthetic

/// A wrong command line: printed with the usage line, exit status 64.
struct BenchUsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Options parsed by hand, as `strategy` does: `--name value`, `--name=value`, flags.
struct ParsedOptions {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []

    init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws(BenchUsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument.count > 1 else {
                throw BenchUsageError("unexpected argument '\(argument)'")
            }
            var name = argument == "-h" ? "help" : String(argument.drop { $0 == "-" })
            var inline: String?
            if let equals = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                if inline != nil { throw BenchUsageError("'--\(name)' takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                if let inline {
                    values[name] = inline
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw BenchUsageError("missing value for '--\(name)'")
                    }
                    values[name] = arguments[index]
                    index += 1
                }
            } else {
                throw BenchUsageError("unknown option '\(argument)'")
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// A whole number in `range`, or nil when the option is absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(BenchUsageError) -> Int? {
        guard let text = values[name] else { return nil }
        return try Self.integer(text, option: name, in: range)
    }

    static func integer(_ text: String, option: String, in range: ClosedRange<Int>) throws(BenchUsageError) -> Int {
        guard text.allSatisfy(\.isASCII), let value = Int(text), range.contains(value) else {
            throw BenchUsageError(
                "'\(text)' is not a valid value for '--\(option)' (a whole number from \(range.lowerBound) to \(range.upperBound))")
        }
        return value
    }

    /// `--seed`: any unsigned 64-bit number.
    func seed() throws(BenchUsageError) -> UInt64? {
        guard let text = values["seed"] else { return nil }
        guard text.allSatisfy(\.isASCII), let value = UInt64(text) else {
            throw BenchUsageError("'\(text)' is not a valid value for '--seed' (a whole number ≥ 0)")
        }
        return value
    }
}

/// What a benchmark run measures.
struct BenchOptions {
    static let maxActions = 1_000_000

    var sizes = [200, 2000, 20000]
    var runs = 5
    /// pandoc takes minutes on the largest document; one run is enough for a comparison.
    var pandocRuns = 1
    /// Seconds after which a pandoc run is stopped and reported as such.
    var pandocTimeout = 600
    var seed = SyntheticWorkspace.defaultSeed
    var json = false
    var strategyPath: String?
    var shipped: String?
    var pandoc = true
    var keep = false

    static let valued: Set<String> = ["sizes", "runs", "pandoc-runs", "pandoc-timeout", "seed", "strategy", "shipped"]
    static let flags: Set<String> = ["json", "no-pandoc", "keep", "help"]

    init(_ parsed: ParsedOptions) throws(BenchUsageError) {
        if let text = parsed.value("sizes") {
            var sizes: [Int] = []
            for item in text.split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = item.trimmingCharacters(in: .whitespaces)
                sizes.append(try ParsedOptions.integer(trimmed, option: "sizes", in: 1...Self.maxActions))
            }
            self.sizes = Array(Set(sizes)).sorted()
        }
        runs = try parsed.integer("runs", in: 1...1000) ?? runs
        pandocRuns = try parsed.integer("pandoc-runs", in: 1...1000) ?? pandocRuns
        pandocTimeout = try parsed.integer("pandoc-timeout", in: 1...86_400) ?? pandocTimeout
        seed = try parsed.seed() ?? seed
        json = parsed.flag("json")
        strategyPath = parsed.value("strategy")
        shipped = parsed.value("shipped")
        pandoc = !parsed.flag("no-pandoc")
        keep = parsed.flag("keep")
    }
}
