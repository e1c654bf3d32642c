import Foundation

/// Where the consultancy stands on a day: each product's state, what each tranche waits for,
/// the days worked per task, and what is overdue. Derived from the journal's acts dated on or
/// before that day (later acts have not happened yet). Pure.
public struct ContractStatus: Sendable {
    /// One product.
    public struct ProductLine: Sendable {
        /// The deliverable.
        public var deliverable: Deliverable
        /// What happened to it by the day.
        public var product: ContractLedger.Product
        /// Whether its due date has passed while it is neither submitted nor accepted.
        public var isOverdue: Bool
    }

    /// One tranche.
    public struct TrancheLine: Sendable {
        /// The tranche.
        public var tranche: Tranche
        /// Its position in the contract, from 1.
        public var number: Int
        /// Its amount per the contract.
        public var amount: Money
        /// Whether it takes the remainder of the total.
        public var isRemainder: Bool
        /// The payment, once made.
        public var payment: ContractAct?
        /// Its products not accepted yet (empty: payable or paid).
        public var blockers: [ProductLine]
        /// Its products.
        public var products: [ProductLine]

        /// Accepted products, not paid yet.
        public var isPayable: Bool { payment == nil && blockers.isEmpty }
    }

    /// One task.
    public struct TaskLine: Sendable {
        /// The task.
        public var task: ContractTask
        /// Days logged.
        public var worked: Decimal
        /// The worklog entries.
        public var entries: [ContractAct]
        /// Whether its period has ended with fewer days logged than the contract gives it.
        public var isBehind: Bool
    }

    /// The contract.
    public var contract: Contract
    /// The day the status is taken on.
    public var asOf: CalendarDate
    /// The products, in the contract's order.
    public var products: [ProductLine]
    /// The tranches, in the contract's order.
    public var tranches: [TrancheLine]
    /// The tasks, in the contract's order.
    public var tasks: [TaskLine]

    /// Days logged on every task.
    public var daysWorked: Decimal { tasks.reduce(0) { $0 + $1.worked } }
    /// The products overdue.
    public var overdueProducts: [ProductLine] { products.filter(\.isOverdue) }
    /// The tasks behind.
    public var tasksBehind: [TaskLine] { tasks.filter(\.isBehind) }

    /// The status on `asOf` from the journal's acts.
    public init(contract: Contract, acts: [ContractAct], asOf: CalendarDate) {
        let (ledger, _) = ContractLedger.replay(contract, acts: acts.filter { $0.date <= asOf })
        self.init(ledger: ledger, asOf: asOf)
    }

    /// The status of a ledger on `asOf`.
    public init(ledger: ContractLedger, asOf: CalendarDate) {
        let contract = ledger.contract
        self.contract = contract
        self.asOf = asOf
        let products = contract.deliverables.map { deliverable in
            let product = ledger.product(deliverable.id.value)
            let waiting = product.state == .planned || product.state == .returned
            return ProductLine(
                deliverable: deliverable, product: product, isOverdue: waiting && deliverable.due.value < asOf)
        }
        self.products = products
        let amounts = contract.trancheAmounts
        tranches = contract.tranches.enumerated().map { index, tranche in
            let id = tranche.id.value
            let own = products.filter { $0.deliverable.tranche.value == id }
            return TrancheLine(
                tranche: tranche, number: index + 1,
                amount: amounts[id] ?? Money(0, contract.total.value.currency),
                isRemainder: id == contract.remainderTranche.value, payment: ledger.payments[id],
                blockers: own.filter { $0.product.state != .accepted }, products: own)
        }
        tasks = contract.tasks.map { task in
            let worked = ledger.daysWorked(task.id.value)
            return TaskLine(
                task: task, worked: worked, entries: ledger.work[task.id.value] ?? [],
                isBehind: task.period.lastDay < asOf && worked < task.days.value)
        }
    }
}
