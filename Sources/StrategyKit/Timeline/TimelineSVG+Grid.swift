extension TimelineSVG {
    /// The legend under the title: one swatch per kind of row, and the "today" line.
    static func legend(
        _ timeline: Timeline, labels: Labels, today: CalendarDate?, layout: Layout
    ) -> [String] {
        var out: [String] = []
        var x = layout.margin
        let y = 58.0
        func advance(_ label: String) { x += 26 + Double(label.count) * 6.5 + 18 }
        for entity in timeline.entities {
            let label = labels["timeline.legend.\(entity.rawValue)"]
            if entity == .action || entity == .task {
                out.append(##"<rect x="\##(n(x))" y="\##(n(y - 9))" width="18" height="12" rx="2" fill="\##(colour(entity))"/>"##)
            } else {
                out.append(diamond(x: x + 9, y: y - 3, size: 6, colour: colour(entity)))
            }
            out.append(text(label, x: x + 24, y: y, attributes: ##"fill="#333333""##))
            advance(label)
        }
        if timeline.plan == .contract {
            let label = labels["timeline.legend.weekend"]
            out.append(##"<rect x="\##(n(x))" y="\##(n(y - 9))" width="18" height="12" fill="#f0f0f0" stroke="#cccccc"/>"##)
            out.append(text(label, x: x + 24, y: y, attributes: ##"fill="#333333""##))
            advance(label)
        }
        if let today {
            let label = labels.format("timeline.today", ["date": labels.date(today)])
            out.append(##"<line x1="\##(n(x + 9))" y1="\##(n(y - 11))" x2="\##(n(x + 9))" y2="\##(n(y + 4))" stroke="#c0392b" stroke-width="1.5" stroke-dasharray="4 3"/>"##)
            out.append(text(label, x: x + 24, y: y, attributes: ##"fill="#333333""##))
        }
        return out
    }

    /// The header bands and vertical grid lines down to `bottom`.
    static func grid(_ timeline: Timeline, labels: Labels, layout: Layout, bottom: Double) -> [String] {
        switch timeline.plan {
        case .strategy: quarterGrid(labels: labels, layout: layout, bottom: bottom)
        case .contract: dayGrid(labels: labels, layout: layout, bottom: bottom)
        }
    }

    private static func quarterGrid(labels: Labels, layout: Layout, bottom: Double) -> [String] {
        var out: [String] = []
        let top = layout.headerTop
        let middle = top + 20
        for month in TimelineCalendar.months(from: layout.start, through: layout.end) {
            let x = layout.x(month)
            let (stroke, from): (String, Double) = month.month == 1 ? ("#888888", top)
                : (month.month - 1) % 3 == 0 ? ("#c8c8c8", middle) : ("#eeeeee", layout.bodyTop)
            out.append(line(x, from, x, bottom, stroke))
            if month.month == 1 || month == TimelineCalendar.firstOfMonth(layout.start) {
                let yearEnd = min(layout.end, CalendarDate(validYear: month.year, month: 12, day: 31))
                out.append(text(String(month.year), x: (x + layout.xAfter(yearEnd)) / 2, y: top + 15,
                                attributes: ##"font-weight="bold" fill="#1f2d3d""##, anchor: "middle"))
            }
            if (month.month - 1) % 3 == 0 {
                let quarter = (month.month - 1) / 3 + 1
                let last = CalendarDate(validYear: month.year, month: quarter * 3,
                                        day: CalendarDate.daysIn(month: quarter * 3, year: month.year))
                let name = labels.format("date.quarter", ["n": String(quarter), "year": ""])
                    .trimmingCharacters(in: .whitespaces)
                out.append(text(name, x: (x + layout.xAfter(min(last, layout.end))) / 2, y: middle + 14,
                                attributes: ##"font-size="10" fill="#555555""##, anchor: "middle"))
            }
        }
        out.append(line(layout.chartRight, top, layout.chartRight, bottom, "#888888"))
        out.append(line(layout.chartLeft, middle, layout.chartRight, middle, "#c8c8c8"))
        out.append(line(layout.margin, layout.bodyTop, layout.chartRight, layout.bodyTop, "#888888"))
        return out
    }

    private static func dayGrid(labels: Labels, layout: Layout, bottom: Double) -> [String] {
        var out: [String] = []
        let top = layout.headerTop
        let middle = top + 20
        let months = labels["months.short"].split(separator: " ").map(String.init)
        for number in layout.start.dayNumber...layout.end.dayNumber {
            let day = TimelineCalendar.date(dayNumber: number)
            let x = layout.x(day)
            if TimelineCalendar.isWeekend(day) {
                out.append(##"<rect x="\##(n(x))" y="\##(n(middle))" width="\##(n(layout.dayWidth))" height="\##(n(bottom - middle))" fill="#f0f0f0"/>"##)
            }
            if day.day == 1 || number == layout.start.dayNumber {
                out.append(line(x, top, x, bottom, "#888888"))
                let last = min(layout.end, TimelineCalendar.lastOfMonth(day))
                let name = months.count == 12 ? "\(months[day.month - 1]) \(day.year)" : String(day.month)
                out.append(text(name, x: (x + layout.xAfter(last)) / 2, y: top + 15,
                                attributes: ##"font-weight="bold" fill="#1f2d3d""##, anchor: "middle"))
            } else if TimelineCalendar.weekday(day) == 0 {
                out.append(line(x, middle, x, bottom, "#d8d8d8"))
            }
            if TimelineCalendar.weekday(day) == 0 {
                out.append(text(String(day.day), x: x + 2, y: middle + 14, attributes: ##"font-size="10" fill="#555555""##))
            }
        }
        out.append(line(layout.chartRight, top, layout.chartRight, bottom, "#888888"))
        out.append(line(layout.chartLeft, middle, layout.chartRight, middle, "#c8c8c8"))
        out.append(line(layout.margin, layout.bodyTop, layout.chartRight, layout.bodyTop, "#888888"))
        return out
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ stroke: String) -> String {
        ##"<line x1="\##(n(x1))" y1="\##(n(y1))" x2="\##(n(x2))" y2="\##(n(y2))" stroke="\##(stroke)"/>"##
    }
}
