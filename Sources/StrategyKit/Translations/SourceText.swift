import Foundation

/// A workspace text file as bytes and text, with line:column → offset for in-place edits.
///
/// Locations count lines ending at `\n`, `\r\n` or a lone `\r`, and columns in `Character`s
/// (as ``SourceLocation`` does); edits are made on the decoded text and encoded back in the
/// file's own encoding, so every byte outside an edit stays as it was.
struct SourceText {
    /// The decoded text, without a byte-order mark.
    var text: String
    /// How the file was encoded.
    var encoding: TextEncoding
    /// The byte offset (in `text.utf8`) of each line start.
    private let lineStarts: [Int]

    init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
        var starts = [0]
        var previousCR = false
        for (offset, byte) in text.utf8.enumerated() {
            if byte == 0x0A {
                if previousCR { starts[starts.count - 1] = offset + 1 } else { starts.append(offset + 1) }
            } else if byte == 0x0D {
                starts.append(offset + 1)
            }
            previousCR = byte == 0x0D
        }
        lineStarts = starts
    }

    /// Decodes a file's bytes as the CSV reader does (UTF-8 with or without BOM, Windows-1251).
    init(data: Data) {
        let decoded = TextDecoding.decode(data)
        self.init(text: decoded.text, encoding: decoded.encoding)
    }

    /// The line ending the file mostly uses.
    var lineBreak: String { text.utf8.contains(0x0D) && text.contains("\r\n") ? "\r\n" : "\n" }

    /// The utf8 offset of `location`, nil when it is outside the text.
    func offset(of location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        let start = lineStarts[location.line - 1]
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        var column = 1
        while column < location.column {
            guard index < text.endIndex else { return nil }
            index = text.index(after: index)
            column += 1
        }
        return utf8.distance(from: utf8.startIndex, to: index)
    }

    /// The file's bytes with `edits` applied (non-overlapping utf8 ranges of `text`).
    func applying(_ edits: [Edit]) throws(TranslationFailure) -> (data: Data, text: String) {
        // One pass in file order: the bytes between edits copied once, whatever their number.
        let old = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(old.count + edits.reduce(0) { $0 + $1.replacement.utf8.count })
        var copied = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard edit.range.lowerBound >= copied, edit.range.upperBound <= old.count else {
                throw TranslationFailure("two translations overlap in one place of the file")
            }
            bytes += old[copied..<edit.range.lowerBound]
            bytes += edit.replacement.utf8
            copied = edit.range.upperBound
        }
        bytes += old[copied...]
        let newText = String(decoding: bytes, as: UTF8.self)
        return (try Self.encode(newText, as: encoding), newText)
    }

    /// `text` in `encoding`, with the BOM the encoding had.
    static func encode(_ text: String, as encoding: TextEncoding) throws(TranslationFailure) -> Data {
        switch encoding {
        case .utf8: return Data(text.utf8)
        case .utf8BOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .windows1251:
            switch Windows1251.encode(text) {
            case .success(let bytes): return Data(bytes)
            case .failure(let problem):
                throw TranslationFailure("the file is in Windows-1251, which cannot hold the new text (\(problem)); save it as UTF-8 first")
            }
        case .utf16LE, .utf16BE:
            throw TranslationFailure("the file is in UTF-16; save it as UTF-8 first")
        }
    }

    /// One replacement of a range of `text.utf8` offsets.
    struct Edit {
        var range: Range<Int>
        var replacement: String
    }
}

/// Writing values into the workspace's own CSV files: quoted only when needed, never changed
/// (unlike exports, which neutralise formulas: this is the consultant's source).
enum SourceCSV {
    /// A cell: quoted when it holds the separator, a quote, a line break or surrounding spaces.
    static func cell(_ text: String, separator: Character, lineBreak: String) -> String {
        let separatorByte = String(separator).utf8.first ?? 0x2C
        let needsQuotes = text.utf8.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == separatorByte }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var body = text.replacingOccurrences(of: "\"", with: "\"\"")
        if lineBreak != "\n" { body = body.replacingOccurrences(of: "\n", with: lineBreak) }
        return "\"" + body + "\""
    }

    /// The utf8 offset just after the field starting at `start` (at its opening quote, if any).
    static func fieldEnd(in utf8: String.UTF8View, from start: Int, separator: UInt8) -> Int {
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        var offset = start
        guard index < utf8.endIndex else { return offset }
        if utf8[index] == 0x22 {
            index = utf8.index(after: index)
            offset += 1
            while index < utf8.endIndex {
                let byte = utf8[index]
                index = utf8.index(after: index)
                offset += 1
                if byte == 0x22 {
                    if index < utf8.endIndex, utf8[index] == 0x22 {
                        index = utf8.index(after: index)
                        offset += 1
                    } else {
                        break
                    }
                }
            }
            // Anything between the closing quote and the separator belongs to the field too.
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == separator || byte == 0x0A || byte == 0x0D { break }
            index = utf8.index(after: index)
            offset += 1
        }
        return offset
    }
}

/// Writing values into the workspace's own JSON files.
enum SourceJSON {
    /// The utf8 offset just after the string literal whose opening quote is at `start`.
    static func stringEnd(in utf8: String.UTF8View, from start: Int) -> Int? {
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        guard index < utf8.endIndex, utf8[index] == 0x22 else { return nil }
        var offset = start + 1
        index = utf8.index(after: index)
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            offset += 1
            if byte == 0x5C {
                guard index < utf8.endIndex else { return nil }
                index = utf8.index(after: index)
                offset += 1
            } else if byte == 0x22 {
                return offset
            }
        }
        return nil
    }
}

/// Why a translation command refused: the message, and the problems behind it.
public struct TranslationFailure: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for the user.
    public var description: String
    /// The problems, each with its place.
    public var diagnostics: [Diagnostic]

    init(_ description: String, diagnostics: [Diagnostic] = []) {
        self.description = description
        self.diagnostics = diagnostics
    }
}
