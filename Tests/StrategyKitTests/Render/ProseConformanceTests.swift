import Foundation
@testable import StrategyKit
import XCTest

/// The prose constructs of CommonMark a consultant writes, each held to the exact HTML the
/// writer gives. The examples are written for this project from the specification's rules
/// (lists, reference links, character references, code blocks, lazy lines, images, raw HTML),
/// not copied from its test suite.
final class ProseConformanceTests: XCTestCase {
    /// A two-pixel PNG, enough for a data URI.
    private static let map = DocumentImage(data: Data([0x89, 0x50, 0x4E, 0x47]), format: .png, width: 2, height: 1)

    /// The body of the page the HTML writer makes of `markdown`.
    private func html(_ markdown: String, images: [String: DocumentImage] = [:]) -> String {
        let document = Document(
            language: Language("en"), title: "t", blocks: MarkdownParser.parse(markdown), images: images)
        let page = HTMLWriter().html(document, labels: Labels([:], path: "labels.json"))
        guard let start = page.range(of: "<main class=\"document\">\n"),
              let end = page.range(of: "</main>", options: .backwards) else { return page }
        return String(page[start.upperBound..<end.lowerBound])
    }

    private func check(
        _ markdown: String, _ expected: String, images: [String: DocumentImage] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(html(markdown, images: images), expected, "\n" + markdown, file: file, line: line)
    }

    // MARK: Lists

    func testList_itemsIndentedUpToThreeSpacesAreSiblings() {
        check("1. Chüy\n  2. Naryn\n   3. Osh", "<ol>\n<li>Chüy</li>\n<li>Naryn</li>\n<li>Osh</li>\n</ol>\n")
        check("- one\n - two\n  - three", "<ul>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ul>\n")
        // Three spaces reach the content column of " - two" (column 3): nested under it.
        check("- one\n - two\n   - three", "<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>three</li>\n</ul>\n</li>\n</ul>\n")
    }

    func testList_continuationAndLazyLines() {
        check("- first line\n  goes on\n- next\nlazily", "<ul>\n<li>first line goes on</li>\n<li>next lazily</li>\n</ul>\n")
    }

    func testList_nestsAtTheContentColumn() {
        check("- top\n  - inner\n    - deepest",
              "<ul>\n<li>top\n<ul>\n<li>inner\n<ul>\n<li>deepest</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n")
        // "1. " puts the content at column 3; "10. " at column 4.
        check("1. top\n   - inner", "<ol>\n<li>top\n<ul>\n<li>inner</li>\n</ul>\n</li>\n</ol>\n")
        check("10. top\n   - not inner", "<ol start=\"10\">\n<li>top</li>\n</ol>\n<ul>\n<li>not inner</li>\n</ul>\n")
        check("10. top\n    - inner", "<ol start=\"10\">\n<li>top\n<ul>\n<li>inner</li>\n</ul>\n</li>\n</ol>\n")
    }

    func testList_blankLinesBetweenItemsMakeItLooseNotNested() {
        check("1. a\n\n  2. b\n\n  3. c",
              "<ol>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ol>\n")
        check("- a\n\n  second paragraph\n- b",
              "<ul>\n<li>\n<p>a</p>\n<p>second paragraph</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
        // A blank line at the end of the last item does not make the list loose.
        check("- a\n- b\n\nafter", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>after</p>\n")
    }

    func testList_startNumberIsKept() {
        check("3. three\n4. four", "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n")
        check("1. a\n2. b\n\nBetween.\n\n3. c\n4. d",
              "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n<p>Between.</p>\n<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n")
        check("0) zero", "<ol start=\"0\">\n<li>zero</li>\n</ol>\n")
    }

    func testList_anotherMarkerStartsAnotherList() {
        check("- a\n+ b\n1. c\n1) d",
              "<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n<ol>\n<li>d</li>\n</ol>\n")
    }

    func testList_onlyOneInterruptsAParagraph() {
        check("In the year\n2024. the plan began", "<p>In the year 2024. the plan began</p>\n")
        check("Steps:\n1. first", "<p>Steps:</p>\n<ol>\n<li>first</li>\n</ol>\n")
        check("Steps:\n-\nnot an item", "<h2>Steps:</h2>\n<p>not an item</p>\n")
    }

    func testList_itemStartingBlank() {
        check("-\n  content below", "<ul>\n<li>content below</li>\n</ul>\n")
        check("-\n\n  too far", "<ul>\n<li></li>\n</ul>\n<p>too far</p>\n")
    }

    // MARK: Reference links

    func testReference_fullCollapsedAndShortcut() {
        let definitions = "\n\n[code]: https://example.org/code \"The Code\"\n[Law]: <https://example.org/law>"
        check("See [the Code][code]." + definitions,
              "<p>See <a href=\"https://example.org/code\" rel=\"noopener\">the Code</a>.</p>\n")
        check("See [law][]." + definitions,
              "<p>See <a href=\"https://example.org/law\" rel=\"noopener\">law</a>.</p>\n")
        check("See [LAW]." + definitions,
              "<p>See <a href=\"https://example.org/law\" rel=\"noopener\">LAW</a>.</p>\n")
    }

    func testReference_labelsIgnoreCaseAndSpacing() {
        check("[Закон   о доступе]\n\n[закон о\nдоступе]: https://example.kg",
              "<p><a href=\"https://example.kg\" rel=\"noopener\">Закон   о доступе</a></p>\n")
    }

    func testReference_undefinedStaysText() {
        check("[nothing][here] and [alone]", "<p>[nothing][here] and [alone]</p>\n")
        // A defined text before an undefined label is not a shortcut either.
        check("[a][b]\n\n[a]: /a", "<p>[a][b]</p>\n")
    }

    func testDefinition_isRemovedFirstWinsTitleOnNextLine() {
        check("[a]: /one\n[a]: /two\n'a title'\n\n[a]", "<p><a href=\"/one\" rel=\"noopener\">a</a></p>\n")
        check("[only]: /x \"definitions\"", "")
    }

    func testDefinition_cannotInterruptAParagraph() {
        check("Text\n[a]: /x\n\n[a]", "<p>Text [a]: /x</p>\n<p>[a]</p>\n")
    }

    func testDefinition_badTitleLeavesTheLineText() {
        check("[a]: /x \"title\" trailing\n\n[a]", "<p>[a]: /x \"title\" trailing</p>\n<p>[a]</p>\n")
    }

    // MARK: Character references

    func testEntity_namedAndNumericAreDecoded() {
        check("a&nbsp;b&mdash;&laquo;c&raquo; &amp; &#1050;&#x41a; &copy; &numero;5",
              "<p>a\u{A0}b—«c» &amp; КК © №5</p>\n")
    }

    func testEntity_unknownOrWithoutSemicolonStaysText() {
        check("&nosuch; &amp no &#; &#x;", "<p>&amp;nosuch; &amp;amp no &amp;#; &amp;#x;</p>\n")
        check("&#0; &#99999999;", "<p>\u{FFFD} &amp;#99999999;</p>\n")
    }

    func testEntity_notInCodeButInDestinations() {
        check("`&amp;`", "<p><code>&amp;amp;</code></p>\n")
        check("[x](/a?b=1&amp;c=2)", "<p><a href=\"/a?b=1&amp;c=2\" rel=\"noopener\">x</a></p>\n")
        check("\\&amp;", "<p>&amp;amp;</p>\n")
    }

    // MARK: Code blocks

    func testFencedCode_keepsSpacesAndTakesItsLanguage() {
        check("```python\nx  =  1\n\n    y\n```", "<pre><code class=\"language-python\">x  =  1\n\n    y</code></pre>\n")
        check("~~~~\n~~~\nstill code\n~~~~~\nafter", "<pre><code>~~~\nstill code</code></pre>\n<p>after</p>\n")
        check("```\nnever closed\n\n- not a list", "<pre><code>never closed\n\n- not a list</code></pre>\n")
    }

    func testFencedCode_indentedFenceStripsItsIndent() {
        check("  ```\n  a\n    b\n c\n  ```", "<pre><code>a\n  b\nc</code></pre>\n")
    }

    func testFencedCode_escapesMarkup() {
        check("```\n<b>&amp;</b> *x*\n```", "<pre><code>&lt;b&gt;&amp;amp;&lt;/b&gt; *x*</code></pre>\n")
    }

    func testIndentedCode_fourSpacesBlankLinesInside() {
        check("    line one\n      line two\n\n    after a gap\n\ntext",
              "<pre><code>line one\n  line two\n\nafter a gap</code></pre>\n<p>text</p>\n")
    }

    func testIndentedCode_cannotInterruptAParagraph() {
        check("text\n    more text", "<p>text more text</p>\n")
    }

    func testCode_insideAListItem() {
        check("- item\n\n      indented\n- next",
              "<ul>\n<li>\n<p>item</p>\n<pre><code>indented</code></pre>\n</li>\n<li>\n<p>next</p>\n</li>\n</ul>\n")
        check("1. run\n   ```\n   make\n   ```",
              "<ol>\n<li>run\n<pre><code>make</code></pre>\n</li>\n</ol>\n")
    }

    // MARK: Lazy continuation

    func testLazy_lineInAQuoteIsParagraphTextNotAnUnderline() {
        check("> foo\nbar\n===", "<blockquote>\n<p>foo bar ===</p>\n</blockquote>\n")
    }

    func testLazy_aBlockStartEndsTheQuote() {
        check("> foo\n---", "<blockquote>\n<p>foo</p>\n</blockquote>\n<hr />\n")
        check("> foo\n- bar", "<blockquote>\n<p>foo</p>\n</blockquote>\n<ul>\n<li>bar</li>\n</ul>\n")
    }

    func testLazy_intoAListInsideAQuote() {
        check("> - a\nb", "<blockquote>\n<ul>\n<li>a b</li>\n</ul>\n</blockquote>\n")
    }

    func testLazy_onlyParagraphsContinueLazily() {
        check("> ```\nx", "<blockquote>\n<pre><code></code></pre>\n</blockquote>\n<p>x</p>\n")
        check(">     code\n    more", "<blockquote>\n<pre><code>code</code></pre>\n</blockquote>\n<pre><code>more</code></pre>\n")
    }

    // MARK: Images

    func testImage_embeddedWithAltTextAndTitle() {
        check("![Map of *the* oblasts](map.png \"Seven oblasts\")",
              "<p><img src=\"data:image/png;base64,iVBORw==\" alt=\"Map of the oblasts\" title=\"Seven oblasts\""
                  + " width=\"2\" height=\"1\" /></p>\n",
              images: ["map.png": Self.map])
        check("![by reference][m]\n\n[m]: map.png",
              "<p><img src=\"data:image/png;base64,iVBORw==\" alt=\"by reference\" width=\"2\" height=\"1\" /></p>\n",
              images: ["map.png": Self.map])
    }

    func testImage_withoutItsPictureShowsTheAltText() {
        check("Before ![the map](missing.png) after", "<p>Before the map after</p>\n")
    }

    func testImage_insideALink() {
        check("[![map](map.png)](https://example.org)",
              "<p><a href=\"https://example.org\" rel=\"noopener\"><img src=\"data:image/png;base64,iVBORw==\""
                  + " alt=\"map\" width=\"2\" height=\"1\" /></a></p>\n",
              images: ["map.png": Self.map])
    }

    // MARK: Raw HTML stays escaped

    func testRawHTML_isEscapedText() {
        check("<div class=\"x\">\n<b>bold</b> <script>alert(1)</script>\n</div>",
              "<p>&lt;div class=\"x\"&gt; &lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; &lt;/div&gt;</p>\n")
        check("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n")
    }

    // MARK: Tables stay within bounds

    func testTable_moreColumnsThanAPageIsText() {
        let header = "|" + String(repeating: "a|", count: 65)
        let delimiter = "|" + String(repeating: "-|", count: 65)
        XCTAssertEqual(MarkdownParser.parse(header + "\n" + delimiter).count, 1)
        guard case .paragraph = MarkdownParser.parse(header + "\n" + delimiter).first else {
            return XCTFail("a table of 65 columns should be a paragraph")
        }
        check("| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |",
              html("| a | b |\n|---|---|\n| 1 | 2 |"))
    }
}
