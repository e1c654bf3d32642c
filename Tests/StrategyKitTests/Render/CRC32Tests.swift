import Foundation
@testable import StrategyKit
import XCTest

final class CRC32Tests: XCTestCase {
    func testCRC32_slicedMatchesTheDefinition_atEveryLengthAndAlignment() {
        var state: UInt32 = 12_345
        let bytes = (0..<300).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12_345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        for start in 0..<9 {
            for end in stride(from: start, through: bytes.count, by: 7) {
                let slice = Array(bytes[start..<end])
                XCTAssertEqual(CRC32.checksum(slice), Self.definition(slice), "\(start)..<\(end)")
                XCTAssertEqual(CRC32.checksum(Data(slice)), Self.definition(slice))
                XCTAssertEqual(CRC32.checksum(bytes[start..<end]), Self.definition(slice))
            }
        }
    }

    /// The CRC-32 of its definition, one bit at a time.
    private static func definition(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
