/// Turns byte offsets into UTF-8 text into 1-based `line:column` locations.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (as in editors); columns count `Character`s from the
/// line start, so a Cyrillic letter is one column. Offsets are mostly asked for in increasing
/// order, so the last answer is cached and the next one on the same line counts forward from it:
/// a 10 MB single-line file costs one pass, not one pass per value.
///
/// The buffer must outlive the value (use it inside `withUnsafeBufferPointer`).
struct TextPositions {
    /// The path written into every location.
    let file: String
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset where each line starts; the first is 0.
    private let lineStarts: [Int]
    private var cachedLine = 0
    private var cachedOffset = 0
    private var cachedColumn = 1

    /// Indexes the line starts of `bytes` (one pass).
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                starts.append(index + 1)
            case 0x0D:
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        lineStarts = starts
    }

    /// The location of the byte at `offset`; `bytes.count` is the end of the file.
    mutating func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        let line = lineIndex(containing: offset)
        var from = lineStarts[line]
        var column = 1
        if line == cachedLine, offset >= cachedOffset, cachedOffset >= from {
            from = cachedOffset
            column = cachedColumn
        }
        column += characterCount(from: from, to: offset)
        cachedLine = line
        cachedOffset = offset
        cachedColumn = column
        return SourceLocation(file: file, line: line + 1, column: column)
    }

    /// The 0-based index of the line holding `offset`.
    private func lineIndex(containing offset: Int) -> Int {
        let next = cachedLine + 1
        if offset >= lineStarts[cachedLine], next == lineStarts.count || offset < lineStarts[next] {
            return cachedLine
        }
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = low + (high - low + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The number of `Character`s in `bytes[start..<end]`.
    private func characterCount(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        // Fast path: in ASCII (a line holds no CR LF pair), Latin-1, Latin Extended and Cyrillic
        // letters, every scalar is a Character of its own. Anything that may join a cluster
        // (combining marks, emoji, other scripts) is counted by String's grapheme breaking.
        var count = 0
        var index = start
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2, lead <= 0xDF, index + 1 < end,
                Self.standsAlone(UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
            {
                index += 2
            } else {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                return String(decoding: slice, as: UTF8.self).count
            }
            count += 1
        }
        return count
    }

    /// Whether a two-byte scalar never joins a grapheme cluster with its neighbours: U+0080 to
    /// U+024F (controls, Latin-1, Latin Extended) and Cyrillic without its combining marks
    /// (U+0483 to U+0489).
    private static func standsAlone(_ scalar: UInt32) -> Bool {
        scalar <= 0x024F || (0x0400...0x0482).contains(scalar) || (0x048A...0x052F).contains(scalar)
    }
}
