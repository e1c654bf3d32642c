import Foundation

extension WorkspaceLoader.FileName {
    /// The lists of abbreviations, one per language.
    public static let abbreviations = "abbreviations.json"
}

extension WorkspaceLoader {
    /// Reads `abbreviations.json`: `{"abbreviations": {"ru": [{"short": …, "full": …}], …}}`.
    static func readAbbreviations(_ node: JSONNode, sink: DiagnosticSink) -> [Language: [Abbreviation]] {
        let file = FileName.abbreviations
        guard var root = JSONObjectReader(node, subject: file, sink: sink) else { return [:] }
        var lists: [Language: [Abbreviation]] = [:]
        if let value = root.value("abbreviations") {
            guard case .object(let members) = value.value else {
                sink.report(.error(
                    "format.type", "'abbreviations' of \(file) must be an object of lists by language, found \(value.describedKind)",
                    at: value.location))
                root.finish()
                return [:]
            }
            for member in members {
                guard let language = ValueGrammar.language(member.key, at: member.value.location, sink: sink) else { continue }
                guard case .array(let elements) = member.value.value else {
                    sink.report(.error(
                        "format.type", "the '\(member.key)' abbreviations of \(file) must be a list, found \(member.value.describedKind)",
                        at: member.value.location))
                    continue
                }
                lists[language] = elements.compactMap { element in
                    guard var object = JSONObjectReader(element, subject: "an abbreviation", sink: sink) else { return nil }
                    let short = object.string("short")
                    let full = object.string("full")
                    object.finish()
                    guard let short, let full else { return nil }
                    return Abbreviation(short: short.value, full: full.value, location: short.location)
                }
            }
        }
        root.finish()
        return lists
    }
}
