/// A DEFLATE decoder (RFC 1951), written after zlib's `puff.c`: the inflater of the Office
/// readers (``ZIPArchiveReader``) and the oracle that checks what ``Deflate`` writes, in the
/// test suite and in scripts/fuzz's FuzzDeflate target.
///
/// It rejects everything the RFC forbids (reserved block type, LEN ≠ ~NLEN, over-subscribed or
/// incomplete codes, symbols 286–287 and 30–31, a distance before the start, running out of
/// input). A single code of one bit is accepted for literals and distances, as zlib does.
/// ``Mode/strict`` (the default, for our own encoder) also rejects what a correct encoder of ours
/// never writes: padding bits that are not zero and bytes after the final block;
/// ``Mode/lenient`` accepts both, as zlib does, for files written by others.
///
/// The output never grows past `limit` bytes: a stream that would is refused with
/// ``Failure/isOverLimit`` set, after at most `limit` bytes were produced (a ZIP bomb costs its
/// limit, not its claim). Time is linear in the input and the output.
enum Inflate {
    /// Why a stream was rejected.
    struct Failure: Error, Equatable, CustomStringConvertible {
        var description: String
        /// The stream decodes to more than the limit it was given.
        var isOverLimit = false

        static func overLimit(_ limit: Int) -> Failure {
            Failure(description: "inflates to more than the limit of \(limit) bytes",
                    isOverLimit: true)
        }
    }

    /// How much a decoder forgives beyond the RFC.
    enum Mode: Sendable {
        /// Padding bits must be zero and nothing may follow the final block (our encoder).
        case strict
        /// Padding bits and bytes after the final block are ignored (zlib's behaviour).
        case lenient
    }

    /// What a stream used, for tests that a feature was exercised.
    struct Statistics: Equatable {
        /// BTYPE of each block in order: 0 stored, 1 fixed, 2 dynamic.
        var blockTypes: [Int] = []
        /// The longest match length and the farthest distance seen.
        var longestMatch = 0
        var farthestDistance = 0
    }

    /// The bytes that `stream` decodes to, refused past `limit` bytes.
    static func inflate(
        _ stream: [UInt8], limit: Int = .max, mode: Mode = .strict
    ) throws -> [UInt8] {
        var statistics = Statistics()
        return try inflate(stream, limit: limit, mode: mode, statistics: &statistics)
    }

    /// The bytes that `stream` decodes to, and what it used.
    static func inflate(
        _ stream: [UInt8], limit: Int = .max, mode: Mode = .strict,
        statistics: inout Statistics
    ) throws -> [UInt8] {
        var reader = Reader(input: stream, isStrict: mode == .strict)
        var output = Output(limit: max(limit, 0))
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            let type = try reader.bits(2)
            statistics.blockTypes.append(type)
            switch type {
            case 0: try stored(&reader, into: &output)
            case 1:
                try codes(&reader, fixedCodes.literal, fixedCodes.distance, &output, &statistics)
            case 2:
                let (literal, distance) = try dynamicCodes(&reader)
                try codes(&reader, literal, distance, &output, &statistics)
            default: throw Failure(description: "reserved block type 3")
            }
        }
        try reader.finish()
        return output.bytes
    }

    /// The bytes decoded so far, which refuse to grow past the limit.
    private struct Output {
        var bytes: [UInt8] = []
        let limit: Int

        var count: Int { bytes.count }

        /// Makes room for `extra` more bytes, or throws when that passes the limit.
        mutating func reserve(_ extra: Int) throws {
            guard extra <= limit - bytes.count else { throw Failure.overLimit(limit) }
        }

        mutating func append(_ byte: UInt8) { bytes.append(byte) }
    }

    private static func stored(_ reader: inout Reader, into output: inout Output) throws {
        try reader.alignToByte()
        let length = try reader.byte() | reader.byte() << 8
        let complement = try reader.byte() | reader.byte() << 8
        guard length == ~complement & 0xFFFF else {
            throw Failure(description: "stored block: LEN \(length) and NLEN \(complement) differ")
        }
        try output.reserve(length)
        for _ in 0..<length { output.append(UInt8(try reader.byte())) }
    }

    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                       3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                        8193, 12289, 16385, 24577]
    private static let distanceExtras = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                         7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func codes(
        _ reader: inout Reader, _ literal: Huffman, _ distance: Huffman,
        _ output: inout Output, _ statistics: inout Statistics
    ) throws {
        while true {
            let symbol = try reader.decode(literal)
            if symbol < 256 {
                try output.reserve(1)
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw Failure(description: "length symbol \(symbol)") }
                let length = try lengthBases[index] + reader.bits(lengthExtras[index])
                let code = try reader.decode(distance)
                guard code < 30 else { throw Failure(description: "distance symbol \(code)") }
                let far = try distanceBases[code] + reader.bits(distanceExtras[code])
                guard far <= output.count else {
                    throw Failure(description: "distance \(far) before the start (\(output.count))")
                }
                try output.reserve(length)
                for _ in 0..<length { output.append(output.bytes[output.count - far]) }
                statistics.longestMatch = max(statistics.longestMatch, length)
                statistics.farthestDistance = max(statistics.farthestDistance, far)
            }
        }
    }

    private static let fixedCodes: (literal: Huffman, distance: Huffman) = {
        let literal = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
        // Both fixed codes are complete (the distance code has 32 five-bit codes).
        return (Huffman(lengths: literal), Huffman(lengths: Array(repeating: 5, count: 32)))
    }()

    private static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1,
                                      15]

    private static func dynamicCodes(_ reader: inout Reader) throws -> (Huffman, Huffman) {
        let literals = try reader.bits(5) + 257
        let distances = try reader.bits(5) + 1
        let lengthCount = try reader.bits(4) + 4
        guard literals <= 286, distances <= 30 else {
            throw Failure(description: "too many lengths: \(literals), \(distances)")
        }
        var lengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<lengthCount { lengthLengths[lengthOrder[index]] = try reader.bits(3) }
        let lengthCode = Huffman(lengths: lengthLengths)
        guard lengthCode.left == 0 else {
            throw Failure(description: "code-length code incomplete or over-subscribed")
        }

        var lengths: [Int] = []
        while lengths.count < literals + distances {
            let symbol = try reader.decode(lengthCode)
            var (value, repeats) = (symbol, 1)
            switch symbol {
            case 16:
                guard let previous = lengths.last else {
                    throw Failure(description: "repeat with no previous length")
                }
                (value, repeats) = (previous, try 3 + reader.bits(2))
            case 17: (value, repeats) = (0, try 3 + reader.bits(3))
            case 18: (value, repeats) = (0, try 11 + reader.bits(7))
            default: break
            }
            guard lengths.count + repeats <= literals + distances else {
                throw Failure(description: "code lengths run past the end")
            }
            lengths += repeatElement(value, count: repeats)
        }
        guard lengths[256] > 0 else { throw Failure(description: "no code for end of block") }
        let literal = Huffman(lengths: Array(lengths[..<literals]))
        let distance = Huffman(lengths: Array(lengths[literals...]))
        // Incomplete is tolerated only for a single one-bit code, and the distance code may be
        // empty when no match follows (zlib's rules).
        for (name, code) in [("literal", literal), ("distance", distance)] {
            let used = code.count.reduce(0, +)
            guard code.left == 0 || (code.left > 0 && used == 1 && code.count[1] == 1)
                    || (name == "distance" && used == 0)
            else { throw Failure(description: "\(name) code incomplete or over-subscribed") }
        }
        return (literal, distance)
    }

    /// A canonical prefix code as counts of codes per length and symbols in code order.
    private struct Huffman {
        var count = [Int](repeating: 0, count: 16)
        var symbol: [Int] = []
        /// Codes left unused: 0 complete, above 0 incomplete, below 0 over-subscribed.
        var left = 1

        init(lengths: [Int]) {
            for length in lengths { count[length] += 1 }
            count[0] = 0
            for length in 1...15 {
                left = left * 2 - count[length]
                if left < 0 { return }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
            symbol = Array(repeating: 0, count: lengths.count)
            for (value, length) in lengths.enumerated() where length > 0 {
                symbol[offsets[length]] = value
                offsets[length] += 1
            }
        }
    }

    private struct Reader {
        let input: [UInt8]
        let isStrict: Bool
        var position = 0
        var buffer = 0
        var available = 0

        mutating func bits(_ count: Int) throws -> Int {
            while available < count {
                guard position < input.count else { throw Failure(description: "out of input") }
                buffer |= Int(input[position]) << available
                position += 1
                available += 8
            }
            let value = buffer & (1 << count - 1)
            buffer >>= count
            available -= count
            return value
        }

        mutating func byte() throws -> Int { try bits(8) }

        /// Drops the rest of the current byte, which must be zero bits when strict.
        mutating func alignToByte() throws {
            guard buffer == 0 || !isStrict else {
                throw Failure(description: "non-zero padding bits")
            }
            buffer = 0
            available = 0
        }

        mutating func finish() throws {
            try alignToByte()
            guard position == input.count || !isStrict else {
                throw Failure(description: "\(input.count - position) bytes after the final block")
            }
        }

        mutating func decode(_ code: Huffman) throws -> Int {
            var value = 0
            var first = 0
            var index = 0
            for length in 1...15 {
                value |= try bits(1)
                let count = code.count[length]
                if value - count < first { return code.symbol[index + value - first] }
                index += count
                first = (first + count) << 1
                value <<= 1
            }
            throw Failure(description: "invalid code")
        }
    }
}
