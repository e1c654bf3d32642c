/// The strategy's dates as an iCalendar file (RFC 5545) that calendar programs import.
///
/// All-day events for the contract's start and end, each deliverable's due date and each
/// tranche (on the latest due date of its deliverables), plus the biannual reports to the
/// highest state bodies when the workspace has the channel `ch.biannual-reports`: one event
/// recurring with `RRULE:FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1;UNTIL=<end>`, on 30 June and
/// 31 December of each year of the strategy period (one rule rather than two events, so a
/// calendar shows one series).
///
/// Deterministic: UIDs come from ids (`D4@strategy-workbench`), DTSTAMP is the edition date at
/// 00:00:00 UTC, never the clock; events are ordered by date, then UID.
public enum TimelineICS {
    /// The right-hand side of every UID.
    public static let uidDomain = "strategy-workbench"
    /// The channel whose reports recur twice a year.
    public static let biannualChannel = ChannelID("ch.biannual-reports")

    /// An all-day event.
    struct Event {
        var uid: String
        var date: CalendarDate
        var summary: String
        var description: String?
        var rule: String?
    }

    /// The calendar's text, CRLF line ends, lines folded at 75 octets.
    public static func render(_ strategy: Strategy, language: Language, labels: Labels) -> String {
        let stamp = TimelineCalendar.compact(strategy.edition.date) + "T000000Z"
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Strategy Workbench//strategy timeline//\(language.code.uppercased())",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSText.escape(strategy.title[language]),
        ]
        for event in events(strategy, language: language, labels: labels) {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICSText.escape(event.uid),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + TimelineCalendar.compact(event.date),
                "DTEND;VALUE=DATE:" + TimelineCalendar.compact(TimelineCalendar.adding(1, to: event.date)),
            ]
            if let rule = event.rule { lines.append("RRULE:" + rule) }
            lines.append("SUMMARY:" + ICSText.escape(event.summary))
            if let description = event.description, !description.isEmpty {
                lines.append("DESCRIPTION:" + ICSText.escape(description))
            }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSText.fold).joined()
    }

    static func events(_ strategy: Strategy, language: Language, labels: Labels) -> [Event] {
        var events: [Event] = []
        if let contract = strategy.contract {
            let title = contract.title[language]
            events.append(Event(
                uid: "contract-start@\(uidDomain)", date: contract.period.firstDay,
                summary: labels.format("timeline.ics.start", ["title": title])))
            events.append(Event(
                uid: "contract-end@\(uidDomain)", date: contract.period.lastDay,
                summary: labels.format("timeline.ics.end", ["title": title])))
            for deliverable in contract.deliverables {
                events.append(Event(
                    uid: "\(deliverable.id.value.rawValue)@\(uidDomain)", date: deliverable.due.value,
                    summary: labels.format("timeline.ics.deliverable", [
                        "id": deliverable.id.value.rawValue, "title": deliverable.title[language],
                    ])))
            }
            for (tranche, date) in Timeline.trancheDates(contract) {
                let ids = contract.deliverables.filter { $0.tranche.value == tranche.id.value }
                    .map(\.id.value.rawValue)
                events.append(Event(
                    uid: "tranche-\(tranche.id.value.rawValue)@\(uidDomain)", date: date,
                    summary: labels.format("timeline.ics.tranche", [
                        "name": tranche.name[language],
                        "share": labels.format("timeline.share", ["share": labels.number(tranche.share.value)]),
                        "deliverables": ids.isEmpty ? labels["none"] : ids.joined(separator: ", "),
                    ])))
            }
        }
        if let channel = strategy.channelsByID[biannualChannel], let first = firstHalfYearEnd(in: strategy.period) {
            var description = channel.description[language]
            if let frequency = channel.frequency?[language], !frequency.isEmpty {
                description = frequency + "\n" + description
            }
            events.append(Event(
                uid: "\(biannualChannel.rawValue)@\(uidDomain)", date: first,
                summary: channel.name[language], description: description,
                rule: "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1;UNTIL="
                    + TimelineCalendar.compact(strategy.period.lastDay)))
        }
        return events.sorted { ($0.date, $0.uid) < ($1.date, $1.uid) }
    }

    /// The first 30 June or 31 December inside the period, if any.
    static func firstHalfYearEnd(in period: PlanPeriod) -> CalendarDate? {
        for year in period.firstDay.year...max(period.firstDay.year, period.lastDay.year) {
            for month in [6, 12] {
                let date = CalendarDate(validYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
                if period.contains(date) { return date }
            }
        }
        return nil
    }
}
