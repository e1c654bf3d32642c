import Foundation
import FuzzSupport
import StrategyKit

/// The value grammars: dates (`CalendarDate`, `PlanDate`), money (`Decimal.parseStrict`,
/// `plainText`, rounding, currency codes), ids (`isValidSlug`, natural ordering, "did you mean"),
/// and `ValueGrammar` itself through `FuzzEntryPoints`.
///
/// The whole input is one value; its lines are also taken as separate values, so ordering and
/// suggestions have several words to compare.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let words = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for value in Set([text] + words) {
        dates(value)
        money(value)
        ids(value)
        for diagnostic in FuzzEntryPoints.valueGrammarDiagnostics(value) {
            Fuzz.checkLocation(diagnostic.location, file: "fuzz")
        }
    }
    ordering(words.map { AudienceID($0) })
    _ = Suggestion.closest(to: words[0], in: words.dropFirst() + Channel.Kind.allCases.map(\.rawValue))
    return 0
}

private let labels = MiniWorkspace.english.languageTemplates.labels

private func dates(_ text: String) {
    if let date = CalendarDate(text) {
        Fuzz.require(date.description == text, "\(text) reads back as \(date)")
        Fuzz.require(CalendarDate(year: date.year, month: date.month, day: date.day) == date,
                     "\(date) is not a valid day")
        Fuzz.require(date.dayNumber >= 0, "negative day number for \(date)")
        _ = labels.date(date)
    }
    if let date = PlanDate(text) {
        Fuzz.require(date.description == text, "\(text) reads back as \(date)")
        Fuzz.require(date.firstDay <= date.lastDay, "\(date) ends before it starts")
        Fuzz.require(CalendarDate(date.firstDay.description) == date.firstDay
                     && CalendarDate(date.lastDay.description) == date.lastDay,
                     "\(date) covers days that do not exist")
        _ = labels.planDate(date)
    }
}

private func money(_ text: String) {
    let code = CurrencyCode(text)
    if code.isKnown {
        Fuzz.require(code.code.count == 3 && code.minorUnits >= 0, "odd currency \(code)")
    }
    guard let value = Decimal.parseStrict(text) else { return }
    Fuzz.require(!value.isNaN, "\(text) parses as NaN")
    // Whatever shortcut parseStrict takes, it must agree with Foundation reading the same digits.
    let canonical = text.replacingOccurrences(of: ",", with: ".")
    let expected = Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX"))
    Fuzz.require(expected == value || (value.isZero && expected?.isZero == true),
                 "\(text) parses as \(value), Foundation reads \(String(describing: expected))")
    let mark = text.firstIndex { $0 == "." || $0 == "," }
    let scale = mark.map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    let plain = value.plainText(scale: scale)
    Fuzz.require(Decimal.parseStrict(plain) == value, "\(text) prints as \(plain)")
    for digits in 0...4 {
        for rule in [Money.RoundingRule.halfUp, .bankers] {
            let rounded = Money.round(value, scale: digits, rule: rule)
            Fuzz.require(!rounded.isNaN, "rounding \(text) gives NaN")
        }
        _ = value.plainText(scale: digits)
    }
    _ = labels.number(value)
    _ = labels.money(Money(value, CurrencyCode("KGS")))
}

private func ids(_ text: String) {
    if AudienceID.isValidSlug(text) {
        Fuzz.require(text.unicodeScalars.allSatisfy(\.isASCII) && !text.hasPrefix("."),
                     "\(text) is a slug")
    }
    if Language.isValidCode(text) {
        Fuzz.require((2...3).contains(text.utf8.count), "\(text) is a language code")
    }
}

/// Natural order must be a strict order: irreflexive, asymmetric, transitive.
private func ordering(_ ids: [AudienceID]) {
    let sample = Array(ids.prefix(4))
    for a in sample {
        Fuzz.require(!(a < a), "\(a) < itself")
        for b in sample {
            Fuzz.require(!(a < b && b < a), "\(a) and \(b) are each less than the other")
            Fuzz.require(a != b || !(a < b), "\(a) equals \(b) yet sorts before it")
            for c in sample where a < b && b < c {
                Fuzz.require(a < c, "\(a) < \(b) < \(c) but not \(a) < \(c)")
            }
        }
    }
}
