/// Every localized text exists in every configured language, and every prose section too.
///
/// Languages come from `strategy.json`: adding `ky` there makes exactly the missing Kyrgyz
/// texts appear, with no code change.
enum TranslationRules {
    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        let configured = strategy.languages
        let known = Set(configured)
        for field in strategy.localizedFields {
            // The common case, settled without building lists: every configured language and
            // no other.
            if field.text.entries.count == configured.count, configured.allSatisfy({ field.text.has($0) }) {
                continue
            }
            let missing = configured.filter { !field.text.has($0) }
            if missing.count == configured.count, !configured.isEmpty {
                if !field.isOptional {
                    sink.report(.error(
                        "translation.missing",
                        "\(field.subject) has no text for '\(field.field)' in any language",
                        at: field.text.location))
                }
            } else {
                for language in missing {
                    sink.report(.error(
                        "translation.missing",
                        "\(field.subject) has no '\(language)' text for '\(field.field)'",
                        at: field.text.location))
                }
            }
            for language in field.text.languages where !known.contains(language) {
                sink.report(.warning(
                    "translation.unknown-language",
                    "\(field.subject) has '\(language)' text for '\(field.field)', but strategy.json does not list '\(language)'",
                    at: field.text.location))
            }
        }
        checkProse(strategy, sink: sink)
    }

    private static func checkProse(_ strategy: Strategy, sink: DiagnosticSink) {
        var sectionIDs = Set<String>()
        for sections in strategy.prose.values { sectionIDs.formUnion(sections.keys) }
        for language in strategy.languages {
            let sections = strategy.prose[language] ?? [:]
            for id in sectionIDs.sorted() {
                let path = "\(WorkspaceLoader.FileName.prose)/\(language)/\(id).md"
                if let section = sections[id] {
                    if section.markdown.allSatisfy(\.isWhitespace) {
                        sink.report(.error(
                            "translation.missing",
                            "prose section '\(id)' has no '\(language)' text (\(path) is empty)",
                            at: section.location))
                    }
                } else if !sink.incompleteFiles.contains(path) {
                    sink.report(.error(
                        "translation.missing",
                        "prose section '\(id)' has no '\(language)' text (\(path) is missing)",
                        at: .file(path)))
                }
            }
        }
        for language in strategy.prose.keys.sorted() where !strategy.languages.contains(language) {
            sink.report(.warning(
                "translation.unknown-language",
                "prose/\(language) is for a language strategy.json does not list",
                at: .file("\(WorkspaceLoader.FileName.prose)/\(language)")))
        }
    }
}
