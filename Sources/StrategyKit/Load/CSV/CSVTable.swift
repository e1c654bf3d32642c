/// One field of a CSV file: its text and where it starts.
public struct CSVField: Hashable, Sendable {
    /// The field's text: quotes removed, doubled quotes undone, line breaks inside a quoted field
    /// normalised to `"\n"`. Not trimmed (header names excepted).
    public var value: String
    /// The field's first character: the opening quote for a quoted field.
    public var location: SourceLocation

    /// Creates a field.
    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// One record of a CSV file.
public struct CSVRow: Hashable, Sendable {
    /// The fields as read: a row may have more or fewer fields than the header (each such row is
    /// reported as `csv.field-count`; it is neither padded nor truncated).
    public var fields: [CSVField]
    /// The 1-based line where the record starts (a quoted field may continue on later lines).
    public var line: Int

    /// Creates a row.
    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// A CSV file as read: the header, the data rows, and how the file was written.
public struct CSVTable: Hashable, Sendable {
    /// The column names, trimmed of surrounding spaces and tabs.
    public var header: [CSVField]
    /// The data rows, in file order, without blank lines.
    public var rows: [CSVRow]
    /// The field separator detected from the header line: `,`, `;` or a tab.
    public var separator: Character
    /// The encoding the bytes were decoded from (`.utf8` when the reader was given a `String`).
    public var encoding: TextEncoding

    /// Creates a table.
    public init(header: [CSVField], rows: [CSVRow], separator: Character, encoding: TextEncoding) {
        self.header = header
        self.rows = rows
        self.separator = separator
        self.encoding = encoding
    }

    /// The index of the first column whose header is exactly `name`, or nil.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex { $0.value == name }
    }
}
