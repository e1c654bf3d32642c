/// A text Gantt for a terminal: groups as headings, one line per row, a column per month
/// (the action plan, grouped in quarters and years) or per day (the consultancy; per week when
/// that would be wider than ``maximumDayColumns``).
///
/// `█` a bar, `◆` a deliverable, `◇` a tranche, `·` an empty working day or month, a blank a
/// weekend, `│` the given "today" (never the clock, so the output is reproducible).
public enum TimelineText {
    /// The widest day-by-day chart; a longer span is drawn by week.
    public static let maximumDayColumns = 100
    /// Labels longer than this are cut with `…`.
    public static let labelWidth = 44

    /// The chart as text, ending with a line feed.
    public static func render(_ timeline: Timeline, labels: Labels, today: CalendarDate? = nil) -> String {
        let columns = self.columns(for: timeline)
        let byDay = timeline.plan == .contract && columns.first.map { $0.first == $0.last } == true
        let idWidth = timeline.rows.map(\.id.count).max() ?? 0
        let labelWidth = min(Self.labelWidth, timeline.rows.map(\.label.count).max() ?? 0)
        let leadWidth = min(14, max(labels["timeline.column.lead"].count, timeline.rows.map(\.lead.count).max() ?? 0))
        let indent = 2 + idWidth + 1 + labelWidth + 1 + leadWidth + 1
        func chart(_ cell: (TimelineColumn) -> String) -> String {
            columns.map { ($0.startsSection ? " " : "") + cell($0) }.joined()
        }

        var lines = [timeline.title, legend(timeline, labels: labels, today: today), ""]
        let captions = timeline.plan == .strategy ? ["", labels["timeline.quarters"]] : []
        for (index, header) in headers(timeline, columns: columns, labels: labels, byDay: byDay).enumerated() {
            let caption = index < captions.count ? captions[index] : ""
            lines.append(padLeft(caption, indent - 1) + " │" + header + "│")
        }
        let headLabel = pad("", 2 + idWidth + 1) + pad(cut(columnLabel(timeline, labels: labels), labelWidth), labelWidth)
            + " " + pad(cut(labels["timeline.column.lead"], leadWidth), leadWidth) + " "
        if let today, timeline.start <= today, today <= timeline.end {
            lines.append(headLabel + "│" + chart { $0.contains(today) ? "▼" : " " } + "│")
        } else {
            lines.append(headLabel + "│" + chart { _ in " " } + "│")
        }
        for group in timeline.groups {
            lines.append(group.label)
            for row in group.rows {
                let prefix = "  " + pad(row.id, idWidth) + " " + pad(cut(row.label, labelWidth), labelWidth)
                    + " " + pad(cut(row.lead, leadWidth), leadWidth) + " "
                lines.append(prefix + "│" + chart { cell(row, $0, today: today, byDay: byDay) } + "│")
            }
        }
        return lines.map { trimTrailing($0) }.joined(separator: "\n") + "\n"
    }

    static func columns(for timeline: Timeline) -> [TimelineColumn] {
        switch timeline.plan {
        case .strategy:
            return TimelineColumn.months(from: timeline.start, through: timeline.end)
        case .contract:
            let days = timeline.end.dayNumber - timeline.start.dayNumber + 1
            return days > maximumDayColumns
                ? TimelineColumn.weeks(from: timeline.start, through: timeline.end)
                : TimelineColumn.days(from: timeline.start, through: timeline.end)
        }
    }

    private static func cell(
        _ row: Timeline.Row, _ column: TimelineColumn, today: CalendarDate?, byDay: Bool
    ) -> String {
        switch row.kind {
        case .milestone where column.contains(row.start):
            return row.entity == .tranche ? "◇" : "◆"
        case .bar where column.overlaps(row.start, row.end):
            return "█"
        default:
            if let today, column.contains(today) { return "│" }
            return byDay && TimelineCalendar.isWeekend(column.first) ? " " : "·"
        }
    }

    private static func headers(
        _ timeline: Timeline, columns: [TimelineColumn], labels: Labels, byDay: Bool
    ) -> [String] {
        var top = ""
        var bottom = ""
        var pendingTop = ""
        var pendingBottom = ""
        let months = labels["months.short"].split(separator: " ").map(String.init)
        for (index, column) in columns.enumerated() {
            if column.startsSection {
                top += " "
                bottom += " "
            }
            switch timeline.plan {
            case .strategy:
                if index == 0 || column.first.month == 1 { pendingTop = String(column.first.year) }
                if (column.first.month - 1) % 3 == 0 { pendingBottom = String((column.first.month + 2) / 3) }
            case .contract:
                let newMonth = index == 0 || column.first.month != columns[index - 1].first.month
                if newMonth, months.count == 12 { pendingTop = months[column.first.month - 1] }
                if byDay, TimelineCalendar.weekday(column.first) == 0 || index == 0 {
                    pendingBottom = String(column.first.day)
                }
            }
            top += take(&pendingTop)
            bottom += take(&pendingBottom)
        }
        return byDay || timeline.plan == .strategy ? [top, bottom] : [top]
    }

    /// The first character of `pending` (a space when empty); the rest stays pending, so a
    /// header word runs on over the following columns.
    private static func take(_ pending: inout String) -> String {
        guard let first = pending.first else { return " " }
        pending.removeFirst()
        return String(first)
    }

    private static func legend(_ timeline: Timeline, labels: Labels, today: CalendarDate?) -> String {
        var parts = timeline.entities.map { entity -> String in
            let glyph = entity == .tranche ? "◇" : entity == .deliverable ? "◆" : "█"
            return "\(glyph) \(labels["timeline.legend.\(entity.rawValue)"])"
        }
        if let today { parts.append("│ " + labels.format("timeline.today", ["date": labels.date(today)])) }
        return parts.joined(separator: "   ")
    }

    /// The caption of the label column: "Action" or "Task / product / tranche".
    static func columnLabel(_ timeline: Timeline, labels: Labels) -> String {
        labels[timeline.plan == .strategy ? "timeline.column.label" : "timeline.column.contract"]
    }

    /// `text` on one line in at most `width` characters, cut with `…`; a short trailing
    /// parenthesis (the days of a task, the share of a tranche) is kept whole.
    static func cut(_ text: String, _ width: Int) -> String {
        // Most labels have no line feed and fit: no Foundation call, no character count.
        let flat = text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: " ") : text
        guard flat.utf8.count > width, flat.count > width else { return flat }
        if flat.hasSuffix(")"), let open = flat.range(of: " (", options: .backwards) {
            let tail = String(flat[open.lowerBound...])
            if tail.count <= width / 2 {
                return String(flat[..<open.lowerBound].prefix(width - tail.count - 1)) + "…" + tail
            }
        }
        return width <= 1 ? String(flat.prefix(width)) : String(flat.prefix(width - 1)) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    private static func trimTrailing(_ line: String) -> String {
        var result = Substring(line)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
