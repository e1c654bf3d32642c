import Foundation
@testable import StrategyKit
import XCTest

final class MarkdownRendererTests: XCTestCase {
    private func render(_ workspace: URL, language: String) throws -> String {
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [])
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: [Language(language)], formats: [.md])
        return String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
    }

    func testMini_russian_matchesGolden() throws {
        Golden.assert(try render(TestWorkspace.fixture("mini"), language: "ru"),
                      suite: "Markdown", name: "mini.ru.md")
    }

    func testMini_english_matchesGolden() throws {
        Golden.assert(try render(TestWorkspace.fixture("mini"), language: "en"),
                      suite: "Markdown", name: "mini.en.md")
    }

    func testTableCells_joinTheirParagraphsAndKeepEveryCharacter() throws {
        let table = Table(columns: [.init(Inline.plain("A")), .init(Inline.plain("B")), .init(Inline.plain("C"))], rows: [
            Table.Row(paragraphs: [[[], Inline.plain("a"), [], [.text("")], Inline.plain("b")], [[]], []]),
            // U+0600 and the "<" of a break after it are one Character: only bytes are taken back.
            Table.Row(paragraphs: [[Inline.plain("x\u{0600}"), [.text("")]], [Inline.plain("y"), [.strong([.text("z")])]],
                                   [Inline.plain("|")]]),
            Table.Row(paragraphs: [[[]], [[], Inline.plain("7")], [[.text("")]]], isTotal: true),
        ])
        let document = Document(language: Language("en"), title: "T", blocks: [.table(table)])
        let markdown = MarkdownWriter().text(document)
        XCTAssertEqual(markdown, """
            | A | B | C |
            |---|---|---|
            | a<br>b |   |   |
            | x\u{0600} | y<br>**z** | \\| |
            |   | **7** |   |

            """)
        let data = try MarkdownWriter().write(document, labels: Labels([:], path: "labels.json"))
        XCTAssertEqual(String(decoding: data, as: UTF8.self), markdown)
    }

    func testNormalized_eightBytesAtATimeMatchesByteByByte() {
        // The rule, one byte at a time: spaces before a line end dropped, at most one blank
        // line, no leading blank lines, one final newline.
        func reference(_ text: String) -> String {
            var output: [UInt8] = []
            var spaces = 0
            var newlines = 0
            for byte in text.utf8 {
                if byte == 0x20 {
                    spaces += 1
                } else if byte == 0x0A {
                    spaces = 0
                    newlines += 1
                } else {
                    if !output.isEmpty { output += Array(repeating: 0x0A, count: min(newlines, 2)) }
                    output += Array(repeating: 0x20, count: spaces)
                    (spaces, newlines) = (0, 0)
                    output.append(byte)
                }
            }
            return String(decoding: output + [0x0A], as: UTF8.self)
        }
        let pieces = ["a", "Б", "  ", " ", "\n", "\n\n\n", "| ", "word", "длинное слово", "\t", "x\n \n"]
        var seed: UInt64 = 3
        var texts = ["", " ", "\n", "abcdefgh", "abcdefghijklmnop", "abcdefgh ", " abcdefgh", "\n\nabcdefghij  \n"]
        for length in 0..<400 {
            var text = ""
            for _ in 0..<(length % 40) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        for text in texts {
            XCTAssertEqual(MarkdownText.normalized(text), reference(text), text.debugDescription)
            XCTAssertEqual(MarkdownText.normalizedData(text), Data(reference(text).utf8), text.debugDescription)
        }
    }

    func testRender_isByteIdenticalOnRerun() throws {
        let first = try render(TestWorkspace.fixture("mini"), language: "ru")
        XCTAssertEqual(first, try render(TestWorkspace.fixture("mini"), language: "ru"))
    }

    func testUserText_isEscaped() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(
            workspace, "risks.json", replacing: "\"en\": \"Staff turnover\"",
            with: "\"en\": \"<script>alert(1)</script> | [link](http://x) *bold*\"")
        let text = try render(workspace, language: "en")
        XCTAssertTrue(text.contains("\\<script\\>alert(1)\\</script\\> \\| \\[link\\](http://x) \\*bold\\*"), text)
        XCTAssertFalse(text.contains("<script>"))
    }

    func testTemplateUnknownPlaceholder_isReportedWithItsPlace() throws {
        let root = try TestWorkspace.temporaryFolder()
        let workspace = root.appendingPathComponent("strategy")
        try FileManager.default.copyItem(at: TestWorkspace.fixture("mini"), to: workspace)
        try FileManager.default.copyItem(
            at: TestWorkspace.packageRoot.appendingPathComponent("templates"),
            to: root.appendingPathComponent("templates"))
        try TestWorkspace.edit(
            root.appendingPathComponent("templates"), "en/strategy.md", replacing: "{{risks}}",
            with: "{{riks}} and {{prose:nothing}} and {{oops")
        let diagnostics = TestWorkspace.diagnostics(workspace)
        XCTAssertEqual(diagnostics, [
            "prose/en/nothing.md:1:1: error: prose section 'nothing' has no 'en' text (prose/en/nothing.md is missing) [translation.missing]",
            "templates/en/strategy.md:69:1: error: unknown placeholder '{{riks}}' [template.unknown-placeholder]\n    note: did you mean '{{risks}}'?",
            "templates/en/strategy.md:69:36: error: '{{' is not closed by '}}' on the same line [template.syntax]",
        ])
    }

    func testTOCSlug_followsGitHub() {
        XCTAssertEqual(MarkdownTOC.slug("9. Матрица действий (план мер)"), "9-матрица-действий-план-мер")
        XCTAssertEqual(MarkdownTOC.slug("Annex. The consultancy"), "annex-the-consultancy")
    }
}
