import Foundation
import XCTest
@testable import StrategyKit

final class AmountInWordsTests: XCTestCase {
    private let ru = Language("ru")
    private let en = Language("en")

    private func money(_ text: String, _ currency: String = "KGS") -> Money {
        Money(Decimal.parseStrict(text) ?? -1, CurrencyCode(currency))
    }

    func testAmountInWords_issueExamples() {
        XCTAssertEqual(AmountInWords.spell(money("117000"), in: ru), "сто семнадцать тысяч сомов 00 тыйынов")
        XCTAssertEqual(AmountInWords.spell(money("117000.00"), in: en), "one hundred seventeen thousand soms and 00 tyiyn")
        XCTAssertEqual(AmountInWords.spell(money("273000"), in: ru), "двести семьдесят три тысячи сомов 00 тыйынов")
    }

    func testAmountInWords_russianFormsAndGender() {
        let cases: [(String, String)] = [
            ("0", "ноль сомов 00 тыйынов"),
            ("1", "один сом 00 тыйынов"),
            ("2", "два сома 00 тыйынов"),
            ("4", "четыре сома 00 тыйынов"),
            ("5", "пять сомов 00 тыйынов"),
            ("10", "десять сомов 00 тыйынов"),
            ("11", "одиннадцать сомов 00 тыйынов"),
            ("12", "двенадцать сомов 00 тыйынов"),
            ("13", "тринадцать сомов 00 тыйынов"),
            ("14", "четырнадцать сомов 00 тыйынов"),
            ("19", "девятнадцать сомов 00 тыйынов"),
            ("20", "двадцать сомов 00 тыйынов"),
            ("21", "двадцать один сом 00 тыйынов"),
            ("22", "двадцать два сома 00 тыйынов"),
            ("40", "сорок сомов 00 тыйынов"),
            ("90", "девяносто сомов 00 тыйынов"),
            ("111", "сто одиннадцать сомов 00 тыйынов"),
            ("112", "сто двенадцать сомов 00 тыйынов"),
            ("121", "сто двадцать один сом 00 тыйынов"),
            ("200", "двести сомов 00 тыйынов"),
            ("999", "девятьсот девяносто девять сомов 00 тыйынов"),
            ("1000", "одна тысяча сомов 00 тыйынов"),
            ("1001", "одна тысяча один сом 00 тыйынов"),
            ("2000", "две тысячи сомов 00 тыйынов"),
            ("3000", "три тысячи сомов 00 тыйынов"),
            ("4000", "четыре тысячи сомов 00 тыйынов"),
            ("5000", "пять тысяч сомов 00 тыйынов"),
            ("11000", "одиннадцать тысяч сомов 00 тыйынов"),
            ("12000", "двенадцать тысяч сомов 00 тыйынов"),
            ("14000", "четырнадцать тысяч сомов 00 тыйынов"),
            ("21000", "двадцать одна тысяча сомов 00 тыйынов"),
            ("22000", "двадцать две тысячи сомов 00 тыйынов"),
            ("112000", "сто двенадцать тысяч сомов 00 тыйынов"),
            ("390000", "триста девяносто тысяч сомов 00 тыйынов"),
            ("1000000", "один миллион сомов 00 тыйынов"),
            ("2000000", "два миллиона сомов 00 тыйынов"),
            ("5000000", "пять миллионов сомов 00 тыйынов"),
            ("11000000", "одиннадцать миллионов сомов 00 тыйынов"),
            ("21002001", "двадцать один миллион две тысячи один сом 00 тыйынов"),
            ("1000000000", "один миллиард сомов 00 тыйынов"),
            ("2000001000", "два миллиарда одна тысяча сомов 00 тыйынов"),
            ("999999999999.99",
             "девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов девятьсот девяносто "
                + "девять тысяч девятьсот девяносто девять сомов 99 тыйынов"),
            ("0.01", "ноль сомов 01 тыйын"),
            ("0.02", "ноль сомов 02 тыйына"),
            ("0.05", "ноль сомов 05 тыйынов"),
            ("0.11", "ноль сомов 11 тыйынов"),
            ("0.14", "ноль сомов 14 тыйынов"),
            ("0.21", "ноль сомов 21 тыйын"),
            ("0.24", "ноль сомов 24 тыйына"),
            ("1.005", "один сом 01 тыйын"),
            ("1.004", "один сом 00 тыйынов"),
        ]
        for (amount, words) in cases {
            XCTAssertEqual(AmountInWords.spell(money(amount), in: ru), words, amount)
        }
    }

    func testAmountInWords_everyCurrencyInEveryLanguage() {
        let cases: [(String, String, String, String)] = [
            ("KGS", "1.01", "один сом 01 тыйын", "one som and 01 tyiyn"),
            ("KGS", "2.02", "два сома 02 тыйына", "two soms and 02 tyiyn"),
            ("USD", "1.01", "один доллар США 01 цент", "one US dollar and 01 cent"),
            ("USD", "2.02", "два доллара США 02 цента", "two US dollars and 02 cents"),
            ("USD", "1000.50", "одна тысяча долларов США 50 центов", "one thousand US dollars and 50 cents"),
            ("CHF", "1.01", "один швейцарский франк 01 сантим", "one Swiss franc and 01 centime"),
            ("CHF", "2.02", "два швейцарских франка 02 сантима", "two Swiss francs and 02 centimes"),
            ("CHF", "5.05", "пять швейцарских франков 05 сантимов", "five Swiss francs and 05 centimes"),
            ("EUR", "1.01", "один евро 01 цент", "one euro and 01 cent"),
            ("EUR", "21.21", "двадцать один евро 21 цент", "twenty-one euros and 21 cents"),
            ("EUR", "35.00", "тридцать пять евро 00 центов", "thirty-five euros and 00 cents"),
        ]
        for (currency, amount, russian, english) in cases {
            XCTAssertEqual(AmountInWords.spell(money(amount, currency), in: ru), russian, "\(currency) \(amount)")
            XCTAssertEqual(AmountInWords.spell(money(amount, currency), in: en), english, "\(currency) \(amount)")
        }
        for language in AmountInWords.languages {
            for currency in ["KGS", "USD", "CHF", "EUR"] {
                XCTAssertNotNil(CurrencyWords.of(CurrencyCode(currency), in: language), "\(currency) \(language)")
            }
        }
    }

    func testAmountInWords_english() {
        let cases: [(String, String)] = [
            ("0", "zero soms and 00 tyiyn"),
            ("1", "one som and 00 tyiyn"),
            ("13", "thirteen soms and 00 tyiyn"),
            ("40", "forty soms and 00 tyiyn"),
            ("99", "ninety-nine soms and 00 tyiyn"),
            ("101", "one hundred one soms and 00 tyiyn"),
            ("390000", "three hundred ninety thousand soms and 00 tyiyn"),
            ("2000001000", "two billion one thousand soms and 00 tyiyn"),
            ("1234567.89", "one million two hundred thirty-four thousand five hundred sixty-seven soms and 89 tyiyn"),
        ]
        for (amount, words) in cases {
            XCTAssertEqual(AmountInWords.spell(money(amount), in: en), words, amount)
        }
    }

    func testAmountInWords_outsideTheBoundIsNil() {
        XCTAssertNil(AmountInWords.spell(money("1000000000000"), in: ru))
        XCTAssertNil(AmountInWords.spell(money("999999999999.995"), in: ru))
        XCTAssertNil(AmountInWords.spell(money("-1"), in: ru))
        XCTAssertNil(AmountInWords.spell(money("1", "KGS"), in: Language("ky")))
        XCTAssertNil(AmountInWords.spell(money("1", "JPY"), in: ru))
    }

    /// Every group of three digits in every position (units, thousands, millions, billions),
    /// and a stride through the whole range, reads back to its value, with numerals agreeing
    /// in gender and nouns in number.
    func testAmountInWords_readsBackExactly() {
        var values: [UInt64] = []
        for group in UInt64(0)...999 {
            values += [group, group * 1000, group * 1001, group * 1_000_000 + 2002, group * 1_000_000_000 + 21_001]
        }
        var next: UInt64 = 1000
        while next < 999_999_999_999 {
            values.append(next)
            next = next * 2 + 7
        }
        values += [999_999_999_999, 1_000_000_000, 1_001_001_001, 21_021_021_021, 12_012_012_012]
        for value in values {
            let amount = Money(Decimal(value), CurrencyCode("KGS"))
            guard let russian = AmountInWords.spell(amount, in: ru), let english = AmountInWords.spell(amount, in: en)
            else { return XCTFail("no words for \(value)") }
            XCTAssertEqual(Self.readRussian(russian), value, russian)
            XCTAssertEqual(Self.readEnglish(english), value, english)
        }
    }

    /// Reads Russian words back, checking that 1 and 2 agree with the noun after them and that
    /// each noun takes the form its number asks for.
    private static func readRussian(_ text: String) -> UInt64? {
        let values: [String: UInt64] = [
            "ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
            "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
            "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
            "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
            "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
            "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
            "восемьсот": 800, "девятьсот": 900,
        ]
        // noun → (multiplier, the form: 1 one, 2 few, 5 many, feminine?)
        let nouns: [String: (UInt64, Int, Bool)] = [
            "тысяча": (1000, 1, true), "тысячи": (1000, 2, true), "тысяч": (1000, 5, true),
            "миллион": (1_000_000, 1, false), "миллиона": (1_000_000, 2, false), "миллионов": (1_000_000, 5, false),
            "миллиард": (1_000_000_000, 1, false), "миллиарда": (1_000_000_000, 2, false),
            "миллиардов": (1_000_000_000, 5, false),
            "сом": (1, 1, false), "сома": (1, 2, false), "сомов": (1, 5, false),
        ]
        var total: UInt64 = 0
        var group: UInt64 = 0
        var lastWord = ""
        for word in text.split(separator: " ").map(String.init) {
            if word == "00" || word == "тыйынов" { continue }
            if let value = values[word] {
                group += value
                lastWord = word
            } else if let (multiplier, form, feminine) = nouns[word] {
                let count = group
                let expected = (11...14).contains(count % 100) ? 5 : count % 10 == 1 ? 1 : (2...4).contains(count % 10) ? 2 : 5
                guard form == expected else { return nil }
                if ["одна", "две"].contains(lastWord) != feminine, ["один", "одна", "два", "две"].contains(lastWord) {
                    return nil
                }
                total += group * multiplier
                group = 0
                lastWord = word
            } else {
                return nil
            }
        }
        return total + group
    }

    private static func readEnglish(_ text: String) -> UInt64? {
        let small = AmountInWords.English.small
        let tens = AmountInWords.English.tens
        let scales: [String: UInt64] = ["thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]
        var total: UInt64 = 0
        var group: UInt64 = 0
        for word in text.split(separator: " ").map(String.init) {
            if ["and", "00", "tyiyn", "soms", "som"].contains(word) { continue }
            if let index = small.firstIndex(of: word) {
                group += UInt64(index)
            } else if let ten = tens.firstIndex(of: word), ten >= 2 {
                group += UInt64(ten * 10)
            } else if word == "hundred" {
                group *= 100
            } else if let scale = scales[word] {
                total += group * scale
                group = 0
            } else {
                let parts = word.split(separator: "-").map(String.init)
                guard parts.count == 2, let ten = tens.firstIndex(of: parts[0]),
                      let unit = small.firstIndex(of: parts[1]), (1...9).contains(unit) else { return nil }
                group += UInt64(ten * 10 + unit)
            }
        }
        return total + group
    }
}
