/// The codes of a dynamic-Huffman block and the header that describes them (RFC 1951 §3.2.7).
///
/// The header sends HLIT, HDIST and HCLEN, the code-length code's lengths in the RFC's
/// permuted order, and then the literal/length and distance code lengths as one sequence,
/// run-length coded with symbols 16 (repeat the previous length 3–6 times), 17 (3–10 zeros)
/// and 18 (11–138 zeros); runs may cross from the literal lengths into the distance lengths.
struct DeflateDynamicHeader {
    /// Code lengths of the literal/length alphabet (286 symbols).
    let literalLengths: [UInt8]
    /// Code lengths of the distance alphabet (30 symbols).
    let distanceLengths: [UInt8]
    /// Packed codes (see ``DeflateHuffman/packedCodes(_:)``).
    let literalCodes: [UInt32]
    let distanceCodes: [UInt32]
    /// The header's size in bits, not counting the block's 3-bit type.
    let bitCount: Int

    private let literalsSent: Int
    private let distancesSent: Int
    private let lengthLengths: [UInt8]
    private let lengthCodes: [UInt32]
    private let lengthsSent: Int
    /// The run-length coded lengths: a code-length symbol (0–18) and its extra bits' value.
    private let runs: [(symbol: Int, extra: Int)]

    /// The order in which the code-length code's own lengths are sent.
    private static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    /// The extra bits after code-length symbols 16, 17 and 18.
    private static let extraCounts = [16: 2, 17: 3, 18: 7]

    /// The best codes for a block with these symbol frequencies.
    init(literalFrequencies: [Int], distanceFrequencies: [Int]) {
        let limit = DeflateHuffman.maxCodeLength
        literalLengths = DeflateHuffman.codeLengths(literalFrequencies, limit: limit)
        distanceLengths = DeflateHuffman.codeLengths(distanceFrequencies, limit: limit)
        literalCodes = DeflateHuffman.packedCodes(literalLengths)
        distanceCodes = DeflateHuffman.packedCodes(distanceLengths)
        literalsSent = max(257, (literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        distancesSent = max(1, (distanceLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        runs = Self.runLengths(
            Array(literalLengths[..<literalsSent]) + Array(distanceLengths[..<distancesSent]))

        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let lengthLengths = DeflateHuffman.codeLengths(frequencies, limit: 7)
        let runBits = runs.reduce(0) { sum, run in
            sum + Int(lengthLengths[run.symbol]) + (Self.extraCounts[run.symbol] ?? 0)
        }
        self.lengthLengths = lengthLengths
        lengthCodes = DeflateHuffman.packedCodes(lengthLengths)
        lengthsSent = max(4, (Self.order.lastIndex { lengthLengths[$0] > 0 } ?? 0) + 1)
        bitCount = 5 + 5 + 4 + 3 * lengthsSent + runBits
    }

    /// Writes the header (after the block's type bits).
    func write(to writer: inout DeflateBlockWriter) {
        writer.put(UInt64(literalsSent - 257), 5)
        writer.put(UInt64(distancesSent - 1), 5)
        writer.put(UInt64(lengthsSent - 4), 4)
        writer.flush()
        for symbol in Self.order.prefix(lengthsSent) {
            writer.put(UInt64(lengthLengths[symbol]), 3)
            writer.flush()
        }
        for run in runs {
            writer.put(code: lengthCodes[run.symbol])
            writer.put(UInt64(run.extra), Self.extraCounts[run.symbol] ?? 0)
            writer.flush()
        }
    }

    /// `lengths` as code-length symbols: runs of zeros as 17 or 18, repeats of a length after
    /// its first occurrence as 16, anything shorter than 3 as plain lengths.
    private static func runLengths(_ lengths: [UInt8]) -> [(symbol: Int, extra: Int)] {
        var runs: [(symbol: Int, extra: Int)] = []
        var index = 0
        while index < lengths.count {
            let length = Int(lengths[index])
            var end = index + 1
            while end < lengths.count && Int(lengths[end]) == length { end += 1 }
            var remaining = end - index
            if length == 0 {
                while remaining >= 11 {
                    let count = min(remaining, 138)
                    runs.append((18, count - 11))
                    remaining -= count
                }
                if remaining >= 3 {
                    runs.append((17, remaining - 3))
                    remaining = 0
                }
            } else {
                runs.append((length, 0))
                remaining -= 1
                while remaining >= 3 {
                    let count = min(remaining, 6)
                    runs.append((16, count - 3))
                    remaining -= count
                }
            }
            for _ in 0..<remaining { runs.append((length, 0)) }
            index = end
        }
        return runs
    }
}
