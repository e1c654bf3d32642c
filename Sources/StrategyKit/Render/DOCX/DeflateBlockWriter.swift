import Foundation

/// Writes DEFLATE blocks (RFC 1951 §3.2.3–3.2.7) into a caller's buffer, choosing for each block
/// the smallest of stored, fixed-Huffman and dynamic-Huffman coding.
///
/// The choice is made on exact bit counts worked out from the block's symbol frequencies before
/// anything is written, so nothing is ever written twice and a block is never larger than its
/// bytes stored. Bits are gathered least significant first in a 64-bit accumulator and stored
/// 8 bytes at a time, so the buffer needs 8 bytes of room past the last byte written.
struct DeflateBlockWriter {
    private let start: UnsafeMutableRawPointer
    private var next: UnsafeMutableRawPointer
    private var bitBuffer: UInt64 = 0
    /// Bits in `bitBuffer` not yet counted in `next`: at most 7 between symbols.
    private var bitCount = 0

    /// A writer that starts at `output`.
    init(output: UnsafeMutableRawPointer) {
        start = output
        next = output
    }

    /// Everything written so far, in bits.
    var bitsWritten: Int { (next - start) &* 8 &+ bitCount }

    /// Writes one block of `symbols` (see ``Deflate``: a byte below 256, else a match as length
    /// `<< 16 |` distance), which stand for `bytes`.
    mutating func writeBlock(
        symbols: UnsafeBufferPointer<UInt32>, bytes: UnsafeRawBufferPointer, isFinal: Bool
    ) {
        var literalFrequencies = [Int](repeating: 0, count: DeflateHuffman.literalCount)
        var distanceFrequencies = [Int](repeating: 0, count: DeflateHuffman.distanceCount)
        literalFrequencies[DeflateHuffman.endOfBlock] = 1
        var extraBits = 0
        for symbol in symbols {
            if symbol < 256 {
                literalFrequencies[Int(symbol)] &+= 1
            } else {
                let length = DeflateHuffman.lengthSymbol(Int(symbol &>> 16))
                let distance = DeflateHuffman.distanceSymbol(Int(symbol & 0xFFFF))
                literalFrequencies[257 &+ length.code] &+= 1
                distanceFrequencies[distance.code] &+= 1
                extraBits &+= length.extraCount &+ distance.extraCount
            }
        }
        let fixedBits = 3 + extraBits
            + DeflateHuffman.cost(literalFrequencies, DeflateHuffman.fixedLiteralLengths)
            + DeflateHuffman.cost(distanceFrequencies, DeflateHuffman.fixedDistanceLengths)
        let dynamic = DeflateDynamicHeader(
            literalFrequencies: literalFrequencies, distanceFrequencies: distanceFrequencies)
        let dynamicBits = 3 + extraBits + dynamic.bitCount
            + DeflateHuffman.cost(literalFrequencies, dynamic.literalLengths)
            + DeflateHuffman.cost(distanceFrequencies, dynamic.distanceLengths)
        let storedBits = storedCost(bytes.count)
        let expected = bitsWritten + min(storedBits, fixedBits, dynamicBits)
        let final: UInt64 = isFinal ? 1 : 0

        if dynamicBits < min(fixedBits, storedBits) {
            put(final | 2 << 1, 3)
            dynamic.write(to: &self)
            writeSymbols(symbols, dynamic.literalCodes, dynamic.distanceCodes)
        } else if fixedBits < storedBits {
            put(final | 1 << 1, 3)
            writeSymbols(
                symbols, DeflateHuffman.fixedLiteralCodes, DeflateHuffman.fixedDistanceCodes)
        } else {
            writeStored(bytes, isFinal: isFinal)
        }
        assert(bitsWritten == expected, "Deflate: a block's size differs from its cost")
    }

    /// Writes an empty, non-final stored block, which ends on a byte boundary: what follows
    /// can be written by another writer starting at the next byte.
    mutating func alignWithEmptyStoredBlock() {
        writeStored(UnsafeRawBufferPointer(start: nil, count: 0), isFinal: false)
    }

    /// Pads the last byte with zero bits and returns the number of bytes written.
    mutating func finish() -> Int {
        flush()
        alignToByte()
        return next - start
    }

    // MARK: Bits

    /// Adds the low `count` bits of `value`; at most 56 bits may be pending before a ``flush()``.
    @inline(__always)
    mutating func put(_ value: UInt64, _ count: Int) {
        bitBuffer |= value &<< UInt64(truncatingIfNeeded: bitCount)
        bitCount &+= count
    }

    /// Adds a code packed as `code | length << 16` (see ``DeflateHuffman/packedCodes(_:)``).
    @inline(__always)
    mutating func put(code packed: UInt32) {
        put(UInt64(packed & 0xFFFF), Int(packed &>> 16))
    }

    /// Stores the whole bytes of the accumulator; up to 7 bits stay pending.
    @inline(__always)
    mutating func flush() {
        next.storeBytes(of: bitBuffer.littleEndian, as: UInt64.self)
        let bytes = bitCount &>> 3
        next += bytes
        bitBuffer = bytes == 8 ? 0 : bitBuffer &>> UInt64(truncatingIfNeeded: bytes &* 8)
        bitCount &= 7
    }

    /// After a ``flush()``: the pending bits (already stored) become a whole byte.
    private mutating func alignToByte() {
        if bitCount > 0 { next += 1 }
        bitBuffer = 0
        bitCount = 0
    }

    // MARK: Blocks

    private mutating func writeSymbols(
        _ symbols: UnsafeBufferPointer<UInt32>, _ literalCodes: [UInt32], _ distanceCodes: [UInt32]
    ) {
        literalCodes.withUnsafeBufferPointer { literal in
            distanceCodes.withUnsafeBufferPointer { distance in
                for symbol in symbols {
                    if symbol < 256 {
                        put(code: literal[Int(symbol)])
                    } else {
                        let length = DeflateHuffman.lengthSymbol(Int(symbol &>> 16))
                        put(code: literal[257 &+ length.code])
                        put(UInt64(length.extra), length.extraCount)
                        let far = DeflateHuffman.distanceSymbol(Int(symbol & 0xFFFF))
                        put(code: distance[far.code])
                        put(UInt64(far.extra), far.extraCount)
                    }
                    flush()
                }
                put(code: literal[DeflateHuffman.endOfBlock])
                flush()
            }
        }
    }

    /// Stored blocks hold at most 65,535 bytes each.
    private static let storedLimit = 65_535

    /// The bits `count` bytes take as stored blocks from the current position: a 3-bit header,
    /// padding to a byte, LEN and NLEN, the bytes; one such block per 65,535 bytes.
    private func storedCost(_ count: Int) -> Int {
        let blocks = max(1, (count + Self.storedLimit - 1) / Self.storedLimit)
        let firstPadding = (8 - (bitsWritten + 3) % 8) % 8
        return 3 + firstPadding + (blocks - 1) * 8 + blocks * 32 + count * 8
    }

    private mutating func writeStored(_ bytes: UnsafeRawBufferPointer, isFinal: Bool) {
        var offset = 0
        repeat {
            let length = min(Self.storedLimit, bytes.count - offset)
            let isLast = isFinal && offset + length == bytes.count
            put(isLast ? 1 : 0, 3)
            flush()
            alignToByte()
            put(UInt64(length) | UInt64(~length & 0xFFFF) << 16, 32)
            flush()
            if length > 0, let base = bytes.baseAddress {
                next.copyMemory(from: base + offset, byteCount: length)
                next += length
            }
            offset += length
        } while offset < bytes.count
    }
}
