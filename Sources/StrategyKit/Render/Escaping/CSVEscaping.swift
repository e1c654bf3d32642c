/// Writing CSV that spreadsheets open safely: the one place CSV cells are escaped.
public enum CSVEscaping {
    /// UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it.
    public static let byteOrderMark = "\u{FEFF}"

    /// One cell: a text starting with `=`, `+`, `-` or `@` (which a spreadsheet would run as a
    /// formula) is prefixed with `'`; a cell with the separator, a quote or a line break is quoted.
    public static func cell(_ text: String, separator: Character = ",") -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(separator) || value.contains("\"") || value.contains("\n")
            || value.contains("\r") || value.hasPrefix(" ") || value.hasSuffix(" ")
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number cell: written as is (a plain decimal is never a formula).
    public static func number(_ text: String) -> String { text }

    /// A whole file: BOM, rows joined by CRLF (RFC 4180), a final CRLF.
    public static func file(_ rows: [[String]], separator: Character = ",") -> String {
        byteOrderMark + rows.map { $0.joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }
}
