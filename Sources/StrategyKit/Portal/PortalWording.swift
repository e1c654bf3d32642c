import Foundation

/// The report's words for targets, values, statuses and trends in one language, from the
/// `portal.*` labels. Shared by `strategy portal report`, `portal targets` and the strategy's
/// M&E section.
public struct PortalWording: Sendable {
    let labels: Labels
    let plan: PortalPlan
    let metrics: [PortalMetricID: PortalMetric]
    let language: Language
    /// Cumulative thresholds with their stages added.
    private let totals: [PortalTargetID: Decimal]

    /// The wording of `plan` in the language of `labels`.
    public init(labels: Labels, language: Language, plan: PortalPlan, metrics: [PortalMetricID: PortalMetric]) {
        self.labels = labels
        self.language = language
        self.plan = plan
        self.metrics = metrics
        totals = PortalEvaluator.totals(plan)
    }

    /// `met`, `at risk`, …
    public func status(_ status: PortalStatus) -> String { labels["portal.status.\(status.rawValue)"] }

    /// The one-character mark of a status in the month-by-month table.
    public func mark(_ status: PortalStatus) -> String { labels["portal.mark.\(status.rawValue)"] }

    /// A month in full: "June 2022", «июнь 2022».
    public func month(_ month: PortalMonth) -> String {
        let names = labels["portal.months"].split(separator: " ")
        let name = names.count == 12 ? String(names[month.month - 1]) : String(month.month)
        return labels.format("portal.month", ["month": name, "year": String(month.year)])
    }

    /// The plan's period: "January 2022 – December 2022".
    public var period: String {
        month(plan.firstMonth) + labels["range.separator"] + month(plan.lastMonth)
    }

    /// A kind in words.
    public func kind(_ kind: PortalTarget.KindName) -> String { labels["portal.kind.\(kind.rawValue)"] }

    /// What the target requires, in words.
    public func required(_ target: PortalTarget) -> String {
        switch target.kind {
        case .monthly(let minimum, let countsAudiences):
            return labels.format(
                countsAudiences ? "portal.required.monthly.audiences" : "portal.required.monthly", ["n": String(minimum)])
        case .cumulative(_, let due, _):
            let stages = stageValues(target)
            var text = labels.format(
                "portal.required.total", ["n": number(totals[target.id.value] ?? 0), "date": labels.planDate(due)])
            if stages.count > 1 { text += " (" + stages.map(number).joined(separator: " + ") + ")" }
            return text
        case .qualifying(let count, let due, let participants):
            return labels.format("portal.required.qualifying", [
                "n": String(count), "date": labels.planDate(due), "participants": String(participants),
            ])
        case .share(let percent, let due):
            return labels.format("portal.required.share", ["n": number(percent), "date": labels.planDate(due)])
        case .periodic(let every, let from):
            if every == 1 { return labels["portal.required.periodic.monthly"] }
            return labels.format("portal.required.periodic", ["n": String(every), "month": labels.planDate(from.planDate)])
        case .deadline(let due):
            return labels.format("portal.required.deadline", ["date": labels.date(due)])
        case .perEvent(let event):
            return labels.format("portal.required.per-event", ["event": event.value.rawValue])
        }
    }

    /// The values of the stages a cumulative target adds up, first stage first.
    private func stageValues(_ target: PortalTarget) -> [Decimal] {
        var values: [Decimal] = []
        var seen = Set<PortalTargetID>()
        var next: PortalTarget? = target
        while let stage = next, seen.insert(stage.id.value).inserted, case .cumulative(let value, _, let after) = stage.kind {
            values.insert(value, at: 0)
            next = after.flatMap { plan.target($0.value) }
        }
        return values
    }

    /// The actual value, in words.
    public func actual(_ result: PortalResult) -> String {
        let afterPlan = result.month > plan.lastMonth
        switch result.target.kind {
        case .monthly:
            guard let actual = result.actual else { return labels["portal.actual.none"] }
            if afterPlan { return labels.format("portal.actual.months", ["n": number(actual), "of": number(result.required)]) }
            return number(actual)
        case .cumulative, .qualifying:
            guard let actual = result.actual else { return labels["portal.actual.none"] }
            guard let latest = result.latest else { return number(actual) }
            return labels.format("portal.actual.dated", ["n": number(actual), "date": labels.date(latest)])
        case .share:
            guard let actual = result.actual, let latest = result.latest else { return labels["portal.actual.none"] }
            return labels.format("portal.actual.share", ["n": number(actual), "date": labels.date(latest)])
        case .periodic:
            guard let actual = result.actual else { return labels["portal.actual.none"] }
            if afterPlan { return labels.format("portal.actual.windows", ["n": number(actual), "of": number(result.required)]) }
            return number(actual)
        case .deadline(let due):
            guard result.actual != nil else { return labels["portal.actual.none"] }
            guard let delivered = result.latest else { return labels["portal.actual.not-delivered"] }
            return labels.format(delivered <= due ? "portal.actual.delivered" : "portal.actual.late",
                                 ["date": labels.date(delivered)])
        case .perEvent:
            guard let actual = result.actual else { return labels["portal.actual.none"] }
            if result.required == 0 { return labels["portal.actual.no-events"] }
            return labels.format("portal.actual.events", ["n": number(actual), "of": number(result.required)])
        }
    }

    /// The trend, and how many months, windows or events were met so far, in words.
    public func trend(_ result: PortalResult) -> String {
        var parts: [String] = []
        switch result.trend {
        case .none:
            break
        case .average(let perMonth, let months):
            parts.append(labels.format("portal.trend.average", ["n": number(perMonth, scale: 1), "months": String(months)]))
        case .projection(let perMonth, let projected, let date):
            let isShare = if case .share = result.target.kind { true } else { false }
            let rate = number(perMonth, scale: 1)
            parts.append(labels.format(isShare ? "portal.trend.projection.share" : "portal.trend.projection", [
                "rate": perMonth > 0 ? "+" + rate : rate, "projected": number(projected, scale: isShare ? 1 : 0),
                "date": labels.date(date),
            ]))
        }
        if let tally = result.tally, result.month <= plan.lastMonth {
            let key: String = switch result.target.kind {
            case .monthly: "portal.trend.tally.months"
            case .perEvent: "portal.trend.tally.events"
            default: "portal.trend.tally.windows"
            }
            parts.append(labels.format(key, ["n": String(tally.met), "of": String(tally.of)]))
        }
        return parts.isEmpty ? labels["none"] : parts.joined(separator: labels["list.separator"])
    }

    /// A number in this language, rounded half-up to `scale` digits when given.
    func number(_ value: Decimal, scale: Int) -> String {
        labels.number(Money.round(value, scale: scale, rule: .halfUp))
    }

    /// A number with the digits it has.
    func number(_ value: Decimal) -> String { labels.number(value) }

    /// Text in this language.
    func text(_ text: LocalizedText?) -> String { text?[language] ?? "" }
}
