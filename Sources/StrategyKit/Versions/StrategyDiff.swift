import Foundation

/// What changed between two states of the strategy (a version and a later version, or the
/// workspace): entities added, removed or changed, with the fields that changed, and the prose
/// paragraphs added, removed or changed in each language.
///
/// Language-neutral: each localized field is compared per language, and a renderer shows the
/// changes in its own language. Deterministic: entity kinds in ``EntityKind`` order; within a
/// kind added (in the new order), removed (in the old order), then changed (in the new order);
/// prose by language, then section id.
public struct StrategyDiff: Hashable, Sendable {
    /// Entity changes.
    public var entities: [EntityChange]
    /// Prose changes, one per language and section that changed.
    public var prose: [ProseChange]
    /// The languages compared: the new side's, then any only the old side has.
    public var languages: [Language]
    /// The pictures of the prose added, removed or changed (any byte), by path.
    public var images: [ImageChange]

    /// Creates a diff from its parts.
    public init(
        entities: [EntityChange], prose: [ProseChange], languages: [Language], images: [ImageChange] = []
    ) {
        self.entities = entities
        self.prose = prose
        self.languages = languages
        self.images = images
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { entities.isEmpty && prose.isEmpty && images.isEmpty }

    /// The entity changes of one kind, in the diff's order.
    public func entities(of kind: EntityKind) -> [EntityChange] {
        entities.filter { $0.kind == kind }
    }

    /// The prose changes in one language.
    public func prose(in language: Language) -> [ProseChange] {
        prose.filter { $0.language == language }
    }
}

/// The kinds of entity the diff compares, in the order a reader meets them in the document.
public enum EntityKind: String, CaseIterable, Hashable, Sendable {
    case strategy
    case member
    case workArea = "work-area"
    case goal
    case objective
    case audience
    case channel
    case theme
    case action
    case costLine = "cost-line"
    case fundingSource = "funding-source"
    case exchangeRate = "exchange-rate"
    case indicator
    case portalMetric = "portal-metric"
    case risk
    case contract
    case contractTask = "contract-task"
    case deliverable
    case tranche
}

/// A picture of the prose added, removed or changed: a changed file is a change even when the
/// Markdown that shows it is the same.
public struct ImageChange: Hashable, Sendable {
    /// The picture's workspace-relative path (`prose/en/images/map.png`).
    public var path: String
    /// What happened to it.
    public var change: EntityChange.Change

    /// The changes between two sets of pictures, by path.
    static func changes(from old: [String: DocumentImage], to new: [String: DocumentImage]) -> [ImageChange] {
        Set(old.keys).union(new.keys).sorted().compactMap { path in
            switch (old[path], new[path]) {
            case (nil, _?): ImageChange(path: path, change: .added)
            case (_?, nil): ImageChange(path: path, change: .removed)
            case let (before?, after?) where before.data != after.data: ImageChange(path: path, change: .changed)
            default: nil
            }
        }
    }
}

/// One entity added, removed or changed.
public struct EntityChange: Hashable, Sendable {
    /// What happened to it.
    public enum Change: String, CaseIterable, Hashable, Sendable {
        case added, removed, changed
    }

    /// The kind of entity.
    public var kind: EntityKind
    /// Its id (`A-07`; `USD 2023-10-11` for an exchange rate; the kind's name for the strategy
    /// and the contract, which have no id).
    public var id: String
    /// What happened.
    public var change: Change
    /// Its name or title: the new one, or the old one when it was removed.
    public var name: LocalizedText?
    /// For a changed entity, the fields that changed, in the entity's field order.
    public var fields: [FieldChange]

    /// Creates an entity change.
    public init(kind: EntityKind, id: String, change: Change, name: LocalizedText?, fields: [FieldChange] = []) {
        self.kind = kind
        self.id = id
        self.change = change
        self.name = name
        self.fields = fields
    }
}

/// One field of a changed entity, with its old and new value; a localized field changes in one
/// language at a time.
public struct FieldChange: Hashable, Sendable {
    /// The field's name (`title`, `quantity`, `audiences`); labels call it `changes.field.<name>`.
    public var field: String
    /// The language of a localized field's text; nil for a language-neutral field.
    public var language: Language?
    /// The value before.
    public var old: DiffValue
    /// The value after.
    public var new: DiffValue

    /// Creates a field change.
    public init(field: String, language: Language?, old: DiffValue, new: DiffValue) {
        self.field = field
        self.language = language
        self.old = old
        self.new = new
    }
}

/// A field's value as the diff keeps it: typed, so each language formats it its own way.
public indirect enum DiffValue: Hashable, Sendable {
    /// No value (an optional field left out, an empty text).
    case none
    /// Text shown as is: an id, a code, text in one language.
    case text(String)
    /// A number, formatted with the language's separators.
    case number(Decimal)
    /// A date, month or quarter.
    case date(PlanDate)
    /// A word from the closed vocabularies, as a label key (`level.high`).
    case label(String)
    /// A list of values.
    case list([DiffValue])
    /// An indicator's target or baseline: a value at a date.
    case target(PlanDate, Decimal)
}

/// The paragraphs of one prose section, in one language, that changed.
public struct ProseChange: Hashable, Sendable {
    /// The language.
    public var language: Language
    /// The section id (`situation`).
    public var section: String
    /// The paragraphs, in text order.
    public var paragraphs: [ParagraphChange]

    /// Creates a prose change.
    public init(language: Language, section: String, paragraphs: [ParagraphChange]) {
        self.language = language
        self.section = section
        self.paragraphs = paragraphs
    }
}

/// A paragraph added, removed or changed.
public struct ParagraphChange: Hashable, Sendable {
    /// What happened to it.
    public var change: EntityChange.Change
    /// Its 1-based number in the old text (nil when added).
    public var oldNumber: Int?
    /// Its 1-based number in the new text (nil when removed).
    public var newNumber: Int?
    /// The old text (nil when added).
    public var old: String?
    /// The new text (nil when removed).
    public var new: String?

    /// Creates a paragraph change.
    public init(change: EntityChange.Change, oldNumber: Int?, newNumber: Int?, old: String?, new: String?) {
        self.change = change
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.old = old
        self.new = new
    }
}
