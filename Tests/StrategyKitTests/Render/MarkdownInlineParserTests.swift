import Foundation
@testable import StrategyKit
import XCTest

/// Inline markup: emphasis, code, links, escapes, line breaks.
final class MarkdownInlineParserTests: MarkdownParserTestCase {
    // MARK: Inlines

    func testInline_strongAndEmphasis() {
        XCTAssertEqual(inline("**b** __s__ *e* _u_"), [
            .strong([text("b")]), text(" "), .strong([text("s")]), text(" "),
            .emphasis([text("e")]), text(" "), .emphasis([text("u")]),
        ])
    }

    func testInline_intrawordUnderscoreIsLiteralButStarIsNot() {
        XCTAssertEqual(inline("snake_case_name and a_b_c"), [text("snake_case_name and a_b_c")])
        XCTAssertEqual(inline("un*frigging*believable"), [
            text("un"), .emphasis([text("frigging")]), text("believable"),
        ])
    }

    func testInline_nestedEmphasis() {
        XCTAssertEqual(inline("***both***"), [.emphasis([.strong([text("both")])])])
        XCTAssertEqual(inline("**bold *and em* bold**"), [
            .strong([text("bold "), .emphasis([text("and em")]), text(" bold")]),
        ])
        XCTAssertEqual(inline("*a **b** c*"), [.emphasis([text("a "), .strong([text("b")]), text(" c")])])
    }

    func testInline_unmatchedDelimitersAreText() {
        XCTAssertEqual(inline("**not closed"), [text("**not closed")])
        XCTAssertEqual(inline("a * b _ c"), [text("a * b _ c")])
        XCTAssertEqual(inline("*a**"), [.emphasis([text("a")]), text("*")])
        XCTAssertEqual(inline("**a*"), [text("*"), .emphasis([text("a")])])
    }

    func testInline_codeSpans() {
        XCTAssertEqual(inline("`code` and ``a ` b`` and ` `` ` and `*x* \\`"), [
            .code("code"), text(" and "), .code("a ` b"), text(" and "), .code("``"), text(" and "),
            .code("*x* \\"),
        ])
    }

    func testInline_unmatchedBackticksAreText() {
        XCTAssertEqual(inline("``a` b"), [text("``a` b")])
        XCTAssertEqual(inline("\\`not code`"), [text("`not code`")])
    }

    func testInline_links() {
        XCTAssertEqual(inline("[site](https://example.org) and [t](<a b> \"title\") and [p](x(1)) end"), [
            .link(target: "https://example.org", content: [text("site")]), text(" and "),
            .link(target: "a b", content: [text("t")]), text(" and "),
            .link(target: "x(1)", content: [text("p")]), text(" end"),
        ])
        XCTAssertEqual(inline("[text **bold**](/u 'T') [a]( /spaced ) [e](b\\)c) [n]()"), [
            .link(target: "/u", content: [text("text "), .strong([text("bold")])]), text(" "),
            .link(target: "/spaced", content: [text("a")]), text(" "),
            .link(target: "b)c", content: [text("e")]), text(" "),
            .link(target: "", content: [text("n")]),
        ])
    }

    func testInline_bracketsWithoutLinkTailAreText() {
        XCTAssertEqual(inline("[a] (b) and [a](b c) and [a](<b) and [a]["), [
            text("[a] (b) and [a](b c) and [a](<b) and [a]["),
        ])
    }

    func testInline_linksDoNotNest() {
        XCTAssertEqual(inline("[a [b](c) d](e)"), [
            text("[a "), .link(target: "c", content: [text("b")]), text(" d](e)"),
        ])
        XCTAssertEqual(inline("[<https://x.org>](y)"), [.link(target: "y", content: [text("https://x.org")])])
    }

    func testInline_emphasisDoesNotCrossLinkText() {
        XCTAssertEqual(inline("*[a*](b)"), [text("*"), .link(target: "b", content: [text("a*")])])
    }

    func testInline_autolinks() {
        XCTAssertEqual(inline("See <https://example.org/a?b=c> or <info@example.org>, not <a b>."), [
            text("See "),
            .link(target: "https://example.org/a?b=c", content: [text("https://example.org/a?b=c")]),
            text(" or "),
            .link(target: "mailto:info@example.org", content: [text("info@example.org")]),
            text(", not <a b>."),
        ])
    }

    func testInline_backslashEscapes() {
        XCTAssertEqual(inline("\\*not\\* \\_em\\_ \\[x\\](y) \\\\ \\a \\"), [text("*not* _em_ [x](y) \\ \\a \\")])
    }

    func testInline_lineBreakTags() {
        XCTAssertEqual(inline("a<br>b<BR/>c<br />d<bra>"), [
            text("a"), .lineBreak, text("b"), .lineBreak, text("c"), .lineBreak, text("d<bra>"),
        ])
    }

    func testInline_imageKeepsItsSourceAltTextAndTitle() {
        XCTAssertEqual(inline("![Logo *big*](logo.png \"The logo\") x"), [
            .image(source: "logo.png", alternative: "Logo big", title: "The logo"), text(" x"),
        ])
    }

    func testInline_cyrillic() {
        XCTAssertEqual(inline("**Коалиция** объединяет _усилия_ и снег_и_дождь, «*цитата*»"), [
            .strong([text("Коалиция")]), text(" объединяет "), .emphasis([text("усилия")]),
            text(" и снег_и_дождь, «"), .emphasis([text("цитата")]), text("»"),
        ])
        XCTAssertEqual(parse("### Зачем\n\nКоалиция **объединяет** усилия.\n\n- первое\n- второе"), [
            heading(3, text("Зачем")),
            paragraph(text("Коалиция "), .strong([text("объединяет")]), text(" усилия.")),
            .list(ordered: false, items: [[plain("первое")], [plain("второе")]]),
        ])
    }

    func testInline_neverMakesBlocksAndKeepsSpaces() {
        for line in ["# not heading", "- not list", "1. not list", "> not quote", "---", "| a | b |", "  a  "] {
            XCTAssertEqual(inline(line), [text(line)], line)
        }
    }

    func testInline_adjacentTextIsMerged() {
        XCTAssertEqual(inline("a\\*b[c]d!e<f"), [text("a*b[c]d!e<f")])
    }
}
