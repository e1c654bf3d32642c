import Foundation

/// What a budget roll-up groups cost lines by.
public enum BudgetGrouping: String, CaseIterable, Sendable {
    case year, member, area, channel, source, action
}

/// A budget roll-up in one currency and language: rows that sum exactly to the total.
public struct BudgetReport: Sendable {
    /// One group.
    public struct Row: Hashable, Sendable {
        /// The group's id (`2024`, `ipr`, `wa.national`).
        public var key: String
        /// Its name in the report's language.
        public var label: String
        /// Its amount in minor units.
        public var amount: Decimal
    }

    /// The grouping.
    public let grouping: BudgetGrouping
    /// The currency of every amount.
    public let currency: CurrencyCode
    /// The strategy's own currency, which the rates convert into.
    public let home: CurrencyCode
    /// The language of the labels.
    public let language: Language
    /// The groups, in the workspace's order (years ascending).
    public let rows: [Row]
    /// The grand total; the rows sum to it exactly.
    public let total: Decimal
    /// The rates used for conversion.
    public let ratesUsed: [ExchangeRate]
    /// Cost lines left out because no rate converts them.
    public let unconverted: [CostLine]

    /// Rolls the strategy's cost lines up by `grouping` in `currency`, naming groups in `language`.
    public init(_ strategy: Strategy, by grouping: BudgetGrouping, currency: CurrencyCode? = nil,
                language: Language) {
        self.init(strategy, by: grouping, ledger: BudgetLedger(strategy, currency: currency), language: language)
    }

    /// Rolls up a ledger already converted (one ledger serves every table of a document).
    public init(_ strategy: Strategy, by grouping: BudgetGrouping, ledger: BudgetLedger, language: Language) {
        self.grouping = grouping
        self.currency = ledger.currency
        home = strategy.currency.value
        self.language = language
        total = ledger.total
        ratesUsed = ledger.ratesUsed
        unconverted = ledger.unconverted
        // Only two groupings look actions up: indexing 20,000 of them is not free.
        var actions: [ActionID: Action] { strategy.actionsByID }
        let none = "—"
        func order<T>(_ items: [T], key: (T) -> String, label: (T) -> String) -> [(String, String)] {
            items.map { (key($0), label($0)) }
        }
        var sums: [String: Decimal] = [:]
        var known: [(String, String)] = []
        switch grouping {
        case .year:
            sums = ledger.sum { String($0.year.value) }
            known = sums.keys.sorted().map { ($0, $0) }
        case .member:
            sums = ledger.sum { $0.member.value.rawValue }
            known = order(strategy.members, key: { $0.id.value.rawValue }, label: { $0.name[language] })
        case .source:
            sums = ledger.sum { $0.source.value.rawValue }
            known = order(strategy.fundingSources, key: { $0.id.value.rawValue }, label: { $0.name[language] })
        case .action:
            sums = ledger.sum { $0.action.value.rawValue }
            known = order(strategy.actions, key: { $0.id.value.rawValue },
                          label: { "\($0.id.value.rawValue) \($0.title[language])" })
        case .area:
            let actions = actions
            let objectives = strategy.objectivesByID
            let goals = strategy.goalsByID
            sums = ledger.sum { line in
                actions[line.action.value].flatMap { objectives[$0.objective.value] }
                    .flatMap { goals[$0.goal] }?.workArea.value.rawValue ?? none
            }
            known = order(strategy.workAreas.sorted { $0.number < $1.number }, key: { $0.id.value.rawValue },
                          label: { "\($0.number). \($0.title[language])" })
        case .channel:
            sums = Self.byChannel(ledger, actions: actions)
            known = order(strategy.channels, key: { $0.id.value.rawValue }, label: { $0.name[language] })
        }
        var rows = known.compactMap { key, label in sums[key].map { Row(key: key, label: label, amount: $0) } }
        let listed = Set(known.map(\.0))
        for key in sums.keys.sorted() where !listed.contains(key) {
            rows.append(Row(key: key, label: key, amount: sums[key] ?? 0))
        }
        self.rows = rows
    }

    /// A line is shared equally by its action's channels; the shares are apportioned again so
    /// that the channels still sum to the same total.
    private static func byChannel(_ ledger: BudgetLedger, actions: [ActionID: Action]) -> [String: Decimal] {
        var keys: [String] = []
        var slices: [Decimal] = []
        for entry in ledger.entries {
            let channels = actions[ledger.lines[entry.index].action.value]?.channels.map(\.value.rawValue) ?? []
            let shares = channels.isEmpty ? ["—"] : channels
            for channel in shares {
                keys.append(channel)
                slices.append(entry.exact / Decimal(shares.count))
            }
        }
        let (parts, _) = Apportionment.round(
            slices, scale: ledger.currency.minorUnits, total: ledger.total)
        var sums: [String: Decimal] = [:]
        for (key, part) in zip(keys, parts) { sums[key, default: 0] += part }
        return sums
    }
}
