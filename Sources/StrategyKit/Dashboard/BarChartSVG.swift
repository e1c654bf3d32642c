import Foundation

/// A horizontal bar chart as SVG: one labelled bar per row, its value written beside it.
///
/// The values are shown as text (formatted by the caller with ``Labels``), so the chart never
/// relies on colour or length alone; the title and a description are the chart's text
/// alternative. Bar lengths are layout only: the amounts themselves stay `Decimal`.
public enum BarChartSVG {
    /// One bar.
    public struct Bar: Hashable, Sendable {
        /// What the bar stands for ("2024", "ИПР").
        public var label: String
        /// Its value, non-negative; the longest bar is the largest value.
        public var value: Decimal
        /// The value as the reader sees it ("1 234 567,00").
        public var text: String

        /// Creates a bar.
        public init(label: String, value: Decimal, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// The chart's width in px (fits a dashboard column and an A4 page).
    public static let width = 560.0
    private static let margin = 8.0
    private static let labelWidth = 150.0
    private static let valueWidth = 130.0
    private static let rowHeight = 26.0
    private static let labelCharacters = 22

    /// The chart; `title` and `summary` become its accessible name and description.
    public static func render(_ bars: [Bar], title: String, summary: String, colour: String = "#3b6fb6") -> String {
        let height = margin * 2 + Double(max(bars.count, 1)) * rowHeight
        let largest = bars.map(\.value).max() ?? 0
        let barLeft = margin + labelWidth
        let barSpace = width - barLeft - valueWidth - margin
        var out: [String] = [
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(n(width))" height="\##(n(height))" "##
                + ##"viewBox="0 0 \##(n(width)) \##(n(height))" role="img" "##
                + ##"font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="12">"##,
            "<title>\(XMLEscaping.text(title))</title>",
            "<desc>\(XMLEscaping.text(summary))</desc>",
        ]
        for (index, bar) in bars.enumerated() {
            let y = margin + Double(index) * rowHeight
            let share = largest > 0 ? NSDecimalNumber(decimal: bar.value / largest).doubleValue : 0
            let length = max(0, min(1, share)) * barSpace
            out.append("<g><title>\(XMLEscaping.text("\(bar.label): \(bar.text)"))</title>")
            out.append(TimelineSVG.text(TimelineText.cut(bar.label, labelCharacters), x: margin, y: y + 17, attributes: ##"fill="#1f2d3d""##))
            out.append(##"<rect x="\##(n(barLeft))" y="\##(n(y + 5))" width="\##(n(length))" height="\##(n(rowHeight - 10))" rx="2" fill="\##(colour)"/>"##)
            out.append(TimelineSVG.text(bar.text, x: barLeft + length + 6, y: y + 17, attributes: ##"fill="#1f2d3d""##))
            out.append("</g>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    private static func n(_ value: Double) -> String { TimelineSVG.n(value) }
}

/// A small line chart of one metric over months, for a table cell: points, the last value
/// marked, and an optional target line.
public enum SparklineSVG {
    /// The sparkline of `values` (oldest first; nil for a month without data) against
    /// `target`; `label` is its text alternative ("Registered LSG bodies, Jan–Dec 2022: …").
    public static func render(_ values: [Decimal?], target: Decimal?, label: String) -> String {
        let width = 120.0
        let height = 28.0
        let pad = 3.0
        let known = values.compactMap { $0 }
        let top = max(known.max() ?? 0, target ?? 0)
        func y(_ value: Decimal) -> Double {
            guard top > 0 else { return height - pad }
            return height - pad - NSDecimalNumber(decimal: value / top).doubleValue * (height - 2 * pad)
        }
        func x(_ index: Int) -> Double {
            values.count <= 1 ? width / 2 : pad + Double(index) * (width - 2 * pad) / Double(values.count - 1)
        }
        var out = [
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(TimelineSVG.n(width))" height="\##(TimelineSVG.n(height))" "##
                + ##"viewBox="0 0 \##(TimelineSVG.n(width)) \##(TimelineSVG.n(height))" role="img">"##,
            "<title>\(XMLEscaping.text(label))</title>",
        ]
        if let target, top > 0 {
            out.append(##"<line x1="0" y1="\##(TimelineSVG.n(y(target)))" x2="\##(TimelineSVG.n(width))" y2="\##(TimelineSVG.n(y(target)))" stroke="#999999" stroke-dasharray="3 2"/>"##)
        }
        let points = values.enumerated().compactMap { index, value in
            value.map { "\(TimelineSVG.n(x(index))),\(TimelineSVG.n(y($0)))" }
        }
        if points.count > 1 {
            out.append(##"<polyline points="\##(points.joined(separator: " "))" fill="none" stroke="#1d4b8f" stroke-width="1.5"/>"##)
        }
        if let last = values.indices.last(where: { values[$0] != nil }), let value = values[last] {
            out.append(##"<circle cx="\##(TimelineSVG.n(x(last)))" cy="\##(TimelineSVG.n(y(value)))" r="2.5" fill="#1d4b8f"/>"##)
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
