import Foundation
@testable import StrategyKit

/// A reader for the archives ``ZIPArchive`` writes that checks what the writer promises: local
/// headers that agree with the central directory, version 2.0, UTF-8 names, the 1980-01-01
/// date, entries deflated (method 8, and then smaller than stored, decoded by the strict
/// ``Inflate``) or stored (method 0), and each entry's size and CRC.
enum ZIPReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The entries in archive order, with their compression method.
    static func read(_ data: Data) throws -> [(path: String, data: Data, method: Int)] {
        let bytes = [UInt8](data)
        func u16(_ at: Int) throws -> Int {
            guard at >= 0, at + 2 <= bytes.count else { throw Failure(description: "short") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int {
            let (low, high) = (try u16(at), try u16(at + 2))
            return low | high << 16
        }
        let end = bytes.count - 22
        guard try u32(end) == 0x0605_4B50 else { throw Failure(description: "no end record") }
        let count = try u16(end + 10)
        var offset = try u32(end + 16)
        guard try offset + u32(end + 12) == end else { throw Failure(description: "central size") }
        var entries: [(String, Data, Int)] = []
        var dataEnd = 0
        for _ in 0..<count {
            guard try u32(offset) == 0x0201_4B50 else { throw Failure(description: "central") }
            let method = try u16(offset + 10)
            let crc = try u32(offset + 16)
            let compressedSize = try u32(offset + 20)
            let size = try u32(offset + 24)
            let nameLength = try u16(offset + 28)
            let local = try u32(offset + 42)
            guard local == dataEnd else { throw Failure(description: "entries not contiguous") }
            let name = Array(bytes[(offset + 46)..<(offset + 46 + nameLength)])
            let expected = [0x0403_4B50, 20, 0x0800, method, 0, 0x21, crc, compressedSize, size,
                            nameLength]
            let found = [try u32(local), try u16(local + 4), try u16(local + 6), try u16(local + 8),
                         try u16(local + 10), try u16(local + 12), try u32(local + 14),
                         try u32(local + 18), try u32(local + 22), try u16(local + 26)]
            guard found == expected, Array(bytes[(local + 30)..<(local + 30 + nameLength)]) == name,
                  let path = String(bytes: name, encoding: .utf8)
            else { throw Failure(description: "local header \(found) != \(expected)") }
            let start = try local + 30 + nameLength + u16(local + 28)
            dataEnd = start + compressedSize
            guard dataEnd <= bytes.count else { throw Failure(description: "\(path): short") }
            let stored = Array(bytes[start..<dataEnd])
            let content: [UInt8]
            switch method {
            case 0 where compressedSize == size:
                content = stored
            case 8 where compressedSize < size:
                content = try Inflate.inflate(stored)
            default:
                throw Failure(
                    description: "\(path): method \(method), \(compressedSize) of \(size) bytes")
            }
            guard content.count == size, Int(CRC32.checksum(content)) == crc else {
                throw Failure(description: "\(path): size or CRC")
            }
            entries.append((path, Data(content), method))
            offset += try 46 + nameLength + u16(offset + 30) + u16(offset + 32)
        }
        guard dataEnd == (count == 0 ? 0 : try u32(end + 16)) else {
            throw Failure(description: "gap before the central directory")
        }
        return entries
    }
}
