import Foundation

/// A command's options, parsed by hand in swift-argument-parser's manner.
struct Arguments {
    /// An option a command accepts.
    struct Option {
        var name: String
        var valueName: String?
        var help: String
        var short: Character? = nil

        var isFlag: Bool { valueName == nil }
    }

    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `arguments` against `options`; the error is a one-line message.
    init(_ arguments: [String], options: [Option], positionalLimit: Int = 0) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                guard positionals.count < positionalLimit else {
                    throw UsageError("unexpected argument '\(argument)'")
                }
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: {
                "--\($0.name)" == name || ($0.short.map { "-\($0)" } == name)
            }) else {
                throw UsageError("unknown option '\(name)'")
            }
            if option.isFlag {
                if inlineValue != nil { throw UsageError("'--\(option.name)' takes no value") }
                flags.insert(option.name)
                continue
            }
            if let inlineValue {
                values[option.name] = inlineValue
            } else {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw UsageError("missing value for '--\(option.name) <\(option.valueName ?? "value")>'")
                }
                values[option.name] = arguments[index]
                index += 1
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// A comma-separated list option.
    func list(_ name: String) -> [String]? {
        values[name].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }
}

/// A wrong command line: the message, then the usage line and where to get help.
struct UsageError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
