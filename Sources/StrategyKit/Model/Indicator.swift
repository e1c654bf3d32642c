import Foundation

/// An indicator with its baseline, dated targets, source and means of verification.
public struct Indicator: Hashable, Sendable {
    /// Where an indicator's values come from.
    public enum Source: Hashable, Sendable {
        /// Entered by hand.
        case manual
        /// A Portal metric (seed 003), evaluated from the Portal's exports.
        case portal(Located<PortalMetricID>)
    }

    /// A value at a date.
    public struct Point: Hashable, Sendable {
        /// The value.
        public var value: Located<Decimal>
        /// When.
        public var date: Located<PlanDate>
    }

    /// `ind.biannual-reports`.
    public var id: Located<IndicatorID>
    /// What is measured.
    public var name: LocalizedText
    /// A short form for dense tables (the action matrix), when the name is long.
    public var shortName: LocalizedText?
    /// The unit of the values.
    public var unit: LocalizedText
    /// Where it starts.
    public var baseline: Point?
    /// Where it should be, in date order.
    public var targets: [Point]
    /// Where values come from.
    public var source: Source
    /// How values are verified.
    public var verification: LocalizedText
    /// The sources (`sources.json`) its values or targets come from.
    public var sources: [Located<ReferenceID>] = []
}

public typealias IndicatorID = Identifier<Indicator>

/// A measurable item of the Portal's plan (seed 003, table 1).
public struct PortalMetric: Hashable, Sendable {
    /// `portal.lsg-bodies-registered`.
    public var id: Located<PortalMetricID>
    /// What is counted.
    public var name: LocalizedText
    /// Its unit.
    public var unit: LocalizedText
    /// The seed clause it comes from.
    public var clause: String
}

public typealias PortalMetricID = Identifier<PortalMetric>
