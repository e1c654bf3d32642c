import Foundation
@testable import StrategyKit
import XCTest

/// Inputs FuzzJSON (scripts/fuzz) found, kept as tests.
final class JSONFuzzRegressionTests: XCTestCase {
    /// Two byte order marks: the reader skips the first, the second is a character the JSON
    /// grammar does not allow, from bytes and from the text alike. (Found after 317,553
    /// executions: the text entry was modelled on `String(data:encoding:)`, which drops one mark
    /// on Linux, so labels.json lost two where a workspace file loses one.)
    func testTwoByteOrderMarks_giveTheSameErrorFromBytesAndText() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF])
        let fromBytes = JSONReader.parse(bytes, file: "strategy/fuzz.json")
        let text = try XCTUnwrap(String(validating: bytes, as: UTF8.self))
        let fromText = JSONReader.parse(text, file: "strategy/fuzz.json")
        XCTAssertNil(fromBytes.root)
        XCTAssertEqual(fromBytes.diagnostics.count, 1)
        XCTAssertEqual(fromText.root, fromBytes.root)
        XCTAssertEqual(fromText.diagnostics, fromBytes.diagnostics)
    }

    /// The template loader reads labels.json as the workspace reads its JSON: one mark is
    /// allowed, a second is an error; a Markdown template loses its one mark.
    func testTemplateFolder_skipsOneByteOrderMarkPerFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("bom-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates")
        try FileManager.default.copyItem(at: source, to: folder)
        let bom = Data([0xEF, 0xBB, 0xBF])
        for name in ["en/labels.json", "en/strategy.md"] {
            let url = folder.appendingPathComponent(name)
            try (bom + Data(contentsOf: url)).write(to: url)
        }
        let (once, onceDiagnostics) = TemplateSet.load(from: folder)
        XCTAssertEqual(onceDiagnostics, [])
        let english = try once.templates(for: Language("en"))
        XCTAssertFalse(english.labels["list.separator"].isEmpty)

        let labels = folder.appendingPathComponent("en/labels.json")
        try (bom + Data(contentsOf: labels)).write(to: labels)
        let (_, twiceDiagnostics) = TemplateSet.load(from: folder)
        let error = try XCTUnwrap(twiceDiagnostics.first)
        XCTAssertEqual(error.location.file, "\(folder.lastPathComponent)/en/labels.json")
        XCTAssertEqual(error.location.line, 1)
    }
}
