/// The words of comment forms in every language the templates have: column headers, comment
/// types and decisions, matched without regard to case, so a form filled in any language (or
/// with a header in one language and types in another) reads the same.
public struct CommentVocabulary: Sendable {
    /// A column of the comment form.
    public enum Column: String, CaseIterable, Hashable, Sendable {
        case version, member, target, title, paragraph, type, comment, proposal

        /// The label key of its header.
        public var labelKey: String { "comments.column.\(rawValue)" }

        /// Whether a form must have it.
        public var isRequired: Bool {
            switch self {
            case .version, .member, .target, .type, .comment: true
            case .title, .paragraph, .proposal: false
            }
        }
    }

    private var columns: [String: Column] = [:]
    private var types: [String: CommentType] = [:]
    /// Every spelling of each column, for messages.
    public private(set) var columnSpellings: [Column: [String]] = [:]
    /// Every spelling of each type, for messages.
    public private(set) var typeSpellings: [CommentType: [String]] = [:]

    /// The vocabulary of every language in `templates` and the built-in templates, plus the
    /// canonical English keys (`target`, `substantive`) that scripts write.
    public init(templates: TemplateSet) {
        for column in Column.allCases { add(column: column, column.rawValue) }
        for type in CommentType.allCases { add(type: type, type.rawValue) }
        // The built-in words too: a form this binary wrote reads even with older templates.
        for set in [templates, TemplateSet.builtIn().0] {
            for language in set.languages.keys.sorted() {
                guard let labels = set.languages[language]?.labels else { continue }
                for column in Column.allCases {
                    if let text = labels.values[column.labelKey] { add(column: column, text) }
                }
                for type in CommentType.allCases {
                    if let text = labels.values["comments.type.\(type.rawValue)"] { add(type: type, text) }
                }
            }
        }
    }

    private mutating func add(column: Column, _ text: String) {
        let key = Self.normalized(text)
        guard !key.isEmpty, columns[key] == nil else { return }
        columns[key] = column
        columnSpellings[column, default: []].append(text)
    }

    private mutating func add(type: CommentType, _ text: String) {
        let key = Self.normalized(text)
        guard !key.isEmpty, types[key] == nil else { return }
        types[key] = type
        typeSpellings[type, default: []].append(text)
    }

    /// The column a header cell names, or nil.
    public func column(_ header: String) -> Column? { columns[Self.normalized(header)] }

    /// The type a cell names, or nil.
    public func type(_ text: String) -> CommentType? { types[Self.normalized(text)] }

    /// Every spelling of every column, for "did you mean".
    public var allColumnSpellings: [String] { Column.allCases.flatMap { columnSpellings[$0] ?? [] } }

    /// Every spelling of every type, for "did you mean".
    public var allTypeSpellings: [String] { CommentType.allCases.flatMap { typeSpellings[$0] ?? [] } }

    /// Lowercased, with runs of white space as one space and none at the ends; `ё` as `е`.
    static func normalized(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character == "ё" ? "е" : character)
        }
        return result
    }
}
