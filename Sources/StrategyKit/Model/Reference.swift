/// A source the strategy cites (`sources.json`): a document, a law, a data set.
public struct Reference: Hashable, Sendable {
    /// `ref.tor-strategy`.
    public var id: Located<ReferenceID>
    /// The full citation in each language.
    public var title: LocalizedText
}

public typealias ReferenceID = Identifier<Reference>
