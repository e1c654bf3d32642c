import Foundation
import StrategyKit
import XCTest

/// Inputs found while fuzzing `Template.parse` (scripts/fuzz, target FuzzTemplate), kept so the
/// normal suite guards them.
final class TemplateFuzzRegressionTests: XCTestCase {
    /// A line of 20,000 unclosed `{{` (40 KB) took 18 s in a release build: every `{{` searched
    /// the rest of the text for `}}`.
    func testTemplateParse_manyUnclosedOpenings_isLinear() {
        let text = String(repeating: "{{", count: 20_000)
        let start = Date()
        let (template, diagnostics) = Template.parse(text, path: "t.md")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "parsing should be linear")
        XCTAssertEqual(diagnostics.count, 20_000)
        XCTAssertEqual(diagnostics.last?.location, SourceLocation(file: "t.md", line: 1, column: 39_999))
        XCTAssertEqual(template.parts, [.text(text)])
    }

    /// 20,000 lines of `{{ a` and one `}}` at the very end took 47 s: each `{{` found that `}}`
    /// and then checked the text up to it for a line break.
    func testTemplateParse_closingBracesFarAway_isLinear() {
        let text = String(repeating: "{{ a\n", count: 20_000) + "}}"
        let start = Date()
        let (template, diagnostics) = Template.parse(text, path: "t.md")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "parsing should be linear")
        XCTAssertEqual(diagnostics.count, 20_000)
        XCTAssertEqual(diagnostics.last?.location, SourceLocation(file: "t.md", line: 20_000, column: 1))
        XCTAssertTrue(template.placeholders.isEmpty)
    }

    /// What the faster search must keep: the nearest `}}` on the same line closes (even across
    /// another `{{`), a `}}` on a later line (after CRLF too) does not, and an unclosed `{{` does
    /// not hide the placeholders of the next line.
    func testTemplateParse_closingRules_areUnchanged() {
        let text = "a {{ x }}}} b {{y\r\n}} {{z}} {{ {{w}}\n{{"
        let (template, diagnostics) = Template.parse(text, path: "t.md")
        XCTAssertEqual(template.parts, [
            .text("a "),
            .placeholder(name: "x", location: SourceLocation(file: "t.md", line: 1, column: 3)),
            .text("}} b {{y\r\n}} "),
            .placeholder(name: "z", location: SourceLocation(file: "t.md", line: 2, column: 4)),
            .text(" "),
            .placeholder(name: "{{w", location: SourceLocation(file: "t.md", line: 2, column: 10)),
            .text("\n{{"),
        ])
        XCTAssertEqual(diagnostics.map(\.location), [
            SourceLocation(file: "t.md", line: 1, column: 15),
            SourceLocation(file: "t.md", line: 3, column: 1),
        ])
    }
}
