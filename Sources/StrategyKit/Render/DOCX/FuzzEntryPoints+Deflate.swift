extension FuzzEntryPoints {
    /// `bytes` compressed by the DOCX writer's DEFLATE into a buffer of exactly the size it
    /// promises to need, so that AddressSanitizer catches a write past it; blocks hold at most
    /// `blockSymbols` symbols (small values reach block boundaries with small inputs).
    public static func deflate(_ bytes: UnsafeRawBufferPointer, blockSymbols: Int) -> [UInt8] {
        let capacity = Deflate.maxCompressedCount(bytes.count, blockSymbols: blockSymbols)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        let count = Deflate.compress(bytes, into: buffer, blockSymbols: blockSymbols)
        return Array(buffer.prefix(count))
    }

    /// The default number of symbols in a DEFLATE block.
    public static var deflateBlockSymbols: Int { Deflate.blockSymbols }
}
