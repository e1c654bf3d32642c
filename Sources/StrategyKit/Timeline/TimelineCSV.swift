/// The timeline as a spreadsheet: one row per bar or milestone.
///
/// Columns `id, label, start, end, lead, kind, group` (fixed English names, so scripts can rely
/// on them), dates as `YYYY-MM-DD`, UTF-8 with a BOM and CRLF line ends, every cell through
/// ``CSVEscaping`` (formula neutralising, quoting).
public enum TimelineCSV {
    /// The header row.
    public static let columns = ["id", "label", "start", "end", "lead", "kind", "group"]

    /// The file's text, BOM included.
    public static func render(_ timeline: Timeline) -> String {
        var rows = [columns.map { CSVEscaping.cell($0) }]
        for row in timeline.rows {
            rows.append([
                row.id, row.label, row.start.description, row.end.description, row.lead,
                row.kind.rawValue, row.group,
            ].map { CSVEscaping.cell($0) })
        }
        return CSVEscaping.file(rows)
    }
}
