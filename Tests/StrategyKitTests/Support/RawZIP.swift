import Foundation
@testable import StrategyKit

/// Builds ZIP archives field by field, including the lies a hostile archive tells (a declared
/// size smaller than the data, an encrypted flag, a forged CRC), for the reader's tests.
struct RawZIP {
    /// One entry as it will be written.
    struct Entry {
        var name: String
        var data: [UInt8]
        /// 0 stored, 8 deflated (the data is compressed here).
        var method = 8
        /// The uncompressed size written in the headers (the real one when nil).
        var declaredSize: Int?
        var flags = 0x0800
        /// The CRC written in the headers (the real one when nil).
        var crc: UInt32?
    }

    var entries: [Entry] = []
    /// Extra records between the entries and the end record (a ZIP64 locator, say).
    var beforeEnd: [UInt8] = []
    /// The entry count written in the end record (the real one when nil).
    var declaredCount: Int?

    mutating func add(_ name: String, _ text: String, method: Int = 8) {
        entries.append(Entry(name: name, data: Array(text.utf8), method: method))
    }

    func bytes() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: Int, _ into: inout [UInt8]) {
            into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
        }
        func u32(_ value: Int, _ into: inout [UInt8]) {
            u16(value & 0xFFFF, &into)
            u16(value >> 16 & 0xFFFF, &into)
        }
        for entry in entries {
            let stored = entry.method == 8 ? Deflate.compress(entry.data) : entry.data
            let crc = Int(entry.crc ?? CRC32.checksum(entry.data))
            let size = entry.declaredSize ?? entry.data.count
            let name = Array(entry.name.utf8)
            let offset = output.count
            func common(_ into: inout [UInt8]) {
                u16(20, &into)
                u16(entry.flags, &into)
                u16(entry.method, &into)
                u16(0, &into)
                u16(0x21, &into)
                u32(crc, &into)
                u32(stored.count, &into)
                u32(size, &into)
                u16(name.count, &into)
                u16(0, &into)
            }
            u32(0x0403_4B50, &output)
            common(&output)
            output += name + stored
            u32(0x0201_4B50, &central)
            u16(20, &central)
            common(&central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u32(0, &central)
            u32(offset, &central)
            central += name
        }
        let centralOffset = output.count
        output += central
        output += beforeEnd
        u32(0x0605_4B50, &output)
        u16(0, &output)
        u16(0, &output)
        u16(declaredCount ?? entries.count, &output)
        u16(declaredCount ?? entries.count, &output)
        u32(central.count, &output)
        u32(centralOffset, &output)
        u16(0, &output)
        return output
    }
}
