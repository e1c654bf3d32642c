import Foundation

/// A field of an entity as the diff compares it: a language-neutral value, a localized text,
/// or a list of localized texts (key messages, allies).
struct DiffField: Sendable {
    enum Content: Equatable, Sendable {
        case plain(DiffValue)
        case localized(LocalizedText?)
        case localizedList([LocalizedText])
    }

    var name: String
    var content: Content

    static func value(_ name: String, _ value: DiffValue) -> DiffField {
        DiffField(name: name, content: .plain(value))
    }

    static func text(_ name: String, _ text: LocalizedText?) -> DiffField {
        DiffField(name: name, content: .localized(text))
    }

    static func texts(_ name: String, _ texts: [LocalizedText]) -> DiffField {
        DiffField(name: name, content: .localizedList(texts))
    }

    static func id<Entity>(_ name: String, _ id: Located<Identifier<Entity>>) -> DiffField {
        value(name, .text(id.value.rawValue))
    }

    static func ids<Entity>(_ name: String, _ ids: [Located<Identifier<Entity>>]) -> DiffField {
        value(name, ids.isEmpty ? .none : .list(ids.map { .text($0.value.rawValue) }))
    }

    static func number(_ name: String, _ number: Decimal) -> DiffField {
        value(name, .number(number))
    }

    static func date(_ name: String, _ date: PlanDate) -> DiffField {
        value(name, .date(date))
    }

    /// Every field name the diff uses; each has a label `changes.field.<name>` in every
    /// language (a test holds the two lists together).
    static let allNames: [String] = [
        "title", "subtitle", "start", "end", "languages", "currency", "version", "date", "status",
        "coalition", "coordinator", "funder", "name", "shortName", "mandate", "specifics", "role",
        "number", "description", "rate", "source", "workArea", "goal", "indicators", "unit",
        "baseline", "targets", "verification", "priority", "changeSought", "keyMessages", "kind",
        "frequency", "problem", "position", "ask", "allies", "objective", "themes", "audiences",
        "channels", "lead", "partners", "action", "item", "quantity", "unitCost", "year", "member",
        "likelihood", "impact", "mitigation", "owner", "clause", "client", "total", "days",
        "remainderTranche", "approver", "contactName", "contactRole", "periodLabel", "after", "due",
        "tranche", "tasks", "share",
    ]
}

/// The fields of each kind of entity, in the order the diff lists their changes.
enum DiffFields {
    static func strategy(_ strategy: Strategy) -> [DiffField] {
        [
            .text("title", strategy.title),
            .text("subtitle", strategy.subtitle),
            .date("start", strategy.period.start.value),
            .date("end", strategy.period.end.value),
            .value("languages", .list(strategy.languages.map { .text($0.code) })),
            .value("currency", .text(strategy.currency.value.code)),
            .value("version", .text(strategy.edition.version)),
            .date("date", .day(strategy.edition.date)),
            .text("status", strategy.edition.status),
            .text("coalition", strategy.coalition.name),
            .id("coordinator", strategy.coalition.coordinator),
            .text("funder", strategy.coalition.funder),
        ]
    }

    static func member(_ member: Member) -> [DiffField] {
        [
            .text("name", member.name), .text("shortName", member.shortName),
            .text("mandate", member.mandate), .text("specifics", member.specifics),
            .text("role", member.role),
        ]
    }

    static func workArea(_ area: WorkArea) -> [DiffField] {
        [.number("number", Decimal(area.number)), .text("title", area.title), .text("description", area.description)]
    }

    static func fundingSource(_ source: FundingSource) -> [DiffField] {
        [.text("name", source.name)]
    }

    static func exchangeRate(_ rate: ExchangeRate) -> [DiffField] {
        [.number("rate", rate.rate.value), .text("source", rate.source)]
    }

    static func goal(_ goal: Goal) -> [DiffField] {
        [.id("workArea", goal.workArea), .text("title", goal.title), .text("description", goal.description)]
    }

    static func objective(_ objective: Objective) -> [DiffField] {
        [
            .value("goal", .text(objective.goal.rawValue)), .text("title", objective.title),
            .ids("indicators", objective.indicators),
        ]
    }

    static func audience(_ audience: Audience) -> [DiffField] {
        [
            .value("priority", .label("audience.priority.\(audience.priority.rawValue)")),
            .text("name", audience.name), .text("shortName", audience.shortName),
            .text("description", audience.description), .text("changeSought", audience.changeSought),
            .texts("keyMessages", audience.keyMessages),
        ]
    }

    static func channel(_ channel: Channel) -> [DiffField] {
        [
            .value("kind", .label("channel.kind.\(channel.kind.rawValue)")),
            .text("name", channel.name), .text("shortName", channel.shortName),
            .text("description", channel.description), .text("frequency", channel.frequency),
        ]
    }

    static func theme(_ theme: AdvocacyTheme) -> [DiffField] {
        [
            .text("title", theme.title), .text("shortName", theme.shortName),
            .text("problem", theme.problem), .text("position", theme.position), .text("ask", theme.ask),
            .ids("targets", theme.targets), .texts("allies", theme.allies),
        ]
    }

    static func action(_ action: Action) -> [DiffField] {
        [
            .id("objective", action.objective), .text("title", action.title),
            .text("description", action.description), .ids("themes", action.themes),
            .ids("audiences", action.audiences), .ids("channels", action.channels),
            .id("lead", action.lead), .ids("partners", action.partners),
            .date("start", action.period.start.value), .date("end", action.period.end.value),
            .ids("indicators", action.indicators),
        ]
    }

    static func costLine(_ line: CostLine) -> [DiffField] {
        [
            .id("action", line.action), .text("item", line.item), .text("unit", line.unit),
            .number("quantity", line.quantity.value), .number("unitCost", line.unitCost.value),
            .value("currency", .text(line.currency.value.code)),
            // A year is a name, not an amount: no digit grouping.
            .value("year", .text(String(line.year.value))),
            .id("member", line.member), .id("source", line.source),
        ]
    }

    static func indicator(_ indicator: Indicator) -> [DiffField] {
        let source: DiffValue
        switch indicator.source {
        case .manual: source = .label("indicator.source.manual")
        case .portal(let metric): source = .text(metric.value.rawValue)
        }
        return [
            .text("name", indicator.name), .text("shortName", indicator.shortName),
            .text("unit", indicator.unit),
            .value("baseline", indicator.baseline.map { .target($0.date.value, $0.value.value) } ?? .none),
            .value("targets", indicator.targets.isEmpty
                ? .none : .list(indicator.targets.map { .target($0.date.value, $0.value.value) })),
            .value("source", source), .text("verification", indicator.verification),
        ]
    }

    static func portalMetric(_ metric: PortalMetric) -> [DiffField] {
        [.text("name", metric.name), .text("unit", metric.unit), .value("clause", .text(metric.clause))]
    }

    static func risk(_ risk: Risk) -> [DiffField] {
        [
            .text("title", risk.title),
            .value("likelihood", .label("level.\(risk.likelihood.rawValue)")),
            .value("impact", .label("level.\(risk.impact.rawValue)")),
            .text("mitigation", risk.mitigation), .id("owner", risk.owner),
        ]
    }

    static func contract(_ contract: Contract) -> [DiffField] {
        [
            .text("title", contract.title), .id("client", contract.client),
            .date("start", contract.period.start.value), .date("end", contract.period.end.value),
            .number("total", contract.total.value.amount),
            .value("currency", .text(contract.total.value.currency.code)),
            .number("days", contract.days.value), .id("remainderTranche", contract.remainderTranche),
            .text("approver", contract.approver), .text("contactName", contract.contactName),
            .text("contactRole", contract.contactRole),
        ]
    }

    static func contractTask(_ task: ContractTask) -> [DiffField] {
        [
            .number("number", Decimal(task.number)), .text("title", task.title),
            .number("days", task.days.value),
            .date("start", task.period.start.value), .date("end", task.period.end.value),
            .text("periodLabel", task.periodLabel), .ids("after", task.after),
        ]
    }

    static func deliverable(_ deliverable: Deliverable) -> [DiffField] {
        [
            .number("number", Decimal(deliverable.number)), .text("title", deliverable.title),
            .date("due", .day(deliverable.due.value)), .id("tranche", deliverable.tranche),
            .ids("tasks", deliverable.tasks),
        ]
    }

    static func tranche(_ tranche: Tranche) -> [DiffField] {
        [.text("name", tranche.name), .number("share", tranche.share.value)]
    }
}
