import Foundation

/// A row of the action matrix.
public struct Action: Hashable, Sendable {
    /// `A-07`.
    public var id: Located<ActionID>
    /// The objective it serves.
    public var objective: Located<ObjectiveID>
    /// The action.
    public var title: LocalizedText
    /// Detail, possibly empty in every language.
    public var description: LocalizedText
    /// Advocacy themes it advances.
    public var themes: [Located<ThemeID>]
    /// Audiences it reaches.
    public var audiences: [Located<AudienceID>]
    /// Channels it uses.
    public var channels: [Located<ChannelID>]
    /// The member that leads.
    public var lead: Located<MemberID>
    /// Partner members.
    public var partners: [Located<MemberID>]
    /// When.
    public var period: PlanPeriod
    /// How it is measured.
    public var indicators: [Located<IndicatorID>]
}

public typealias ActionID = Identifier<Action>

/// A cost line of the estimate.
public struct CostLine: Hashable, Sendable {
    /// `C-001`.
    public var id: Located<CostLineID>
    /// The action it pays for.
    public var action: Located<ActionID>
    /// What is bought.
    public var item: LocalizedText
    /// Its unit.
    public var unit: LocalizedText
    /// How many units.
    public var quantity: Located<Decimal>
    /// The price of one unit.
    public var unitCost: Located<Decimal>
    /// The currency of `unitCost`.
    public var currency: Located<CurrencyCode>
    /// The year the money is spent.
    public var year: Located<Int>
    /// The member that spends it.
    public var member: Located<MemberID>
    /// Where the money comes from.
    public var source: Located<FundingSourceID>

    /// `quantity × unitCost`, exact, in the line's own currency.
    public var amount: Money { Money(quantity.value * unitCost.value, currency.value) }
}

public typealias CostLineID = Identifier<CostLine>
