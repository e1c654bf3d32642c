import Foundation

/// Reads CSV files as spreadsheets write them, keeping the line and column of every field.
///
/// RFC 4180 plus what Excel and LibreOffice produce:
/// - the separator (`,`, `;` or tab) is detected from the header line: the most frequent of
///   them outside quotes, `,` on a tie or when there is none;
/// - quoted fields may hold separators, doubled quotes (`""`) and line breaks; CRLF, LF and a
///   lone CR inside quotes all become `"\n"`;
/// - records end with CRLF, LF or a lone CR; the last one may have no line break;
/// - lines holding only blanks are skipped anywhere; lines holding only separators (`;;;`) are
///   skipped at the end of the file and kept as rows of empty fields elsewhere;
/// - a byte order mark left at the start of the text is ignored.
///
/// Problems are reported, never fatal: `csv.header` (no header, an empty or duplicate column
/// name), `csv.field-count`, `csv.unterminated-quote`, `csv.stray-quote` and
/// `csv.control-character`, each with its line and column.
public enum CSVReader {
    /// Reads a whole CSV file from its bytes, decoded with `TextDecoding.decode(_:)`.
    ///
    /// Returns the table (nil only when there is no header at all) plus every diagnostic, sorted;
    /// it never stops at the first bad row. Rows with the wrong number of fields are returned as
    /// read, neither padded nor truncated: the caller decides.
    public static func read(
        _ data: Data, file: String
    ) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        let decoded = TextDecoding.decode(data)
        return read(decoded.text, file: file, encoding: decoded.encoding)
    }

    /// Reads a whole CSV file from text; the table's encoding is `.utf8`.
    ///
    /// Returns the table (nil only when there is no header at all) plus every diagnostic, sorted;
    /// it never stops at the first bad row.
    public static func read(
        _ text: String, file: String
    ) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        read(text, file: file, encoding: .utf8)
    }

    private static func read(
        _ text: String, file: String, encoding: TextEncoding
    ) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let native = contiguous
        if let result = native.utf8.withContiguousStorageIfAvailable({ bytes in
            read(native, bytes: bytes, file: file, encoding: encoding)
        }) {
            return result
        }
        return Array(native.utf8).withUnsafeBufferPointer { bytes in
            read(native, bytes: bytes, file: file, encoding: encoding)
        }
    }

    private static func read(
        _ text: String, bytes: UnsafeBufferPointer<UInt8>, file: String, encoding: TextEncoding
    ) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var scanner = CSVScanner(text: text, bytes: bytes, file: file)
        scanner.skipBlankLines()
        scanner.separator = scanner.detectSeparator()
        guard let headerRecord = scanner.readRecord() else {
            return (nil, [.csvNoHeader(file: file)])
        }
        let header = headerRecord.fields.map { field in
            CSVField(value: trimmed(field.value), location: field.location)
        }
        var records: [CSVScanner.Record] = []
        while true {
            scanner.skipBlankLines()
            guard let record = scanner.readRecord() else { break }
            records.append(record)
        }
        while let last = records.last, last.isSeparatorOnly {
            records.removeLast()
        }
        var diagnostics = scanner.diagnostics + headerDiagnostics(header)
        for record in records where record.fields.count != header.count {
            // Too many: point at the first extra field; too few: at the row.
            let at = record.fields.count > header.count ? header.count : 0
            let location = record.fields[at].location
            diagnostics.append(
                .csvFieldCount(record.fields.count, expected: header.count, at: location))
        }
        diagnostics.sort()
        let table = CSVTable(
            header: header,
            rows: records.map { CSVRow(fields: $0.fields, line: $0.line) },
            separator: Character(Unicode.Scalar(scanner.separator)),
            encoding: encoding)
        return (table, diagnostics)
    }

    /// Empty and duplicate column names.
    private static func headerDiagnostics(_ header: [CSVField]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByName: [String: CSVField] = [:]
        for (index, field) in header.enumerated() {
            if field.value.isEmpty {
                diagnostics.append(.csvEmptyColumnName(column: index + 1, at: field.location))
            } else if let first = firstByName[field.value] {
                diagnostics.append(
                    .csvDuplicateColumnName(field.value, at: field.location, first: first.location))
            } else {
                firstByName[field.value] = field
            }
        }
        return diagnostics
    }

    private static func trimmed(_ value: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = value.firstIndex(where: { !isBlank($0) }),
            let last = value.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(value[first...last])
    }
}

extension Diagnostic {
    static func csvNoHeader(file: String) -> Diagnostic {
        .error("csv.header", "the file has no header line", at: .file(file))
    }

    static func csvEmptyColumnName(column: Int, at location: SourceLocation) -> Diagnostic {
        .error("csv.header", "column \(column) of the header has no name", at: location)
    }

    static func csvDuplicateColumnName(
        _ name: String, at location: SourceLocation, first: SourceLocation
    ) -> Diagnostic {
        .error(
            "csv.header", "duplicate column name '\(name)'", at: location,
            notes: [Note("first '\(name)' is here", at: first)])
    }

    static func csvFieldCount(
        _ count: Int, expected: Int, at location: SourceLocation
    ) -> Diagnostic {
        let fields = count == 1 ? "field" : "fields"
        let message = "row has \(count) \(fields), the header has \(expected)"
        return .error("csv.field-count", message, at: location)
    }

    static func csvUnterminatedQuote(at location: SourceLocation) -> Diagnostic {
        .error(
            "csv.unterminated-quote",
            "quoted field is never closed; the rest of the file was read into it", at: location)
    }

    static func csvQuoteInUnquotedField(at location: SourceLocation) -> Diagnostic {
        .error(
            "csv.stray-quote",
            "quote inside an unquoted field; quote the whole field and double the inner quotes",
            at: location)
    }

    static func csvTextAfterClosingQuote(at location: SourceLocation) -> Diagnostic {
        .error("csv.stray-quote", "unexpected text after the closing quote", at: location)
    }

    static func csvControlCharacter(_ scalar: UInt8, at location: SourceLocation) -> Diagnostic {
        let hex = String(scalar, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: 4 - hex.count) + hex
        let message = "control character U+\(code) in a field"
        return .error("csv.control-character", message, at: location)
    }
}
