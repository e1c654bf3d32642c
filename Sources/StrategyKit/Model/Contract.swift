import Foundation

/// The consultancy contract of seed 000: tasks, deliverables, tranches.
public struct Contract: Hashable, Sendable {
    /// The services.
    public var title: LocalizedText
    /// The member that contracts (ИПР on behalf of the Coalition).
    public var client: Located<MemberID>
    /// 11 Oct – 22 Dec 2023.
    public var period: PlanPeriod
    /// The contract total.
    public var total: Located<Money>
    /// Days of service in all (26).
    public var days: Located<Decimal>
    /// The tranche that takes the remainder; the others are rounded half-up to minor units.
    public var remainderTranche: Located<TrancheID>
    /// Who approves the final acts (Chair of the Board of ИПР).
    public var approver: LocalizedText
    /// The operational contact's name.
    public var contactName: LocalizedText
    /// The operational contact's role.
    public var contactRole: LocalizedText
    /// The ToR's tasks, in order.
    public var tasks: [ContractTask]
    /// The expected products.
    public var deliverables: [Deliverable]
    /// The payment tranches.
    public var tranches: [Tranche]
}

/// One of the ToR's tasks ("вид услуг").
public struct ContractTask: Hashable, Sendable {
    /// `T1`.
    public var id: Located<ContractTaskID>
    /// Its number in the ToR.
    public var number: Int
    /// The service.
    public var title: LocalizedText
    /// Days of service.
    public var days: Located<Decimal>
    /// When.
    public var period: PlanPeriod
    /// The ToR's wording of the period ("Октябрь", "До 20 ноября").
    public var periodLabel: LocalizedText
    /// Tasks that must be finished before this one starts (the ToR's sequence).
    public var after: [Located<ContractTaskID>]
}

public typealias ContractTaskID = Identifier<ContractTask>

/// An expected product of the consultancy.
public struct Deliverable: Hashable, Sendable {
    /// `D1`.
    public var id: Located<DeliverableID>
    /// Its number in the ToR.
    public var number: Int
    /// The product.
    public var title: LocalizedText
    /// When it is due.
    public var due: Located<CalendarDate>
    /// The tranche it belongs to.
    public var tranche: Located<TrancheID>
    /// The tasks that produce it.
    public var tasks: [Located<ContractTaskID>]
}

public typealias DeliverableID = Identifier<Deliverable>

/// A payment tranche: a share of the total, paid once its deliverables are accepted.
public struct Tranche: Hashable, Sendable {
    /// `T1`.
    public var id: Located<TrancheID>
    /// Initial, final.
    public var name: LocalizedText
    /// Percent of the total, exact.
    public var share: Located<Decimal>
}

public typealias TrancheID = Identifier<Tranche>
