import Foundation

/// Every abbreviation the text uses is defined in `abbreviations.json`, in each language. A
/// reader in a ministry or at SDC meets «ГАГСМСУ» or "ALGCA" once without its expansion and
/// stops trusting the document. The rule holds workspaces that keep the list (the file is
/// optional); it reports each undefined abbreviation once per language, at its first use.
enum AbbreviationRules {
    static let code = "abbreviation.undefined"

    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        guard let abbreviations = strategy.abbreviations else { return }
        for language in strategy.languages {
            let defined = Set((abbreviations[language] ?? []).map(\.short))
            for (abbreviation, location) in used(in: strategy, language: language).sorted(by: { $0.key < $1.key })
            where !defined.contains(abbreviation) {
                sink.report(.warning(code,
                    "'\(abbreviation)' is used in the '\(language)' text but not defined in "
                        + "\(WorkspaceLoader.FileName.abbreviations)",
                    at: location))
            }
        }
    }

    /// The abbreviations the strategy's texts and prose use in `language`, each with the place
    /// of its first use.
    static func used(in strategy: Strategy, language: Language) -> [String: SourceLocation] {
        var found: [String: SourceLocation] = [:]
        // The illustration notice is the workbench's word about the workspace, not its text.
        for field in strategy.localizedFields where field.field != "illustration" {
            guard let text = field.text.text(in: language) else { continue }
            for (token, _) in abbreviations(in: text) where found[token] == nil {
                found[token] = field.text.location
            }
        }
        for (_, section) in (strategy.prose[language] ?? [:]).sorted(by: { $0.key < $1.key }) {
            for (token, offset) in abbreviations(in: section.markdown) where found[token] == nil {
                found[token] = SourceLocation.prose(offset: offset, in: section.markdown, file: section.location.file)
            }
        }
        return found
    }

    /// Tokens of at least two capital letters (a trailing plural `s` dropped: "CSOs"), that
    /// are not Roman numerals, with the character offset where each starts.
    static func abbreviations(in text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var token = ""
        var start = 0
        var offset = 0
        func flush() {
            var word = token
            if word.count > 2, word.last == "s", word.dropLast().allSatisfy(\.isUppercase) { word.removeLast() }
            if word.count >= 2, word.allSatisfy(\.isUppercase), !word.allSatisfy({ "IVXLCDM".contains($0) }) {
                result.append((word, start))
            }
            token = ""
        }
        for character in text {
            if character.isLetter {
                if token.isEmpty { start = offset }
                token.append(character)
            } else if !token.isEmpty {
                flush()
            }
            offset += 1
        }
        if !token.isEmpty { flush() }
        return result
    }
}
