import StrategyKit
import XCTest

/// Inputs found while fuzzing the prose path (scripts/fuzz, target FuzzProse): escaped text must
/// read back as one plain paragraph, kept so the normal suite guards them.
final class MarkdownEscapingFuzzRegressionTests: XCTestCase {
    /// Indentation before a block marker used to end the line start, so the marker was left
    /// alone: ` - x` came out as a list, `   1. x` as an ordered list, ` ---` as a rule. Now that
    /// four columns make a code block, the first space is written as `&#32;`: the text, with
    /// its spaces, is one paragraph.
    func testInline_indentedBlockMarkers_stayText() {
        for text in [" - x", "   1. x", " ---", "  + y", "\t~~~ z", "  12) q", "  = x", " : x", "     code"] {
            let escaped = MarkdownEscaping.inline(text)
            XCTAssertEqual(MarkdownParser.parse(escaped), [.paragraph([.text(text)])], escaped)
        }
        // Found by FuzzProse: line breaks before the text become spaces, and those must not
        // indent it either.
        let escaped = MarkdownEscaping.inline("\n\n# One strategy")
        XCTAssertEqual(MarkdownParser.parse("Title\n\n" + escaped),
                       [.paragraph([.text("Title")]), .paragraph([.text("  # One strategy")])], escaped)
    }

    /// Under a paragraph line, an indented `---` would have made a setext heading of it.
    func testInline_indentedRuleUnderAParagraph_staysText() {
        let blocks = MarkdownParser.parse("Title\n" + MarkdownEscaping.inline(" ---"))
        XCTAssertEqual(blocks.count, 1)
        guard case .paragraph = blocks.first else {
            return XCTFail("expected one paragraph, got \(blocks)")
        }
    }

    /// Inside a line the same text needs no escape and gets none.
    func testInline_notAtLineStart_leavesIndentedMarkersAlone() {
        XCTAssertEqual(MarkdownEscaping.inline(" - x", startsLine: false), " - x")
        XCTAssertEqual(MarkdownEscaping.inline("  1. x", startsLine: false), "  1. x")
    }
}
