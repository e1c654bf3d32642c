import Foundation

/// A member organisation of the Coalition, with what makes it distinct.
public struct Member: Hashable, Sendable {
    /// `ipr`, `smsu`, `amuca`.
    public var id: Located<MemberID>
    /// The full name.
    public var name: LocalizedText
    /// The abbreviation (ИПР, Союз МСУ, АМУЦА).
    public var shortName: LocalizedText
    /// What the organisation exists to do.
    public var mandate: LocalizedText
    /// What only this member brings (the ToR requires the strategy to reflect it).
    public var specifics: LocalizedText
    /// Its role in carrying out the strategy.
    public var role: LocalizedText
}

public typealias MemberID = Identifier<Member>

/// One of the Coalition Programme's work areas (seed 000 names three).
public struct WorkArea: Hashable, Sendable {
    /// `wa.national`.
    public var id: Located<WorkAreaID>
    /// Its number in the Programme, 1-based.
    public var number: Int
    /// Its name.
    public var title: LocalizedText
    /// What it covers.
    public var description: LocalizedText
}

public typealias WorkAreaID = Identifier<WorkArea>

/// Where money for a cost line comes from.
public struct FundingSource: Hashable, Sendable {
    /// `src.sdc`.
    public var id: Located<FundingSourceID>
    /// Its name.
    public var name: LocalizedText
}

public typealias FundingSourceID = Identifier<FundingSource>

/// How many units of the strategy's currency one unit of `currency` was worth on a date.
public struct ExchangeRate: Hashable, Sendable {
    /// The foreign currency.
    public var currency: Located<CurrencyCode>
    /// Units of the strategy currency per unit of `currency`.
    public var rate: Located<Decimal>
    /// The day the rate was fixed.
    public var date: Located<CalendarDate>
    /// Who published it (the National Bank).
    public var source: LocalizedText?
}

/// The edition of the document being rendered: its version, date and status.
public struct Edition: Hashable, Sendable {
    /// `v1`.
    public var version: String
    /// The document's date: rendered documents show it, never the clock.
    public var date: CalendarDate
    /// Draft, revised draft, final.
    public var status: LocalizedText
    /// The version whose changes the document lists in its "Changes since" annex
    /// (`{{changes.annex}}`); nil: no annex.
    public var changesSince: Located<String>? = nil
    /// Which stage of the strategy the edition is (`draft`, `revised`, `final`), when given:
    /// `check` holds it, and the edition's date, to the versions and the contract.
    public var stage: Located<StrategyStage>? = nil
    /// Where the edition's `date` is written, for diagnostics about it.
    public var dateLocation: SourceLocation? = nil
}

/// The Coalition as a whole.
public struct Coalition: Hashable, Sendable {
    /// Its name.
    public var name: LocalizedText
    /// The member that coordinates (ИПР in seed 000).
    public var coordinator: Located<MemberID>
    /// Who funds the Programme (the SDC).
    public var funder: LocalizedText
}
