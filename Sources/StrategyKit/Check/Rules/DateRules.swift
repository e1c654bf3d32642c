/// Spans start before they end and lie inside the period they belong to.
enum DateRules {
    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        let period = strategy.period
        order(period, subject: "the strategy period", sink: sink)
        for action in strategy.actions {
            let subject = "action \(action.id.value)"
            if order(action.period, subject: subject, sink: sink) {
                inside(action.period, of: period, subject: subject, periodName: "strategy period", sink: sink)
            }
        }
        for indicator in strategy.indicators {
            var previous: Indicator.Point?
            for target in indicator.targets {
                let date = target.date.value
                if !(period.contains(date.firstDay) && period.contains(date.lastDay)) {
                    sink.report(.error(
                        "date.outside-period",
                        "indicator '\(indicator.id.value)' has a target dated \(date), outside the strategy period \(describe(period))",
                        at: target.date.location))
                }
                if let previous, target.date.value.firstDay < previous.date.value.lastDay {
                    sink.report(.error(
                        "date.order",
                        "indicator '\(indicator.id.value)' lists its target for \(date) after the one for \(previous.date.value); targets go in date order",
                        at: target.date.location))
                }
                previous = target
            }
        }
        let years = Self.years(of: period)
        let actions = strategy.actionsByID
        for line in strategy.costLines {
            let year = line.year.value
            if let years, !years.contains(year) {
                sink.report(.error(
                    "date.outside-period",
                    "cost line \(line.id.value) is for \(year), outside the strategy period \(describe(period))",
                    at: line.year.location))
            } else if let action = actions[line.action.value],
                      let actionYears = Self.years(of: action.period), !actionYears.contains(year) {
                sink.report(.error(
                    "date.cost-year",
                    "cost line \(line.id.value) is for \(year), but action \(action.id.value) runs \(describe(action.period))",
                    at: line.year.location))
            }
        }
        if let contract = strategy.contract { checkContract(contract, sink: sink) }
    }

    private static func checkContract(_ contract: Contract, sink: DiagnosticSink) {
        let period = contract.period
        guard order(period, subject: "the contract period", sink: sink) else { return }
        for task in contract.tasks {
            let subject = "task \(task.id.value)"
            if order(task.period, subject: subject, sink: sink) {
                inside(task.period, of: period, subject: subject, periodName: "contract period", sink: sink)
            }
        }
        // The ToR's sequence: a task that follows another starts only once that one has ended.
        let tasks = Dictionary(contract.tasks.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        for task in contract.tasks {
            for previous in task.after {
                guard let earlier = tasks[previous.value], task.period.firstDay <= earlier.period.lastDay
                else { continue }
                sink.report(.error(
                    "contract.task-order",
                    "task \(task.id.value) starts \(task.period.start.value) but follows task \(earlier.id.value), which ends \(earlier.period.end.value)",
                    at: previous.location))
            }
        }
        for deliverable in contract.deliverables where !period.contains(deliverable.due.value) {
            sink.report(.error(
                "date.outside-period",
                "deliverable \(deliverable.id.value) is due \(deliverable.due.value), outside the contract period \(describe(period))",
                at: deliverable.due.location))
        }
    }

    /// Reports an end before the start; true when the order is fine.
    @discardableResult
    private static func order(_ span: PlanPeriod, subject: String, sink: DiagnosticSink) -> Bool {
        guard span.lastDay < span.firstDay else { return true }
        sink.report(.error(
            "date.order",
            "\(subject) ends (\(span.end.value)) before it starts (\(span.start.value))",
            at: span.end.location))
        return false
    }

    private static func inside(
        _ span: PlanPeriod, of period: PlanPeriod, subject: String, periodName: String,
        sink: DiagnosticSink
    ) {
        if span.firstDay < period.firstDay {
            sink.report(.error(
                "date.outside-period",
                "\(subject) starts \(span.start.value), before the \(periodName) \(describe(period))",
                at: span.start.location))
        }
        if span.lastDay > period.lastDay {
            sink.report(.error(
                "date.outside-period",
                "\(subject) ends \(span.end.value), after the \(periodName) \(describe(period))",
                at: span.end.location))
        }
    }

    /// The calendar years a span covers; nil when it ends before it starts (reported as
    /// `date.order`), because a reversed `ClosedRange` traps.
    static func years(of span: PlanPeriod) -> ClosedRange<Int>? {
        let first = span.firstDay.year
        let last = span.lastDay.year
        return first <= last ? first...last : nil
    }

    static func describe(_ period: PlanPeriod) -> String {
        "\(period.start.value)…\(period.end.value)"
    }
}
