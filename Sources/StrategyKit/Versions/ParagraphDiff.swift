import Foundation

/// Compares the prose of two strategies section by section, in every language.
enum ProseDiff {
    /// One ``ProseChange`` per language (in `languages` order) and section (in id order) whose
    /// paragraphs differ; a section present on one side only is all added or all removed.
    static func changes(
        from old: [Language: [String: ProseSection]], to new: [Language: [String: ProseSection]],
        languages: [Language]
    ) -> [ProseChange] {
        var result: [ProseChange] = []
        for language in languages {
            let before = old[language] ?? [:]
            let after = new[language] ?? [:]
            let ids = Set(before.keys).union(after.keys).sorted { $0.localizedStandardLess($1) }
            for id in ids {
                let a = before[id]?.markdown ?? ""
                let b = after[id]?.markdown ?? ""
                guard a != b else { continue }
                let paragraphs = ParagraphDiff.changes(from: paragraphs(of: a), to: paragraphs(of: b))
                if !paragraphs.isEmpty {
                    result.append(ProseChange(language: language, section: id, paragraphs: paragraphs))
                }
            }
        }
        return result
    }

    /// The Markdown's paragraphs: blocks separated by blank lines, a fenced code block kept
    /// whole, trailing spaces dropped (they do not show).
    static func paragraphs(of markdown: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        var fence: Substring?
        func flush() {
            if !current.isEmpty { result.append(current.joined(separator: "\n")) }
            current = []
        }
        // `isNewline` splits "\r\n", which is one Character, as well as "\n".
        for rawLine in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = rawLine
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if fence == nil, trimmed.isEmpty {
                flush()
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = trimmed.prefix(3)
                if fence == nil {
                    fence = marker
                } else if fence == marker {
                    fence = nil
                }
            }
            current.append(line)
        }
        flush()
        return result
    }
}

/// Aligns two lists of paragraphs and says which were added, removed or changed.
///
/// Paragraphs equal on both sides are matched first: the common head and tail, then the
/// paragraphs that occur exactly once on each side, in the longest order-preserving chain
/// (patience diff), recursively between them. Near-linear: hashing, a dictionary per level and
/// an O(k log k) chain, never an n × m table over the whole text. What is left between matches
/// is paired by similarity (shared words), so an edited paragraph reads as "changed" rather
/// than "removed" and "added"; that table is bounded (``pairingLimit``), beyond which the
/// gap is reported as removed and added.
enum ParagraphDiff {
    /// The largest gap (old × new paragraphs) paired by similarity.
    static let pairingLimit = 10_000
    /// How deep the matching recurses between unique paragraphs.
    static let maxDepth = 16

    static func changes(from old: [String], to new: [String]) -> [ParagraphChange] {
        var matches: [(Int, Int)] = []
        match(old, new, 0..<old.count, 0..<new.count, depth: 0, into: &matches)
        var result: [ParagraphChange] = []
        var nextOld = 0
        var nextNew = 0
        for (a, b) in matches + [(old.count, new.count)] {
            if nextOld < a || nextNew < b {
                result += gap(old, new, nextOld..<a, nextNew..<b)
            }
            nextOld = a + 1
            nextNew = b + 1
        }
        return result
    }

    /// Appends the matched pairs of `old[o]` and `new[n]`, in increasing order.
    private static func match(
        _ old: [String], _ new: [String], _ o: Range<Int>, _ n: Range<Int>, depth: Int,
        into matches: inout [(Int, Int)]
    ) {
        var lowOld = o.lowerBound
        var lowNew = n.lowerBound
        while lowOld < o.upperBound, lowNew < n.upperBound, old[lowOld] == new[lowNew] {
            matches.append((lowOld, lowNew))
            lowOld += 1
            lowNew += 1
        }
        var highOld = o.upperBound
        var highNew = n.upperBound
        var tail: [(Int, Int)] = []
        while highOld > lowOld, highNew > lowNew, old[highOld - 1] == new[highNew - 1] {
            highOld -= 1
            highNew -= 1
            tail.append((highOld, highNew))
        }
        if lowOld < highOld, lowNew < highNew, depth < maxDepth {
            let chain = uniqueChain(old, new, lowOld..<highOld, lowNew..<highNew)
            if !chain.isEmpty {
                var fromOld = lowOld
                var fromNew = lowNew
                for (a, b) in chain {
                    match(old, new, fromOld..<a, fromNew..<b, depth: depth + 1, into: &matches)
                    matches.append((a, b))
                    fromOld = a + 1
                    fromNew = b + 1
                }
                match(old, new, fromOld..<highOld, fromNew..<highNew, depth: depth + 1, into: &matches)
            }
        }
        matches += tail.reversed()
    }

    /// The paragraphs that occur once in `old[o]` and once in `new[n]`, as the longest chain
    /// increasing on both sides.
    private static func uniqueChain(
        _ old: [String], _ new: [String], _ o: Range<Int>, _ n: Range<Int>
    ) -> [(Int, Int)] {
        struct Count {
            var old = 0
            var new = 0
            var newIndex = 0
        }
        var counts: [String: Count] = [:]
        for index in o { counts[old[index], default: Count()].old += 1 }
        for index in n {
            guard var count = counts[new[index]] else { continue }
            count.new += 1
            count.newIndex = index
            counts[new[index]] = count
        }
        var anchors: [(Int, Int)] = []
        for index in o {
            if let count = counts[old[index]], count.old == 1, count.new == 1 {
                anchors.append((index, count.newIndex))
            }
        }
        return longestIncreasing(anchors)
    }

    /// The longest subsequence of `pairs` (increasing in their first element) that also
    /// increases in the second: patience sorting, O(k log k).
    static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        guard !pairs.isEmpty else { return [] }
        var tails: [Int] = []  // index into pairs of the smallest tail of each length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(Int, Int)] = []
        var cursor = tails[tails.count - 1]
        while cursor >= 0 {
            chain.append(pairs[cursor])
            cursor = previous[cursor]
        }
        return chain.reversed()
    }

    /// The changes between two matches: paragraphs paired by similarity become "changed",
    /// the rest "removed" and "added", in text order (removed before added).
    private static func gap(
        _ old: [String], _ new: [String], _ o: Range<Int>, _ n: Range<Int>
    ) -> [ParagraphChange] {
        func removed(_ index: Int) -> ParagraphChange {
            ParagraphChange(change: .removed, oldNumber: index + 1, newNumber: nil, old: old[index], new: nil)
        }
        func added(_ index: Int) -> ParagraphChange {
            ParagraphChange(change: .added, oldNumber: nil, newNumber: index + 1, old: nil, new: new[index])
        }
        guard !o.isEmpty, !n.isEmpty, o.count * n.count <= pairingLimit else {
            return o.map(removed) + n.map(added)
        }
        let oldWords = o.map { words(old[$0]) }
        let newWords = n.map { words(new[$0]) }
        let rows = o.count + 1
        let columns = n.count + 1
        // score[i][j]: the best total similarity pairing the first i old and j new paragraphs.
        var score = [Int](repeating: 0, count: rows * columns)
        var similar = [Int](repeating: 0, count: rows * columns)
        for i in 1..<rows {
            for j in 1..<columns {
                let s = similarity(oldWords[i - 1], newWords[j - 1])
                similar[i * columns + j] = s
                var best = max(score[(i - 1) * columns + j], score[i * columns + j - 1])
                if s > 0 { best = max(best, score[(i - 1) * columns + j - 1] + s) }
                score[i * columns + j] = best
            }
        }
        var reversed: [ParagraphChange] = []
        var i = o.count
        var j = n.count
        while i > 0 || j > 0 {
            let here = score[i * columns + j]
            if i > 0, j > 0, similar[i * columns + j] > 0,
               here == score[(i - 1) * columns + j - 1] + similar[i * columns + j] {
                let a = o.lowerBound + i - 1
                let b = n.lowerBound + j - 1
                reversed.append(ParagraphChange(
                    change: .changed, oldNumber: a + 1, newNumber: b + 1, old: old[a], new: new[b]))
                i -= 1
                j -= 1
            } else if j > 0, i == 0 || here == score[i * columns + j - 1] {
                // Added before removed going backwards: removed before added in text order.
                reversed.append(added(n.lowerBound + j - 1))
                j -= 1
            } else {
                reversed.append(removed(o.lowerBound + i - 1))
                i -= 1
            }
        }
        return reversed.reversed()
    }

    /// The words of a paragraph, lowercased without punctuation, with their counts.
    private static func words(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            counts[word.lowercased(), default: 0] += 1
        }
        return counts
    }

    /// Shared words in per mille of both paragraphs' words (Dice), 0 below one half: two
    /// paragraphs that share less than half their words are different paragraphs.
    private static func similarity(_ a: [String: Int], _ b: [String: Int]) -> Int {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 1000 }
        var common = 0
        for (word, count) in a { common += min(count, b[word] ?? 0) }
        let dice = 2000 * common / total
        return dice >= 500 ? dice : 0
    }
}
