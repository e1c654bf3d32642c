/// Templates name only known placeholders, labels are complete, and each language has them.
enum TemplateRules {
    static func check(_ templates: TemplateSet, for strategy: Strategy, reference: TemplateSet, sink: DiagnosticSink) {
        let referenceKeys = Set(reference.languages.values.flatMap { $0.labels.values.keys })
        for language in strategy.languages {
            guard let set = templates.languages[language] else {
                let path = "\(templates.origin)/\(language)/\(TemplateSet.FileName.strategy)"
                sink.report(.error(
                    "template.missing-language",
                    "there are no templates for '\(language)' (\(path) is missing)", at: .file(path)))
                continue
            }
            for (name, location) in set.strategy.placeholders {
                check(name, at: location, language: language, strategy: strategy, sink: sink)
            }
            ContractRules.checkTemplates(set, origin: templates.origin, strategy: strategy, sink: sink)
            let missing = referenceKeys.subtracting(set.labels.values.keys).sorted()
            if !missing.isEmpty {
                sink.report(.error(
                    "template.missing-label",
                    "\(set.labels.path) lacks \(missing.count) label(s): \(missing.joined(separator: ", "))",
                    at: .file(set.labels.path)))
            }
        }
    }

    private static func check(
        _ name: String, at location: SourceLocation, language: Language, strategy: Strategy,
        sink: DiagnosticSink
    ) {
        if let colon = name.firstIndex(of: ":") {
            let prefix = String(name[..<colon])
            let argument = String(name[name.index(after: colon)...])
            guard DocumentBuilder.prefixes.contains(prefix) else {
                sink.report(unknownPlaceholder(name, at: location))
                return
            }
            if prefix == "prose", strategy.prose[language]?[argument] == nil {
                let path = "\(WorkspaceLoader.FileName.prose)/\(language)/\(argument).md"
                sink.report(.error(
                    "translation.missing",
                    "prose section '\(argument)' has no '\(language)' text (\(path) is missing)",
                    at: .file(path)))
            }
            return
        }
        if !DocumentBuilder.placeholders.contains(name) {
            sink.report(unknownPlaceholder(name, at: location))
        }
    }

    /// The one message for an unknown placeholder.
    static func unknownPlaceholder(_ name: String, at location: SourceLocation) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let near = Suggestion.closest(to: name, in: DocumentBuilder.placeholders) {
            notes.append(.init("did you mean '{{\(near)}}'?"))
        }
        return .error(
            "template.unknown-placeholder", "unknown placeholder '{{\(name)}}'", at: location,
            notes: notes)
    }
}
