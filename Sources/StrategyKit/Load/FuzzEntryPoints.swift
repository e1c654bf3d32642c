import Foundation

/// Public doors to internal parsers, existing only for the libFuzzer targets in `scripts/fuzz/`.
///
/// A fuzz build is a separate package that cannot use `@testable import`, so the few grammars
/// not reachable through the public API are forwarded here. Nothing else should call these;
/// they add no behaviour of their own.
public enum FuzzEntryPoints {
    /// Runs `text` through every grammar of `ValueGrammar` (id, language code, decimal, whole
    /// number, date, plan date, currency, an enum choice with its "did you mean" note, and a
    /// list cell split into ids) and returns the diagnostics they reported, in report order.
    public static func valueGrammarDiagnostics(_ text: String) -> [Diagnostic] {
        let sink = DiagnosticSink()
        let location = SourceLocation(file: "fuzz", line: 1, column: 1)
        _ = ValueGrammar.id(text, at: location, sink: sink) as Located<AudienceID>?
        _ = ValueGrammar.language(text, at: location, sink: sink)
        _ = ValueGrammar.decimal(text, at: location, sink: sink)
        _ = ValueGrammar.integer(text, at: location, sink: sink)
        _ = ValueGrammar.date(text, at: location, sink: sink)
        _ = ValueGrammar.planDate(text, at: location, sink: sink)
        _ = ValueGrammar.currency(text, at: location, sink: sink)
        _ = ValueGrammar.choice(text, at: location, sink: sink) as Channel.Kind?
        for (item, offset) in ValueGrammar.listItems(text) {
            let itemLocation = SourceLocation(file: "fuzz", line: 1, column: 1 + offset)
            _ = ValueGrammar.id(item, at: itemLocation, sink: sink) as Located<AudienceID>?
        }
        return sink.diagnostics
    }
}
