import Foundation

extension JSONObjectReader {
    /// A string or `null`.
    mutating func fillableString(_ key: String) -> Fillable<String> {
        let node = value(key, required: false)
        guard let node, fillableValue(node) else { return Fillable(nil, at: node?.location ?? location) }
        return Fillable(Self.string(node, key: key, subject: subject, sink: sink)?.value, at: node.location)
    }

    /// Localized text or `null`.
    mutating func fillableText(_ key: String) -> Fillable<LocalizedText> {
        let node = value(key, required: false)
        guard let node, fillableValue(node) else { return Fillable(nil, at: node?.location ?? location) }
        return Fillable(Self.localized(node, key: key, subject: subject, sink: sink), at: node.location)
    }

    /// A calendar date or `null`.
    mutating func fillableDate(_ key: String) -> Fillable<CalendarDate> {
        let node = value(key, required: false)
        guard let node, fillableValue(node) else { return Fillable(nil, at: node?.location ?? location) }
        let text = Self.string(node, key: key, subject: subject, sink: sink)
        return Fillable(text.flatMap { ValueGrammar.date($0.value, at: $0.location, sink: sink)?.value }, at: node.location)
    }

    /// A word of a closed vocabulary or `null`.
    mutating func fillableChoice<T: RawRepresentable & CaseIterable & Hashable & Sendable>(
        _ key: String
    ) -> Fillable<T> where T.RawValue == String {
        let node = value(key, required: false)
        guard let node, fillableValue(node) else { return Fillable(nil, at: node?.location ?? location) }
        let text = Self.string(node, key: key, subject: subject, sink: sink)
        return Fillable(text.flatMap { ValueGrammar.choice($0.value, at: $0.location, sink: sink) }, at: node.location)
    }

    private func fillableValue(_ node: JSONNode) -> Bool {
        if case .null = node.value { return false }
        return true
    }
}
