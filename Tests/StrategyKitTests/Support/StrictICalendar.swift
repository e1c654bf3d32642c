/// A strict RFC 5545 reader for tests: it accepts only what a calendar program must be able to
/// import and reports every departure with its physical line number, so that a test reading the
/// library's ICS through it fails when the writer breaks.
///
/// Checked (RFC 5545 sections in brackets): CRLF after every line, no bare CR or LF (3.1); no
/// physical line over 75 octets and no fold inside a UTF-8 sequence (3.1); unfolding of CRLF +
/// space or tab (3.1); `name *(";" param) ":" value` with quoted parameter values and no control
/// characters (3.1, 3.2); BEGIN/END nesting with one VCALENDAR at the root holding at least one
/// component (3.4, 3.6); VERSION 2.0 and PRODID once each (3.7); per VEVENT one UID, a UTC DTSTAMP and DTSTART, DTEND after
/// DTSTART with the same value type, no DTEND with DURATION, unique UIDs (3.6.1, 3.8); DATE and
/// DATE-TIME values that are real days and times (3.3.4, 3.3.5); RRULE with FREQ, known parts
/// only, each once, valid BY* lists, UNTIL or COUNT but not both, UNTIL of DTSTART's value type
/// (3.3.10); TEXT escapes `\\` `\,` `\;` `\n` `\N` only, and no unescaped `,` or `;` in
/// single-valued TEXT properties (3.3.11). TEXT values are returned unescaped.
enum StrictICalendar {
    /// One departure from RFC 5545.
    struct Problem: Hashable, CustomStringConvertible {
        /// The 1-based physical line (for a content line: the line it starts on).
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    /// The problems of a calendar that did not read cleanly.
    struct Failure: Error, CustomStringConvertible {
        var problems: [Problem]
        var description: String { problems.map(\.description).joined(separator: "\n") }
    }

    /// One content line after unfolding: the name and parameter names upper-cased, the value raw.
    struct Property: Hashable {
        var line: Int
        var name: String
        var parameters: [Parameter]
        var value: String

        /// The values of a parameter, nil when absent.
        func parameter(_ name: String) -> [String]? { parameters.first { $0.name == name }?.values }
    }

    struct Parameter: Hashable {
        var name: String
        /// Unquoted: the quotes of a quoted value are removed.
        var values: [String]
    }

    /// A BEGIN/END block.
    struct Component: Hashable {
        var line: Int
        var name: String
        var properties: [Property] = []
        var components: [Component] = []

        func properties(_ name: String) -> [Property] { properties.filter { $0.name == name } }
    }

    /// A DATE (no time) or a DATE-TIME (`Z` for UTC).
    struct DateValue: Hashable, CustomStringConvertible {
        var year: Int
        var month: Int
        var day: Int
        /// Hour, minute and second; nil for a DATE.
        var time: [Int]?
        var isUTC = false

        var isDate: Bool { time == nil }
        /// `YYYY-MM-DD`, as `CalendarDate.description` writes it.
        var day8601: String { String(format: "%04d-%02d-%02d", year, month, day) }
        var description: String {
            guard let time else { return day8601 }
            return day8601 + String(format: "T%02d:%02d:%02d", time[0], time[1], time[2]) + (isUTC ? "Z" : "")
        }
        /// Year, month, day, hour, minute, second, for ordering.
        var ordinal: [Int] { [year, month, day] + (time ?? [0, 0, 0]) }
    }

    /// An RRULE value, its parts in the order written.
    struct RecurrenceRule: Hashable {
        var frequency: String
        var parts: [(name: String, value: String)]
        var until: DateValue?
        var count: Int?

        func part(_ name: String) -> String? { parts.first { $0.name == name }?.value }

        static func == (left: Self, right: Self) -> Bool {
            left.parts.map { "\($0.name)=\($0.value)" } == right.parts.map { "\($0.name)=\($0.value)" }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(parts.map { "\($0.name)=\($0.value)" }) }
    }

    /// A VEVENT that has everything RFC 5545 requires; TEXT values unescaped.
    struct Event: Hashable {
        var line: Int
        var uid: String
        var stamp: DateValue
        var start: DateValue
        var end: DateValue?
        var rule: RecurrenceRule?
        var summary: String?
        var description: String?
        var location: String?
        var component: Component
    }

    /// The calendar: its own properties and its events in file order.
    struct Calendar: Hashable {
        var version: String
        var productID: String
        var root: Component
        var events: [Event]
    }

    /// Reads `text` and throws every problem at once, or returns the calendar.
    static func parse(_ text: String) throws(Failure) -> Calendar {
        let (calendar, problems) = read(Array(text.utf8))
        guard problems.isEmpty, let calendar else {
            throw Failure(problems: problems.isEmpty ? [Problem(line: 1, message: "no calendar")] : problems)
        }
        return calendar
    }

    /// Reads the bytes of an iCalendar file: the calendar (as far as it could be read) and every
    /// problem found, in line order.
    static func read(_ bytes: [UInt8]) -> (Calendar?, [Problem]) {
        var problems: [Problem] = []
        let physical = physicalLines(bytes, problems: &problems)
        let logical = unfold(physical, problems: &problems)
        var properties: [Property] = []
        for (line, text) in logical {
            if let property = contentLine(text, line: line, problems: &problems) { properties.append(property) }
        }
        var result: Calendar?
        if let root = nest(properties, problems: &problems) {
            result = calendar(root, problems: &problems)
        }
        return (result, problems.sorted { ($0.line, $0.message) < ($1.line, $1.message) })
    }

    // MARK: Components (3.4, 3.6)

    /// Builds the component tree from BEGIN and END lines; the root must be the only
    /// top-level component.
    private static func nest(_ properties: [Property], problems: inout [Problem]) -> Component? {
        var stack: [Component] = []
        var root: Component?
        for property in properties {
            switch property.name {
            case "BEGIN":
                if root != nil {
                    problems.append(Problem(line: property.line, message: "BEGIN:\(property.value) after the end of the calendar"))
                } else if stack.isEmpty, property.value.uppercased() != "VCALENDAR" {
                    problems.append(Problem(line: property.line, message: "the file must begin with BEGIN:VCALENDAR, not BEGIN:\(property.value)"))
                }
                stack.append(Component(line: property.line, name: property.value.uppercased()))
            case "END":
                guard let top = stack.popLast() else {
                    problems.append(Problem(line: property.line, message: "END:\(property.value) with no open component"))
                    continue
                }
                if top.name != property.value.uppercased() {
                    problems.append(Problem(
                        line: property.line, message: "END:\(property.value) does not close BEGIN:\(top.name) of line \(top.line)"))
                }
                if stack.isEmpty {
                    if root == nil { root = top }
                } else {
                    stack[stack.count - 1].components.append(top)
                }
            default:
                if stack.isEmpty {
                    problems.append(Problem(line: property.line, message: "\(property.name) outside any component"))
                } else {
                    stack[stack.count - 1].properties.append(property)
                }
            }
        }
        for open in stack.reversed() {
            problems.append(Problem(line: open.line, message: "BEGIN:\(open.name) is never closed"))
        }
        return root ?? stack.first
    }

    private static let calendarComponents: Set = ["VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"]

    private static func calendar(_ root: Component, problems: inout [Problem]) -> Calendar? {
        guard root.name == "VCALENDAR" else { return nil }
        func single(_ name: String, required: Bool) -> Property? {
            Self.single(name, in: root, required: required, problems: &problems)
        }
        let version = single("VERSION", required: true)
        if let version, version.value != "2.0" {
            problems.append(Problem(line: version.line, message: "VERSION is \(version.value), not 2.0"))
        }
        let product = single("PRODID", required: true)
        if let product, product.value.isEmpty {
            problems.append(Problem(line: product.line, message: "an empty PRODID"))
        }
        if let scale = single("CALSCALE", required: false), scale.value != "GREGORIAN" {
            problems.append(Problem(line: scale.line, message: "CALSCALE \(scale.value) is not GREGORIAN"))
        }
        for property in root.properties where textProperties.contains(property.name) {
            _ = text(property, problems: &problems)
        }
        if root.components.isEmpty {
            problems.append(Problem(line: root.line, message: "VCALENDAR without a component (RFC 5545 requires one)"))
        }
        let zones = Set(root.components.filter { $0.name == "VTIMEZONE" }
            .compactMap { $0.properties("TZID").first?.value })
        var events: [Event] = []
        var uids: [String: Int] = [:]
        for component in root.components {
            guard calendarComponents.contains(component.name) || component.name.hasPrefix("X-") else {
                problems.append(Problem(line: component.line, message: "\(component.name) is not a calendar component"))
                continue
            }
            guard component.name == "VEVENT" else { continue }
            for nested in component.components where nested.name != "VALARM" {
                problems.append(Problem(line: nested.line, message: "\(nested.name) inside VEVENT"))
            }
            guard let event = event(component, zones: zones, problems: &problems) else { continue }
            if let first = uids[event.uid] {
                problems.append(Problem(line: event.line, message: "UID \(event.uid) already used by the VEVENT of line \(first)"))
            } else {
                uids[event.uid] = event.line
            }
            events.append(event)
        }
        return Calendar(version: version?.value ?? "", productID: product?.value ?? "", root: root, events: events)
    }

    /// The property `name` of `component`: a problem when it appears more than once, or when
    /// it is `required` and absent.
    private static func single(
        _ name: String, in component: Component, required: Bool, problems: inout [Problem]
    ) -> Property? {
        let found = component.properties(name)
        if found.count > 1 {
            problems.append(Problem(line: found[1].line, message: "\(name) more than once in \(component.name)"))
        } else if found.isEmpty, required {
            problems.append(Problem(line: component.line, message: "\(component.name) without \(name)"))
        }
        return found.first
    }

    /// TEXT properties that hold one value, so an unescaped `,` or `;` is an error.
    static let textProperties: Set = [
        "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "UID", "X-WR-CALNAME", "X-WR-CALDESC",
    ]

    private static func event(_ component: Component, zones: Set<String>, problems: inout [Problem]) -> Event? {
        func single(_ name: String, _ required: Bool) -> Property? {
            Self.single(name, in: component, required: required, problems: &problems)
        }
        _ = single("UID", true)
        let stamp = single("DTSTAMP", true)
        let start = single("DTSTART", true)
        let end = single("DTEND", false)
        let rule = single("RRULE", false)
        if end != nil, let duration = single("DURATION", false) {
            problems.append(Problem(line: duration.line, message: "DTEND and DURATION in one VEVENT"))
        }
        var texts: [String: String] = [:]
        for property in component.properties where textProperties.contains(property.name) {
            if let value = text(property, problems: &problems) {
                texts[property.name] = texts[property.name] ?? value
            }
        }
        for name in ["SUMMARY", "DESCRIPTION", "LOCATION", "CLASS", "STATUS", "TRANSP"] {
            _ = single(name, false)
        }
        let stampValue = stamp.flatMap { dateProperty($0, zones: zones, problems: &problems) }
        if let stamp, let value = stampValue, value.isDate || !value.isUTC {
            problems.append(Problem(line: stamp.line, message: "DTSTAMP \(stamp.value) is not a UTC DATE-TIME"))
        }
        let startValue = start.flatMap { dateProperty($0, zones: zones, problems: &problems) }
        let endValue = end.flatMap { dateProperty($0, zones: zones, problems: &problems) }
        if let end, let startValue, let endValue {
            if startValue.isDate != endValue.isDate {
                problems.append(Problem(line: end.line, message: "DTEND is not of DTSTART's value type"))
            } else if !startValue.ordinal.lexicographicallyPrecedes(endValue.ordinal) {
                problems.append(Problem(line: end.line, message: "DTEND \(end.value) is not after DTSTART"))
            }
        }
        var ruleValue: RecurrenceRule?
        if let rule {
            ruleValue = recurrenceRule(rule, start: startValue, startZone: start?.parameter("TZID") != nil, problems: &problems)
        }
        guard let uidText = texts["UID"], let stampValue, let startValue else { return nil }
        return Event(
            line: component.line, uid: uidText, stamp: stampValue, start: startValue, end: endValue,
            rule: ruleValue, summary: texts["SUMMARY"], description: texts["DESCRIPTION"],
            location: texts["LOCATION"], component: component)
    }
}
