import Foundation

/// A strict RFC 8259 JSON reader that keeps `line:column` on every value and key.
///
/// Foundation's parsers accept trailing commas and report no positions, so workspace files are
/// read here instead. Syntax errors (`json.syntax`) stop the file at the first one, because
/// recovering would only produce noise; duplicate keys (`json.duplicate-key`) are reported and
/// kept, and reading goes on. Nesting is limited to ``maximumDepth`` levels and never uses the
/// call stack, so no input can crash the reader.
public enum JSONReader {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    /// Parses `text` (the file's contents) read from `file` (workspace-relative path used in
    /// locations).
    ///
    /// A leading byte order mark is skipped. Returns the root node, or nil when the text has a
    /// syntax error, plus every diagnostic.
    public static func parse(
        _ text: String, file: String
    ) -> (root: JSONNode?, diagnostics: [Diagnostic]) {
        let contiguous = text.utf8.withContiguousStorageIfAvailable { bytes in
            parse(validUTF8: withoutByteOrderMark(bytes), file: file)
        }
        if let contiguous { return contiguous }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer {
            parse(validUTF8: withoutByteOrderMark($0), file: file)
        }
    }

    /// Parses a file's bytes as strict UTF-8 JSON; `file` is the workspace-relative path used in
    /// locations.
    ///
    /// A UTF-8 byte order mark is allowed and skipped. Invalid UTF-8 (or UTF-16) is a
    /// `json.encoding` error at the line:column of the first bad byte, and the root is nil.
    public static func parse(
        _ data: Data, file: String
    ) -> (root: JSONNode?, diagnostics: [Diagnostic]) {
        data.withUnsafeBytes { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            if bytes.count >= 2,
                (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                let message = "the file is encoded as UTF-16; save it as UTF-8"
                let start = SourceLocation(file: file, line: 1, column: 1)
                return (nil, [.error("json.encoding", message, at: start)])
            }
            let text = withoutByteOrderMark(bytes)
            if let bad = firstInvalidUTF8Offset(in: text) {
                var positions = TextPositions(bytes: text, file: file)
                let hex = String(text[bad], radix: 16, uppercase: true)
                let byte = text[bad] < 0x10 ? "0x0\(hex)" : "0x\(hex)"
                let message = "the file is not valid UTF-8 (byte \(byte)); save it as UTF-8"
                return (nil, [.error("json.encoding", message, at: positions.location(of: bad))])
            }
            return parse(validUTF8: text, file: file)
        }
    }

    /// Parses bytes known to be valid UTF-8, after the byte order mark.
    private static func parse(
        validUTF8 bytes: UnsafeBufferPointer<UInt8>, file: String
    ) -> (root: JSONNode?, diagnostics: [Diagnostic]) {
        var parser = JSONParser(bytes: bytes, file: file)
        do {
            let root = try parser.parseDocument()
            return (root, parser.duplicateKeys)
        } catch {
            return (nil, [error.diagnostic])
        }
    }

    private static func withoutByteOrderMark(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else {
            return bytes
        }
        return UnsafeBufferPointer(rebasing: bytes[3...])
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and code points past U+10FFFF are ill-formed), or nil.
    static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count, (low...high).contains(bytes[index + 1]) else {
                return index
            }
            var next = index + 2
            while next < index + length {
                guard (0x80...0xBF).contains(bytes[next]) else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }
}
