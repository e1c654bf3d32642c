import Foundation

/// Amounts are non-negative, foreign currencies have dated rates, the contract adds up.
enum MoneyRules {
    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        let home = strategy.currency.value
        var rated: [CurrencyCode: SourceLocation] = [:]
        for rate in strategy.exchangeRates {
            if rate.currency.value == home {
                sink.report(.warning(
                    "money.redundant-rate",
                    "an exchange rate for \(home) into itself is not needed", at: rate.currency.location))
            }
            if rate.rate.value <= 0 {
                sink.report(.error(
                    "money.negative", "the exchange rate for \(rate.currency.value) must be positive",
                    at: rate.rate.location))
            }
            rated[rate.currency.value] = rated[rate.currency.value] ?? rate.currency.location
        }
        func needsRate(_ currency: Located<CurrencyCode>, subject: String) {
            guard currency.value != home, rated[currency.value] == nil else { return }
            sink.report(.error(
                "money.missing-rate",
                "\(subject) is in \(currency.value), which has no exchange rate into \(home) in strategy.json",
                at: currency.location))
        }
        for line in strategy.costLines {
            let subject = "cost line \(line.id.value)"
            for (value, name) in [(line.quantity, "quantity"), (line.unitCost, "unit cost")]
            where value.value < 0 {
                sink.report(.error(
                    "money.negative", "\(subject) has a negative \(name)", at: value.location))
            }
            needsRate(line.currency, subject: subject)
            checkPrecision(line, strategy: strategy, rated: rated, sink: sink)
        }
        guard let contract = strategy.contract else { return }
        let total = contract.total
        if total.value.amount <= 0 {
            sink.report(.error(
                "money.negative", "the contract total must be positive", at: total.location))
        }
        needsRate(Located(total.value.currency, at: total.location), subject: "the contract total")
        checkTranches(contract, sink: sink)
    }

    /// `quantity × unit cost`, and its conversion at the line's rate, must be exact: Decimal
    /// keeps 38 significant digits and would round the rest silently, so the groupings of the
    /// budget would stop adding up.
    private static func checkPrecision(
        _ line: CostLine, strategy: Strategy, rated: [CurrencyCode: SourceLocation], sink: DiagnosticSink
    ) {
        let subject = "cost line \(line.id.value)"
        guard let product = Decimal.exactProduct(line.quantity.value, line.unitCost.value) else {
            sink.report(.error(
                "money.precision",
                "\(subject): quantity × unit cost needs more than \(Decimal.significantDigits) significant digits "
                    + "and cannot be computed exactly; check both values",
                at: line.quantity.location))
            return
        }
        let home = strategy.currency.value
        guard line.currency.value != home, rated[line.currency.value] != nil else { return }
        for rate in strategy.exchangeRates where rate.currency.value == line.currency.value
        && Decimal.exactProduct(product, rate.rate.value) == nil {
            sink.report(.error(
                "money.precision",
                "\(subject): its amount at the rate of \(rate.date.value) needs more than "
                    + "\(Decimal.significantDigits) significant digits and cannot be converted exactly",
                at: line.unitCost.location, notes: [.init("the rate", at: rate.rate.location)]))
            return
        }
    }

    private static func checkTranches(_ contract: Contract, sink: DiagnosticSink) {
        let shares = contract.tranches.reduce(Decimal(0)) { $0 + $1.share.value }
        for tranche in contract.tranches where tranche.share.value <= 0 {
            sink.report(.error(
                "contract.tranche-share", "tranche \(tranche.id.value) must have a positive share",
                at: tranche.share.location))
        }
        if !contract.tranches.isEmpty, shares != 100 {
            sink.report(.error(
                "contract.tranche-shares",
                "the tranche shares sum to \(shares) %, not 100 %",
                at: contract.tranches[0].share.location))
        }
        let withDeliverables = Set(contract.deliverables.map(\.tranche.value))
        for tranche in contract.tranches where !withDeliverables.contains(tranche.id.value) {
            sink.report(.error(
                "contract.tranche-without-deliverable",
                "tranche \(tranche.id.value) has no deliverable, so nothing can make it payable",
                at: tranche.id.location))
        }
        if contract.taskDays != contract.days.value {
            sink.report(.error(
                "contract.days-sum",
                "the tasks' days sum to \(contract.taskDays), but the contract has \(contract.days.value) days",
                at: contract.days.location))
        }
        for task in contract.tasks where task.days.value <= 0 {
            sink.report(.error(
                "contract.task-days", "task \(task.id.value) must have a positive number of days",
                at: task.days.location))
        }
    }
}
