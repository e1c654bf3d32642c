import Foundation

/// The exchange rates of a workspace, looked up by currency and year.
///
/// A cost line of year Y is converted with the latest rate dated in or before Y (the rate for
/// that year, or the nearest earlier one); a later rate is never used for an earlier year.
public struct RateBook: Sendable {
    /// The strategy's own currency.
    public let home: CurrencyCode
    private let rates: [CurrencyCode: [ExchangeRate]]

    /// Indexes the strategy's rates, each currency's sorted by date.
    public init(_ strategy: Strategy) {
        home = strategy.currency.value
        rates = Dictionary(grouping: strategy.exchangeRates, by: \.currency.value)
            .mapValues { $0.sorted { ($0.date.value, $0.rate.value) < ($1.date.value, $1.rate.value) } }
    }

    /// The rate converting `currency` into the home currency for `year`; nil when there is none
    /// dated in or before that year.
    public func rate(_ currency: CurrencyCode, year: Int) -> ExchangeRate? {
        guard let list = rates[currency] else { return nil }
        return list.last { $0.date.value.year <= year }
    }

    /// `amount` of `currency` in the home currency for `year`, exact; nil without a rate.
    public func toHome(_ amount: Decimal, _ currency: CurrencyCode, year: Int) -> (Decimal, ExchangeRate?)? {
        if currency == home { return (amount, nil) }
        guard let rate = rate(currency, year: year) else { return nil }
        return (amount * rate.rate.value, rate)
    }

    /// `amount` of the home currency in `currency` for `year` (to 38 digits); nil without a rate.
    public func fromHome(_ amount: Decimal, to currency: CurrencyCode, year: Int) -> (Decimal, ExchangeRate?)? {
        if currency == home { return (amount, nil) }
        guard let rate = rate(currency, year: year), rate.rate.value > 0 else { return nil }
        return (amount / rate.rate.value, rate)
    }
}
