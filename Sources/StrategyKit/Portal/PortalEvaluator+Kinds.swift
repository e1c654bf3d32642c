import Foundation

extension PortalEvaluator {
    // MARK: Monthly minimum

    /// The month's count: the sum of the values, or the distinct audiences with a value above 0.
    func monthValue(_ metric: PortalMetricID, _ month: PortalMonth, countsAudiences: Bool) -> Decimal {
        let slice = rows(metric, from: month.firstDay, through: month.lastDay)
        if countsAudiences {
            return Decimal(Set(slice.compactMap { $0.value > 0 ? $0.audience : nil }).count)
        }
        return slice.reduce(Decimal(0)) { $0 + $1.value }
    }

    func monthly(_ target: PortalTarget, _ month: PortalMonth, minimum: Int, countsAudiences: Bool) -> PortalResult {
        let metric = target.metric.value
        let required = Decimal(minimum)
        var result = PortalResult(
            target: target, month: month, status: .notYetDue, actual: nil, required: required,
            due: month.lastDay, latest: nil, trend: .none, tally: nil)
        // Plan months the data covers, up to the report month.
        let first = plan.firstMonth
        let last = min(month, plan.lastMonth)
        var judged: [PortalMonth] = []
        if let horizon = horizon(last), horizon >= first {
            var each = first
            while each <= horizon {
                judged.append(each)
                each = each.adding(1)
            }
        }
        let values = judged.map { monthValue(metric, $0, countsAudiences: countsAudiences) }
        let met = values.filter { $0 >= required }.count
        result.tally = judged.isEmpty ? nil : .init(met: met, of: judged.count)
        let recent = values.suffix(Self.trendMonths)
        if !recent.isEmpty {
            result.trend = .average(perMonth: recent.reduce(0, +) / Decimal(recent.count), months: recent.count)
        }
        if month < first {
            return result
        }
        if month > plan.lastMonth {
            // After the plan: the verdict over all its months.
            let planMonths = plan.lastMonth.months(since: first) + 1
            result.due = plan.lastMonth.lastDay
            result.actual = Decimal(met)
            result.required = Decimal(planMonths)
            if met < judged.count {
                result.status = .missed
            } else if judged.count == planMonths {
                result.status = .met
            }
            return result
        }
        if let coverage, month <= coverage {
            let value = values.last ?? monthValue(metric, month, countsAudiences: countsAudiences)
            result.actual = value
            result.latest = rows(metric, from: month.firstDay, through: month.lastDay).last?.date
            result.status = value >= required ? .met : .missed
        } else if case .average(let average, _) = result.trend, average < required {
            result.status = .atRisk
        }
        return result
    }

    // MARK: Totals by a date (cumulative, qualifying count)

    /// A running total that must reach `required` by `due`; `value(day)` is the total on a day.
    func total(
        _ target: PortalTarget, _ month: PortalMonth, required: Decimal, due: CalendarDate,
        value: (CalendarDate) -> Decimal
    ) -> PortalResult {
        var result = PortalResult(
            target: target, month: month, status: .notYetDue, actual: nil, required: required, due: due,
            latest: nil, trend: .none, tally: nil)
        let dueMonth = PortalMonth(due)
        guard let horizon = horizon(month) else {
            // Nothing imported: no progress, so at risk once the plan has begun.
            if month >= plan.firstMonth { result.status = .atRisk }
            return result
        }
        if month >= dueMonth, horizon >= dueMonth {
            let reached = value(due)
            result.actual = reached
            result.latest = latest(target.metric.value, through: due)?.date
            result.status = reached >= required ? .met : .missed
            return result
        }
        let now = value(horizon.lastDay)
        result.actual = now
        result.latest = latest(target.metric.value, through: horizon.lastDay)?.date
        let window = min(Self.trendMonths, horizon.months(since: plan.firstMonth) + 1)
        let rate = window > 0 ? (now - value(horizon.adding(-window).lastDay)) / Decimal(window) : 0
        let ahead = Decimal(max(0, dueMonth.months(since: horizon)))
        let projected = now + rate * ahead
        result.trend = .projection(perMonth: rate, projected: projected, by: due)
        if now >= required {
            result.status = .met
        } else if horizon < plan.firstMonth {
            result.status = .notYetDue
        } else {
            result.status = projected >= required ? .notYetDue : .atRisk
        }
        return result
    }

    // MARK: Share

    func share(_ target: PortalTarget, _ month: PortalMonth, percent: Decimal, due: CalendarDate) -> PortalResult {
        let metric = target.metric.value
        var result = PortalResult(
            target: target, month: month, status: .notYetDue, actual: nil, required: percent, due: due,
            latest: nil, trend: .none, tally: nil)
        let dueMonth = PortalMonth(due)
        guard let horizon = horizon(month) else {
            if month >= plan.firstMonth { result.status = .atRisk }
            return result
        }
        if month >= dueMonth, horizon >= dueMonth {
            let reading = latest(metric, through: due)
            result.actual = reading?.value
            result.latest = reading?.date
            result.status = (reading?.value ?? -1) >= percent ? .met : .missed
            return result
        }
        let reading = latest(metric, through: horizon.lastDay)
        result.actual = reading?.value
        result.latest = reading?.date
        if let reading, reading.value >= percent {
            result.status = .met
            return result
        }
        guard horizon >= plan.firstMonth else { return result }
        guard let reading else {
            result.status = .atRisk
            return result
        }
        // The change per month between the earliest and the latest reading of the last months.
        let windowStart = horizon.adding(-(Self.trendMonths - 1)).firstDay
        let earliest = rows(metric, from: windowStart, through: horizon.lastDay).first ?? reading
        let span = PortalMonth(reading.date).months(since: PortalMonth(earliest.date))
        let rate = span > 0 ? (reading.value - earliest.value) / Decimal(span) : 0
        let projected = reading.value + rate * Decimal(max(0, dueMonth.months(since: horizon)))
        result.trend = .projection(perMonth: rate, projected: projected, by: due)
        result.status = projected >= percent ? .notYetDue : .atRisk
        return result
    }

    // MARK: Periodic output

    /// The windows of a periodic target inside the plan: `every` months from `from`, the last
    /// cut at the plan's end.
    func windows(every: Int, from: PortalMonth) -> [ClosedRange<PortalMonth>] {
        var windows: [ClosedRange<PortalMonth>] = []
        var start = from
        while start <= plan.lastMonth {
            windows.append(start...min(start.adding(every - 1), plan.lastMonth))
            start = start.adding(every)
        }
        return windows
    }

    func periodic(_ target: PortalTarget, _ month: PortalMonth, every: Int, from: PortalMonth) -> PortalResult {
        let metric = target.metric.value
        var result = PortalResult(
            target: target, month: month, status: .notYetDue, actual: nil, required: 1, due: nil,
            latest: nil, trend: .none, tally: nil)
        let windows = windows(every: every, from: from)
        let horizon = horizon(month)
        func outputs(_ window: ClosedRange<PortalMonth>, through last: PortalMonth) -> Int {
            rows(metric, from: window.lowerBound.firstDay, through: min(window.upperBound, last).lastDay).count
        }
        // Windows that are over and covered by the data, up to the report month.
        let closed = windows.filter { window in
            guard let horizon else { return false }
            return window.upperBound <= min(month, horizon)
        }
        let met = closed.filter { outputs($0, through: $0.upperBound) > 0 }.count
        result.tally = closed.isEmpty ? nil : .init(met: met, of: closed.count)
        guard month >= from, let current = windows.first(where: { $0.contains(month) }) ?? windows.last else {
            return result
        }
        if month > plan.lastMonth {
            result.due = plan.lastMonth.lastDay
            result.actual = Decimal(met)
            result.required = Decimal(windows.count)
            if met < closed.count {
                result.status = .missed
            } else if closed.count == windows.count {
                result.status = .met
            }
            return result
        }
        result.due = current.upperBound.lastDay
        guard let horizon, horizon >= current.lowerBound else { return result }
        let count = outputs(current, through: min(month, horizon))
        result.actual = Decimal(count)
        result.latest = rows(metric, from: current.lowerBound.firstDay, through: min(month, horizon).lastDay).last?.date
        if count > 0 {
            result.status = .met
        } else if month == current.upperBound, horizon >= month {
            result.status = .missed
        }
        return result
    }

    // MARK: Deadline

    func deadline(_ target: PortalTarget, _ month: PortalMonth, due: CalendarDate) -> PortalResult {
        var result = PortalResult(
            target: target, month: month, status: .notYetDue, actual: nil, required: 1, due: due,
            latest: nil, trend: .none, tally: nil)
        guard let horizon = horizon(month) else { return result }
        let delivered = rows[target.metric.value]?.first.map(\.date).flatMap { $0 <= horizon.lastDay ? $0 : nil }
        result.actual = delivered == nil ? 0 : 1
        result.latest = delivered
        if let delivered, delivered <= due {
            result.status = .met
        } else if month.lastDay >= due, horizon >= PortalMonth(due) {
            result.status = .missed
        }
        return result
    }

    // MARK: An output per event

    func perEvent(_ target: PortalTarget, _ month: PortalMonth, event: PortalMetricID) -> PortalResult {
        var result = PortalResult(
            target: target, month: month, status: .notYetDue, actual: nil, required: 0, due: nil,
            latest: nil, trend: .none, tally: nil)
        guard let horizon = horizon(month) else { return result }
        let end = horizon.lastDay
        // Each event (by ref) ends on its latest row; its output is due by the end of that month.
        var events: [String: CalendarDate] = [:]
        for row in rows[event]?[..<count(event, through: end)] ?? [] {
            guard let ref = row.ref else { continue }
            events[ref] = max(events[ref] ?? row.date, row.date)
        }
        var outputs: [String: CalendarDate] = [:]
        for row in rows[target.metric.value]?[..<count(target.metric.value, through: end)] ?? [] {
            guard let ref = row.ref else { continue }
            outputs[ref] = min(outputs[ref] ?? row.date, row.date)
        }
        let covered = events.filter { ref, date in
            outputs[ref].map { $0 <= PortalMonth(date).lastDay } ?? false
        }
        result.required = Decimal(events.count)
        result.actual = Decimal(covered.count)
        result.latest = outputs.values.max()
        result.due = events.values.max().map { PortalMonth($0).lastDay }
        result.tally = events.isEmpty ? nil : .init(met: covered.count, of: events.count)
        if events.isEmpty { return result }
        result.status = covered.count == events.count ? .met : .missed
        return result
    }
}
