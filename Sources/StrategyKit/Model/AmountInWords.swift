import Foundation

/// An amount of money written out in words, as acts and invoices in the Kyrgyz Republic give it
/// beside the figures: «сто семнадцать тысяч сомов 00 тыйынов», "one hundred seventeen thousand
/// soms and 00 tyiyn". The whole units are in words, agreeing in case and gender with the
/// currency's noun; the hundredths stay in two digits, as accountants write them.
public enum AmountInWords {
    /// The largest amount spelled: 999 999 999 999.99 (just under a trillion, far above any
    /// contract of this workspace). Larger amounts, negative amounts and currencies or languages
    /// without words give `nil`, and a document shows a blank to fill instead.
    public static let bound = Decimal(string: "999999999999.99", locale: Locale(identifier: "en_US_POSIX")) ?? 0

    /// The languages with a speller.
    public static let languages: [Language] = [Language("en"), Language("ru")]

    /// `money` in words in `language`, rounded half-up to hundredths first; `nil` when the
    /// amount is negative or above ``bound``, or the language or currency has no words.
    public static func spell(_ money: Money, in language: Language) -> String? {
        guard let words = CurrencyWords.of(money.currency, in: language) else { return nil }
        let rounded = Money.round(money.amount, scale: 2, rule: .halfUp)
        guard !rounded.isNaN, rounded >= 0, rounded <= bound else { return nil }
        var whole = Decimal()
        var value = rounded
        NSDecimalRound(&whole, &value, 0, .down)
        let units = NSDecimalNumber(decimal: whole).uint64Value
        let cents = NSDecimalNumber(decimal: (rounded - whole) * 100).intValue
        guard Decimal(units) == whole, (0...99).contains(cents) else { return nil }
        let minor = cents < 10 ? "0\(cents)" : String(cents)
        switch language.code {
        case "ru":
            return Russian.number(units, gender: words.major.gender) + " " + Russian.noun(words.major, for: units)
                + " " + minor + " " + Russian.noun(words.minor, for: UInt64(cents))
        case "en":
            return English.number(units) + " " + (units == 1 ? words.major.one : words.major.many)
                + " and " + minor + " " + (cents == 1 ? words.minor.one : words.minor.many)
        default:
            return nil
        }
    }

    /// Russian cardinal numerals in the nominative.
    enum Russian {
        static let hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                               "восемьсот", "девятьсот"]
        static let tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
                           "восемьдесят", "девяносто"]
        static let teens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
                            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
        static let units = ["", "", "", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
        /// Thousands are feminine (одна тысяча, две тысячи), millions and billions masculine.
        static let scales: [CurrencyWords.Noun] = [
            .init("тысяча", "тысячи", "тысяч", .feminine),
            .init("миллион", "миллиона", "миллионов"),
            .init("миллиард", "миллиарда", "миллиардов"),
        ]

        /// The form of `noun` after `count`: 1, 21 … take `one`; 2–4, 22–24 … `few`; 0, 5–20 …
        /// `many` (11–14 end like 5).
        static func noun(_ noun: CurrencyWords.Noun, for count: UInt64) -> String {
            let lastTwo = count % 100
            if (11...14).contains(lastTwo) { return noun.many }
            switch count % 10 {
            case 1: return noun.one
            case 2...4: return noun.few
            default: return noun.many
            }
        }

        /// 1–999 agreeing with `gender` in its last word.
        static func triple(_ value: Int, gender: CurrencyWords.Gender) -> [String] {
            var words: [String] = []
            if value >= 100 { words.append(hundreds[value / 100]) }
            let rest = value % 100
            if rest >= 10, rest < 20 {
                words.append(teens[rest - 10])
                return words
            }
            if rest >= 20 { words.append(tens[rest / 10]) }
            switch (rest % 10, gender) {
            case (0, _): break
            case (1, .masculine): words.append("один")
            case (1, .feminine): words.append("одна")
            case (1, .neuter): words.append("одно")
            case (2, .feminine): words.append("две")
            case (2, _): words.append("два")
            case (let digit, _): words.append(units[digit])
            }
            return words
        }

        /// `value` in words; the last group agrees with `gender`.
        static func number(_ value: UInt64, gender: CurrencyWords.Gender) -> String {
            guard value > 0 else { return "ноль" }
            var words: [String] = []
            for (index, scale) in scales.enumerated().reversed() {
                var power: UInt64 = 1000
                for _ in 0..<index { power *= 1000 }
                let group = Int(value / power % 1000)
                guard group > 0 else { continue }
                words += triple(group, gender: scale.gender)
                words.append(noun(scale, for: UInt64(group)))
            }
            words += triple(Int(value % 1000), gender: gender)
            return words.joined(separator: " ")
        }
    }

    /// English cardinal numerals, without "and" inside a hundred ("one hundred seventeen").
    enum English {
        static let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                            "eighteen", "nineteen"]
        static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        static let scales = ["thousand", "million", "billion"]

        /// 1–999.
        static func triple(_ value: Int) -> [String] {
            var words: [String] = []
            if value >= 100 { words += [small[value / 100], "hundred"] }
            let rest = value % 100
            if rest >= 20 {
                words.append(rest % 10 == 0 ? tens[rest / 10] : tens[rest / 10] + "-" + small[rest % 10])
            } else if rest > 0 {
                words.append(small[rest])
            }
            return words
        }

        /// `value` in words.
        static func number(_ value: UInt64) -> String {
            guard value > 0 else { return "zero" }
            var words: [String] = []
            for (index, scale) in scales.enumerated().reversed() {
                var power: UInt64 = 1000
                for _ in 0..<index { power *= 1000 }
                let group = Int(value / power % 1000)
                guard group > 0 else { continue }
                words += triple(group) + [scale]
            }
            words += triple(Int(value % 1000))
            return words.joined(separator: " ")
        }
    }
}
