import Foundation
import XCTest

/// The fuzz target scripts/fuzz/Sources/FuzzDeflate checks the compressor with a copy of the
/// test suite's inflater (the fuzz package cannot see test code).
final class DeflateFuzzTargetTests: XCTestCase {
    func testInflate_fuzzTargetsCopyIsTheSame() throws {
        let support = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Support/Inflate.swift")
        var root = support
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let copy = root.appendingPathComponent("scripts/fuzz/Sources/FuzzDeflate/Inflate.swift")
        XCTAssertEqual(try Data(contentsOf: support), try Data(contentsOf: copy),
                       "copy Tests/StrategyKitTests/Support/Inflate.swift to \(copy.path)")
    }
}
