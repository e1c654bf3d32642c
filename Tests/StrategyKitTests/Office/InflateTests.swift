@testable import StrategyKit
import XCTest

final class InflateTests: XCTestCase {
    func testInflate_underTheLimit_decodes() throws {
        let text = Array(String(repeating: "<c r=\"A1\"><v>1</v></c>", count: 1_000).utf8)
        XCTAssertEqual(try Inflate.inflate(Deflate.compress(text), limit: text.count), text)
    }

    func testInflate_pastTheLimit_throwsOverLimit() {
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        let compressed = Deflate.compress(zeros)
        XCTAssertLessThan(compressed.count, 5_000, "a bomb: a megabyte from a few kilobytes")
        XCTAssertThrowsError(try Inflate.inflate(compressed, limit: 1_000)) { error in
            let failure = error as? Inflate.Failure
            XCTAssertEqual(failure?.isOverLimit, true)
            XCTAssertEqual(failure?.description, "inflates to more than the limit of 1000 bytes")
        }
    }

    func testInflate_storedBlockPastTheLimit_throwsBeforeCopying() {
        let random = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let compressed = Deflate.compress(random)
        XCTAssertThrowsError(try Inflate.inflate(compressed, limit: 65_534)) { error in
            XCTAssertEqual((error as? Inflate.Failure)?.isOverLimit, true)
        }
    }

    func testInflate_trailingBytesAndPadding_refusedWhenStrictAcceptedWhenLenient() throws {
        // A fixed block holding "a" ends mid-byte: set a padding bit, then add a trailing byte.
        var compressed = Deflate.compress(Array("a".utf8))
        compressed[compressed.count - 1] |= 0x80
        XCTAssertThrowsError(try Inflate.inflate(compressed))
        XCTAssertEqual(try Inflate.inflate(compressed, mode: .lenient), Array("a".utf8))
        let trailing = Deflate.compress(Array("b".utf8)) + [0x00, 0x01]
        XCTAssertThrowsError(try Inflate.inflate(trailing))
        XCTAssertEqual(try Inflate.inflate(trailing, mode: .lenient), Array("b".utf8))
    }

    func testInflate_garbage_throwsAndNeverTraps() {
        for seed in 0..<300 {
            var state = UInt64(seed) &+ 1
            let bytes = (0..<(seed % 64)).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            }
            _ = try? Inflate.inflate(bytes, limit: 1 << 16, mode: .lenient)
        }
    }
}
