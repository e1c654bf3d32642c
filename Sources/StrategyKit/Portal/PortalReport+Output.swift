import Foundation

extension PortalReport {
    /// The report as CSV for a spreadsheet (UTF-8 with BOM, CRLF): one row per target, with
    /// the numbers as plain decimals and the words in the labels' language.
    public func csv(labels: Labels, language: Language) -> String {
        let words = PortalWording(labels: labels, language: language, plan: plan, metrics: metrics)
        var rows = [[
            "month", "target", "clause", "kind", "metric", "required", "required_text", "actual", "actual_text",
            "status", "status_text", "trend_text", "due", "example_rows",
        ].map { CSVEscaping.cell($0) }]
        for result in results {
            let target = result.target
            rows.append([
                month.description, target.id.value.rawValue, target.clause, target.kindName.rawValue,
                target.metric.value.rawValue, "\(result.required)", words.required(target),
                result.actual.map { "\($0)" } ?? "", words.actual(result), result.status.rawValue,
                words.status(result.status), words.trend(result), result.due?.description ?? "",
                String(exampleCount),
            ].map { CSVEscaping.cell($0) })
        }
        return CSVEscaping.file(rows)
    }

    /// The report for scripts: stable keys, statuses as `met`, `at-risk`, `missed`,
    /// `not-yet-due`, numbers as strings of plain decimals.
    public func json() -> String {
        struct Output: Encodable {
            var month: String
            var plan: Period
            var data: DataState
            var targets: [Target]
        }
        struct Period: Encodable {
            var start: String
            var end: String
        }
        struct DataState: Encodable {
            var rows: Int
            var exampleRows: Int
            var isExample: Bool
            var latest: String?
            var coveredThrough: String?
        }
        struct Target: Encodable {
            var id: String
            var clause: String
            var kind: String
            var metric: String
            var status: String
            var required: String
            var actual: String?
            var due: String?
            var latest: String?
            var trend: Trend?
            var met: Int?
            var judged: Int?
            var history: [String: String]
        }
        struct Trend: Encodable {
            var perMonth: String
            var months: Int?
            var projected: String?
            var by: String?
        }
        let targets = zip(results, history).map { result, statuses in
            var trend: Trend?
            switch result.trend {
            case .none: trend = nil
            case .average(let perMonth, let months):
                trend = Trend(perMonth: "\(Money.round(perMonth, scale: 4, rule: .halfUp))", months: months)
            case .projection(let perMonth, let projected, let by):
                trend = Trend(
                    perMonth: "\(Money.round(perMonth, scale: 4, rule: .halfUp))",
                    projected: "\(Money.round(projected, scale: 4, rule: .halfUp))", by: by.description)
            }
            var monthly: [String: String] = [:]
            for (month, status) in zip(months, statuses) { monthly[month.description] = status.rawValue }
            return Target(
                id: result.target.id.value.rawValue, clause: result.target.clause,
                kind: result.target.kindName.rawValue, metric: result.target.metric.value.rawValue,
                status: result.status.rawValue, required: "\(result.required)", actual: result.actual.map { "\($0)" },
                due: result.due?.description, latest: result.latest?.description, trend: trend,
                met: result.tally?.met, judged: result.tally?.of, history: monthly)
        }
        let output = Output(
            month: month.description,
            plan: Period(start: plan.firstMonth.description, end: plan.lastMonth.description),
            data: DataState(
                rows: rowCount, exampleRows: exampleCount, isExample: exampleCount > 0, latest: latest?.description,
                coveredThrough: coverage?.description),
            targets: targets)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
