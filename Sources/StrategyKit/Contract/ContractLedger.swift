import Foundation

/// The state of the consultancy derived from the journal's acts: where each product is, which
/// tranches are paid, the days worked. Pure: ``replay(_:acts:)`` is the only way in, and
/// ``check(_:)`` is the one place an act is judged, whether it is read from the journal or
/// about to be recorded.
///
/// A product goes planned → submitted → returned or accepted; a returned product may be
/// submitted again; an accepted one is final. A tranche is payable once every product it
/// depends on is accepted, and is paid once.
public struct ContractLedger: Sendable {
    /// Where a product stands.
    public enum ProductState: String, Hashable, Sendable {
        case planned, submitted, returned, accepted
    }

    /// What happened to one product.
    public struct Product: Hashable, Sendable {
        /// Its state.
        public var state: ProductState = .planned
        /// Each submission, in order.
        public var submissions: [ContractAct] = []
        /// Each return, in order.
        public var returns: [ContractAct] = []
        /// The acceptance.
        public var acceptance: ContractAct?
        /// The date of its latest act.
        public var lastDate: CalendarDate?
    }

    /// The contract.
    public let contract: Contract
    /// Products by deliverable.
    public private(set) var products: [DeliverableID: Product] = [:]
    /// Payments by tranche.
    public private(set) var payments: [TrancheID: ContractAct] = [:]
    /// Worklog entries by task, in order.
    public private(set) var work: [ContractTaskID: [ContractAct]] = [:]
    /// Every act taken into account, in order.
    public private(set) var acts: [ContractAct] = []

    /// An empty ledger: everything planned.
    public init(contract: Contract) {
        self.contract = contract
    }

    /// Replays `acts` in order; an act that breaks the rules is reported at its line and left
    /// out, and the replay goes on.
    public static func replay(_ contract: Contract, acts: [ContractAct]) -> (ContractLedger, [Diagnostic]) {
        var ledger = ContractLedger(contract: contract)
        var diagnostics: [Diagnostic] = []
        for act in acts {
            if let refusal = ledger.check(act) {
                diagnostics.append(refusal.diagnostic(at: act))
            } else {
                ledger.apply(act)
            }
        }
        return (ledger, diagnostics)
    }

    /// The product of a deliverable.
    public func product(_ id: DeliverableID) -> Product { products[id] ?? Product() }

    /// Days logged on a task.
    public func daysWorked(_ id: ContractTaskID) -> Decimal {
        (work[id] ?? []).reduce(0) { $0 + ($1.days ?? 0) }
    }

    /// The tranche's amount per the contract (see ``Contract/trancheAmounts``).
    public func amount(of tranche: TrancheID) -> Money? { contract.trancheAmounts[tranche] }

    /// The deliverables a tranche waits for, in the contract's order.
    public func deliverables(of tranche: TrancheID) -> [Deliverable] {
        contract.deliverables.filter { $0.tranche.value == tranche }
    }

    /// The deliverables of a tranche that are not accepted yet.
    public func blockers(of tranche: TrancheID) -> [Deliverable] {
        deliverables(of: tranche).filter { product($0.id.value).state != .accepted }
    }

    // MARK: Judging an act

    /// Why `act` cannot be recorded now, or nil when it can.
    public func check(_ act: ContractAct) -> ContractRefusal? {
        let period = contract.period
        if act.kind == .pay {
            // Post-payment (seed 000): a tranche may be paid after the services end, never before
            // they begin.
            if act.date < period.firstDay { return .outsideContract(act, period: period) }
        } else if !period.contains(act.date) {
            return .outsideContract(act, period: period)
        }
        switch act.kind {
        case .submit, .returnForRevision, .accept:
            guard let deliverable = contract.deliverables.first(where: { $0.id.value.rawValue == act.subject }) else {
                return .unknown(act, known: contract.deliverables.map(\.id.value.rawValue))
            }
            return checkProduct(act, deliverable: deliverable)
        case .pay:
            guard let tranche = contract.tranches.first(where: { $0.id.value.rawValue == act.subject }) else {
                return .unknown(act, known: contract.tranches.map(\.id.value.rawValue))
            }
            return checkPayment(act, tranche: tranche)
        case .worklog:
            guard contract.tasks.contains(where: { $0.id.value.rawValue == act.subject }) else {
                return .unknown(act, known: contract.tasks.map(\.id.value.rawValue))
            }
            guard let days = act.days, days > 0 else { return .days(act, "a worklog needs a positive number of days") }
            // An entry is at most a year of days: more is a typo, and the status would carry it.
            guard days <= ContractLedger.maximumDays else {
                return .days(act, "\(days) days is more than one entry can hold (at most \(ContractLedger.maximumDays))")
            }
            guard Money.round(days, scale: 2, rule: .halfUp) == days else {
                return .days(act, "days are counted to two decimals at most, not \(days)")
            }
            // Days beyond the task's share are allowed (the fee is fixed); status shows them.
            guard !act.note.trimmingCharacters(in: .whitespaces).isEmpty else { return .noteMissing(act) }
            return nil
        }
    }

    /// The most days one worklog entry may record (a year).
    public static let maximumDays: Decimal = 366

    private func checkProduct(_ act: ContractAct, deliverable: Deliverable) -> ContractRefusal? {
        let product = product(deliverable.id.value)
        if let last = product.lastDate, act.date < last {
            return .beforePrevious(act, previous: last)
        }
        switch act.kind {
        case .submit:
            switch product.state {
            case .submitted: return .alreadySubmitted(act, on: product.submissions.last?.date)
            case .accepted: return .alreadyAccepted(act, on: product.acceptance?.date)
            case .planned, .returned: break
            }
            let stage = deliverable.strategyStage?.value
            if stage != nil, act.version == nil { return .versionMissing(act) }
            if stage == nil, act.version != nil { return .versionNotApplicable(act) }
            return nil
        case .returnForRevision, .accept:
            switch product.state {
            case .planned: return .notSubmitted(act)
            case .returned: return .returnedNotResubmitted(act, on: product.returns.last?.date)
            case .accepted: return .alreadyAccepted(act, on: product.acceptance?.date)
            case .submitted: break
            }
            if act.kind == .returnForRevision, act.note.trimmingCharacters(in: .whitespaces).isEmpty {
                return .noteMissing(act)
            }
            return nil
        case .pay, .worklog:
            return nil
        }
    }

    private func checkPayment(_ act: ContractAct, tranche: Tranche) -> ContractRefusal? {
        let id = tranche.id.value
        if let paid = payments[id] { return .alreadyPaid(act, payment: paid) }
        let blockers = blockers(of: id)
        guard blockers.isEmpty else {
            return .notPayable(act, blockers: blockers.map { ($0, product($0.id.value)) })
        }
        let latest = deliverables(of: id).compactMap { product($0.id.value).acceptance?.date }.max()
        if let latest, act.date < latest { return .beforePrevious(act, previous: latest) }
        guard let due = amount(of: id) else { return nil }
        guard let paid = act.amount else { return .amountMissing(act, due: due) }
        // No tranche is paid more than the whole contract: a larger amount is a typo, and the
        // amount still due would turn negative.
        if paid > contract.total.value.amount { return .amountAboveTotal(act, total: contract.total.value) }
        if Money.round(paid, scale: due.currency.minorUnits, rule: .halfUp) != paid {
            return .amountPrecision(act, due: due)
        }
        if paid != due.amount, act.note.trimmingCharacters(in: .whitespaces).isEmpty {
            return .amountDiffers(act, due: due)
        }
        return nil
    }

    // MARK: Applying an act

    /// Takes `act` into account; call only when ``check(_:)`` found nothing.
    public mutating func apply(_ act: ContractAct) {
        acts.append(act)
        switch act.kind {
        case .submit, .returnForRevision, .accept:
            let id = DeliverableID(act.subject)
            var product = product(id)
            switch act.kind {
            case .submit:
                product.state = .submitted
                product.submissions.append(act)
            case .returnForRevision:
                product.state = .returned
                product.returns.append(act)
            default:
                product.state = .accepted
                product.acceptance = act
            }
            product.lastDate = act.date
            products[id] = product
        case .pay:
            payments[TrancheID(act.subject)] = act
        case .worklog:
            work[ContractTaskID(act.subject), default: []].append(act)
        }
    }
}
