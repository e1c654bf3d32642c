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
