import Foundation
import StrategyKit
import StrategySynthetic
import XCTest

/// The benchmark's fixes in StrategyKit replaced Foundation calls with faster paths; these
/// tests hold them to the old behaviour. (Markdown escaping has its own tests since it was
/// rewritten to work per scalar: MarkdownEscapingTests and the parser round trip.)
final class FastPathEquivalenceTests: XCTestCase {
    func testParseStrict_buildsTheSameDecimalAsParsingText() throws {
        let cases = ["0", "-0", "-0,00", "0.0", "00012", "1,5", "2.50", "10", "390000.00", "89.2500",
                     "-123.456", "0.000001", "9999999999999999999", "18446744073709551615.5",
                     "12345678901234567890123"]
        for text in cases {
            let parsed = try XCTUnwrap(Decimal.parseStrict(text), text)
            let reference = try XCTUnwrap(Decimal(
                string: text.replacingOccurrences(of: ",", with: "."),
                locale: Locale(identifier: "en_US_POSIX")))
            XCTAssertEqual(parsed, reference, text)
            XCTAssertEqual(parsed.description, reference.description, text)
            XCTAssertFalse(parsed.isNaN, "\(text) must not become NaN")
        }
        for text in ["", "-", "1.", ".5", "1.2.3", "1e3", "+5", " 12", "12abc"] {
            XCTAssertNil(Decimal.parseStrict(text), "'\(text)' must be rejected")
        }
    }

    func testPlainText_matchesTheDigitsOfDescription() throws {
        // The text plainText(scale:) gave before it skipped Decimal.description.
        func reference(_ value: Decimal, scale: Int) -> String {
            let rounded = Money.round(value, scale: scale, rule: .halfUp)
            let text = rounded.description
            let negative = text.hasPrefix("-")
            let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
            let fraction = parts.count == 2 ? String(parts[1]) : ""
            let isZero = parts.allSatisfy { $0.allSatisfy { $0 == "0" } }
            var result = (negative && !isZero ? "-" : "") + parts[0]
            if scale > 0 { result += "." + fraction + String(repeating: "0", count: scale - fraction.count) }
            return result
        }
        var values = ["0", "0.004", "0.005", "0.01", "0.1", "1", "9.995", "10", "12.5", "100", "1234.5678",
                      "390000", "117000.00", "18446744073709551615", "18446744073709551616", "99999999999999999.99",
                      "1e30", "-0", "-0.004", "-1.005", "-390000.10", "0.000001", "123456789012.345"]
            .compactMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        var seed: UInt64 = 7
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Decimal(Int(seed >> 20)) / Decimal(sign: .plus, exponent: Int(seed % 7), significand: 1))
        }
        for value in values {
            for scale in [0, 1, 2, 3, 6] {
                XCTAssertEqual(value.plainText(scale: scale), reference(value, scale: scale), "\(value) at \(scale)")
            }
        }
    }

    func testCSVCells_areTrimmedOfUnicodeSpaceAsBefore() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fast-path-\(UUID().uuidString)").appendingPathComponent("workspace")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        var files = SyntheticWorkspace.files(actions: 3)
        var actions = String(decoding: try XCTUnwrap(files["actions.csv"]), as: UTF8.self)
        // Spaces Foundation trims (NBSP, ideographic space, U+200B) around a title and an id.
        actions = actions.replacingOccurrences(of: "\nA-01,", with: "\n\u{00A0}A-01\u{3000},")
        actions = actions.replacingOccurrences(of: ",O1.1,", with: ",\u{200B}O1.1\t,")
        files["actions.csv"] = Data(actions.utf8)
        try SyntheticWorkspace.write(files, to: folder)
        let result = WorkspaceLoader.load(from: folder)
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let first = try XCTUnwrap(result.strategy?.actions.first)
        XCTAssertEqual(first.id.value.rawValue, "A-01")
        XCTAssertEqual(first.objective.value.rawValue, "O1.1")
    }
}
