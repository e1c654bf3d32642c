import Foundation

/// D1, the detailed schedule: tasks with days, dates and products; the products with their due
/// dates; the tranches; the consultancy's Gantt chart.
extension PaperworkBuilder {
    /// The products a task contributes to: "D1, D2".
    func products(of task: ContractTask) -> String {
        contract.deliverables.filter { deliverable in deliverable.tasks.contains { $0.value == task.id.value } }
            .map(\.id.value.rawValue).joined(separator: ", ")
    }

    var scheduleTasks: [Block] {
        var rows = contract.tasks.map { task in
            Table.Row([
                Inline.plain(String(task.number)), Inline.plain(text(task.title)),
                Inline.plain(labels.number(task.days.value)), Inline.plain(text(task.periodLabel)),
                Inline.plain(span(task.period.firstDay, task.period.lastDay)),
                Inline.plain(products(of: task).isEmpty ? labels["none"] : products(of: task)),
            ])
        }
        rows.append(Table.Row(
            [[], Inline.plain(labels["total"]), Inline.plain(labels.number(contract.taskDays)), [], [], []],
            isTotal: true))
        return [.table(Table(columns: [
            column("task.column.number", 1), column("task.column.title", 10),
            column("task.column.days", 2, .trailing), column("task.column.period", 3),
            column("schedule.column.dates", 4), column("schedule.column.products", 2),
        ], rows: rows))]
    }

    var scheduleProducts: [Block] {
        let tranches = Dictionary(contract.tranches.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = contract.deliverables.map { deliverable in
            let tasks = deliverable.tasks.compactMap { id in contract.tasks.first { $0.id.value == id.value } }
                .map { String($0.number) }.joined(separator: ", ")
            return Table.Row([
                Inline.plain(deliverable.id.value.rawValue), Inline.plain(text(deliverable.title)),
                Inline.plain(labels.date(deliverable.due.value)),
                Inline.plain(tranches[deliverable.tranche.value].map { text($0.name) } ?? labels["none"]),
                Inline.plain(tasks.isEmpty ? labels["none"] : tasks),
            ])
        }
        return [.table(Table(columns: [
            column("deliverable.column.number", 1), column("deliverable.column.title", 10),
            column("deliverable.column.due", 3), column("deliverable.column.tranche", 2),
            column("schedule.column.tasks", 2),
        ], rows: rows))]
    }

    var scheduleTranches: [Block] {
        let planned = Dictionary(Timeline.trancheDates(contract).map { ($0.0.id.value, $0.1) },
                                 uniquingKeysWith: { first, _ in first })
        var rows = status.tranches.map { line in
            var amount = labels.money(line.amount)
            if line.isRemainder { amount += " (" + labels["tranche.remainder"] + ")" }
            let date = planned[line.tranche.id.value].map { words.shortDate($0) } ?? labels["none"]
            return Table.Row([
                Inline.plain(text(line.tranche.name)), Inline.plain(labels.number(line.tranche.share.value) + " %"),
                Inline.plain(amount),
                Inline.plain(line.products.map { words.named($0.deliverable) }.joined(separator: labels["list.separator"])),
                Inline.plain(labels.format("schedule.act", ["number": String(line.number), "date": date])),
                Inline.plain(labels.format("schedule.payment", ["number": String(line.number), "date": date])),
            ])
        }
        rows.append(Table.Row([
            Inline.plain(labels["total"]), Inline.plain("100 %"), Inline.plain(labels.money(contract.total.value)),
            [], [], [],
        ], isTotal: true))
        var blocks: [Block] = [.table(Table(columns: [
            column("tranche.column.name", 2), column("tranche.column.share", 1, .trailing),
            Table.Column(Inline.plain(labels.format("schedule.column.amount", ["currency": contract.total.value.currency.code])),
                         width: 3, alignment: .trailing),
            column("tranche.column.deliverables", 5), column("schedule.column.act", 3),
            column("schedule.column.payment", 3),
        ], rows: rows))]
        blocks += actAssumption
        return blocks
    }

    /// The consultancy's Gantt chart (SVG in HTML), with a calendar plan by week as its table.
    var scheduleGantt: [Block] {
        guard let timeline = Timeline.contractPlan(strategy, language: language, labels: labels) else { return [] }
        let weeks = Self.weeks(from: timeline.start, to: timeline.end)
        var columns = [column("schedule.column.item", 12)]
        columns += weeks.map { week in
            Table.Column(Inline.plain(Self.weekLabel(week.first, week.last)), width: 1, alignment: .center)
        }
        let rows = timeline.rows.map { row -> Table.Row in
            let cells = weeks.map { week -> [Inline] in
                guard row.start <= week.last, week.first <= row.end else { return [] }
                switch row.kind {
                case .bar: return Inline.plain(labels["schedule.mark.task"])
                case .milestone:
                    return Inline.plain(row.entity == .tranche ? labels["schedule.mark.tranche"] : labels["schedule.mark.product"])
                }
            }
            return Table.Row([Inline.plain(calendarLabel(row))] + cells)
        }
        var svg = ""
        if drawsFigures { svg = TimelineSVG.render(timeline, labels: labels) }
        // A column per week beside the labels: set dense, so a row stays on one or two lines.
        var table = Table(columns: columns, rows: rows)
        table.isDense = true
        // On a landscape page in every format: the chart is drawn for A4 landscape, and its
        // table has a column per week beside the labels.
        return [.landscape([.figure(Figure(
            svg: svg, caption: labels["schedule.gantt.caption"],
            fallback: [
                .paragraph(Inline.plain(labels["schedule.gantt.intro"])),
                .table(table),
            ]))])]
    }

    /// A row's label in the calendar plan, short enough for one line: a task's first sentence
    /// and its days, a product's few words and its day. Tranches and tasks share `T…` ids, so a
    /// tranche is named as one.
    func calendarLabel(_ row: Timeline.Row) -> String {
        switch row.entity {
        case .task:
            guard let task = contract.tasks.first(where: { $0.id.value.rawValue == row.id }) else { return row.label }
            let title = text(task.title)
            let sentence = title.range(of: ". ").map { String(title[..<$0.lowerBound]) } ?? title
            let days = labels.format("timeline.days", ["days": labels.number(task.days.value)])
            return "\(row.id) \(sentence) (\(days))"
        case .deliverable:
            guard let deliverable = contract.deliverables.first(where: { $0.id.value.rawValue == row.id })
            else { return row.label }
            return words.named(deliverable) + " — " + words.shortDate(row.start)
        case .tranche:
            return "\(labels["tranche.column.name"]): \(row.label) — \(words.shortDate(row.start))"
        case .action:
            return "\(row.id) \(row.label)"
        }
    }

    /// The weeks (Monday to Sunday) that cover the span, clipped to it.
    static func weeks(from start: CalendarDate, to end: CalendarDate) -> [(first: CalendarDate, last: CalendarDate)] {
        var result: [(first: CalendarDate, last: CalendarDate)] = []
        var first = start
        while first <= end {
            let toSunday = 6 - TimelineCalendar.weekday(first)
            let sunday = TimelineCalendar.adding(toSunday, to: first)
            let last = min(sunday, end)
            result.append((first, last))
            first = TimelineCalendar.adding(1, to: last)
        }
        return result
    }

    /// A week's column heading, its first and last day: "11–15.10" (Wednesday to Sunday, the
    /// contract's first week), "30.10–05.11"; one day alone is "22.12". A heading with only the
    /// first day read as "the week of Monday 11.10", and 11 Oct 2023 was a Wednesday.
    static func weekLabel(_ first: CalendarDate, _ last: CalendarDate) -> String {
        if first == last { return dayMonth(first) }
        if first.month == last.month { return CalendarDate.pad(first.day, 2) + "–" + dayMonth(last) }
        return dayMonth(first) + "–" + dayMonth(last)
    }

    /// "16.10".
    static func dayMonth(_ date: CalendarDate) -> String {
        CalendarDate.pad(date.day, 2) + "." + CalendarDate.pad(date.month, 2)
    }
}
