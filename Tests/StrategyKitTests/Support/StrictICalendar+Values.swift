extension StrictICalendar {
    /// DTSTART, DTEND, DTSTAMP: the VALUE parameter says DATE or DATE-TIME (the default); a
    /// TZID must name a VTIMEZONE of the calendar.
    static func dateProperty(_ property: Property, zones: Set<String>, problems: inout [Problem]) -> DateValue? {
        let type = property.parameter("VALUE")?.first?.uppercased() ?? "DATE-TIME"
        guard type == "DATE" || type == "DATE-TIME" else {
            problems.append(Problem(line: property.line, message: "\(property.name) with VALUE=\(type)"))
            return nil
        }
        guard let value = dateValue(property.value), value.isDate == (type == "DATE") else {
            problems.append(Problem(line: property.line, message: "\(property.name) '\(property.value)' is not a valid \(type)"))
            return nil
        }
        if let zone = property.parameter("TZID")?.first {
            if value.isDate || value.isUTC {
                problems.append(Problem(line: property.line, message: "TZID on a DATE or UTC value in \(property.name)"))
            } else if !zones.contains(zone) {
                problems.append(Problem(line: property.line, message: "TZID \(zone) has no VTIMEZONE"))
            }
        }
        return value
    }

    /// `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`, a day that exists and a time of day.
    static func dateValue(_ text: String) -> DateValue? {
        let characters = Array(text)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count,
                  characters[range].allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            return Int(String(characters[range]))
        }
        guard characters.count == 8 || characters.count == 15 || characters.count == 16,
              let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var value = DateValue(year: year, month: month, day: day)
        guard characters.count > 8 else { return value }
        guard characters[8] == "T", let hour = number(9..<11), let minute = number(11..<13),
              let second = number(13..<15), hour < 24, minute < 60, second <= 60
        else { return nil }
        if characters.count == 16 {
            guard characters[15] == "Z" else { return nil }
            value.isUTC = true
        }
        value.time = [hour, minute, second]
        return value
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let frequencies: Set = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
    static let weekdays: Set = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// RRULE (3.3.10): `NAME=VALUE` parts separated by `;`, each known and at most once.
    static func recurrenceRule(
        _ property: Property, start: DateValue?, startZone: Bool, problems: inout [Problem]
    ) -> RecurrenceRule? {
        func fail(_ message: String) -> RecurrenceRule? {
            problems.append(Problem(line: property.line, message: "RRULE \(property.value): \(message)"))
            return nil
        }
        func integers(_ value: String, _ allowed: ClosedRange<Int>, signed: Bool) -> Bool {
            value.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { item in
                var digits = Substring(item)
                if signed, let sign = digits.first, sign == "+" || sign == "-" { digits = digits.dropFirst() }
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return false }
                return allowed.contains(number) && (signed ? number != 0 : true)
            }
        }
        var parts: [(name: String, value: String)] = []
        for part in property.value.split(separator: ";", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[1].isEmpty else { return fail("'\(part)' is not NAME=VALUE") }
            let name = pieces[0].uppercased()
            let value = String(pieces[1])
            guard !parts.contains(where: { $0.name == name }) else { return fail("\(name) twice") }
            let valid: Bool
            switch name {
            case "FREQ": valid = frequencies.contains(value)
            case "UNTIL": valid = dateValue(value) != nil
            case "COUNT", "INTERVAL": valid = integers(value, 1...Int.max, signed: false) && !value.contains(",")
            case "BYSECOND": valid = integers(value, 0...60, signed: false)
            case "BYMINUTE": valid = integers(value, 0...59, signed: false)
            case "BYHOUR": valid = integers(value, 0...23, signed: false)
            case "BYMONTHDAY": valid = integers(value, 1...31, signed: true)
            case "BYYEARDAY", "BYSETPOS": valid = integers(value, 1...366, signed: true)
            case "BYWEEKNO": valid = integers(value, 1...53, signed: true)
            case "BYMONTH": valid = integers(value, 1...12, signed: false)
            case "WKST": valid = weekdays.contains(value)
            case "BYDAY":
                valid = value.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { item in
                    let day = String(item.suffix(2))
                    let ordinal = item.dropLast(2)
                    return weekdays.contains(day) && (ordinal.isEmpty || integers(String(ordinal), 1...53, signed: true))
                }
            default: return fail("unknown part \(name)")
            }
            guard valid else { return fail("'\(value)' is not a valid \(name)") }
            parts.append((name, value))
        }
        guard let frequency = parts.first(where: { $0.name == "FREQ" })?.value else { return fail("no FREQ") }
        let until = parts.first { $0.name == "UNTIL" }.flatMap { dateValue($0.value) }
        let count = parts.first { $0.name == "COUNT" }.flatMap { Int($0.value) }
        if until != nil, count != nil { return fail("both UNTIL and COUNT") }
        if let until, let start {
            if until.isDate != start.isDate { return fail("UNTIL is not of DTSTART's value type") }
            if !start.isDate, start.isUTC || startZone, !until.isUTC { return fail("UNTIL must be UTC") }
            if until.ordinal.lexicographicallyPrecedes(start.ordinal) { return fail("UNTIL is before DTSTART") }
        }
        return RecurrenceRule(frequency: frequency, parts: parts, until: until, count: count)
    }

    /// TEXT (3.3.11): validates the escapes and returns the value unescaped; in the
    /// single-valued properties checked here an unescaped `,` or `;` is an error.
    static func text(_ property: Property, problems: inout [Problem]) -> String? {
        var result = String.UnicodeScalarView()
        var scalars = property.value.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\\":
                switch scalars.next() {
                case "\\"?: result.append("\\")
                case ","?: result.append(",")
                case ";"?: result.append(";")
                case "n"?, "N"?: result.append("\n")
                case let other?:
                    problems.append(Problem(line: property.line, message: "\(property.name): invalid escape \\\(other)"))
                    return nil
                case nil:
                    problems.append(Problem(line: property.line, message: "\(property.name): a backslash at the end"))
                    return nil
                }
            case ",", ";":
                problems.append(Problem(line: property.line, message: "\(property.name): an unescaped '\(scalar)'"))
                return nil
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
