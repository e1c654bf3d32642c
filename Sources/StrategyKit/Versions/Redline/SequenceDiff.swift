/// The longest common subsequence of two sequences, as the pairs of positions it matches.
///
/// Common prefixes and suffixes are matched first; what remains is compared exactly (dynamic
/// programming) when it is small, and otherwise by the elements that occur once on each side
/// (patience diff: their longest increasing run anchors the match, and the gaps between anchors
/// are compared the same way). Rows keyed by entity id are all unique, so two action matrices
/// of 20,000 rows are matched in O(n log n).
enum SequenceDiff {
    /// The largest gap compared cell by cell (its table has one entry per pair of elements).
    static let exactLimit = 1_000_000

    /// Matching positions `(old, new)`, increasing in both.
    static func matches<Key: Hashable>(_ old: [Key], _ new: [Key]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        match(old, 0..<old.count, new, 0..<new.count, into: &result)
        return result
    }

    private static func match<Key: Hashable>(
        _ old: [Key], _ oldRange: Range<Int>, _ new: [Key], _ newRange: Range<Int>, into result: inout [(Int, Int)]
    ) {
        var (oldLow, newLow) = (oldRange.lowerBound, newRange.lowerBound)
        var (oldHigh, newHigh) = (oldRange.upperBound, newRange.upperBound)
        while oldLow < oldHigh, newLow < newHigh, old[oldLow] == new[newLow] {
            result.append((oldLow, newLow))
            oldLow += 1
            newLow += 1
        }
        var suffix: [(Int, Int)] = []
        while oldLow < oldHigh, newLow < newHigh, old[oldHigh - 1] == new[newHigh - 1] {
            oldHigh -= 1
            newHigh -= 1
            suffix.append((oldHigh, newHigh))
        }
        let (count, otherCount) = (oldHigh - oldLow, newHigh - newLow)
        if count > 0, otherCount > 0 {
            if count * otherCount <= exactLimit {
                exact(old, oldLow..<oldHigh, new, newLow..<newHigh, into: &result)
            } else {
                patience(old, oldLow..<oldHigh, new, newLow..<newHigh, into: &result)
            }
        }
        result += suffix.reversed()
    }

    /// The classic table of common-subsequence lengths, read back from the start.
    private static func exact<Key: Hashable>(
        _ old: [Key], _ oldRange: Range<Int>, _ new: [Key], _ newRange: Range<Int>, into result: inout [(Int, Int)]
    ) {
        let (rows, columns) = (oldRange.count, newRange.count)
        var lengths = [Int32](repeating: 0, count: (rows + 1) * (columns + 1))
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                let here = row * (columns + 1) + column
                if old[oldRange.lowerBound + row] == new[newRange.lowerBound + column] {
                    lengths[here] = lengths[here + columns + 2] + 1
                } else {
                    lengths[here] = max(lengths[here + columns + 1], lengths[here + 1])
                }
            }
        }
        var (row, column) = (0, 0)
        while row < rows, column < columns {
            if old[oldRange.lowerBound + row] == new[newRange.lowerBound + column] {
                result.append((oldRange.lowerBound + row, newRange.lowerBound + column))
                row += 1
                column += 1
            } else if lengths[(row + 1) * (columns + 1) + column] >= lengths[row * (columns + 1) + column + 1] {
                row += 1
            } else {
                column += 1
            }
        }
    }

    /// Anchors on the elements unique on both sides, then the gaps between them.
    private static func patience<Key: Hashable>(
        _ old: [Key], _ oldRange: Range<Int>, _ new: [Key], _ newRange: Range<Int>, into result: inout [(Int, Int)]
    ) {
        var counts: [Key: (old: Int, new: Int, position: Int)] = [:]
        for index in oldRange {
            counts[old[index], default: (0, 0, 0)].old += 1
            counts[old[index]]?.position = index
        }
        var candidates: [(Int, Int)] = []
        for index in newRange {
            counts[new[index], default: (0, 0, 0)].new += 1
        }
        for index in newRange {
            if let entry = counts[new[index]], entry.old == 1, entry.new == 1 { candidates.append((entry.position, index)) }
        }
        candidates.sort { $0.0 < $1.0 }
        // The longest run increasing in the new positions (patience sorting).
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if candidates[tails[middle]].1 < candidate.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var anchors: [(Int, Int)] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            anchors.append(candidates[cursor])
            cursor = previous[cursor]
        }
        anchors.reverse()
        guard !anchors.isEmpty else { return }
        var (oldStart, newStart) = (oldRange.lowerBound, newRange.lowerBound)
        for anchor in anchors {
            match(old, oldStart..<anchor.0, new, newStart..<anchor.1, into: &result)
            result.append(anchor)
            (oldStart, newStart) = (anchor.0 + 1, anchor.1 + 1)
        }
        match(old, oldStart..<oldRange.upperBound, new, newStart..<newRange.upperBound, into: &result)
    }
}
