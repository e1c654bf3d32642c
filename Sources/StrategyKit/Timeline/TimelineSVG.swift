/// The timeline as an SVG picture, laid out for A4 landscape (1123 px wide, 96 dpi).
///
/// A title, a legend, a month/quarter/year grid (action plan) or a day grid with shaded weekends
/// and Monday dates (consultancy), group bands, bars and diamond milestones, and a dashed
/// "today" line when a date is given. Every text is escaped with ``XMLEscaping``; a row's full
/// label is its `<title>` (a tooltip) when the visible one is cut.
public enum TimelineSVG {
    /// The page width in px: A4 landscape at 96 dpi.
    public static let width = 1123.0

    /// Characters of a row label that fit its column (Cyrillic at 11 px is about 7 px wide).
    static let labelCharacters = 47
    /// Characters of a group heading that fit the page width in bold.
    static let groupCharacters = 135

    /// Characters of the title that fit the page width at 18 px bold (the full title is the
    /// SVG's `<title>`).
    static let titleCharacters = 80

    /// Geometry shared by the drawing helpers.
    struct Layout {
        let margin = 24.0
        let idWidth = 48.0
        let labelWidth = 340.0
        let leadWidth = 88.0
        let rowHeight = 20.0
        let groupHeight = 22.0
        let headerTop = 84.0
        let headerHeight = 40.0
        let start: CalendarDate
        let end: CalendarDate

        var chartLeft: Double { margin + idWidth + labelWidth + leadWidth }
        var chartRight: Double { TimelineSVG.width - margin }
        var bodyTop: Double { headerTop + headerHeight }
        var days: Double { Double(end.dayNumber - start.dayNumber + 1) }
        var dayWidth: Double { (chartRight - chartLeft) / days }

        /// The left edge of a day, clamped to the chart.
        func x(_ date: CalendarDate) -> Double {
            let offset = Double(date.dayNumber - start.dayNumber)
            return chartLeft + min(max(offset, 0), days) * dayWidth
        }

        /// The right edge of a day.
        func xAfter(_ date: CalendarDate) -> Double { x(TimelineCalendar.adding(1, to: date)) }
    }

    /// The picture's text: a standalone, well-formed SVG document.
    public static func render(_ timeline: Timeline, labels: Labels, today: CalendarDate? = nil) -> String {
        let layout = Layout(start: timeline.start, end: timeline.end)
        let groups = timeline.groups
        let bodyHeight = Double(timeline.rows.count) * layout.rowHeight + Double(groups.count) * layout.groupHeight
        let height = (layout.bodyTop + bodyHeight + layout.margin).rounded(.up)
        var out: [String] = [
            ##"<?xml version="1.0" encoding="UTF-8"?>"##,
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(n(width))" height="\##(n(height))" "##
                + ##"viewBox="0 0 \##(n(width)) \##(n(height))" role="img" aria-labelledby="chart-title chart-desc" "##
                + ##"font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="11">"##,
            "<title id=\"chart-title\">\(XMLEscaping.text(timeline.title))</title>",
            "<desc id=\"chart-desc\">\(XMLEscaping.text(timeline.summary))</desc>",
            ##"<rect x="0" y="0" width="\##(n(width))" height="\##(n(height))" fill="#ffffff"/>"##,
            text(TimelineText.cut(timeline.title, titleCharacters), x: layout.margin, y: 34, attributes: ##"font-size="18" font-weight="bold" fill="#1f2d3d""##),
        ]
        out += legend(timeline, labels: labels, today: today, layout: layout)
        out += grid(timeline, labels: labels, layout: layout, bottom: layout.bodyTop + bodyHeight)
        out.append(text(TimelineText.columnLabel(timeline, labels: labels), x: layout.margin, y: layout.bodyTop - 6, attributes: ##"font-weight="bold" fill="#444444""##))
        out.append(text(labels["timeline.column.lead"], x: layout.margin + layout.idWidth + layout.labelWidth, y: layout.bodyTop - 6, attributes: ##"font-weight="bold" fill="#444444""##))
        var y = layout.bodyTop
        for group in groups {
            out.append(##"<rect x="\##(n(layout.margin))" y="\##(n(y))" width="\##(n(width - 2 * layout.margin))" height="\##(n(layout.groupHeight))" fill="#e8eef6"/>"##)
            out.append("<g><title>\(XMLEscaping.text(group.label))</title>")
            out.append(text(TimelineText.cut(group.label, groupCharacters), x: layout.margin + 4, y: y + 15,
                            attributes: ##"font-weight="bold" fill="#1f2d3d""##))
            out.append("</g>")
            y += layout.groupHeight
            for row in group.rows {
                out += self.row(row, y: y, layout: layout)
                y += layout.rowHeight
            }
        }
        if let today, timeline.start <= today, today <= timeline.end {
            let x = (layout.x(today) + layout.xAfter(today)) / 2
            out.append(##"<line x1="\##(n(x))" y1="\##(n(layout.headerTop))" x2="\##(n(x))" y2="\##(n(y))" stroke="#c0392b" stroke-width="1.5" stroke-dasharray="4 3"/>"##)
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func row(_ row: Timeline.Row, y: Double, layout: Layout) -> [String] {
        let cut = TimelineText.cut(row.label, labelCharacters)
        let base = y + 14
        var out = ["<g>"]
        out.append("<title>\(XMLEscaping.text("\(row.id) \(row.label)"))</title>")
        out.append(##"<line x1="\##(n(layout.margin))" y1="\##(n(y + layout.rowHeight))" x2="\##(n(layout.chartRight))" y2="\##(n(y + layout.rowHeight))" stroke="#eeeeee"/>"##)
        out.append(text(row.id, x: layout.margin + 4, y: base, attributes: ##"fill="#555555""##))
        out.append(text(cut, x: layout.margin + layout.idWidth, y: base, attributes: ##"fill="#1f2d3d""##))
        out.append(text(TimelineText.cut(row.lead, 12), x: layout.margin + layout.idWidth + layout.labelWidth, y: base, attributes: ##"fill="#555555""##))
        let colour = self.colour(row.entity)
        switch row.kind {
        case .bar:
            let x = layout.x(row.start)
            let w = max(2, layout.xAfter(row.end) - x)
            out.append(##"<rect x="\##(n(x))" y="\##(n(y + 4))" width="\##(n(w))" height="\##(n(layout.rowHeight - 8))" rx="2" fill="\##(colour)"/>"##)
        case .milestone:
            out.append(diamond(x: (layout.x(row.start) + layout.xAfter(row.start)) / 2, y: y + layout.rowHeight / 2, size: 6, colour: colour))
        }
        out.append("</g>")
        return out
    }

    static func colour(_ entity: Timeline.Row.Entity) -> String {
        switch entity {
        case .action, .task: "#3b6fb6"
        case .deliverable: "#d9822b"
        case .tranche: "#2e8b57"
        }
    }

    static func diamond(x: Double, y: Double, size: Double, colour: String) -> String {
        let points = [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
            .map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        return ##"<polygon points="\##(points)" fill="\##(colour)" stroke="#ffffff" stroke-width="1"/>"##
    }

    static func text(_ value: String, x: Double, y: Double, attributes: String = "", anchor: String? = nil) -> String {
        var open = ##"<text x="\##(n(x))" y="\##(n(y))""##
        if let anchor { open += ##" text-anchor="\##(anchor)""## }
        if !attributes.isEmpty { open += " " + attributes }
        return open + ">" + XMLEscaping.text(value) + "</text>"
    }

    /// A coordinate with at most one decimal, written without the locale or `Double`'s
    /// description, so the output is byte-identical everywhere.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
