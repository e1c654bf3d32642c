import Foundation

/// One measurable target of the Portal's plan, with the clause it comes from and its own rule.
public struct PortalTarget: Hashable, Sendable {
    /// How a target is measured; each kind has its own status rule (see ``PortalEvaluator``).
    public enum Kind: Hashable, Sendable {
        /// At least `minimum` a month, every month of the plan; counting values, or the distinct
        /// audiences named, when `countsAudiences`.
        case monthly(minimum: Int, countsAudiences: Bool)
        /// A running total of at least `value` by `due`; a stage `after` another adds its value
        /// to that stage's threshold.
        case cumulative(value: Decimal, due: PlanDate, after: Located<PortalTargetID>?)
        /// At least `count` events by `due`, counting only events with at least
        /// `minimumParticipants` participants.
        case qualifying(count: Int, due: PlanDate, minimumParticipants: Int)
        /// The latest reported share, in percent, at least `percent` by `due`.
        case share(percent: Decimal, due: PlanDate)
        /// At least one output in every window of `everyMonths` months, the first starting
        /// in `from`; the last window ends with the plan.
        case periodic(everyMonths: Int, from: PortalMonth)
        /// One output by `due`.
        case deadline(due: CalendarDate)
        /// An output (this target's metric, same `ref`) for every event of `event`, by the end
        /// of the event's month.
        case perEvent(event: Located<PortalMetricID>)
    }

    /// The spellings of the kinds in `portal-targets.json`.
    public enum KindName: String, CaseIterable, Sendable {
        case monthly, cumulative, qualifying, share, periodic, deadline
        case perEvent = "per-event"
    }

    /// `pt.lsg-bodies-1`.
    public var id: Located<PortalTargetID>
    /// The seed clause: `003 §III, табл. 1, п. 2`.
    public var clause: String
    /// The metric it measures.
    public var metric: Located<PortalMetricID>
    /// Its rule.
    public var kind: Kind
    /// The target in the seed's words (and their translation).
    public var title: LocalizedText
    /// How the seed was read where it is ambiguous.
    public var note: LocalizedText?

    /// Creates a target.
    public init(
        id: Located<PortalTargetID>, clause: String, metric: Located<PortalMetricID>, kind: Kind,
        title: LocalizedText, note: LocalizedText? = nil
    ) {
        self.id = id
        self.clause = clause
        self.metric = metric
        self.kind = kind
        self.title = title
        self.note = note
    }

    /// The spelling of its kind.
    public var kindName: KindName {
        switch kind {
        case .monthly: .monthly
        case .cumulative: .cumulative
        case .qualifying: .qualifying
        case .share: .share
        case .periodic: .periodic
        case .deadline: .deadline
        case .perEvent: .perEvent
        }
    }

    /// The date by which it must be met, for kinds that have one.
    public var due: CalendarDate? {
        switch kind {
        case .cumulative(_, let due, _), .qualifying(_, let due, _), .share(_, let due): due.lastDay
        case .deadline(let due): due
        case .monthly, .periodic, .perEvent: nil
        }
    }
}

public typealias PortalTargetID = Identifier<PortalTarget>
