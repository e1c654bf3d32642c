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
    /// Whether the total is an assumption (seed 000 gives no amount): documents that show it
    /// say so.
    public var totalIsAssumption: Bool = false
    /// The contract's number (blank until signed).
    public var number: Fillable<String> = Fillable(nil, at: .file("contract.json"))
    /// The day it was signed (blank until signed).
    public var signed: Fillable<CalendarDate> = Fillable(nil, at: .file("contract.json"))
    /// Copies of each act, one per party unless the contract says otherwise.
    public var copies: Located<Int>?
    /// Who signs and gets paid.
    public var parties: ContractParties? = nil
    /// How the amounts are taxed.
    public var tax: TaxTreatment? = nil
    /// Days of service in all (26).
    public var days: Located<Decimal>
    /// The tranche that takes the remainder; the others are rounded half-up to minor units.
    public var remainderTranche: Located<TrancheID>
    /// Who approves the final acts (Chair of the Board of ИПР).
    public var approver: LocalizedText
    /// The client's address, for the act of services (seed 003 gives ИПР's).
    public var clientAddress: LocalizedText?
    /// Where the paperwork is signed ("г. Бишкек").
    public var place: LocalizedText?
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
    /// The tranche whose act lists it (the October tasks with the initial act, seed 000's task
    /// 5); the last tranche when absent.
    public var tranche: Located<TrancheID>? = nil
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
    /// A few words for status lines ("revised strategy"); the title when absent.
    public var shortTitle: LocalizedText? = nil
    /// Set when the product is the strategy itself at a stage: its submission names a version,
    /// and a revised or final one is refused while that version has open comments or missing
    /// translations.
    public var strategyStage: Located<StrategyStage>? = nil
    /// The paperwork the workbench renders for this product (`schedule`, `programme`, `report`,
    /// `act`); a document is dated by its product's submission.
    public var documents: [Located<PaperworkKind>] = []
}

/// The stage of the strategy a deliverable is.
public enum StrategyStage: String, CaseIterable, Hashable, Sendable {
    /// The first full draft (D3): the version members comment on.
    case draft
    /// The draft revised after the comments (D4).
    case revised
    /// The final versions in every language (D6).
    case final

    /// Whether submitting it needs a version with every comment decided and every text
    /// translated.
    public var needsSettledVersion: Bool { self != .draft }
}

/// A document the workbench renders from the contract's data (seed 000's expected products).
public enum PaperworkKind: String, CaseIterable, Hashable, Sendable {
    /// D1: the detailed schedule of the consultancy, with its Gantt chart.
    case schedule
    /// D2: the programme of the planning session and its list of participants.
    case programme
    /// D5: the operational report.
    case report
    /// D5: the act of services rendered.
    case act
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
