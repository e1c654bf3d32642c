import Foundation

/// Runs every rule over a loaded strategy.
public enum Checker {
    /// Every problem the rules find, sorted.
    public static func check(_ strategy: Strategy) -> [Diagnostic] {
        let sink = DiagnosticSink()
        check(strategy, sink: sink)
        return sink.sorted
    }

    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        if strategy.languages.isEmpty {
            sink.report(.error(
                "translation.no-language", "strategy.json lists no languages",
                at: .file(WorkspaceLoader.FileName.strategy)))
        }
        ReferenceRules.check(strategy, sink: sink)
        TranslationRules.check(strategy, sink: sink)
        DateRules.check(strategy, sink: sink)
        CoherenceRules.check(strategy, sink: sink)
        MoneyRules.check(strategy, sink: sink)
        PortalRules.check(strategy, sink: sink)
        ContractRules.check(strategy, sink: sink)
        AbbreviationRules.check(strategy, sink: sink)
        SourceRules.check(strategy, sink: sink)
    }
}
