@testable import StrategyKit
import XCTest

/// Escaped text parses back as one plain paragraph, wherever it stands.
final class MarkdownEscapingTests: XCTestCase {
    func testLineStartConstructs_stayText() {
        for text in ["~~~ x", "1. not a list", "12) nor this", "- nor this", "> nor a quote", "=== x",
                     "# nor a heading", "*\u{301}emphasis*\u{301}", "```code```"] {
            XCTAssertEqual(MarkdownParser.parse(MarkdownEscaping.inline(text)), [.paragraph([.text(text)])], text)
        }
    }

    func testInsideALine_numbersAreNotEscaped() {
        XCTAssertEqual(MarkdownEscaping.inline("1. Introduction", startsLine: false), "1. Introduction")
        XCTAssertEqual(MarkdownEscaping.inline("1. Introduction"), "1\\. Introduction")
        XCTAssertEqual(MarkdownEscaping.cell("1. x"), "1. x")
    }

    func testControlCharacters_areDroppedAndLineBreaksBecomeSpaces() {
        XCTAssertEqual(MarkdownEscaping.inline("a\r\nb\nc\u{1}d\u{7F}"), "a b cd")
    }
}
