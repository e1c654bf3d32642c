import Foundation
@testable import StrategyKit
import XCTest

/// Block structure: headings, paragraphs, lists, quotes, tables, code.
final class MarkdownParserTests: MarkdownParserTestCase {
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
        XCTAssertEqual(parse("<div>hi</div>\n\n<script>alert(1)</script> & &amp;amp;"), [
            plain("<div>hi</div>"), plain("<script>alert(1)</script> & &amp;"),
        ])
    }

    func testIndentedCode_fourColumnsOrATab() {
        XCTAssertEqual(parse("    indented\n\ttabbed"), [.code(language: "", text: "indented\ntabbed")])
        XCTAssertEqual(parse("text\n    continues"), [plain("text continues")])
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

    /// CommonMark nests by the item's content column: under `1. ` that is 3 columns, so two
    /// spaces start a list of their own and the numbered list resumes at 2 after it.
    func testList_bulletsUnderOrderedItemNestOnlyAtItsContentColumn() {
        XCTAssertEqual(parse("1. one\n  - sub\n2. two"), [
            .list(ordered: true, items: [[plain("one")]]),
            .list(ordered: false, items: [[plain("sub")]]),
            .list(ordered: true, items: [[plain("two")]], start: 2),
        ])
        XCTAssertEqual(parse("1. one\n   - sub\n2. two"), [
            .list(ordered: true, items: [
                [plain("one"), .list(ordered: false, items: [[plain("sub")]])],
                [plain("two")],
            ]),
        ])
    }

    func testList_itemWithSeveralParagraphs() {
        XCTAssertEqual(parse("- first\n\n  second para\n- next"), [
            .list(ordered: false, items: [[plain("first"), plain("second para")], [plain("next")]], isLoose: true),
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
            .list(ordered: true, items: [[plain("starts a list")]], start: 2023),
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
        // As GFM: the delimiter row outside the quote cannot make a table of the quoted line,
        // so it continues the quoted paragraph lazily.
        XCTAssertEqual(parse("> a | b\n|---|---|"), [.quote([plain("a | b |---|---|")])])
        XCTAssertEqual(parse("> | a |\n> |---|\n> | 1 |\n| 2 |"), [
            .quote([.table(Table(columns: [Table.Column([text("a")])], rows: [Table.Row([[text("1")]])]))]),
            plain("| 2 |"),
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

    func testFencedCode_isPreformattedWithItsLanguage() {
        XCTAssertEqual(parse("```swift\nlet a = 1\n\n  indented *x*\n```\nafter"), [
            .code(language: "swift", text: "let a = 1\n\n  indented *x*"),
            plain("after"),
        ])
    }

    func testFencedCode_tildesUnclosedAndEmpty() {
        XCTAssertEqual(parse("~~~\ncode ``` here\n"), [.code(language: "", text: "code ``` here")])
        XCTAssertEqual(parse("```\n```\ntext"), [.code(language: "", text: ""), plain("text")])
        XCTAssertEqual(parse("- item\n\n  ```\n  code\n  ```"), [
            .list(ordered: false, items: [[plain("item"), .code(language: "", text: "code")]], isLoose: true),
        ])
    }
}
