import Foundation

/// Reads one JSON object into model values, reporting every missing, mistyped or unknown key.
///
/// Call the typed accessors for each key the format defines, then ``finish()``: any key that
/// was never asked for is reported as unknown, with a suggestion when it is a near miss.
struct JSONObjectReader {
    let node: JSONNode
    /// Names the object in messages: "member 'ipr'", "strategy.json".
    let subject: String
    let sink: DiagnosticSink
    private let members: [JSONMember]
    private var asked: [String] = []

    /// Nil, with a diagnostic, when `node` is not an object.
    init?(_ node: JSONNode, subject: String, sink: DiagnosticSink) {
        guard case .object(let members) = node.value else {
            sink.report(.error(
                "format.type", "\(subject) must be an object, found \(node.describedKind)",
                at: node.location))
            return nil
        }
        self.node = node
        self.subject = subject
        self.sink = sink
        self.members = members
    }

    var location: SourceLocation { node.location }

    /// The raw node for `key`; reports a missing required key.
    mutating func value(_ key: String, required: Bool = true) -> JSONNode? {
        asked.append(key)
        guard let member = members.first(where: { $0.key == key }) else {
            if required {
                sink.report(.error(
                    "format.missing-key", "\(subject) has no '\(key)'", at: node.location))
            }
            return nil
        }
        return member.value
    }

    /// A string value.
    mutating func string(_ key: String, required: Bool = true) -> Located<String>? {
        guard let value = value(key, required: required) else { return nil }
        return Self.string(value, key: key, subject: subject, sink: sink)
    }

    static func string(
        _ node: JSONNode, key: String, subject: String, sink: DiagnosticSink
    ) -> Located<String>? {
        guard case .string(let text) = node.value else {
            sink.report(typeError(key: key, subject: subject, expected: "a string", node: node))
            return nil
        }
        return Located(text, at: node.location)
    }

    /// A number written as a JSON number or a string, parsed strictly as a decimal.
    mutating func decimal(_ key: String, required: Bool = true) -> Located<Decimal>? {
        guard let value = value(key, required: required) else { return nil }
        switch value.value {
        case .number(let raw):
            return ValueGrammar.decimal(raw, at: value.location, sink: sink)
        case .string(let text):
            return ValueGrammar.decimal(text, at: value.location, sink: sink)
        default:
            sink.report(Self.typeError(key: key, subject: subject, expected: "a number", node: value))
            return nil
        }
    }

    /// A whole number.
    mutating func integer(_ key: String, required: Bool = true) -> Located<Int>? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let raw) = value.value else {
            sink.report(Self.typeError(key: key, subject: subject, expected: "a whole number", node: value))
            return nil
        }
        return ValueGrammar.integer(raw, at: value.location, sink: sink)
    }

    /// A calendar date.
    mutating func date(_ key: String, required: Bool = true) -> Located<CalendarDate>? {
        guard let text = string(key, required: required) else { return nil }
        return ValueGrammar.date(text.value, at: text.location, sink: sink)
    }

    /// A date, month or quarter.
    mutating func planDate(_ key: String, required: Bool = true) -> Located<PlanDate>? {
        guard let text = string(key, required: required) else { return nil }
        return ValueGrammar.planDate(text.value, at: text.location, sink: sink)
    }

    /// An id.
    mutating func id<Entity>(_ key: String, required: Bool = true) -> Located<Identifier<Entity>>? {
        guard let text = string(key, required: required) else { return nil }
        return ValueGrammar.id(text.value, at: text.location, sink: sink)
    }

    /// An array of ids.
    mutating func ids<Entity>(_ key: String, required: Bool = true) -> [Located<Identifier<Entity>>] {
        array(key, required: required).compactMap { element in
            guard let text = Self.string(element, key: key, subject: subject, sink: sink)
            else { return nil }
            return ValueGrammar.id(text.value, at: text.location, sink: sink)
        }
    }

    /// A value of a closed vocabulary.
    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = true
    ) -> T? where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        return ValueGrammar.choice(text.value, at: text.location, sink: sink)
    }

    /// Localized text; a missing required key gives empty text at the object, so that the
    /// partial model stays usable.
    mutating func text(_ key: String) -> LocalizedText {
        guard let value = value(key) else { return LocalizedText([:], at: node.location) }
        return Self.localized(value, key: key, subject: subject, sink: sink)
    }

    /// Localized text that may be absent.
    mutating func optionalText(_ key: String) -> LocalizedText? {
        guard let value = value(key, required: false) else { return nil }
        return Self.localized(value, key: key, subject: subject, sink: sink)
    }

    /// An array of localized texts.
    mutating func texts(_ key: String) -> [LocalizedText] {
        array(key).map { Self.localized($0, key: key, subject: subject, sink: sink) }
    }

    static func localized(
        _ node: JSONNode, key: String, subject: String, sink: DiagnosticSink
    ) -> LocalizedText {
        guard case .object(let members) = node.value else {
            sink.report(typeError(
                key: key, subject: subject, expected: "an object of texts by language", node: node))
            return LocalizedText([:], at: node.location)
        }
        var values: [Language: String] = [:]
        for member in members {
            guard let language = ValueGrammar.language(member.key, at: member.keyLocation, sink: sink),
                  let text = string(member.value, key: "\(key).\(member.key)", subject: subject, sink: sink)
            else { continue }
            values[language] = text.value
        }
        return LocalizedText(values, at: node.location)
    }

    /// An array's elements; a missing required key or a non-array is reported.
    mutating func array(_ key: String, required: Bool = true) -> [JSONNode] {
        guard let value = value(key, required: required) else { return [] }
        guard case .array(let elements) = value.value else {
            sink.report(Self.typeError(key: key, subject: subject, expected: "an array", node: value))
            return []
        }
        return elements
    }

    /// A nested object's reader.
    mutating func object(_ key: String, required: Bool = true) -> JSONObjectReader? {
        guard let value = value(key, required: required) else { return nil }
        return JSONObjectReader(value, subject: "'\(key)' of \(subject)", sink: sink)
    }

    /// Reports every key that no accessor asked for.
    func finish() {
        let known = Set(asked)
        for member in members where !known.contains(member.key) {
            var notes: [Diagnostic.Note] = []
            if let near = Suggestion.closest(to: member.key, in: known) {
                notes.append(.init("did you mean '\(near)'?"))
            }
            sink.report(.error(
                "format.unknown-key", "\(subject) has an unknown key '\(member.key)'",
                at: member.keyLocation, notes: notes))
        }
    }

    static func typeError(
        key: String, subject: String, expected: String, node: JSONNode
    ) -> Diagnostic {
        .error(
            "format.type", "'\(key)' of \(subject) must be \(expected), found \(node.describedKind)",
            at: node.location)
    }
}

extension JSONNode {
    /// The kind with its article, for messages: "an array", "a string", "null".
    var describedKind: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
