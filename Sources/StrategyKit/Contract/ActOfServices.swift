import Foundation

/// One act of services rendered: one per tranche, issued once every product of the tranche is
/// accepted (seed 000: the initial act in October with the schedule and the programme, the
/// final one in December), numbered by its tranche and dated by the journal. A draft may be
/// made for a tranche still waiting; it says so and claims no acceptance.
public struct ActOfServices: Hashable, Sendable {
    /// № 1, № 2: the tranche's position in the contract.
    public var number: Int
    /// The tranche it pays.
    public var tranche: Tranche
    /// The day it carries: the last acceptance of the tranche's products or work logged on its
    /// tasks, whichever is later; for a draft, the day asked for.
    public var date: CalendarDate
    /// Whether the tranche's products are not all accepted yet.
    public var isDraft: Bool
    /// The ToR tasks it covers (``ContractTask/tranche``; the last tranche takes the rest).
    public var tasks: [ContractTask]
    /// The tranche's products.
    public var products: [Deliverable]

    /// The file name without extension: `act-1`, `act-2-draft`.
    public var name: String { isDraft ? "act-\(number)-draft" : "act-\(number)" }

    /// The tasks whose act is the tranche's.
    public static func tasks(of tranche: TrancheID, in contract: Contract) -> [ContractTask] {
        let last = contract.tranches.last?.id.value
        return contract.tasks.filter { ($0.tranche?.value ?? last) == tranche }
    }

    /// The acts due on `asOf` (the journal's acts after it have not happened), and with
    /// `drafts` a draft for every other tranche, dated `draftDate` or by its products' last due
    /// date. In tranche order.
    public static func plan(
        _ contract: Contract, acts: [ContractAct], asOf: CalendarDate, drafts: Bool, draftDate: CalendarDate? = nil
    ) -> [ActOfServices] {
        let known = acts.filter { $0.date <= asOf }
        let status = ContractStatus(contract: contract, acts: known, asOf: asOf)
        return status.tranches.compactMap { line -> ActOfServices? in
            let id = line.tranche.id.value
            let tasks = Self.tasks(of: id, in: contract)
            let products = line.products.map(\.deliverable)
            if line.blockers.isEmpty, !products.isEmpty {
                let ids = Set(products.map(\.id.value.rawValue)).union(tasks.map(\.id.value.rawValue))
                let dates = known.filter { act in
                    (act.kind == .accept || act.kind == .worklog) && ids.contains(act.subject)
                }.map(\.date)
                guard let date = dates.max() else { return nil }
                return ActOfServices(
                    number: line.number, tranche: line.tranche, date: date, isDraft: false, tasks: tasks,
                    products: products)
            }
            guard drafts else { return nil }
            let date = draftDate ?? products.map(\.due.value).max() ?? contract.period.lastDay
            return ActOfServices(
                number: line.number, tranche: line.tranche, date: date, isDraft: true, tasks: tasks, products: products)
        }
    }
}
