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
        let rows = strategy.actions.map { action -> Table.Row in
            let quarters = years.map { year -> [Inline] in
                let active = (1...4).filter { quarter in
                    let start = CalendarDate(validYear: year, month: quarter * 3 - 2, day: 1)
                    let end = CalendarDate(
                        validYear: year, month: quarter * 3,
                        day: CalendarDate.daysIn(month: quarter * 3, year: year))
                    return action.period.firstDay <= end && start <= action.period.lastDay
                }
                guard let first = active.first, let last = active.last else { return [] }
                return Inline.plain(first == last ? "\(first)" : "\(first)–\(last)")
            }
            return Table.Row([
                Inline.plain(action.id.value.rawValue), Inline.plain(text(action.title)),
                Inline.plain(names.memberShort(action.lead.value)),
            ] + quarters)
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
}
