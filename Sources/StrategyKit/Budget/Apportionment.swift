import Foundation

/// Rounding many exact amounts so that they still sum exactly to their rounded total.
///
/// The rule (largest remainder, also called Hamilton's method): the total is rounded half-up
/// to the currency's minor units; each amount is rounded down; the units still missing go one
/// each to the amounts with the largest remainders, ties to the earlier amount. The result is
/// deterministic and every sum of parts is a sum of whole minor units.
public enum Apportionment {
    /// The rounded parts, in the same order, and their rounded total.
    ///
    /// - Parameter total: the rounded total to reach, when it is already fixed (the same
    ///   amounts split another way); by default the exact sum rounded half-up.
    public static func round(
        _ amounts: [Decimal], scale: Int, total fixed: Decimal? = nil
    ) -> (parts: [Decimal], total: Decimal) {
        let total = fixed ?? Money.round(amounts.reduce(Decimal(0), +), scale: scale, rule: .halfUp)
        var parts = amounts.map { floor($0, scale: scale) }
        var unit = Decimal(1)
        for _ in 0..<scale { unit /= 10 }
        var missing = total - parts.reduce(Decimal(0), +)
        guard missing != 0 else { return (parts, total) }
        let order = amounts.indices.sorted { left, right in
            let a = amounts[left] - parts[left]
            let b = amounts[right] - parts[right]
            return a != b ? a > b : left < right
        }
        var position = 0
        // missing is a whole number of units between 0 and the number of parts.
        while missing >= unit, position < order.count {
            parts[order[position]] += unit
            missing -= unit
            position += 1
        }
        return (parts, total)
    }

    private static func floor(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .down)
        return result
    }
}
