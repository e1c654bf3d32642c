/// Column widths for a table: the model's proportions, widened where a column's widest
/// unbreakable word would otherwise be broken mid-word ("Аналитические" in a narrow column).
///
/// LibreOffice and Word break a word that does not fit its cell between letters, so every
/// column gets at least the width of its widest word, measured with the advance widths of the
/// font the cells are set in (``DOCXFontMetrics``: Arial, as Liberation Sans, 9 pt, 8 in a dense table; bold in
/// headers and totals), plus the cell margins and a safety margin of 4 % and 40 twips against
/// kerning and rounding. A word ends at a space or after a hyphen, dash or slash, where the
/// programs may break a line anyway. Hyphenation was the other way to stop mid-word breaks;
/// it was not chosen: it depends on dictionaries that a machine may lack (then LibreOffice
/// breaks between any letters again) and cannot be checked against the source text.
/// Segments over 40 characters (URLs without breaks, codes) are not protected: they would take
/// the table over.
enum DOCXColumnWidths {
    /// The cell text's size in half-points: the TableText style's 9 pt, TableTextDense's 8.
    static func halfPoints(dense: Bool) -> Int { dense ? 16 : 18 }
    /// Left and right cell margins (85 twips each, the TableNormal style).
    static let cellMargins = 170
    private static let longestProtectedSegment = 40

    /// The widths, in twips, adding up to `total` exactly.
    static func widths(for table: Table, total: Int) -> [Int] {
        let size = halfPoints(dense: table.isDense)
        var minimums = table.columns.map { column in
            table.hasHeader ? minimum(column.header, bold: true, size: size) : 0
        }
        for row in table.rows {
            for (index, cell) in row.contents.prefix(minimums.count).enumerated() {
                switch cell {
                case .text(let text):
                    minimums[index] = max(minimums[index], minimum(text, bold: row.isTotal, size: size))
                case .paragraphs(let paragraphs):
                    for paragraph in paragraphs {
                        minimums[index] = max(minimums[index], minimum(paragraph, bold: row.isTotal, size: size))
                    }
                }
            }
        }
        return distribute(table.columns.map(\.width), minimums: minimums, total: total)
    }

    /// Shares `total` in proportion to `weights`, but gives no column less than its minimum
    /// (taking the difference from the others in proportion); when the minimums alone exceed
    /// `total`, the proportions win. Integer arithmetic: the last column takes the remainder.
    static func distribute(_ weights: [Int], minimums: [Int], total: Int) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let weights = weights.map { max(1, $0) }
        var pinned = Array(repeating: false, count: weights.count)
        if minimums.reduce(0, +) <= total {
            // Pin every column whose share falls short, until the shares of the rest suffice.
            while true {
                let free = total - zip(minimums, pinned).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                let weight = zip(weights, pinned).reduce(0) { $0 + ($1.1 ? 0 : $1.0) }
                guard weight > 0 else { break }
                let short = weights.indices.filter {
                    !pinned[$0] && free * weights[$0] / weight < minimums[$0]
                }
                if short.isEmpty { break }
                for index in short { pinned[index] = true }
            }
        }
        let free = total - weights.indices.reduce(0) { $0 + (pinned[$1] ? minimums[$1] : 0) }
        let weight = weights.indices.reduce(0) { $0 + (pinned[$1] ? 0 : weights[$1]) }
        var widths = weights.indices.map { index in
            pinned[index] ? minimums[index] : free * weights[index] / max(1, weight)
        }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// The width the widest word of `content` needs.
    private static func minimum(_ content: [Inline], bold: Bool, size: Int) -> Int {
        var words = WordWidths(bold: bold)
        words.scan(content)
        return width(words, size: size)
    }

    /// The width the widest word of `text` needs.
    private static func minimum(_ text: String, bold: Bool, size: Int) -> Int {
        var words = WordWidths(bold: bold)
        words.scan(text)
        return width(words, size: size)
    }

    private static func width(_ words: WordWidths, size: Int) -> Int {
        var words = words
        words.endWord()
        guard words.widest > 0 else { return 0 }
        return twips(units: words.widest, halfPoints: size) + cellMargins
    }

    /// Font units at `halfPoints`, in twips, rounded up with the safety margin.
    static func twips(units: Int, halfPoints: Int = 18) -> Int {
        // twips = units / 2048 em × size in points × 20 twips a point; +4 % and 40 twips of slack.
        let exact = units * halfPoints * 10
        return (exact * 104 + 2048 * 100 - 1) / (2048 * 100) + 40
    }

    /// The width in twips `text` takes on one line (for tests and diagnostics).
    static func measure(_ text: String, bold: Bool) -> Int {
        twips(units: text.unicodeScalars.reduce(0) { $0 + DOCXFontMetrics.advance($1.value, bold: bold) })
    }

    /// The widest protected word of inline content, read as its plain text would be (words run
    /// on across formatting), without building that text: this runs on every cell of every
    /// table.
    private struct WordWidths {
        let bold: Bool
        var widest = 0
        var current = 0
        var characters = 0
        /// Just after a dash: the word ends there unless a digit follows ("09:30–10:00",
        /// "2024–2026" and "A-01" are kept whole, so they are not split over two lines).
        var dashAfterDigit = false

        init(bold: Bool) { self.bold = bold }

        mutating func endWord() {
            if characters <= longestProtectedSegment { widest = max(widest, current) }
            current = 0
            characters = 0
            dashAfterDigit = false
        }

        mutating func scan(_ content: [Inline]) {
            for item in content {
                switch item {
                case .text(let text), .code(let text), .chart(_, let text), .image(_, let text, _): scan(text)
                case .strong(let inner), .emphasis(let inner), .link(_, let inner): scan(inner)
                case .lineBreak: endWord()
                }
            }
        }

        /// Spaces, tabs and line breaks end a word; a hyphen, dash or slash ends it after
        /// itself (a no-break space joins words, as it does on the page).
        mutating func scan(_ text: String) {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let isDigit = value >= 0x30 && value <= 0x39
                // After a dash the word goes on only into a digit ("2024–2026", "A-01").
                if dashAfterDigit, !isDigit { endWord() }
                dashAfterDigit = false
                switch value {
                case 0x20, 0x09, 0x0A, 0x0D:
                    endWord()
                case 0x2D, 0x2F, 0x2010, 0x2013, 0x2014:
                    current &+= DOCXFontMetrics.advance(value, bold: bold)
                    characters &+= 1
                    dashAfterDigit = true
                default:
                    current &+= DOCXFontMetrics.advance(value, bold: bold)
                    characters &+= 1
                }
            }
        }
    }
}
