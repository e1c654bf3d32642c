/// Builds a CSV file the way a spreadsheet writes it: comma-separated, a field quoted when it
/// holds a comma, a quote or a line break, quotes doubled.
struct SyntheticCSV {
    private(set) var text = ""

    /// Starts the file with its header row.
    init(header: [String], reservingRows rows: Int = 0, bytesPerRow: Int = 0) {
        text.reserveCapacity(rows * bytesPerRow)
        append(header)
    }

    /// Adds one row.
    mutating func append(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            if field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
                text += "\""
                text += field.replacingOccurrences(of: "\"", with: "\"\"")
                text += "\""
            } else {
                text += field
            }
        }
        text += "\n"
    }
}
