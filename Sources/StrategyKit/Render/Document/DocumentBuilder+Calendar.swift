extension DocumentBuilder {
    /// The action plan as a Gantt chart, with the calendar plan ("календарный план") as its
    /// table equivalent: for each action and year, the quarters in which it runs.
    var calendarPlan: [Block] {
        let firstYear = strategy.period.firstDay.year
        let lastYear = max(firstYear, strategy.period.lastDay.year)
        let years = Array(firstYear...lastYear)
        var columns = [
            Table.Column(Inline.plain(labels["action.column.id"]), width: 2),
            Table.Column(Inline.plain(labels["action.column.action"]), width: 10),
            Table.Column(Inline.plain(labels["calendar.lead"]), width: 3),
        ]
        columns += years.map { Table.Column(Inline.plain(String($0)), width: 2, alignment: .center) }
        // The first and last day of each quarter of each year, worked out once.
        let quarterDays = years.map { year in
            (1...4).map { quarter in
                (start: CalendarDate(validYear: year, month: quarter * 3 - 2, day: 1),
                 end: CalendarDate(validYear: year, month: quarter * 3,
                                   day: CalendarDate.daysIn(month: quarter * 3, year: year)))
            }
        }
        // Made as they are written (see TableRows): one per action.
        let rows = TableRows(count: strategy.actions.count) { [self] index in
            calendarRow(strategy.actions[index], quarterDays: quarterDays)
        }
        let table = Table(columns: columns, rows: rows)
        var svg = ""
        if drawsFigures {
            svg = TimelineSVG.render(Timeline.strategyPlan(strategy, language: language, labels: labels), labels: labels)
        }
        return [.figure(Figure(
            svg: svg,
            caption: labels["calendar.caption"],
            fallback: [.paragraph(Inline.plain(labels["calendar.intro"])), .table(table)]))]
    }

    /// An action's row: for each year, the quarters in which it runs. The action is borrowed,
    /// not copied (a copy retains each of its fields).
    private func calendarRow(
        _ action: borrowing Action, quarterDays: [[(start: CalendarDate, end: CalendarDate)]]
    ) -> Table.Row {
        let (firstDay, lastDay) = (action.period.firstDay, action.period.lastDay)
        let quarters = quarterDays.map { days -> Table.Cell in
            let active = (1...4).filter { quarter in
                let bounds = days[quarter - 1]
                return firstDay <= bounds.end && bounds.start <= lastDay
            }
            guard let first = active.first, let last = active.last else { return .empty }
            return .plain(first == last ? "\(first)" : "\(first)–\(last)")
        }
        return Table.Row(contents: [
            .plain(action.id.value.rawValue), .plain(text(action.title)),
            .plain(names.memberShort(action.lead.value)),
        ] + quarters)
    }
}
