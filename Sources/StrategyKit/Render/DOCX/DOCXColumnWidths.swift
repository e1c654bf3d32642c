/// Column widths for a table: the model's proportions, widened where a column's longest word
/// would otherwise be broken mid-word ("Ответственный" in a narrow header).
///
/// Word's fixed layout breaks a word that does not fit its cell between letters. Without font
/// metrics the width of a word is estimated from its length at the 9 pt table text (Arial
/// averages about 100 twips a Latin character; Cyrillic runs wider, so 115 and 130 in bold), which is enough to keep headers and
/// ordinary words whole. Words over 24 characters (URLs, codes) are not protected: they would
/// take the table over.
enum DOCXColumnWidths {
    private static let characterWidth = 115
    private static let boldCharacterWidth = 130
    /// Left and right cell margins (85 each) and a little slack.
    private static let cellPadding = 200
    private static let longestProtectedWord = 24

    /// The widths, in twips, adding up to `total` exactly.
    static func widths(for table: Table, total: Int) -> [Int] {
        var minimums = table.columns.map { column in
            table.hasHeader ? minimum(column.header, bold: true) : 0
        }
        for row in table.rows {
            for (index, cell) in row.contents.prefix(minimums.count).enumerated() {
                switch cell {
                case .text(let text):
                    minimums[index] = max(minimums[index], minimum(text, bold: row.isTotal))
                case .paragraphs(let paragraphs):
                    for paragraph in paragraphs {
                        minimums[index] = max(minimums[index], minimum(paragraph, bold: row.isTotal))
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

    /// The width the longest word of `content` needs.
    private static func minimum(_ content: [Inline], bold: Bool) -> Int {
        var words = WordLengths()
        words.scan(content)
        return width(words, bold: bold)
    }

    /// The width the longest word of `text` needs.
    private static func minimum(_ text: String, bold: Bool) -> Int {
        var words = WordLengths()
        words.scan(text)
        return width(words, bold: bold)
    }

    private static func width(_ words: WordLengths, bold: Bool) -> Int {
        var words = words
        words.endWord()
        guard words.longest > 0 else { return 0 }
        return words.longest * (bold ? boldCharacterWidth : characterWidth) + cellPadding
    }

    /// The longest protected word of inline content, read as its plain text would be (words run
    /// on across formatting), without building that text: this runs on every cell of every
    /// table.
    private struct WordLengths {
        var longest = 0
        var current = 0

        mutating func endWord() {
            if current <= longestProtectedWord { longest = max(longest, current) }
            current = 0
        }

        mutating func scan(_ content: [Inline]) {
            for item in content {
                switch item {
                case .text(let text), .code(let text), .chart(_, let text): scan(text)
                case .strong(let inner), .emphasis(let inner), .link(_, let inner), .tracked(_, let inner): scan(inner)
                case .lineBreak: endWord()
                }
            }
        }

        /// Characters are counted as UTF-8 lead bytes; only ASCII spaces, tabs and line breaks
        /// separate words (a no-break space joins them, as it does on the page).
        mutating func scan(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        endWord()
                    } else if byte & 0xC0 != 0x80 {
                        current &+= 1
                    }
                }
            }
        }
    }
}
