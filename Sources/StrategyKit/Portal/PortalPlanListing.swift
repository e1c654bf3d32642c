import Foundation

/// The plan as data, for `strategy portal targets`: every target with its clause, kind, metric
/// and rule, the audience vocabulary and the notes on how the seed was read.
public enum PortalPlanListing {
    /// The plan as a document (text, Markdown, HTML).
    public static func document(
        _ plan: PortalPlan, metrics: [PortalMetricID: PortalMetric], labels: Labels, language: Language
    ) -> Document {
        let words = PortalWording(labels: labels, language: language, plan: plan, metrics: metrics)
        let title = labels.format("portal.targets.title", ["period": words.period])
        var blocks: [Block] = [.heading(level: 1, content: [.text(title)], anchor: "portal-targets")]
        if let note = plan.note { blocks.append(.paragraph([.text(words.text(note))])) }
        blocks.append(.table(Table(columns: [
            .init([.text(labels["portal.column.id"])], width: 3),
            .init([.text(labels["portal.column.clause"])], width: 3),
            .init([.text(labels["portal.column.kind"])], width: 2),
            .init([.text(labels["portal.column.metric"])], width: 3),
            .init([.text(labels["portal.column.required"])], width: 4),
            .init([.text(labels["portal.column.target"])], width: 6),
        ], rows: plan.targets.map { target in
            Table.Row([
                [.text(target.id.value.rawValue)], [.text(target.clause)], [.text(words.kind(target.kindName))],
                [.text(target.metric.value.rawValue)], [.text(words.required(target))],
                [.text(words.text(target.title))],
            ])
        })))
        blocks.append(.heading(level: 2, content: [.text(labels["portal.audiences.title"])], anchor: "portal-audiences"))
        blocks.append(.list(ordered: false, items: plan.audiences.map { audience in
            [.paragraph([.code(audience.id.value.rawValue), .text(" — " + words.text(audience.name))])]
        }))
        let notes = plan.targets.filter { !words.text($0.note).isEmpty }
        if !notes.isEmpty {
            blocks.append(.heading(level: 2, content: [.text(labels["portal.notes.title"])], anchor: "portal-notes"))
            blocks.append(.list(ordered: false, items: notes.map { target in
                [.paragraph([.code(target.id.value.rawValue), .text(": " + words.text(target.note))])]
            }))
        }
        return Document(language: language, title: title, blocks: blocks)
    }

    /// The plan for scripts.
    public static func json(_ plan: PortalPlan) -> String {
        struct Output: Encodable {
            var period: [String: String]
            var audiences: [Audience]
            var targets: [Target]
        }
        struct Audience: Encodable {
            var id: String
            var name: [String: String]
        }
        struct Target: Encodable {
            var id: String
            var clause: String
            var kind: String
            var metric: String
            var title: [String: String]
            var note: [String: String]?
            var minimum: Int?
            var counts: String?
            var value: String?
            var total: String?
            var after: String?
            var due: String?
            var minimumParticipants: Int?
            var everyMonths: Int?
            var from: String?
            var event: String?
        }
        func texts(_ text: LocalizedText?) -> [String: String]? {
            text.map { Dictionary(uniqueKeysWithValues: $0.values.map { ($0.key.code, $0.value) }) }
        }
        let totals = PortalEvaluator.totals(plan)
        let targets = plan.targets.map { target in
            var item = Target(
                id: target.id.value.rawValue, clause: target.clause, kind: target.kindName.rawValue,
                metric: target.metric.value.rawValue, title: texts(target.title) ?? [:], note: texts(target.note))
            switch target.kind {
            case .monthly(let minimum, let countsAudiences):
                item.minimum = minimum
                item.counts = countsAudiences ? "distinct-audiences" : "values"
            case .cumulative(let value, let due, let after):
                item.value = "\(value)"
                item.total = totals[target.id.value].map { "\($0)" }
                item.after = after?.value.rawValue
                item.due = due.description
            case .qualifying(let count, let due, let participants):
                item.value = String(count)
                item.due = due.description
                item.minimumParticipants = participants
            case .share(let percent, let due):
                item.value = "\(percent)"
                item.due = due.description
            case .periodic(let every, let from):
                item.everyMonths = every
                item.from = from.description
            case .deadline(let due):
                item.due = due.description
            case .perEvent(let event):
                item.event = event.value.rawValue
            }
            return item
        }
        let output = Output(
            period: ["start": plan.firstMonth.description, "end": plan.lastMonth.description],
            audiences: plan.audiences.map { Audience(id: $0.id.value.rawValue, name: texts($0.name) ?? [:]) },
            targets: targets)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
