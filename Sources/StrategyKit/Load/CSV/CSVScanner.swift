/// Splits the UTF-8 bytes of a CSV text into records and fields, keeping line:column positions.
///
/// Works on bytes (all syntax characters are ASCII, so a field boundary is always a scalar
/// boundary) and counts `Character`s only up to the start of each field or problem, incrementally
/// along the line, so the whole scan stays linear. Only valid inside the closure that lends
/// `bytes`.
struct CSVScanner {
    /// What ended a field.
    enum Terminator {
        case separator, recordEnd, endOfInput
    }

    /// A record as scanned, with what the reader needs to judge it.
    struct Record {
        var fields: [CSVField]
        var line: Int
        /// Two or more unquoted fields holding nothing but blanks (such as `;;;`).
        var isSeparatorOnly: Bool
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let semicolon = UInt8(ascii: ";")
    private static let tab = UInt8(ascii: "\t")
    private static let space = UInt8(ascii: " ")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private let text: String
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    /// The separator byte; `,` until `detectSeparator()` has been used.
    var separator = CSVScanner.comma
    private(set) var diagnostics: [Diagnostic] = []

    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// A byte offset on the current line whose column is known, so columns are counted onwards.
    private var anchorOffset = 0
    private var anchorColumn = 1
    private var scratch: [UInt8] = []

    /// Creates a scanner over `bytes`, which must be `text.utf8`.
    init(text: String, bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.text = text
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            // A BOM left in the text: not part of the first header name, not a column.
            offset = 3
            lineStart = 3
            anchorOffset = 3
        }
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { offset >= bytes.count }

    /// Skips lines that hold only spaces (and tabs, unless tab is the separator).
    mutating func skipBlankLines() {
        while offset < bytes.count {
            var index = offset
            while index < bytes.count, isBlank(bytes[index]) {
                index += 1
            }
            if index == bytes.count {
                offset = index
                return
            }
            guard bytes[index] == Self.carriageReturn || bytes[index] == Self.lineFeed else {
                return
            }
            offset = index
            consumeLineBreak()
        }
    }

    /// The most frequent of `,` `;` and tab outside quotes on the record that starts here; `,` on
    /// a tie with `,` or when there is none, `;` on a tie between `;` and tab.
    func detectSeparator() -> UInt8 {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var inQuotes = false
        var index = offset
        scan: while index < bytes.count {
            switch bytes[index] {
            case Self.quote: inQuotes.toggle()
            case Self.comma where !inQuotes: commas += 1
            case Self.semicolon where !inQuotes: semicolons += 1
            case Self.tab where !inQuotes: tabs += 1
            case Self.carriageReturn where !inQuotes, Self.lineFeed where !inQuotes: break scan
            default: break
            }
            index += 1
        }
        if commas >= semicolons, commas >= tabs { return Self.comma }
        return semicolons >= tabs ? Self.semicolon : Self.tab
    }

    /// Reads the record that starts here, or nil at the end of the input.
    mutating func readRecord() -> Record? {
        guard offset < bytes.count else { return nil }
        let recordLine = line
        var fields: [CSVField] = []
        var isSeparatorOnly = true
        while true {
            let (field, isBlankField, terminator) = readField()
            fields.append(field)
            isSeparatorOnly = isSeparatorOnly && isBlankField
            if case .separator = terminator { continue }
            return Record(
                fields: fields, line: recordLine,
                isSeparatorOnly: isSeparatorOnly && fields.count > 1)
        }
    }

    /// Reads one field and what ended it; `isBlank` is true for an unquoted all-space field.
    private mutating func readField() -> (CSVField, isBlank: Bool, Terminator) {
        let start = offset
        let location = location(at: start)
        if start < bytes.count, bytes[start] == Self.quote {
            return readQuotedField(at: location)
        }
        var hasReportedQuote = false
        var hasReportedControl = false
        var isBlankField = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == separator || byte == Self.carriageReturn || byte == Self.lineFeed { break }
            if byte == Self.quote, !hasReportedQuote {
                hasReportedQuote = true
                diagnostics.append(.csvQuoteInUnquotedField(at: self.location(at: offset)))
            }
            checkControl(reported: &hasReportedControl)
            if !isBlank(byte) { isBlankField = false }
            offset += 1
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        let value = String(decoding: slice, as: UTF8.self)
        return (CSVField(value: value, location: location), isBlankField, readTerminator())
    }

    /// Reads a field that starts with a quote (at `location`, the current offset).
    private mutating func readQuotedField(
        at location: SourceLocation
    ) -> (CSVField, isBlank: Bool, Terminator) {
        offset += 1
        scratch.removeAll(keepingCapacity: true)
        var hasReportedControl = false
        var isClosed = false
        scan: while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case Self.quote:
                if offset + 1 < bytes.count, bytes[offset + 1] == Self.quote {
                    scratch.append(Self.quote)
                    offset += 2
                } else {
                    offset += 1
                    isClosed = true
                    break scan
                }
            case Self.carriageReturn, Self.lineFeed:
                // CRLF, LF and a lone CR inside quotes all become "\n".
                scratch.append(Self.lineFeed)
                consumeLineBreak()
            default:
                checkControl(reported: &hasReportedControl)
                scratch.append(byte)
                offset += 1
            }
        }
        guard isClosed else {
            diagnostics.append(.csvUnterminatedQuote(at: location))
            let value = String(decoding: scratch, as: UTF8.self)
            return (CSVField(value: value, location: location), false, .endOfInput)
        }
        if offset < bytes.count, !isFieldEnd(bytes[offset]) {
            // Best effort: keep the text after the closing quote, as spreadsheets do.
            diagnostics.append(.csvTextAfterClosingQuote(at: self.location(at: offset)))
            while offset < bytes.count, !isFieldEnd(bytes[offset]) {
                checkControl(reported: &hasReportedControl)
                scratch.append(bytes[offset])
                offset += 1
            }
        }
        let value = String(decoding: scratch, as: UTF8.self)
        return (CSVField(value: value, location: location), false, readTerminator())
    }

    /// Consumes what ended a field.
    private mutating func readTerminator() -> Terminator {
        guard offset < bytes.count else { return .endOfInput }
        if bytes[offset] == separator {
            offset += 1
            return .separator
        }
        consumeLineBreak()
        return .recordEnd
    }

    /// Reports a C0 or C1 control character (other than tab, CR, LF) at the current offset, once.
    private mutating func checkControl(reported: inout Bool) {
        guard !reported else { return }
        let byte = bytes[offset]
        var scalar: UInt8?
        if (byte < 0x20 && byte != Self.tab) || byte == 0x7F {
            scalar = byte
        } else if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] < 0xA0 {
            // U+0080...U+009F: a continuation byte after C2 is at least 0x80.
            scalar = bytes[offset + 1]
        }
        guard let scalar else { return }
        reported = true
        diagnostics.append(.csvControlCharacter(scalar, at: location(at: offset)))
    }

    /// Consumes CRLF, LF or a lone CR at the current offset and starts a new line.
    private mutating func consumeLineBreak() {
        if bytes[offset] == Self.carriageReturn {
            offset += 1
            if offset < bytes.count, bytes[offset] == Self.lineFeed { offset += 1 }
        } else {
            offset += 1
        }
        line += 1
        lineStart = offset
        anchorOffset = offset
        anchorColumn = 1
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == Self.space || (byte == Self.tab && separator != Self.tab)
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == separator || byte == Self.carriageReturn || byte == Self.lineFeed
    }

    /// The location of the byte at `position` on the current line; positions asked for on one
    /// line must not decrease (they never do in a forward scan).
    private mutating func location(at position: Int) -> SourceLocation {
        if anchorOffset < lineStart || anchorOffset > position {
            anchorOffset = lineStart
            anchorColumn = 1
        }
        anchorColumn += characterCount(from: anchorOffset, to: position)
        anchorOffset = position
        return SourceLocation(file: file, line: line, column: anchorColumn)
    }

    /// The number of `Character`s in bytes `start..<end`, which start and end on scalar boundaries.
    private func characterCount(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] < 0x80 {
            index += 1
        }
        if index == end { return end - start }
        // Russian text: ASCII and U+0400–U+047F (lead bytes D0, D1), where every scalar is a
        // Character of its own (no combining marks in that block), so scalars can be counted.
        var scalars = index - start
        var probe = index
        while probe < end {
            let byte = bytes[probe]
            if byte < 0x80 || byte == 0xD0 || byte == 0xD1 {
                scalars += 1
            } else if byte & 0xC0 != 0x80 {
                break
            }
            probe += 1
        }
        if probe == end { return scalars }
        // Index is on a scalar boundary: the byte before it is ASCII.
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: index)
        let upper = utf8.index(lower, offsetBy: end - index)
        return (index - start) + text[lower..<upper].count
    }
}
