/// A decision-making unit or ally the Coalition deals with (`stakeholders.json`): where it
/// stands, how much it can decide, how much the issues matter to it, and how the Coalition
/// works with it.
public struct Stakeholder: Hashable, Sendable {
    /// Where a stakeholder stands on the Coalition's asks.
    public enum Position: String, CaseIterable, Hashable, Sendable {
        case supportive, neutral, sceptical
    }

    /// A three-step scale of influence or interest.
    public enum Level: String, CaseIterable, Hashable, Sendable {
        case low, medium, high
    }

    /// `sh.ministry-finance`.
    public var id: Located<StakeholderID>
    /// Its name.
    public var name: LocalizedText
    /// Where it stands.
    public var position: Stakeholder.Position
    /// How much it decides on the Coalition's asks.
    public var influence: Stakeholder.Level
    /// How much the issues matter to it.
    public var interest: Stakeholder.Level
    /// How the Coalition works with it.
    public var relationship: LocalizedText
    /// The themes on which it decides or helps.
    public var themes: [Located<ThemeID>]
    /// The audiences it belongs to.
    public var audiences: [Located<AudienceID>]
}

public typealias StakeholderID = Identifier<Stakeholder>
