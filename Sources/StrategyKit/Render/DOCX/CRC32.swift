import Foundation

/// The CRC-32 of ZIP (IEEE 802.3: reflected polynomial 0xEDB88320, initial value and final XOR
/// 0xFFFFFFFF), computed one byte at a time with a 256-entry table.
enum CRC32 {
    /// The checksum of `bytes`; the CRC-32 of "123456789" is 0xCBF43926.
    static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        let found: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { crc = update(crc, byte) }
        }
        if found == nil {
            for byte in bytes { crc = update(crc, byte) }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @inline(__always)
    private static func update(_ crc: UInt32, _ byte: UInt8) -> UInt32 {
        table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }
}
