import Foundation
@testable import StrategyKit
import XCTest

final class MarkdownParserTests: XCTestCase {
    // MARK: Helpers

    private func text(_ string: String) -> Inline { .text(string) }

    private func paragraph(_ inlines: Inline...) -> Block { .paragraph(inlines) }

    private func plain(_ string: String) -> Block { .paragraph([.text(string)]) }

    private func heading(_ level: Int, _ inlines: Inline...) -> Block {
        .heading(level: level, content: inlines, anchor: "")
    }

    /// Parses and checks the invariants every result keeps: no empty `.text`, no two `.text`
    /// side by side.
    private func parse(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) -> [Block] {
        let blocks = MarkdownParser.parse(markdown)
        assertWellFormed(blocks, file: file, line: line)
        return blocks
    }

    private func inline(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) -> [Inline] {
        let inlines = MarkdownParser.parseInline(markdown)
        assertWellFormed(inlines, file: file, line: line)
        return inlines
    }

    private func assertWellFormed(_ blocks: [Block], file: StaticString = #filePath, line: UInt = #line) {
        for block in blocks {
            switch block {
            case .heading(_, let content, _), .paragraph(let content):
                assertWellFormed(content, file: file, line: line)
            case .list(_, let items):
                items.forEach { assertWellFormed($0, file: file, line: line) }
            case .quote(let content), .landscape(let content):
                assertWellFormed(content, file: file, line: line)
            case .table(let table):
                table.columns.forEach { assertWellFormed($0.header, file: file, line: line) }
                for row in table.rows {
                    XCTAssertEqual(row.cells.count, table.columns.count, file: file, line: line)
                    row.cells.joined().forEach { assertWellFormed($0, file: file, line: line) }
                }
            case .rule, .titlePage, .contents, .figure:
                break
            }
        }
    }

    private func assertWellFormed(_ inlines: [Inline], file: StaticString = #filePath, line: UInt = #line) {
        var previousIsText = false
        for inline in inlines {
            switch inline {
            case .text(let string):
                XCTAssertFalse(string.isEmpty, "empty text in \(inlines)", file: file, line: line)
                XCTAssertFalse(previousIsText, "unmerged text in \(inlines)", file: file, line: line)
                previousIsText = true
                continue
            case .strong(let content), .emphasis(let content), .link(_, let content):
                assertWellFormed(content, file: file, line: line)
            case .code, .lineBreak:
                break
            }
            previousIsText = false
        }
    }

    /// All `.text` strings anywhere in the blocks.
    private func texts(_ blocks: [Block]) -> [String] {
        var result: [String] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let string): result.append(string)
                case .strong(let content), .emphasis(let content), .link(_, let content): visit(content)
                case .code, .lineBreak: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, let content, _), .paragraph(let content): visit(content)
                case .list(_, let items): items.forEach { visit($0) }
                case .quote(let content), .landscape(let content): visit(content)
                case .table(let table):
                    table.columns.forEach { visit($0.header) }
                    table.rows.forEach { $0.cells.joined().forEach { visit($0) } }
                case .rule, .titlePage, .contents, .figure: break
                }
            }
        }
        visit(blocks)
        return result
    }

    /// How deep blocks and inlines nest (iteratively, so a broken result cannot overflow here).
    private func nestingDepth(_ blocks: [Block]) -> Int {
        var deepest = 0
        var stack: [(Any, Int)] = blocks.map { ($0, 1) }
        while let (item, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            if let block = item as? Block {
                switch block {
                case .heading(_, let content, _), .paragraph(let content):
                    stack += content.map { ($0, depth + 1) }
                case .list(_, let items):
                    stack += items.joined().map { ($0, depth + 1) }
                case .quote(let content), .landscape(let content):
                    stack += content.map { ($0, depth + 1) }
                default:
                    break
                }
            } else if let inline = item as? Inline {
                switch inline {
                case .strong(let content), .emphasis(let content), .link(_, let content):
                    stack += content.map { ($0, depth + 1) }
                default:
                    break
                }
            }
        }
        return deepest
    }

    /// Runs `body`, fails if it takes longer than `limit` seconds (the aim is well under 1 s in
    /// a debug build; the limit leaves room for a loaded machine), returns its result.
    private func timed<T>(
        _ label: String, limit: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line,
        _ body: () -> T
    ) -> T {
        let start = Date()
        let result = body()
        let elapsed = Date().timeIntervalSince(start)
        print("MarkdownParserTests: \(label): \(String(format: "%.3f", elapsed)) s")
        XCTAssertLessThan(elapsed, limit, label, file: file, line: line)
        return result
    }

    // MARK: Headings

    func testHeading_atxLevelsAndClosingHashes() {
        XCTAssertEqual(parse("# One\n## Two ##\n###### Six #####\n### Hash\\#\n### C# #\n#\n"), [
            heading(1, text("One")), heading(2, text("Two")), heading(6, text("Six")),
            heading(3, text("Hash#")), heading(3, text("C#")), heading(1),
        ])
    }

    func testHeading_withoutSpaceOrDeeperThanSixIsParagraph() {
        XCTAssertEqual(parse("#5 bolts\n\n####### seven"), [plain("#5 bolts"), plain("####### seven")])
    }

    func testHeading_hasInlineMarkupAndInterruptsParagraph() {
        XCTAssertEqual(parse("Intro\n## **Bold** and `code`\nmore"), [
            plain("Intro"),
            heading(2, .strong([text("Bold")]), text(" and "), .code("code")),
            plain("more"),
        ])
    }

    func testHeading_setextUnderlines() {
        XCTAssertEqual(parse("Title\n===\n\nSub\ntitle\n---"), [
            heading(1, text("Title")), heading(2, text("Sub title")),
        ])
    }

    // MARK: Paragraphs

    func testParagraph_linesJoinedWithSpace() {
        XCTAssertEqual(parse("First line\n   second line  \nthird\n\nNext"), [
            paragraph(text("First line second line"), .lineBreak, text("third")),
            plain("Next"),
        ])
        XCTAssertEqual(parse("one\ntwo\nthree"), [plain("one two three")])
    }

    func testParagraph_hardBreaksFromTwoSpacesOrBackslash() {
        XCTAssertEqual(parse("one  \ntwo\\\nthree"), [
            paragraph(text("one"), .lineBreak, text("two"), .lineBreak, text("three")),
        ])
        XCTAssertEqual(parse("end  "), [plain("end")])
        XCTAssertEqual(parse("end\\"), [plain("end\\")])
    }

    func testParagraph_crlfAndTabsAndByteOrderMark() {
        XCTAssertEqual(parse("\u{FEFF}a\r\nb\rc\n\n-\titem"), [
            plain("a b c"), .list(ordered: false, items: [[plain("item")]]),
        ])
    }

    func testParagraph_rawHTMLIsKeptAsText() {
        XCTAssertEqual(parse("<div>hi</div>\n\n<script>alert(1)</script> & &amp;"), [
            plain("<div>hi</div>"), plain("<script>alert(1)</script> & &amp;"),
        ])
    }

    func testParagraph_indentedLinesAreTextNotCode() {
        XCTAssertEqual(parse("    indented\n\ttabbed"), [plain("indented tabbed")])
    }

    // MARK: Lists

    func testBulletList_eachMarkerStartsItsOwnList() {
        XCTAssertEqual(parse("- a\n- b\n\n* c\n+ d"), [
            .list(ordered: false, items: [[plain("a")], [plain("b")]]),
            .list(ordered: false, items: [[plain("c")]]),
            .list(ordered: false, items: [[plain("d")]]),
        ])
    }

    func testBulletList_multiLineItemsAndLazyContinuation() {
        XCTAssertEqual(parse("- first line\n  continued\nlazy line\n- **second**"), [
            .list(ordered: false, items: [
                [plain("first line continued lazy line")],
                [paragraph(.strong([text("second")]))],
            ]),
        ])
    }

    func testBulletList_interruptsParagraph() {
        XCTAssertEqual(parse("Problems:\n- one\n- two\nafter"), [
            plain("Problems:"),
            .list(ordered: false, items: [[plain("one")], [plain("two after")]]),
        ])
    }

    func testList_nestedByTwoAndFourSpaces() {
        XCTAssertEqual(parse("- a\n  - b\n    - c\n- d\n    - e"), [
            .list(ordered: false, items: [
                [plain("a"), .list(ordered: false, items: [
                    [plain("b"), .list(ordered: false, items: [[plain("c")]])],
                ])],
                [plain("d"), .list(ordered: false, items: [[plain("e")]])],
            ]),
        ])
    }

    func testList_bulletsNestedUnderOrderedItemByTwoSpaces() {
        XCTAssertEqual(parse("1. one\n  - sub\n2. two"), [
            .list(ordered: true, items: [
                [plain("one"), .list(ordered: false, items: [[plain("sub")]])],
                [plain("two")],
            ]),
        ])
    }

    func testList_itemWithSeveralParagraphs() {
        XCTAssertEqual(parse("- first\n\n  second para\n- next"), [
            .list(ordered: false, items: [[plain("first"), plain("second para")], [plain("next")]]),
        ])
    }

    func testList_blankLineThenUnindentedTextEndsList() {
        XCTAssertEqual(parse("- a\n\nafter"), [.list(ordered: false, items: [[plain("a")]]), plain("after")])
    }

    func testList_emptyItems() {
        XCTAssertEqual(parse("-\n- \n-   x"), [.list(ordered: false, items: [[], [], [plain("x")]])])
    }

    func testOrderedList_dotAndParenthesisAreDifferentLists() {
        XCTAssertEqual(parse("1. a\n2. b\n1) c\n10) d"), [
            .list(ordered: true, items: [[plain("a")], [plain("b")]]),
            .list(ordered: true, items: [[plain("c")], [plain("d")]]),
        ])
    }

    func testOrderedList_onlyNumberOneInterruptsParagraph() {
        XCTAssertEqual(parse("In the year\n2023. we began\n\n2023. starts a list\n\nText\n1. list"), [
            plain("In the year 2023. we began"),
            .list(ordered: true, items: [[plain("starts a list")]]),
            plain("Text"),
            .list(ordered: true, items: [[plain("list")]]),
        ])
    }

    func testOrderedList_tenDigitsIsNotAMarker() {
        XCTAssertEqual(parse("1234567890. x"), [plain("1234567890. x")])
    }

    // MARK: Quotes and rules

    func testQuote_nestedAndLazy() {
        XCTAssertEqual(parse("> quoted\nlazy\n>> inner\n\n>again"), [
            .quote([plain("quoted lazy"), .quote([plain("inner")])]),
            .quote([plain("again")]),
        ])
    }

    func testQuote_containsListAndHeading() {
        XCTAssertEqual(parse("> ### Note\n> - a\n> - b"), [
            .quote([heading(3, text("Note")), .list(ordered: false, items: [[plain("a")], [plain("b")]])]),
        ])
    }

    func testQuote_endsAtBlockStart() {
        XCTAssertEqual(parse("> a\n- b"), [
            .quote([plain("a")]), .list(ordered: false, items: [[plain("b")]]),
        ])
    }

    func testQuote_lazyLineIsNeverATableDelimiterRow() {
        XCTAssertEqual(parse("> a | b\n|---|---|"), [.quote([plain("a | b")]), plain("|---|---|")])
        XCTAssertEqual(parse("> | a |\n> |---|\n> | 1 |"), [
            .quote([.table(Table(columns: [Table.Column([text("a")])], rows: [Table.Row([[text("1")]])]))]),
        ])
    }

    func testThematicBreak_variants() {
        XCTAssertEqual(parse("---\n***\n___\n- - -\n * * *\n\na\n***"), [
            .rule, .rule, .rule, .rule, .rule, plain("a"), .rule,
        ])
        XCTAssertEqual(parse("--\n"), [plain("--")])
    }

    // MARK: Tables

    func testTable_alignmentsAndInlineCells() {
        let markdown = """
            | Left | Centre | Right | Plain |
            |:-----|:------:|------:|-------|
            | a | **b** | `c` | [d](https://d.example) |
            """
        XCTAssertEqual(parse(markdown), [
            .table(Table(columns: [
                Table.Column([text("Left")], width: 1, alignment: .leading),
                Table.Column([text("Centre")], width: 1, alignment: .center),
                Table.Column([text("Right")], width: 1, alignment: .trailing),
                Table.Column([text("Plain")], width: 1, alignment: .leading),
            ], rows: [
                Table.Row([[text("a")], [.strong([text("b")])], [.code("c")],
                           [.link(target: "https://d.example", content: [text("d")])]]),
            ])),
        ])
    }

    func testTable_escapedPipeAndBreakInCell() {
        let markdown = """
            | Expression | Note |
            |---|---|
            | a \\| b | one<br>two |
            | `x \\| y` | <br/> |
            | \\\\| c |
            """
        XCTAssertEqual(parse(markdown), [
            .table(Table(columns: [Table.Column([text("Expression")]), Table.Column([text("Note")])], rows: [
                Table.Row([[text("a | b")], [text("one"), .lineBreak, text("two")]]),
                Table.Row([[.code("x | y")], [.lineBreak]]),
                Table.Row([[text("\\")], [text("c")]]),
            ])),
        ])
    }

    func testTable_emptyHeaderMeansNoHeaderRow() {
        XCTAssertEqual(parse("| | |\n|---|---|\n| **Strengths** | Expertise |"), [
            .table(Table(
                columns: [Table.Column([]), Table.Column([])],
                rows: [Table.Row([[.strong([text("Strengths")])], [text("Expertise")]])],
                hasHeader: false)),
        ])
    }

    func testTable_rowsArePaddedAndCutWithoutOuterPipes() {
        XCTAssertEqual(parse("a | b\n--|--\n1\n1 | 2 | 3\n\nafter"), [
            .table(Table(columns: [Table.Column([text("a")]), Table.Column([text("b")])], rows: [
                Table.Row([[text("1")], []]),
                Table.Row([[text("1")], [text("2")]]),
            ])),
            plain("after"),
        ])
    }

    func testTable_widthsFollowTheLongestCell() throws {
        let label = "Opportunities"  // 13 characters: 2 units
        let middle = String(repeating: "x", count: 30)  // 3 units
        let prose = String(repeating: "word ", count: 40)  // 200 characters: capped at 6
        let blocks = parse("| Label | Middle | Text |\n|---|---|---|\n| \(label) | \(middle) | \(prose) |")
        guard case .table(let table) = try XCTUnwrap(blocks.first) else { return XCTFail("\(blocks)") }
        XCTAssertEqual(table.columns.map(\.width), [2, 3, 6])
    }

    func testTable_interruptsParagraphAndEndsAtBlockStart() {
        XCTAssertEqual(parse("Intro\n| a |\n| - |\n| 1 |\n- item"), [
            plain("Intro"),
            .table(Table(columns: [Table.Column([text("a")])], rows: [Table.Row([[text("1")]])])),
            .list(ordered: false, items: [[plain("item")]]),
        ])
    }

    func testTable_mismatchedDelimiterRowIsParagraph() {
        XCTAssertEqual(parse("| a | b |\n|---|"), [plain("| a | b | |---|")])
    }

    // MARK: Code blocks

    func testFencedCode_becomesParagraphOfCodeLines() {
        XCTAssertEqual(parse("```swift\nlet a = 1\n\n  indented *x*\n```\nafter"), [
            paragraph(.code("let a = 1"), .lineBreak, .lineBreak, .code("  indented *x*")),
            plain("after"),
        ])
    }

    func testFencedCode_tildesUnclosedAndEmpty() {
        XCTAssertEqual(parse("~~~\ncode ``` here\n"), [paragraph(.code("code ``` here"))])
        XCTAssertEqual(parse("```\n```\ntext"), [plain("text")])
        XCTAssertEqual(parse("- item\n\n  ```\n  code\n  ```"), [
            .list(ordered: false, items: [[plain("item"), paragraph(.code("code"))]]),
        ])
    }

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

    func testInline_imageBecomesItsAltText() {
        XCTAssertEqual(inline("![Logo *big*](logo.png) x"), [text("Logo "), .emphasis([text("big")]), text(" x")])
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

    // MARK: Round trip of MarkdownEscaping

    private func assertRoundTrip(_ string: String, file: StaticString = #filePath, line: UInt = #line) {
        let escaped = MarkdownEscaping.inline(string)
        let expected = string.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        let parsed = MarkdownParser.parseInline(escaped)
        XCTAssertEqual(parsed.plainText, expected, "escaped: \(escaped)", file: file, line: line)
        XCTAssertTrue(
            parsed.allSatisfy { if case .text = $0 { true } else { false } },
            "escaped text made markup: \(parsed)", file: file, line: line)
    }

    private let nastyStrings = [
        "*a*", "**b**", "_c_", "a_b_c", "[x](y)", "![i](j)", "<script>", "<br>", "<https://x.org>",
        "a|b", "# not heading", "- not list", "+ plus", "= equals", "1. not list", "> quote",
        "`code`", "``", "\\", "\\\\", "a\\", "\\*", "*", "**", "***", "___", "---", "[", "]", "[]()",
        "<", ">", "&amp;", "&", "a  b", "  leading", "trailing  ", "line\nbreak", "two  \nlines",
        "tab\there", "Коалиция **МСУ** и _ГАГСМСУ_", "«кавычки» — тире", "emoji 🙂 *", "~~strike~~",
        "{{placeholder}}", "|---|", "a\\|b", "\\_", "http://x.org/a_b_c", "mail@example.org",
        "(paren)", "[a]: /def", "*[a*](b)", "", " ",
    ]

    func testRoundTrip_nastyStrings() {
        for string in nastyStrings { assertRoundTrip(string) }
    }

    /// 2,000 strings of ASCII punctuation, Cyrillic, letters, digits, spaces, tabs and line
    /// breaks from a fixed-seed linear congruential generator.
    private func pseudoRandomStrings() -> [String] {
        let alphabet = Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ abcxyz019 \tабвгдеёжзийЖЩЯ\n")
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<2_000).map { _ in
            String((0..<next(41)).map { _ in alphabet[next(alphabet.count)] })
        }
    }

    func testRoundTrip_pseudoRandomStrings() {
        for string in pseudoRandomStrings() { assertRoundTrip(string) }
    }

    func testRoundTrip_tableCells() {
        for string in nastyStrings + pseudoRandomStrings() {
            let markdown = "| Header |\n|---|\n| \(MarkdownEscaping.cell(string)) |"
            guard case .table(let table)? = MarkdownParser.parse(markdown).first, table.rows.count == 1 else {
                XCTFail("no table for \(string.debugDescription): \(MarkdownParser.parse(markdown))")
                continue
            }
            let expected = string.split(omittingEmptySubsequences: false) { $0.isNewline }
                .joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            XCTAssertEqual(table.rows[0].cells[0][0].plainText, expected, string.debugDescription)
        }
    }

    // MARK: Real content

    private func proseFiles() throws -> [URL] {
        let roots = ["strategy/prose", "Tests/StrategyKitTests/Fixtures/mini/prose"]
        var files: [URL] = []
        for root in roots {
            let folder = TestWorkspace.packageRoot.appendingPathComponent(root)
            let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            for case let url as URL in enumerator where url.pathExtension == "md" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    func testWorkspaceProse_parsesIntoSensibleBlocks() throws {
        let files = try proseFiles()
        XCTAssertGreaterThanOrEqual(files.count, 24)
        var tables = 0
        for file in files {
            let name = file.pathComponents.suffix(2).joined(separator: "/")
            let markdown = try String(contentsOf: file, encoding: .utf8)
            let blocks = parse(markdown)
            XCTAssertFalse(blocks.isEmpty, name)
            for string in texts(blocks) {
                XCTAssertFalse(string.contains("**"), "\(name): \(string)")
                XCTAssertFalse(string.hasPrefix("#") || string.hasPrefix("- ") || string.hasPrefix("|"), "\(name): \(string)")
            }
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            let headings = blocks.filter { if case .heading(3, _, _) = $0 { true } else { false } }
            XCTAssertEqual(headings.count, lines.filter { $0.hasPrefix("### ") }.count, name)
            if lines.contains(where: { $0.hasPrefix("- ") }) {
                XCTAssertTrue(blocks.contains { if case .list(false, _) = $0 { true } else { false } }, name)
            }
            if lines.contains(where: { $0.hasPrefix("1. ") }) {
                XCTAssertTrue(blocks.contains { if case .list(true, _) = $0 { true } else { false } }, name)
            }
            for case .table(let table) in blocks {
                tables += 1
                if file.lastPathComponent == "situation.md" {
                    // The SWOT table: label and text, no header row, bold labels.
                    XCTAssertEqual(table.columns.count, 2, name)
                    XCTAssertEqual(table.rows.count, 4, name)
                    XCTAssertFalse(table.hasHeader, name)
                    XCTAssertEqual(table.columns.map(\.width), [2, 6], name)
                    for row in table.rows {
                        guard case .strong = row.cells[0][0].first else { return XCTFail("\(name): \(row)") }
                    }
                } else if file.lastPathComponent == "monitoring.md" {
                    XCTAssertEqual(table.columns.count, 3, name)
                    XCTAssertEqual(table.rows.count, 5, name)
                    XCTAssertTrue(table.hasHeader, name)
                }
            }
        }
        XCTAssertEqual(tables, 4, "SWOT and monitoring tables in both languages")
    }

    func testTemplates_parseHeadingsAndPlaceholders() throws {
        for language in ["en", "ru"] {
            let url = TestWorkspace.packageRoot.appendingPathComponent("templates/\(language)/strategy.md")
            let markdown = try String(contentsOf: url, encoding: .utf8)
            let blocks = parse(markdown)
            for line in markdown.split(separator: "\n") {
                if line.hasPrefix("## ") {
                    XCTAssertTrue(blocks.contains(heading(2, text(String(line.dropFirst(3))))), String(line))
                } else if line.hasPrefix("{{"), line.hasSuffix("}}"), !line.contains(" ") {
                    XCTAssertTrue(blocks.contains(plain(String(line))), String(line))
                }
            }
        }
    }

    // MARK: Pathological input

    func testPathological_manyStars() {
        let stars = String(repeating: "*", count: 200_000)
        XCTAssertEqual(timed("200,000 * (blocks)") { MarkdownParser.parse(stars) }, [.rule])
        XCTAssertEqual(timed("200,000 * (inline)") { MarkdownParser.parseInline(stars) }, [.text(stars)])
        let patterns = ["*a", "a*", "**a*", "*a **b", "_a", "a_ ", "*_", "* a", "***a", "a***b"]
        for pattern in patterns {
            let input = String(repeating: pattern, count: 200_000 / pattern.count)
            let inlines = timed("\(pattern) repeated") { MarkdownParser.parseInline(input) }
            // Delimiters may turn into emphasis; every other character is kept, in order.
            XCTAssertEqual(inlines.plainText.filter { $0 != "*" && $0 != "_" },
                           input.filter { $0 != "*" && $0 != "_" }, pattern)
        }
    }

    func testPathological_manyOpenBrackets() {
        let brackets = String(repeating: "[", count: 100_000)
        XCTAssertEqual(timed("100,000 [") { MarkdownParser.parse(brackets) }, [plain(brackets)])
        for pattern in ["[a](", "[](a", "[](x (", "[](x \"", "![", "[a]", "](", "[`", "<a", "<br"] {
            let input = String(repeating: pattern, count: 100_000 / pattern.count)
            _ = timed("\(pattern) repeated") { MarkdownParser.parse(input) }
        }
        let opens = String(repeating: "(", count: 100_000)
        _ = timed("[a] then 100,000 (") { MarkdownParser.parseInline("[a]" + opens) }
        let links = String(repeating: "[", count: 50_000) + String(repeating: "[a](b)", count: 10_000)
        _ = timed("open brackets then links") { MarkdownParser.parseInline(links) }
    }

    func testPathological_deeplyNestedQuotes() {
        let quotes = String(repeating: ">", count: 100_000)
        let blocks = timed("100,000 nested >") { MarkdownParser.parse(quotes) }
        XCTAssertLessThanOrEqual(nestingDepth(blocks), MarkdownParser.maximumNesting + 3)
        XCTAssertTrue(texts(blocks).joined().hasPrefix(">>>>"), "deeper markers are text")
        let spaced = String(repeating: "> ", count: 50_000) + "x"
        _ = timed("50,000 nested '> '") { MarkdownParser.parse(spaced) }
        let lines = String(repeating: "> a\n", count: 100_000)
        _ = timed("100,000 quoted lines") { MarkdownParser.parse(lines) }
    }

    func testPathological_manyListLines() {
        let input = String(repeating: "- \n", count: 100_000)
        let blocks = timed("100,000 lines of -") { MarkdownParser.parse(input) }
        XCTAssertEqual(blocks, [.list(ordered: false, items: Array(repeating: [], count: 100_000))])
        let nested = (0..<500).map { String(repeating: " ", count: 2 * $0) + "- x" }.joined(separator: "\n")
        let deep = timed("500 nested list levels") { MarkdownParser.parse(nested) }
        XCTAssertLessThanOrEqual(nestingDepth(deep), 2 * MarkdownParser.maximumNesting + 4)
        let markers = String(repeating: "- ", count: 100_000) + "x"
        _ = timed("100,000 markers on one line") { MarkdownParser.parse(markers) }
    }

    func testPathological_backtickRunsAndEscapes() {
        let runs = (1...400).map { String(repeating: "`", count: $0) + "x" }.joined()
        _ = timed("backtick runs of 1…400") { MarkdownParser.parseInline(runs) }
        let escapes = String(repeating: "\\", count: 100_001) + "*a*"
        _ = timed("100,001 backslashes") { MarkdownParser.parseInline(escapes) }
        let table = "| a |\n|---|\n" + String(repeating: "| \\| `x` |\n", count: 20_000)
        _ = timed("20,000 table rows") { MarkdownParser.parse(table) }
    }

    func testPathological_deepEmphasisIsCapped() {
        let input = String(repeating: "*", count: 10_000) + "a" + String(repeating: "*", count: 10_000)
        let inlines = timed("10,000 * a 10,000 *") { MarkdownParser.parseInline(input) }
        XCTAssertLessThanOrEqual(nestingDepth([.paragraph(inlines)]), MarkdownParser.maximumNesting + 3)
        XCTAssertEqual(inlines.plainText.filter { $0 != "*" }, "a")
        XCTAssertGreaterThan(inlines.plainText.count, 1, "delimiters nested too deep stay as text")
        let words = (0..<5_000).map { _ in "*a " }.joined() + (0..<5_000).map { _ in " b*" }.joined()
        let nested = timed("5,000 nested *…*") { MarkdownParser.parseInline(words) }
        XCTAssertLessThanOrEqual(nestingDepth([.paragraph(nested)]), MarkdownParser.maximumNesting + 3)
    }

    func testRandomDocuments_neverTrap() {
        let alphabet = Array("#*_-+=>|:`~[]()<!\\ \n\n\n  1.)abcЖЯ\t\"'/")
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let document = String((0..<next(300)).map { _ in alphabet[next(alphabet.count)] })
            _ = parse(document)
            _ = inline(document)
        }
    }
}
