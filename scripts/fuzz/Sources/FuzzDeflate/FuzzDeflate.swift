import Foundation
import FuzzSupport
import StrategyKit

/// The DOCX writer's DEFLATE compressor: whatever the input, the output must decode (by the
/// library's inflater, in its strict mode) to exactly the input, and be the same every time.
///
/// The first byte picks the block size, so that small inputs cross block boundaries too; when it
/// is a multiple of 16 the input is also tiled to over 64 KiB, each copy changed in its first
/// byte, which reaches split stored blocks, the 32 KiB window and matches of 258 bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    let sizes = [FuzzEntryPoints.deflateBlockSymbols, 1, 2, 3, 5, 16, 100, 1_000]
    // At most about 64 blocks: each costs a Huffman construction, and thousands of them made
    // an execution take 0.1 s.
    let blockSymbols = max(size == 0 ? sizes[0] : sizes[Int(data[0]) % sizes.count], size / 64)
    check(Array(input), blockSymbols: blockSymbols)
    if size > 0, data[0] % 16 == 0 {
        var tiled: [UInt8] = []
        var copy: UInt8 = 0
        while tiled.count <= 65_536 + 1_000 {
            tiled.append(data[0] &+ copy)
            tiled.append(contentsOf: input.dropFirst())
            copy &+= 1
        }
        check(tiled, blockSymbols: FuzzEntryPoints.deflateBlockSymbols)
    }
    return 0
}

private func check(_ bytes: [UInt8], blockSymbols: Int) {
    func compress() -> [UInt8] {
        bytes.withUnsafeBytes { FuzzEntryPoints.deflate($0, blockSymbols: blockSymbols) }
    }
    let compressed = compress()
    let again = compress()
    Fuzz.require(same(compressed, again), "two compressions of \(bytes.count) bytes differ")
    do {
        let inflated = try FuzzEntryPoints.inflate(compressed, limit: .max, isStrict: true)
        Fuzz.require(same(inflated, bytes),
                     "\(bytes.count) bytes came back as \(inflated.count) different bytes")
    } catch {
        Fuzz.require(false, "\(bytes.count) bytes, blocks of \(blockSymbols): \(error)")
    }
}

/// `==` with `memcmp`: comparing arrays element by element traced every byte for libFuzzer's
/// comparison feedback, which took most of the time.
private func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.count == b.count && a.withUnsafeBytes { a in
        b.withUnsafeBytes { b in
            guard let left = a.baseAddress, let right = b.baseAddress else { return true }
            return memcmp(left, right, a.count) == 0
        }
    }
}
