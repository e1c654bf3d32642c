import Foundation

/// The budget sums a document shows, added up once per render from the ledger: they do not
/// depend on the language, so every language's document shares them.
public struct DocumentCosts: Sendable {
    /// The converted, apportioned cost lines.
    public let ledger: BudgetLedger
    /// Per action.
    let byAction: [ActionID: Decimal]
    /// Per member, then per action it pays for.
    let byMemberAndAction: [MemberID: [ActionID: Decimal]]
    /// Per member, then per year.
    let byMemberAndYear: [MemberID: [Int: Decimal]]
    /// Per year, then per member.
    let byYearAndMember: [Int: [MemberID: Decimal]]

    /// Converts the cost lines of `strategy` and sums them.
    public init(_ strategy: Strategy) {
        let ledger = BudgetLedger(strategy)
        self.ledger = ledger
        var byAction: [ActionID: Decimal] = [:]
        var byMemberAndAction: [MemberID: [ActionID: Decimal]] = [:]
        var byMemberAndYear: [MemberID: [Int: Decimal]] = [:]
        var byYearAndMember: [Int: [MemberID: Decimal]] = [:]
        for entry in ledger.entries {
            let line = ledger.lines[entry.index]
            byAction[line.action.value, default: 0] += entry.amount
            byMemberAndAction[line.member.value, default: [:]][line.action.value, default: 0] += entry.amount
            byMemberAndYear[line.member.value, default: [:]][line.year.value, default: 0] += entry.amount
            byYearAndMember[line.year.value, default: [:]][line.member.value, default: 0] += entry.amount
        }
        self.byAction = byAction
        self.byMemberAndAction = byMemberAndAction
        self.byMemberAndYear = byMemberAndYear
        self.byYearAndMember = byYearAndMember
    }
}
