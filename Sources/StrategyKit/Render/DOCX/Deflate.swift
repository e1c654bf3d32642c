import Foundation

/// A DEFLATE compressor (RFC 1951) for the entries of ``ZIPArchive``.
///
/// Foundation on Linux has no zlib, and stored entries made a 20,000-action document 146 MB.
/// This is a fast, greedy LZ77 (see ``DeflateMatchFinder``: hash chains over a 32 KiB window,
/// the longest of up to 32 candidates, no lazy matching), and each block of up to
/// ``blockSymbols`` symbols is written in whichever of the three block types is smallest for it
/// (see ``DeflateBlockWriter``: stored, fixed Huffman or dynamic Huffman), so the output is
/// never more than a few bytes per 32 KiB larger than the input. On the repetitive XML of
/// word/document.xml it runs at several hundred MB/s and compresses it about 29:1 (`gzip -1`
/// 21:1, `gzip -6` 31:1).
///
/// The output depends only on the input bytes: no clock, no randomness, no dictionary order, so
/// the same DOCX always has the same bytes. Inputs of any size are correct; positions are kept
/// modulo 2³² and every candidate match is checked against the bytes themselves.
enum Deflate {
    /// The most symbols (literals and matches) in one block: large enough that a dynamic block's
    /// header (about 60–100 bytes) is noise, small enough to follow changes in the text.
    static let blockSymbols = 1 << 15

    /// The bytes ``compress(_:into:blockSymbols:)`` may need for `count` input bytes.
    ///
    /// Every block is written at most as large as stored blocks of the same bytes would be,
    /// which cost 5 bytes (and up to 7 bits of padding) per 65,535 bytes and per block; the bit
    /// writer also stores 8 bytes at a time and needs that much room past the last byte, and a
    /// piece that is not the last ends with an empty stored block (5 bytes at most).
    static func maxCompressedCount(_ count: Int, blockSymbols: Int = blockSymbols) -> Int {
        let blocks = count / max(blockSymbols, 1) + 1
        let chunks = count / 65_535 + blocks
        return count + 6 * chunks + 24
    }

    /// Compresses `input` into `output`, which must have room for
    /// ``maxCompressedCount(_:blockSymbols:)`` bytes, and returns the number of bytes written.
    ///
    /// With `isFinal` false the input is one piece of a longer stream (see ``DeflateStream``):
    /// its last block is not marked final, and an empty stored block after it ends the output
    /// on a byte boundary (zlib's full flush), so the next piece, compressed on its own, can
    /// simply follow it. No match reaches back across pieces.
    static func compress(
        _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer,
        blockSymbols: Int = blockSymbols, isFinal: Bool = true
    ) -> Int {
        let limit = max(blockSymbols, 1)
        precondition(output.count >= maxCompressedCount(input.count, blockSymbols: limit),
                     "Deflate.compress: the output buffer is too small")
        guard let outputBase = output.baseAddress else { return 0 }
        var writer = DeflateBlockWriter(output: outputBase)
        guard let source = input.baseAddress, input.count > 0 else {
            if isFinal {
                writer.writeBlock(symbols: UnsafeBufferPointer(start: nil, count: 0),
                                  bytes: UnsafeRawBufferPointer(start: nil, count: 0), isFinal: true)
            } else {
                writer.alignWithEmptyStoredBlock()
            }
            return writer.finish()
        }
        // A literal is its byte; a match is `length << 16 | distance` (length 4–258 puts it
        // above 255, distance 1–32,768 fits in 16 bits).
        let symbols = UnsafeMutablePointer<UInt32>.allocate(capacity: limit)
        defer { symbols.deallocate() }
        var finder = DeflateMatchFinder(source: source, count: input.count)
        let count = input.count
        var position = 0
        var blockStart = 0
        var symbolCount = 0
        while position < count {
            let match = finder.longestMatch(at: position)
            if match.length > 0 {
                let packed = match.length &<< 16 | match.distance
                symbols[symbolCount] = UInt32(truncatingIfNeeded: packed)
                finder.skip(from: position, length: match.length)
                position &+= match.length
            } else {
                symbols[symbolCount] = UInt32(source.load(fromByteOffset: position, as: UInt8.self))
                position &+= 1
            }
            symbolCount &+= 1
            if symbolCount == limit || position == count {
                writer.writeBlock(
                    symbols: UnsafeBufferPointer(start: symbols, count: symbolCount),
                    bytes: UnsafeRawBufferPointer(start: source + blockStart,
                                                  count: position - blockStart),
                    isFinal: isFinal && position == count)
                blockStart = position
                symbolCount = 0
            }
        }
        if !isFinal { writer.alignWithEmptyStoredBlock() }
        return writer.finish()
    }

    /// `bytes` compressed into a new array (for tests and small inputs; the archive writes into
    /// its own buffer).
    static func compress(
        _ bytes: some ContiguousBytes, blockSymbols: Int = blockSymbols
    ) -> [UInt8] {
        bytes.withUnsafeBytes { input in
            let capacity = maxCompressedCount(input.count, blockSymbols: blockSymbols)
            return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                initialized = compress(input, into: UnsafeMutableRawBufferPointer(buffer),
                                       blockSymbols: blockSymbols)
            }
        }
    }
}
