import Foundation

extension Contract {
    /// Each tranche's amount: its share of the total rounded half-up to minor units, except the
    /// remainder tranche, which takes what is left so the tranches sum exactly to the total.
    public var trancheAmounts: [TrancheID: Money] {
        let currency = total.value.currency
        var amounts: [TrancheID: Money] = [:]
        var allocated = Decimal(0)
        for tranche in tranches where tranche.id.value != remainderTranche.value {
            let exact = total.value.amount * tranche.share.value / 100
            let amount = Money(exact, currency).rounded(.halfUp)
            amounts[tranche.id.value] = amount
            allocated += amount.amount
        }
        if tranches.contains(where: { $0.id.value == remainderTranche.value }) {
            amounts[remainderTranche.value] = Money(total.value.amount - allocated, currency)
        }
        return amounts
    }

    /// The sum of the tasks' days.
    public var taskDays: Decimal { tasks.reduce(0) { $0 + $1.days.value } }
}
