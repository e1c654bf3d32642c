import Foundation
import StrategyKit

/// Prints diagnostics and the summary line, as text or JSON.
enum DiagnosticPrinter {
    /// Every diagnostic to standard error, coloured on a terminal.
    static func printDiagnostics(_ diagnostics: [Diagnostic], console: Console) {
        for diagnostic in Diagnostic.capped(diagnostics) {
            var text = diagnostic.description
            if console.colour {
                let word = "\(diagnostic.severity.rawValue):"
                let colour = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
                if let range = text.range(of: " \(word) ") {
                    text.replaceSubrange(range, with: " \(colour)\(word)\u{1B}[0m ")
                }
            }
            console.errorLine(text)
        }
    }

    /// `N errors, M warnings`.
    static func summary(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    private struct Report: Encodable {
        struct Entry: Encodable {
            struct NoteEntry: Encodable {
                var message: String
                var file: String?
                var line: Int?
                var column: Int?
            }

            var file: String
            var line: Int
            var column: Int
            var severity: String
            var code: String
            var message: String
            var notes: [NoteEntry]
        }

        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    /// The diagnostics as one JSON document for scripts.
    static func json(_ diagnostics: [Diagnostic], errors: Int, warnings: Int) -> String {
        let report = Report(errors: errors, warnings: warnings, diagnostics: Diagnostic.capped(diagnostics).map { item in
            Report.Entry(
                file: item.location.file, line: item.location.line, column: item.location.column,
                severity: item.severity.rawValue, code: item.code, message: item.message,
                notes: item.notes.map {
                    .init(message: $0.message, file: $0.location?.file, line: $0.location?.line,
                          column: $0.location?.column)
                })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
