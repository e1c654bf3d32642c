import Foundation

extension WorkspaceLoader {
    static func readActions(_ table: CSVTable, languages: [Language], sink: DiagnosticSink) -> [Action] {
        let reader = CSVRecordReader(
            table: table, file: FileName.actions,
            required: ["id", "objective", "themes", "audiences", "channels", "lead", "partners",
                       "start", "end", "indicators"],
            localized: ["title", "description"], languages: languages, sink: sink)
        return table.rows.compactMap { row in
            guard let record = reader.record(row) else {
                sink.markIncomplete(reader.file)
                return nil
            }
            let subject = record.field("id").map { "action '\($0.value)'" } ?? "action"
            let id: Located<ActionID>? = record.id("id", subject: subject)
            let objective: Located<ObjectiveID>? = record.id("objective", subject: subject)
            let lead: Located<MemberID>? = record.id("lead", subject: subject)
            let start = record.required("start", subject: subject).flatMap {
                ValueGrammar.planDate($0.value, at: $0.location, sink: sink)
            }
            let end = record.required("end", subject: subject).flatMap {
                ValueGrammar.planDate($0.value, at: $0.location, sink: sink)
            }
            guard let id, let objective, let lead, let start, let end else {
                sink.markIncomplete(FileName.actions)
                return nil
            }
            return Action(
                id: id, objective: objective, title: record.text("title"),
                description: record.text("description"), themes: record.ids("themes"),
                audiences: record.ids("audiences"), channels: record.ids("channels"), lead: lead,
                partners: record.ids("partners"), period: PlanPeriod(start: start, end: end),
                indicators: record.ids("indicators"))
        }
    }

    static func readCostLines(_ table: CSVTable, languages: [Language], sink: DiagnosticSink) -> [CostLine] {
        let reader = CSVRecordReader(
            table: table, file: FileName.costs,
            required: ["id", "action", "quantity", "unit_cost", "currency", "year", "member", "source"],
            localized: ["item", "unit"], languages: languages, sink: sink)
        return table.rows.compactMap { row in
            guard let record = reader.record(row) else {
                sink.markIncomplete(reader.file)
                return nil
            }
            let subject = record.field("id").map { "cost line '\($0.value)'" } ?? "cost line"
            let id: Located<CostLineID>? = record.id("id", subject: subject)
            let action: Located<ActionID>? = record.id("action", subject: subject)
            let member: Located<MemberID>? = record.id("member", subject: subject)
            let source: Located<FundingSourceID>? = record.id("source", subject: subject)
            let quantity = record.required("quantity", subject: subject).flatMap {
                ValueGrammar.decimal($0.value, at: $0.location, sink: sink)
            }
            let unitCost = record.required("unit_cost", subject: subject).flatMap {
                ValueGrammar.decimal($0.value, at: $0.location, sink: sink)
            }
            let currency = record.required("currency", subject: subject).flatMap {
                ValueGrammar.currency($0.value, at: $0.location, sink: sink)
            }
            let year = record.required("year", subject: subject).flatMap {
                ValueGrammar.integer($0.value, at: $0.location, sink: sink)
            }
            guard let id, let action, let member, let source, let quantity, let unitCost,
                  let currency, let year
            else {
                sink.markIncomplete(FileName.costs)
                return nil
            }
            return CostLine(
                id: id, action: action, item: record.text("item"), unit: record.text("unit"),
                quantity: quantity, unitCost: unitCost, currency: currency, year: year,
                member: member, source: source)
        }
    }
}
