/// The symbol alphabets and prefix codes of DEFLATE (RFC 1951 §3.2.2, §3.2.5, §3.2.6).
enum DeflateHuffman {
    /// Literal/length symbols in use: 0–255 bytes, 256 end of block, 257–285 lengths.
    static let literalCount = 286
    /// Distance symbols in use: 0–29.
    static let distanceCount = 30
    /// The end-of-block symbol.
    static let endOfBlock = 256
    /// The longest code DEFLATE allows for literals, lengths and distances.
    static let maxCodeLength = 15

    /// A symbol with the extra bits that follow its code.
    struct Symbol {
        var code: Int
        var extraCount: Int
        var extra: Int
    }

    /// The length symbol (0–28, to be added to 257) for a match of 3–258 bytes.
    ///
    /// Past the first eight, each power of two of `length - 3` is split into four codes whose
    /// extra bits count up the rest; 258 has a code of its own.
    @inline(__always)
    static func lengthSymbol(_ length: Int) -> Symbol {
        let value = length &- 3
        if value < 8 { return Symbol(code: value, extraCount: 0, extra: 0) }
        if value == 255 { return Symbol(code: 28, extraCount: 0, extra: 0) }
        let log = 63 &- UInt64(truncatingIfNeeded: value).leadingZeroBitCount
        let extraCount = log &- 2
        return Symbol(code: 4 &* (log &- 1) &+ (value &>> extraCount) & 3, extraCount: extraCount,
                      extra: value & (1 &<< extraCount &- 1))
    }

    /// The distance symbol (0–29) for a distance of 1–32,768: after the first four, each power
    /// of two of `distance - 1` is split into two codes.
    @inline(__always)
    static func distanceSymbol(_ distance: Int) -> Symbol {
        let value = distance &- 1
        if value < 4 { return Symbol(code: value, extraCount: 0, extra: 0) }
        let log = 63 &- UInt64(truncatingIfNeeded: value).leadingZeroBitCount
        let extraCount = log &- 1
        return Symbol(code: 2 &* log &+ (value &>> extraCount) & 1, extraCount: extraCount,
                      extra: value & (1 &<< extraCount &- 1))
    }

    /// The bits the codes of `lengths` take for symbols of `frequencies`.
    static func cost(_ frequencies: [Int], _ lengths: [UInt8]) -> Int {
        zip(frequencies, lengths).reduce(0) { $0 + $1.0 * Int($1.1) }
    }

    // MARK: Fixed codes (§3.2.6)

    /// 8 bits for bytes 0–143, 9 for 144–255, 7 for 256–279, 8 for 280–287. Symbols 286 and
    /// 287 never occur but are part of the code: they count among the 8-bit codes, which moves
    /// the first 9-bit code.
    static let fixedLiteralLengths: [UInt8] = (0..<288).map { symbol in
        switch symbol {
        case 0..<144: 8
        case 144..<256: 9
        case 256..<280: 7
        default: 8
        }
    }

    /// 5 bits for every distance.
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: distanceCount)

    static let fixedLiteralCodes = packedCodes(fixedLiteralLengths)
    static let fixedDistanceCodes = packedCodes(fixedDistanceLengths)

    // MARK: Building codes

    /// The canonical codes of `lengths` (§3.2.2), bit-reversed because DEFLATE sends codes most
    /// significant bit first into a stream read least significant bit first, and packed as
    /// `code | length << 16`.
    static func packedCodes(_ lengths: [UInt8]) -> [UInt32] {
        var counts = [Int](repeating: 0, count: maxCodeLength + 1)
        for length in lengths where length > 0 { counts[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: maxCodeLength + 2)
        var code = 0
        for length in 1...maxCodeLength {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let code = nextCode[Int(length)]
            nextCode[Int(length)] += 1
            var reversed: UInt32 = 0
            for bit in 0..<Int(length) where code >> bit & 1 == 1 {
                reversed |= 1 << (Int(length) - 1 - bit)
            }
            return reversed | UInt32(length) << 16
        }
    }

    /// Optimal code lengths of at most `limit` bits for symbols of `frequencies`.
    ///
    /// Huffman's lengths come from Moffat and Katajainen's in-place algorithm over the used
    /// symbols sorted by frequency (ties by symbol, so the result is deterministic); lengths past
    /// the limit are cut to it and the Kraft sum is restored by lengthening shorter codes, as in
    /// miniz. At least two symbols always get a code (a fake second one if needed) so that every
    /// code is complete, which strict inflaters require.
    static func codeLengths(_ frequencies: [Int], limit: Int) -> [UInt8] {
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
            .map { (frequency: frequencies[$0], symbol: $0) }
        while used.count < 2 {
            let symbol = used.first?.symbol == 0 ? 1 : 0
            used.append((frequency: 1, symbol: symbol))
        }
        used.sort { ($0.frequency, $0.symbol) < ($1.frequency, $1.symbol) }
        var depths = used.map(\.frequency)
        minimumRedundancy(&depths)

        var counts = [Int](repeating: 0, count: limit + 1)
        for depth in depths { counts[min(depth, limit)] += 1 }
        var kraft = 0
        for length in 1...limit { kraft += counts[length] << (limit - length) }
        while kraft > 1 << limit {
            counts[limit] -= 1
            for length in stride(from: limit - 1, to: 0, by: -1) where counts[length] > 0 {
                counts[length] -= 1
                counts[length + 1] += 2
                break
            }
            kraft -= 1
        }

        // Shortest codes to the most frequent symbols, which are last in `used`.
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var index = used.count
        for length in 1...limit {
            for _ in 0..<counts[length] {
                index -= 1
                lengths[used[index].symbol] = UInt8(length)
            }
        }
        return lengths
    }

    /// Replaces ascending weights (at least two) with the depths of their leaves in a Huffman
    /// tree (A. Moffat and J. Katajainen, "In-place calculation of minimum-redundancy codes",
    /// 1995).
    private static func minimumRedundancy(_ a: inout [Int]) {
        let n = a.count
        // Pass 1, left to right: combine pairs; internal nodes hold their parents' indexes.
        a[0] += a[1]
        var root = 0
        var leaf = 2
        for next in 1..<(n - 1) {
            if leaf >= n || a[root] < a[leaf] {
                a[next] = a[root]
                a[root] = next
                root += 1
            } else {
                a[next] = a[leaf]
                leaf += 1
            }
            if leaf >= n || (root < next && a[root] < a[leaf]) {
                a[next] += a[root]
                a[root] = next
                root += 1
            } else {
                a[next] += a[leaf]
                leaf += 1
            }
        }
        // Pass 2, right to left: depths of the internal nodes.
        a[n - 2] = 0
        for next in stride(from: n - 3, through: 0, by: -1) { a[next] = a[a[next]] + 1 }
        // Pass 3, right to left: depths of the leaves.
        var available = 1
        var usedNodes = 0
        var depth = 0
        root = n - 2
        var next = n - 1
        while available > 0 {
            while root >= 0 && a[root] == depth {
                usedNodes += 1
                root -= 1
            }
            while available > usedNodes {
                a[next] = depth
                next -= 1
                available -= 1
            }
            available = 2 * usedNodes
            depth += 1
            usedNodes = 0
        }
    }
}
