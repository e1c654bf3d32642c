import Foundation
import StrategyKit
import XCTest

/// The block-at-a-time path of ``SHA256`` (contiguous storage) agrees with the byte-at-a-time
/// path, however the input is cut.
final class SHA256StreamingTests: XCTestCase {
    func testUpdate_inPiecesOfEverySize_matchesOneUpdate() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<1_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let whole = SHA256.hex(bytes)
        XCTAssertEqual(SHA256.hex(Data(bytes)), whole)
        XCTAssertEqual(SHA256.hex(bytes.lazy.map { $0 }), whole, "a sequence without contiguous storage")
        for piece in [1, 3, 63, 64, 65, 127, 500] {
            var hash = SHA256()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + piece)
                if piece % 2 == 0 { hash.update(Data(bytes[start..<end])) } else { hash.update(bytes[start..<end]) }
                start = end
            }
            XCTAssertEqual(hash.finalizeHex(), whole, "pieces of \(piece)")
        }
    }

    func testHex_ofAMillionAs_isTheStandardVector() {
        XCTAssertEqual(SHA256.hex(Data(repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
