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
        /// The line's position in ``BudgetLedger/lines``: entries point at the strategy's lines
        /// rather than copy them (50,000 copies of a cost line were 25 MB).
        public var index: Int
        /// Its exact amount in the ledger's currency.
        public var exact: Decimal
        /// Its amount rounded to minor units by apportionment.
        public var amount: Decimal
    }

    /// The strategy's cost lines (its own array, shared, not copied); entries point into it.
    public let lines: [CostLine]

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
        lines = strategy.costLines
        var exact: [(index: Int, value: Decimal)] = []
        var used: [String: ExchangeRate] = [:]
        var unconverted: [CostLine] = []
        for (index, line) in strategy.costLines.enumerated() {
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
            exact.append((index, value))
        }
        let (parts, total) = Apportionment.round(exact.map(\.value), scale: target.minorUnits)
        entries = zip(exact, parts).map { Entry(index: $0.index, exact: $0.value, amount: $1) }
        self.total = total
        ratesUsed = used.keys.sorted().compactMap { used[$0] }
        self.unconverted = unconverted
    }

    /// The cost line of `entry`.
    public func line(_ entry: Entry) -> CostLine { lines[entry.index] }

    /// Amounts summed by `key`; keys in the order of `order` (unknown keys last, sorted).
    public func sum<Key: Hashable & Comparable>(by key: (CostLine) -> Key) -> [Key: Decimal] {
        var totals: [Key: Decimal] = [:]
        for entry in entries { totals[key(lines[entry.index]), default: 0] += entry.amount }
        return totals
    }
}
