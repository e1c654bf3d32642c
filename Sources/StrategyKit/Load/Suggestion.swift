/// "Did you mean" for near-miss ids and keys.
public enum Suggestion {
    /// The candidate closest to `word` when it is close enough to be a likely typo.
    ///
    /// Close enough: an edit distance of at most 2 (1 for words of 4 characters or fewer).
    /// Of equally close candidates the least in sorted order wins, so the answer is
    /// deterministic (found without sorting them: a form with hundreds of unknown columns asks
    /// once per column).
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = target.count <= 4 ? 1 : 2
        var best: (distance: Int, word: String)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= limit else { continue }
            let distance = editDistance(target, other, limit: limit)
            guard distance <= limit else { continue }
            if let best, distance > best.distance || (distance == best.distance && candidate >= best.word) {
                continue
            }
            best = (distance, candidate)
        }
        return best?.word
    }

    /// Levenshtein distance with an early exit once every path exceeds `limit`.
    static func editDistance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int
    ) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
