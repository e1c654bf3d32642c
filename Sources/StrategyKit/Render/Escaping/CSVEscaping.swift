/// Writing CSV that spreadsheets open safely: the one place CSV cells are escaped.
public enum CSVEscaping {
    /// UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it.
    public static let byteOrderMark = "\u{FEFF}"

    /// One cell: a text starting with `=`, `+`, `-` or `@` (which a spreadsheet would run as a
    /// formula) is prefixed with `'`; a cell with the separator, a quote or a line break is quoted.
    public static func cell(_ text: String, separator: Character = ",") -> String {
        var value = text
        if let first = value.utf8.first, "=+-@".utf8.contains(first) { value = "'" + value }
        // On bytes, so that a CR LF pair (one Character) is still seen as a line break.
        let separatorBytes = Array(String(separator).utf8)
        let needsQuotes = value.utf8.first == 0x20 || value.utf8.last == 0x20
            || value.utf8.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || (separatorBytes.count == 1 ? value.utf8.contains(separatorBytes[0]) : value.contains(separator))
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number cell: written as is (a plain decimal is never a formula).
    public static func number(_ text: String) -> String { text }

    /// A whole file: BOM, rows joined by CRLF (RFC 4180), a final CRLF.
    public static func file(_ rows: [[String]], separator: Character = ",") -> String {
        byteOrderMark + rows.map { $0.joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }
}
