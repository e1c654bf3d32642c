/// A target audience: who they are, the change sought and the key messages.
public struct Audience: Hashable, Sendable {
    /// How central an audience is.
    public enum Priority: String, CaseIterable, Hashable, Sendable {
        case primary, secondary
    }

    /// `aud.decision-makers`.
    public var id: Located<AudienceID>
    /// Primary or secondary.
    public var priority: Priority
    /// Who they are.
    public var name: LocalizedText
    /// A short form for dense tables (the action matrix), when the name is long.
    public var shortName: LocalizedText?
    /// A description.
    public var description: LocalizedText
    /// What the Coalition wants them to know, think or do.
    public var changeSought: LocalizedText
    /// The messages addressed to them.
    public var keyMessages: [LocalizedText]
}

public typealias AudienceID = Identifier<Audience>

/// A channel or tool of communication and advocacy.
public struct Channel: Hashable, Sendable {
    /// The kind of channel.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case institutional, publication, legislative, event, network, media, capacity, digital
    }

    /// `ch.biannual-reports`.
    public var id: Located<ChannelID>
    /// Its kind.
    public var kind: Kind
    /// Its name.
    public var name: LocalizedText
    /// A short form for dense tables (the action matrix), when the name is long.
    public var shortName: LocalizedText?
    /// How it is used.
    public var description: LocalizedText
    /// How often, when it is periodic.
    public var frequency: LocalizedText?
}

public typealias ChannelID = Identifier<Channel>

/// An advocacy theme: the problem, the Coalition's position and ask, targets and allies.
public struct AdvocacyTheme: Hashable, Sendable {
    /// `th.climate`.
    public var id: Located<ThemeID>
    /// Its name.
    public var title: LocalizedText
    /// A short form for dense tables (the action matrix).
    public var shortName: LocalizedText?
    /// The problem.
    public var problem: LocalizedText
    /// The Coalition's position.
    public var position: LocalizedText
    /// The concrete ask of decision makers.
    public var ask: LocalizedText
    /// The audiences the ask is addressed to.
    public var targets: [Located<AudienceID>]
    /// Allies.
    public var allies: [LocalizedText]
}

public typealias ThemeID = Identifier<AdvocacyTheme>

/// A risk to the strategy, with its mitigation.
public struct Risk: Hashable, Sendable {
    /// Likelihood or impact.
    public enum Level: String, CaseIterable, Hashable, Sendable {
        case low, medium, high
    }

    /// `R-01`.
    public var id: Located<RiskID>
    /// The risk.
    public var title: LocalizedText
    /// How likely.
    public var likelihood: Level
    /// How bad.
    public var impact: Level
    /// What is done about it.
    public var mitigation: LocalizedText
    /// Who watches it.
    public var owner: Located<MemberID>
}

public typealias RiskID = Identifier<Risk>
