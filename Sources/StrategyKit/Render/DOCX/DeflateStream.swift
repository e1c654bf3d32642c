import Foundation

/// DEFLATE over input that arrives in pieces, with its CRC-32 and size: the ZIP entry of
/// word/document.xml, compressed while the document is still being written, so that the
/// whole XML (165 MB for 20,000 actions) never exists at once.
///
/// Each piece is compressed on its own and ends with an empty stored block (see
/// ``Deflate/compress(_:into:blockSymbols:isFinal:)``); the last piece ends the stream. Pieces
/// of a megabyte lose nothing measurable to matches that cannot reach into the previous piece.
/// The same pieces always give the same bytes.
struct DeflateStream {
    /// A finished stream: what a ZIP entry records.
    struct Result: Hashable, Sendable {
        /// The compressed bytes.
        var compressed: [UInt8]
        /// The CRC-32 of the uncompressed bytes.
        var crc: UInt32
        /// The number of uncompressed bytes.
        var size: Int
    }

    private var compressed: [UInt8] = []
    /// Where a piece is compressed before its bytes join `compressed`: reused from piece to
    /// piece, so that `compressed` grows by what was written, not by room for the worst case.
    private var scratch: [UInt8] = []
    private var crc = CRC32.start
    private var size = 0
    private var isFinished = false

    /// Compresses the next piece; `isFinal` marks the last (which may be empty).
    mutating func append(_ piece: UnsafeRawBufferPointer, isFinal: Bool) {
        precondition(!isFinished, "DeflateStream: a piece after the last one")
        crc = CRC32.update(crc, with: piece)
        size += piece.count
        let room = Deflate.maxCompressedCount(piece.count)
        if scratch.count < room { scratch = [UInt8](repeating: 0, count: room) }
        let written = scratch.withUnsafeMutableBytes { buffer in
            Deflate.compress(piece, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<room]), isFinal: isFinal)
        }
        compressed.append(contentsOf: scratch[..<written])
        isFinished = isFinal
        if isFinal { scratch = [] }
    }

    /// The stream, after its last piece.
    func result() -> Result {
        precondition(isFinished, "DeflateStream: the last piece is missing")
        return Result(compressed: compressed, crc: CRC32.finish(crc), size: size)
    }
}
