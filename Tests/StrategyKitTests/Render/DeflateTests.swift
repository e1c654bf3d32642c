import Foundation
@testable import StrategyKit
import XCTest

final class DeflateTests: XCTestCase {
    // MARK: Round trips

    func testDeflate_emptyInput_isOneFixedBlock() throws {
        XCTAssertEqual(Deflate.compress([UInt8]()), [0x03, 0x00])
        try assertRoundTrip([], blockTypes: [1])
    }

    func testDeflate_oneByte_roundTrips() throws {
        for byte: UInt8 in [0, 0x41, 0xFF] { try assertRoundTrip([byte]) }
    }

    func testDeflate_allByteValues_roundTrip() throws {
        try assertRoundTrip((0...255).map { UInt8($0) })
        try assertRoundTrip((0...255).map { UInt8(255 - $0) } + (0...255).map { UInt8($0) })
    }

    func testDeflate_randomMegabyte_isStoredAndRoundTrips() throws {
        let bytes = Self.random(count: 1 << 20, seed: 1)
        let compressed = Deflate.compress(bytes)
        XCTAssertLessThanOrEqual(compressed.count, bytes.count + bytes.count / 1_000)
        var statistics = Inflate.Statistics()
        XCTAssertEqual(try Inflate.inflate(compressed, statistics: &statistics), bytes)
        XCTAssertEqual(Set(statistics.blockTypes), [0], "random bytes are stored")
    }

    func testDeflate_repetitiveText_compressesWithDynamicBlocks() throws {
        let line = "<w:p><w:r><w:rPr><w:lang w:val=\"en-US\"/></w:rPr><w:t>Action</w:t></w:r></w:p>"
        let text = (1...20_000).map { "\(line)\($0 % 7)\n" }.joined()
        let bytes = Array(text.utf8)
        let compressed = Deflate.compress(bytes)
        XCTAssertLessThan(compressed.count * 40, bytes.count, "\(compressed.count) bytes")
        var statistics = Inflate.Statistics()
        XCTAssertEqual(try Inflate.inflate(compressed, statistics: &statistics), bytes)
        XCTAssertEqual(statistics.blockTypes.first, 2)
        XCTAssertEqual(statistics.longestMatch, 258)
    }

    func testDeflate_cyrillicXML_roundTrips() throws {
        let cell = "<w:tc><w:p><w:r><w:t>Проведение серии региональных консультаций «Коалиция» "
        let text = (1...3_000).map { "\(cell)\($0) сом</w:t></w:r></w:p></w:tc>" }.joined()
        let bytes = Array(text.utf8)
        let compressed = try assertRoundTrip(bytes)
        XCTAssertLessThan(compressed.count * 10, bytes.count)
    }

    func testDeflate_lengthsAroundBlockAndWindowLimits_roundTrip() throws {
        for count in [3, 4, 5, 257, 258, 259, 32_767, 32_768, 32_769, 65_534, 65_535, 65_536,
                      65_537, 131_071] {
            try assertRoundTrip(Self.random(count: count, seed: UInt64(count)))
            try assertRoundTrip([UInt8](repeating: 0x61, count: count))
            try assertRoundTrip((0..<count).map { UInt8(truncatingIfNeeded: $0 % 251) })
        }
    }

    func testDeflate_repeatAtExactlyTheWindowSize_usesDistance32768() throws {
        let block = Self.random(count: 32_768, seed: 7)
        var statistics = Inflate.Statistics()
        let compressed = Deflate.compress(block + block)
        XCTAssertEqual(try Inflate.inflate(compressed, statistics: &statistics), block + block)
        XCTAssertEqual(statistics.farthestDistance, 32_768)
        XCTAssertLessThan(compressed.count, 32_768 + 1_000)
    }

    func testDeflate_repeatJustPastTheWindow_findsNoMatch() throws {
        let block = Self.random(count: 32_769, seed: 8)
        var statistics = Inflate.Statistics()
        let compressed = Deflate.compress(block + block)
        XCTAssertEqual(try Inflate.inflate(compressed, statistics: &statistics), block + block)
        XCTAssertLessThanOrEqual(statistics.farthestDistance, 32_768)
    }

    func testDeflate_smallBlocks_roundTripAcrossBlockBoundaries() throws {
        let text = Array(String(repeating: "Коалиция <w:t>abc</w:t> ", count: 400).utf8)
            + Self.random(count: 3_000, seed: 3)
        for symbols in [1, 2, 3, 17, 256, 1_000] {
            let compressed = Deflate.compress(text, blockSymbols: symbols)
            var statistics = Inflate.Statistics()
            XCTAssertEqual(try Inflate.inflate(compressed, statistics: &statistics), text)
            XCTAssertGreaterThan(statistics.blockTypes.count, 1, "\(symbols) symbols a block")
            XCTAssertLessThanOrEqual(
                compressed.count, Deflate.maxCompressedCount(text.count, blockSymbols: symbols) - 8)
        }
    }

    // MARK: Streams of pieces

    func testStream_piecesInflateToTheWholeWithItsCRC() throws {
        let line = Array("<w:p><w:r><w:t>Коммуникационная стратегия &amp; план</w:t></w:r></w:p>\n".utf8)
        let whole = (0..<3_000).flatMap { line + Array(String($0 % 13).utf8) }
            + Self.random(count: 70_000, seed: 7)
        // Pieces of every kind: empty, one byte, across a block, across the window.
        let cuts = [0, 0, 1, 17, 40_000, 40_000, 120_000, 200_000, whole.count]
        var stream = DeflateStream()
        for (start, end) in zip(cuts, cuts.dropFirst()) {
            whole[start..<end].withUnsafeBytes { stream.append($0, isFinal: end == whole.count && start != end) }
        }
        let result = stream.result()
        var statistics = Inflate.Statistics()
        XCTAssertEqual(try Inflate.inflate(result.compressed, statistics: &statistics), whole)
        XCTAssertEqual(result.crc, CRC32.checksum(whole))
        XCTAssertEqual(result.size, whole.count)
        // Every piece but the last ends with an empty stored block (seven of them).
        XCTAssertGreaterThanOrEqual(statistics.blockTypes.filter { $0 == 0 }.count, 7, "\(statistics.blockTypes)")
    }

    func testStream_oneFinalPiece_isTheWholeCompressed() {
        let bytes = Array(String(repeating: "Стратегия 2023–2026. ", count: 500).utf8)
        var stream = DeflateStream()
        bytes.withUnsafeBytes { stream.append($0, isFinal: true) }
        XCTAssertEqual(stream.result().compressed, Deflate.compress(bytes))
    }

    func testDeflate_sameInput_sameBytes() {
        let bytes = Array(String(repeating: "deterministic ", count: 5_000).utf8)
            + Self.random(count: 70_000, seed: 9)
        XCTAssertEqual(Deflate.compress(bytes), Deflate.compress(bytes))
    }

    func testDeflate_mixedRandomAndText_neverExceedsTheBound() throws {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<40 {
            let count = Int.random(in: 0..<20_000, using: &generator)
            let period = Int.random(in: 1..<300, using: &generator)
            let noise = Int.random(in: 0...100, using: &generator)
            let pattern = Self.random(count: period, seed: generator.next())
            let bytes = (0..<count).map { index -> UInt8 in
                Int.random(in: 0..<100, using: &generator) < noise
                    ? UInt8.random(in: 0...255, using: &generator) : pattern[index % period]
            }
            let compressed = try assertRoundTrip(bytes)
            XCTAssertLessThanOrEqual(compressed.count, Deflate.maxCompressedCount(count) - 8)
        }
    }

    // MARK: Symbols

    /// Every length and distance against the RFC's tables, decoded as an inflater would.
    func testDeflateSymbols_matchTheRFCTables() {
        let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                           35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let lengthExtras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                            3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        for length in 3...258 {
            let symbol = DeflateHuffman.lengthSymbol(length)
            XCTAssertEqual(symbol.extraCount, lengthExtras[symbol.code], "length \(length)")
            XCTAssertLessThan(symbol.extra, 1 << symbol.extraCount, "length \(length)")
            XCTAssertEqual(lengthBases[symbol.code] + symbol.extra, length)
        }
        let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                             513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
                             24577]
        for distance in 1...32_768 {
            let symbol = DeflateHuffman.distanceSymbol(distance)
            XCTAssertEqual(symbol.extraCount, max(0, symbol.code / 2 - 1), "distance \(distance)")
            XCTAssertLessThan(symbol.extra, 1 << symbol.extraCount, "distance \(distance)")
            XCTAssertEqual(distanceBases[symbol.code] + symbol.extra, distance)
        }
    }

    func testDeflateHuffman_lengthsAreLimitedAndComplete() {
        // Fibonacci frequencies make the deepest Huffman trees: 30 symbols would need 29 bits.
        var fibonacci = [1, 1]
        while fibonacci.count < 30 { fibonacci.append(fibonacci.suffix(2).reduce(0, +)) }
        for (frequencies, limit) in [(fibonacci, 15), (fibonacci.shuffledDeterministically(), 7),
                                     ([5, 0], 15), ([0, 0, 9], 7), ([0, 0, 0], 15),
                                     (Array(repeating: 1, count: 286), 15)] {
            let lengths = DeflateHuffman.codeLengths(frequencies, limit: limit)
            XCTAssertLessThanOrEqual(Int(lengths.max() ?? 0), limit)
            let kraft = lengths.filter { $0 > 0 }.reduce(0) { $0 + (1 << (limit - Int($1))) }
            XCTAssertEqual(kraft, 1 << limit, "complete code for \(frequencies)")
            for (symbol, frequency) in frequencies.enumerated() where frequency > 0 {
                XCTAssertGreaterThan(lengths[symbol], 0)
            }
        }
    }

    // MARK: Helpers

    @discardableResult
    private func assertRoundTrip(
        _ bytes: [UInt8], blockTypes: [Int]? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> [UInt8] {
        let compressed = Deflate.compress(bytes)
        var statistics = Inflate.Statistics()
        let inflated = try Inflate.inflate(compressed, statistics: &statistics)
        XCTAssertEqual(inflated.count, bytes.count, file: file, line: line)
        // Not XCTAssertEqual: a megabyte of differing bytes makes an unreadable message.
        XCTAssertTrue(inflated == bytes, "round trip of \(bytes.count) bytes",
                      file: file, line: line)
        if let blockTypes {
            XCTAssertEqual(statistics.blockTypes, blockTypes, file: file, line: line)
        }
        return compressed
    }

    static func random(count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        var bytes = [UInt8]()
        bytes.reserveCapacity(count + 8)
        while bytes.count < count {
            withUnsafeBytes(of: generator.next().littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }
}

/// SplitMix64: a small generator whose sequence depends only on the seed.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

extension Array {
    /// The elements in an order that depends only on their count.
    fileprivate func shuffledDeterministically() -> [Element] {
        var generator = SeededGenerator(seed: UInt64(count))
        return shuffled(using: &generator)
    }
}
