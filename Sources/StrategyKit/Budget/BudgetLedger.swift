import Foundation

/// Every cost line converted into one currency and rounded so that all roll-ups reconcile.
///
/// Each line's amount is converted exactly (quantity × unit cost × the rate for its year),
/// then the rounded grand total is apportioned back to the lines (``Apportionment``). Every
/// grouping sums these apportioned amounts, so any grouping, and any table built from them,
/// adds up exactly to the grand total.
public struct BudgetLedger: Sendable {
    /// A converted cost line.
    public struct Entry: Sendable {
        /// The line.
        public var line: CostLine
        /// Its exact amount in the ledger's currency.
        public var exact: Decimal
        /// Its amount rounded to minor units by apportionment.
        public var amount: Decimal
    }

    /// The ledger's currency.
    public let currency: CurrencyCode
    /// The converted lines, in file order.
    public let entries: [Entry]
    /// The grand total, rounded half-up.
    public let total: Decimal
    /// The rates used, by currency and date, sorted.
    public let ratesUsed: [ExchangeRate]
    /// Lines that could not be converted (no rate in or before their year).
    public let unconverted: [CostLine]

    /// Converts every cost line of `strategy` into `currency` (default: the strategy's own).
    public init(_ strategy: Strategy, currency: CurrencyCode? = nil) {
        let book = RateBook(strategy)
        let target = currency ?? strategy.currency.value
        self.currency = target
        var exact: [(CostLine, Decimal)] = []
        var used: [String: ExchangeRate] = [:]
        var unconverted: [CostLine] = []
        for line in strategy.costLines {
            let year = line.year.value
            guard let (home, inRate) = book.toHome(line.amount.amount, line.currency.value, year: year),
                  let (value, outRate) = book.fromHome(home, to: target, year: year)
            else {
                unconverted.append(line)
                continue
            }
            for rate in [inRate, outRate].compactMap({ $0 }) {
                used["\(rate.currency.value.code) \(rate.date.value)"] = rate
            }
            exact.append((line, value))
        }
        let (parts, total) = Apportionment.round(exact.map(\.1), scale: target.minorUnits)
        entries = zip(exact, parts).map { Entry(line: $0.0, exact: $0.1, amount: $1) }
        self.total = total
        ratesUsed = used.keys.sorted().compactMap { used[$0] }
        self.unconverted = unconverted
    }

    /// Amounts summed by `key`; keys in the order of `order` (unknown keys last, sorted).
    public func sum<Key: Hashable & Comparable>(by key: (CostLine) -> Key) -> [Key: Decimal] {
        var totals: [Key: Decimal] = [:]
        for entry in entries { totals[key(entry.line), default: 0] += entry.amount }
        return totals
    }
}
