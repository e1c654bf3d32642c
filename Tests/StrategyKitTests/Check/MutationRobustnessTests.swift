import Foundation
@testable import StrategyKit
import XCTest

/// Random but reproducible damage to the mini workspace: loading, checking and rendering must
/// report problems, never trap. (A trap would kill the test process, failing the run.)
final class MutationRobustnessTests: XCTestCase {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    private static let files = [
        "strategy.json", "goals.json", "indicators.json", "audiences.json", "channels.json",
        "themes.json", "risks.json", "contract.json", "portal.json", "actions.csv", "costs.csv",
        "prose/ru/introduction.md",
    ]

    private static let tokens: [[UInt8]] = [
        Array("\"".utf8), Array(",".utf8), Array("{".utf8), Array("]".utf8), Array("\n".utf8),
        Array("\r\n".utf8), Array(";".utf8), Array("-".utf8), Array("2023-02-30".utf8),
        Array("2027-Q4".utf8), Array("1e9".utf8), Array("ky".utf8), Array("\u{0}".utf8),
        [0xFF, 0xFE], [0xD0], Array("{{".utf8), Array("99999999999999999999999".utf8),
    ]

    private func mutate(_ bytes: [UInt8], with generator: inout Generator) -> [UInt8] {
        guard !bytes.isEmpty else { return Self.tokens[generator.next(Self.tokens.count)] }
        var result = bytes
        let position = generator.next(result.count)
        switch generator.next(4) {
        case 0:
            let length = min(1 + generator.next(12), result.count - position)
            result.removeSubrange(position..<(position + length))
        case 1:
            result.insert(contentsOf: Self.tokens[generator.next(Self.tokens.count)], at: position)
        case 2:
            let other = generator.next(result.count)
            result.swapAt(position, other)
        default:
            result[position] = UInt8(truncatingIfNeeded: generator.next(256))
        }
        return result
    }

    func testRandomDamage_isReportedNeverFatal() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["STRATEGY_MUTATIONS"] ?? "") ?? 150
        let workspace = try TestWorkspace.copyOfMini()
        let originals = try Self.files.map { try Data(contentsOf: workspace.appendingPathComponent($0)) }
        var generator = Generator(state: 0xC0A1_1710)
        var reported = 0
        for _ in 0..<iterations {
            let index = generator.next(Self.files.count)
            var bytes = [UInt8](originals[index])
            for _ in 0...generator.next(3) { bytes = mutate(bytes, with: &generator) }
            let url = workspace.appendingPathComponent(Self.files[index])
            try Data(bytes).write(to: url)
            let opened = Workspace.open(workspace)
            if opened.errorCount > 0 { reported += 1 }
            if let strategy = opened.strategy, opened.errorCount == 0 {
                _ = try? Workspace.render(
                    strategy, templates: opened.templates, languages: strategy.languages, formats: [.md])
            }
            try originals[index].write(to: url)
        }
        XCTAssertGreaterThan(reported, iterations / 2)
    }
}
