import Foundation
import StrategyKit
import XCTest

/// Inputs found while fuzzing the prose path (scripts/fuzz, target FuzzProse), kept so the normal
/// suite guards them.
final class ProseFuzzRegressionTests: XCTestCase {
    /// 45 carriage returns and a line feed as a prose file. The loader turns only CRLF into LF,
    /// and `"\r\r\n"` comes out as a new CRLF; the Markdown renderer before the document model
    /// split lines on the Character "\n", missed that break and left two blank lines in a row.
    func testProse_loneCarriageReturns_renderWithNormalLayout() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let bytes = [UInt8](repeating: 0x0D, count: 45) + [0x0A]
        try Data(bytes).write(to: workspace.appendingPathComponent("prose/en/introduction.md"))
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: [Language("en")], formats: [.md])
        let text = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), text)
        XCTAssertFalse(text.contains("\n\n\n"), text)
        XCTAssertFalse(text.contains(" \n"), text)
        XCTAssertFalse(text.contains("\r"), text)
    }
}
