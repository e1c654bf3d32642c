import Foundation

/// The words and number and date conventions of one language, from `templates/<lang>/labels.json`.
public struct Labels: Hashable, Sendable {
    /// Label text by key.
    public let values: [String: String]
    /// The file, for messages.
    public let path: String
    /// Month names by label key, split once: dates are formatted thousands of times a render.
    private let months: [String: [String]]

    /// Creates labels.
    public init(_ values: [String: String], path: String) {
        self.values = values
        self.path = path
        var months: [String: [String]] = [:]
        for key in ["months.genitive", "months.short"] {
            let names = (values[key] ?? "").split(separator: " ").map(String.init)
            if names.count == 12 { months[key] = names }
        }
        self.months = months
    }

    public static func == (left: Labels, right: Labels) -> Bool {
        left.values == right.values && left.path == right.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(path)
    }

    /// The label for `key`; an absent key renders as the key itself so it is visible, and
    /// ``TemplateSet/validate`` has already reported it.
    public subscript(key: String) -> String { values[key] ?? key }

    /// The label for `key` with `{name}` fields filled in.
    ///
    /// One pass over the label: a `{name}` with a field is replaced by its value (which is not
    /// scanned again), any other brace is kept as it is.
    public func format(_ key: String, _ fields: [String: String]) -> String {
        let text = self[key]
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var rest = Substring(text)
        // Braces are ASCII: found on the UTF-8 bytes, not by comparing characters (which
        // segments every grapheme of the Cyrillic text around them).
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += rest[..<open]
            let afterOpen = rest.utf8.index(after: open)
            if let close = rest.utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")),
               let value = fields[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        result += rest
        return result
    }

    /// A number with this language's grouping and decimal mark, `scale` fraction digits.
    public func number(_ value: Decimal, scale: Int) -> String {
        let plain = value.plainText(scale: scale)
        let group = self["number.group"]
        // Digits, a sign and a point are ASCII: grouping works on the UTF-8 bytes.
        let bytes = Array(plain.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = bytes.dropFirst(negative ? 1 : 0)
        let point = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.endIndex
        let whole = digits[..<point]
        var result = negative ? "-" : ""
        result.reserveCapacity(bytes.count + 8)
        var start = whole.startIndex
        var end = whole.startIndex + (whole.count % 3 == 0 ? min(3, whole.count) : whole.count % 3)
        while start < whole.endIndex {
            if start > whole.startIndex { result += group }
            result += String(decoding: whole[start..<end], as: UTF8.self)
            start = end
            end = min(end + 3, whole.endIndex)
        }
        if point < digits.endIndex {
            result += self["number.decimal"]
            result += String(decoding: digits[(point + 1)...], as: UTF8.self)
        }
        return result
    }

    /// A number with as many fraction digits as it needs (targets, days).
    public func number(_ value: Decimal) -> String {
        var scale = 0
        var probe = value
        while scale < 6, Money.round(probe, scale: 0, rule: .halfUp) != probe {
            probe *= 10
            scale += 1
        }
        return number(value, scale: scale)
    }

    /// An amount in its currency's minor units.
    public func money(_ money: Money) -> String {
        number(money.amount, scale: money.currency.minorUnits)
    }

    /// A day, in this language's long form.
    public func date(_ date: CalendarDate) -> String {
        format("date.day", [
            "d": String(date.day), "month": month(date.month, "months.genitive"),
            "year": String(date.year),
        ])
    }

    /// A day, month or quarter.
    public func planDate(_ date: PlanDate) -> String {
        switch date {
        case .day(let day):
            return self.date(day)
        case .month(let year, let month):
            return format("date.month", ["month": self.month(month, "months.short"), "year": String(year)])
        case .quarter(let year, let quarter):
            return format("date.quarter", ["n": String(quarter), "year": String(year)])
        }
    }

    /// A span, collapsed to one value when both ends are the same.
    public func period(_ period: PlanPeriod) -> String {
        let first = period.firstDay
        let last = period.lastDay
        if (first.month, first.day) == (1, 1), (last.month, last.day) == (12, 31) {
            // Whole calendar years read as "2023–2026".
            return first.year == last.year ? String(first.year) : "\(first.year)–\(last.year)"
        }
        if period.start.value == period.end.value { return planDate(period.start.value) }
        return planDate(period.start.value) + self["range.separator"] + planDate(period.end.value)
    }

    private func month(_ number: Int, _ key: String) -> String {
        guard let names = months[key], (1...12).contains(number) else { return String(number) }
        return names[number - 1]
    }
}
