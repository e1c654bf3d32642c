import Foundation

/// The templates of one language: the document skeleton and the labels.
public struct LanguageTemplates: Hashable, Sendable {
    /// The language.
    public var language: Language
    /// `strategy.md`, parsed.
    public var strategy: Template
    /// `labels.json`.
    public var labels: Labels
    /// The consultant's paperwork (`schedule.md`, `programme.md`, `report.md`, `act.md`), where
    /// present.
    public var documents: [PaperworkKind: Template] = [:]
}

/// The templates of every language, from a folder or built into the binary.
public struct TemplateSet: Hashable, Sendable {
    /// The file names inside `templates/<lang>/`.
    public enum FileName {
        public static let strategy = "strategy.md"
        public static let labels = "labels.json"
        /// The template of a paperwork document: `schedule.md`, `programme.md` ….
        public static func document(_ kind: PaperworkKind) -> String { "\(kind.rawValue).md" }
    }

    /// Templates by language.
    public var languages: [Language: LanguageTemplates]
    /// Where they came from, for messages: `templates` or `(built-in)`.
    public var origin: String

    /// The templates of `language`, or the render error that names the missing folder.
    public func templates(for language: Language) throws(RenderError) -> LanguageTemplates {
        guard let set = languages[language] else {
            throw RenderError(diagnostic: .error(
                "template.missing-language", "there are no templates for '\(language)'",
                at: .file("\(origin)/\(language)")))
        }
        return set
    }

    /// The built-in copy (the shipped `templates/` folder, compiled in).
    public static func builtIn() -> (TemplateSet, [Diagnostic]) {
        read(origin: "(built-in)", files: BuiltInTemplates.files)
    }

    /// Reads `folder/<lang>/strategy.md` and `folder/<lang>/labels.json` for every language
    /// folder present.
    public static func load(from folder: URL) -> (TemplateSet, [Diagnostic]) {
        var files: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let origin = folder.lastPathComponent
        let manager = FileManager.default
        let codes = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        for code in codes.sorted() where Language.isValidCode(code) {
            for name in [FileName.strategy, FileName.labels] + PaperworkKind.allCases.map(FileName.document) {
                let relative = "\(code)/\(name)"
                let url = folder.appendingPathComponent(relative)
                guard manager.fileExists(atPath: url.path) else { continue }
                // Decoded as it is: `String(data:encoding:)` drops a leading byte order mark on
                // Linux, and labels.json then lost two where a workspace JSON file loses one.
                guard let data = try? Data(contentsOf: url),
                      var text = String(validating: data, as: UTF8.self)
                else {
                    diagnostics.append(.error(
                        "template.unreadable", "\(origin)/\(relative) is not readable UTF-8 text",
                        at: .file("\(origin)/\(relative)")))
                    continue
                }
                // One byte order mark belongs to the file, not its text: dropped here from the
                // Markdown templates, and by the JSON reader from labels.json, as from every
                // JSON file of the workspace.
                if name != FileName.labels, text.unicodeScalars.first == "\u{FEFF}" {
                    text.unicodeScalars.removeFirst()
                }
                files[relative] = text
            }
        }
        let (set, more) = read(origin: origin, files: files)
        return (set, diagnostics + more)
    }

    static func read(origin: String, files: [String: String]) -> (TemplateSet, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var languages: [Language: LanguageTemplates] = [:]
        let codes = Set(files.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
        for code in codes.sorted() {
            let templatePath = "\(origin)/\(code)/\(FileName.strategy)"
            let labelsPath = "\(origin)/\(code)/\(FileName.labels)"
            guard let text = files["\(code)/\(FileName.strategy)"] else {
                diagnostics.append(.error(
                    "template.missing", "\(templatePath) is missing", at: .file(templatePath)))
                continue
            }
            let (template, templateDiagnostics) = Template.parse(text, path: templatePath)
            diagnostics += templateDiagnostics
            var labels: [String: String] = [:]
            if let labelText = files["\(code)/\(FileName.labels)"] {
                labels = readLabels(labelText, path: labelsPath, diagnostics: &diagnostics)
            } else {
                diagnostics.append(.error(
                    "template.missing", "\(labelsPath) is missing", at: .file(labelsPath)))
            }
            var documents: [PaperworkKind: Template] = [:]
            for kind in PaperworkKind.allCases {
                guard let text = files["\(code)/\(FileName.document(kind))"] else { continue }
                let (document, documentDiagnostics) = Template.parse(text, path: "\(origin)/\(code)/\(FileName.document(kind))")
                diagnostics += documentDiagnostics
                documents[kind] = document
            }
            let language = Language(code)
            languages[language] = LanguageTemplates(
                language: language, strategy: template, labels: Labels(labels, path: labelsPath),
                documents: documents)
        }
        return (TemplateSet(languages: languages, origin: origin), diagnostics)
    }

    private static func readLabels(
        _ text: String, path: String, diagnostics: inout [Diagnostic]
    ) -> [String: String] {
        let (root, parseDiagnostics) = JSONReader.parse(text, file: path)
        diagnostics += parseDiagnostics
        guard let root else { return [:] }
        guard case .object(let members) = root.value else {
            diagnostics.append(.error(
                "format.type", "\(path) must be an object of labels", at: root.location))
            return [:]
        }
        var labels: [String: String] = [:]
        for member in members {
            guard case .string(let value) = member.value.value else {
                diagnostics.append(.error(
                    "format.type", "label '\(member.key)' must be a string, found \(member.value.describedKind)",
                    at: member.value.location))
                continue
            }
            labels[member.key] = value
        }
        return labels
    }
}
