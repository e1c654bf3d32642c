import Foundation

extension Strategy {
    /// The rate that converts `currency` into the strategy's currency: the latest one dated.
    public func exchangeRate(for currency: CurrencyCode) -> ExchangeRate? {
        exchangeRates.filter { $0.currency.value == currency }
            .max { ($0.date.value, $0.rate.value) < ($1.date.value, $1.rate.value) }
    }

    /// A cost line's amount in the strategy's currency, exact (rounding only when shown);
    /// nil when its currency has no rate (the checker reports that).
    public func homeAmount(of line: CostLine) -> Decimal? {
        let amount = line.amount
        if amount.currency == currency.value { return amount.amount }
        guard let rate = exchangeRate(for: amount.currency) else { return nil }
        return amount.amount * rate.rate.value
    }

    /// Cost totals in the strategy's currency grouped by `key`, in key order.
    public func budget<Key: Comparable & Hashable>(by key: (CostLine) -> Key) -> [(key: Key, amount: Decimal)] {
        var totals: [Key: Decimal] = [:]
        for line in costLines {
            guard let amount = homeAmount(of: line) else { continue }
            totals[key(line), default: 0] += amount
        }
        return totals.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The whole estimate in the strategy's currency.
    public var budgetTotal: Decimal {
        costLines.reduce(Decimal(0)) { $0 + (homeAmount(of: $1) ?? 0) }
    }

    /// The foreign currencies the cost lines use, sorted.
    public var foreignCurrencies: [CurrencyCode] {
        Set(costLines.map(\.currency.value)).subtracting([currency.value]).sorted()
    }
}
