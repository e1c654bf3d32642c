import Foundation

/// An ISO 4217 currency code such as `KGS`, `USD` or `CHF`.
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The three-letter code.
    public let code: String

    /// Wraps a code; see ``isKnown``.
    public init(_ code: String) {
        self.code = code
    }

    public var description: String { code }

    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.code < rhs.code }

    /// Whether the code is an active ISO 4217 currency.
    public var isKnown: Bool { Self.iso4217.contains(code) }

    /// Digits after the decimal mark (the tyiyn of the som, the cent of the dollar).
    public var minorUnits: Int { Self.zeroDecimal.contains(code) ? 0 : 2 }

    private static let zeroDecimal: Set<String> = ["JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF",
                                                    "XOF", "PYG", "RWF", "KMF", "GNF", "DJF", "VUV",
                                                    "XPF", "BIF"]

    private static let iso4217: Set<String> = Set("""
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP \
        BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP \
        GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR \
        KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK \
        MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR \
        SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH \
        UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
        """.split(separator: " ").map(String.init))
}

/// An exact amount of money in one currency. Never a binary float.
public struct Money: Hashable, Sendable {
    /// The amount, exact.
    public var amount: Decimal
    /// The currency.
    public var currency: CurrencyCode

    /// Creates an amount.
    public init(_ amount: Decimal, _ currency: CurrencyCode) {
        self.amount = amount
        self.currency = currency
    }

    /// How amounts are rounded to minor units. The one place rounding happens.
    public enum RoundingRule: Sendable {
        /// Half away from zero: 0.005 → 0.01 (what accountants and the ToR's tranches expect).
        case halfUp
        /// Half to even: 0.005 → 0.00, 0.015 → 0.02.
        case bankers
    }

    /// `amount` rounded to `scale` decimal places by `rule`.
    public static func round(_ amount: Decimal, scale: Int, rule: RoundingRule) -> Decimal {
        var value = amount
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, rule == .halfUp ? .plain : .bankers)
        return result
    }

    /// This amount rounded to the currency's minor units.
    public func rounded(_ rule: RoundingRule = .halfUp) -> Money {
        Money(Self.round(amount, scale: currency.minorUnits, rule: rule), currency)
    }
}

extension Decimal {
    /// Parses a plain decimal strictly: optional `-`, digits, at most one `.` or `,` followed by
    /// digits. No grouping, exponent, `+` or spaces. (`Decimal(string:)` accepts `"12abc"` as 12.)
    public static func parseStrict(_ text: String) -> Decimal? {
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if scalars.first == "-" {
            negative = true
            scalars = scalars.dropFirst()
        }
        var integer = ""
        var fraction = ""
        var seenMark = false
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                if seenMark { fraction.unicodeScalars.append(scalar) } else {
                    integer.unicodeScalars.append(scalar)
                }
            } else if (scalar == "." || scalar == ","), !seenMark {
                seenMark = true
            } else {
                return nil
            }
        }
        guard !integer.isEmpty, !seenMark || !fraction.isEmpty,
              integer.count + fraction.count <= 38
        else { return nil }
        // Up to 19 digits fit a UInt64, and significand × 10^-scale is exact: no text parsing
        // (Decimal(string:) was a tenth of loading 50,000 cost lines).
        if integer.count + fraction.count <= 19, let significand = UInt64(integer + fraction) {
            // A minus sign on zero would make an NSDecimal NaN.
            return Decimal(
                sign: negative && significand != 0 ? .minus : .plus, exponent: -fraction.count,
                significand: Decimal(significand))
        }
        let canonical = (negative ? "-" : "") + integer + (seenMark ? "." + fraction : "")
        return Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Fixed-point text with exactly `scale` fraction digits and `.` as the mark (`1234.50`).
    ///
    /// Rounds once, then pads the plain digits of `Decimal.description` (which never uses an
    /// exponent); amounts are formatted hundreds of thousands of times in a large render.
    public func plainText(scale: Int) -> String {
        let scale = max(0, scale)
        let rounded = Money.round(self, scale: scale, rule: .halfUp)
        if let text = rounded.fastPlainText(scale: scale) { return text }
        let text = rounded.description
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard parts.count <= 2, !parts[0].isEmpty, parts.allSatisfy(isDigits) else { return text }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= scale else { return text }
        let isZero = parts.allSatisfy { $0.utf8.allSatisfy { $0 == 0x30 } }
        var result = negative && !isZero ? "-" : ""
        result += parts[0]
        if scale > 0 {
            result += "."
            result += fraction
            result += String(repeating: "0", count: scale - fraction.count)
        }
        return result
    }

    /// ``plainText(scale:)`` of a value already rounded to `scale`, without
    /// `Decimal.description` (about 2 µs a call, most of the time of a table of amounts), when
    /// the value is not negative and its digits fit a UInt64; `nil` otherwise.
    fileprivate func fastPlainText(scale: Int) -> String? {
        guard !isNaN, sign == .plus, scale <= 18 else { return nil }
        // value = significand × 10^exponent, with exponent ≥ -scale after rounding.
        let shift = exponent + scale
        guard shift >= 0, shift <= 18 else { return nil }
        let significand = self.significand
        let digits = NSDecimalNumber(decimal: significand).uint64Value
        guard Decimal(digits) == significand else { return nil }
        var power: UInt64 = 1
        for _ in 0..<shift { power &*= 10 }
        let (units, overflow) = digits.multipliedReportingOverflow(by: power)
        guard !overflow else { return nil }
        // The digits of `units`, at least scale + 1 of them, with the point before the last
        // `scale`.
        var text = String(units)
        if text.utf8.count <= scale {
            text = String(repeating: "0", count: scale + 1 - text.utf8.count) + text
        }
        guard scale > 0 else { return text }
        let point = text.utf8.index(text.endIndex, offsetBy: -scale)
        return String(text[..<point]) + "." + String(text[point...])
    }
}

extension Decimal {
    /// The significant digits a `Decimal` holds.
    public static let significantDigits = 38

    /// `a × b` when it is exact; nil when the product needs more than ``significantDigits``
    /// significant digits (Foundation's multiplication would round it silently, and reports
    /// nothing on Linux).
    public static func exactProduct(_ a: Decimal, _ b: Decimal) -> Decimal? {
        let (left, right) = (a.significand.magnitude, b.significand.magnitude)
        // Fast path: digits of the two significands add up to at most 38, so the product fits.
        if digitCount(left) + digitCount(right) > significantDigits {
            guard significantDigitCount(product(of: left, right)) <= significantDigits else { return nil }
        }
        return a * b
    }

    /// 10⁰ … 10³⁸.
    private static let powersOfTen: [Decimal] = (0...significantDigits).map { exponent in
        var value = Decimal(1)
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The decimal digits of a whole, non-negative `value` (0 has one).
    private static func digitCount(_ value: Decimal) -> Int {
        var low = 0, high = powersOfTen.count
        // The number of powers of ten not greater than the value.
        while low < high {
            let middle = (low + high) / 2
            if powersOfTen[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    /// The exact product of two whole numbers, as decimal digits, most significant first.
    private static func product(of a: Decimal, _ b: Decimal) -> [UInt8] {
        func digits(_ value: Decimal) -> [Int] { value.description.utf8.compactMap { (48...57).contains($0) ? Int($0) - 48 : nil } }
        let x = digits(a), y = digits(b)
        var result = [Int](repeating: 0, count: x.count + y.count)
        for (i, left) in x.reversed().enumerated() {
            var carry = 0
            for (j, right) in y.reversed().enumerated() {
                let sum = result[i + j] + left * right + carry
                result[i + j] = sum % 10
                carry = sum / 10
            }
            result[i + y.count] += carry
        }
        return result.reversed().map(UInt8.init)
    }

    /// Digits between the first and last non-zero one, inclusive.
    private static func significantDigitCount(_ digits: [UInt8]) -> Int {
        guard let first = digits.firstIndex(where: { $0 != 0 }), let last = digits.lastIndex(where: { $0 != 0 }) else { return 0 }
        return last - first + 1
    }
}
