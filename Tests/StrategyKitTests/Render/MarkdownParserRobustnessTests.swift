import Foundation
@testable import StrategyKit
import XCTest

/// Round trips of escaped text, the real prose and templates, and pathological inputs.
final class MarkdownParserRobustnessTests: MarkdownParserTestCase {
    // MARK: Round trip of MarkdownEscaping

    func assertRoundTrip(_ string: String, file: StaticString = #filePath, line: UInt = #line) {
        let escaped = MarkdownEscaping.inline(string)
        let expected = string.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        let parsed = MarkdownParser.parseInline(escaped)
        XCTAssertEqual(parsed.plainText, expected, "escaped: \(escaped)", file: file, line: line)
        XCTAssertTrue(
            parsed.allSatisfy { if case .text = $0 { true } else { false } },
            "escaped text made markup: \(parsed)", file: file, line: line)
    }

    let nastyStrings = [
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
    func pseudoRandomStrings() -> [String] {
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

    func proseFiles() throws -> [URL] {
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
                XCTAssertTrue(blocks.contains { if case .list(false, _, _, _) = $0 { true } else { false } }, name)
            }
            if lines.contains(where: { $0.hasPrefix("1. ") }) {
                XCTAssertTrue(blocks.contains { if case .list(true, _, _, _) = $0 { true } else { false } }, name)
            }
            for case .table(let table) in blocks {
                tables += 1
                if file.lastPathComponent == "situation.md", table.hasHeader {
                    // The figures table: figure, value, source, status.
                    XCTAssertEqual(table.columns.count, 4, name)
                    XCTAssertEqual(table.rows.count, 8, name)
                } else if file.lastPathComponent == "situation.md" {
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
        XCTAssertEqual(tables, 10, "figures, SWOT, themes, decision calendar and monitoring tables in both languages")
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

    /// The constructs of the CommonMark block parser: definitions, references, character
    /// references, code and lazy lines, each in bulk.
    func testPathological_referencesEntitiesCodeAndLazyLines() {
        let definitions = (0..<20_000).map { "[d\($0)]: /u\($0) \"t\"" }.joined(separator: "\n")
            + "\n\n" + (0..<20_000).map { "[x][d\($0)]" }.joined(separator: " ")
        let linked = timed("20,000 definitions and references") { MarkdownParser.parse(definitions) }
        XCTAssertEqual(linked.count, 1)
        let references = String(repeating: "[a]", count: 60_000) + "\n\n[a]: /a"
        _ = timed("60,000 shortcut references") { MarkdownParser.parse(references) }
        let unclosed = String(repeating: "[a][", count: 50_000) + "\n\n[a]: /a"
        _ = timed("50,000 [a][ without a closing bracket") { MarkdownParser.parse(unclosed) }
        let longLabels = String(repeating: "[" + String(repeating: "x", count: 998) + "]", count: 200) + "\n\n[x]: /x"
        _ = timed("200 labels of 998 bytes") { MarkdownParser.parse(longLabels) }
        let badTitle = "[a]: /x \"" + String(repeating: "never closed ", count: 20_000)
        _ = timed("a definition whose title never closes") { MarkdownParser.parse(badTitle) }
        let entities = String(repeating: "&mdash;&#1050;&nosuch;&#x;&", count: 30_000)
        _ = timed("150,000 character references") { MarkdownParser.parse(entities) }
        let code = String(repeating: "    code\n\n", count: 50_000) + String(repeating: "```\n", count: 50_000)
        _ = timed("50,000 indented code lines and fences") { MarkdownParser.parse(code) }
        let lazy = "> " + String(repeating: "lazy line\n", count: 100_000)
        let quoted = timed("100,000 lazy lines in a quote") { MarkdownParser.parse(lazy) }
        XCTAssertEqual(quoted.count, 1)
        let loose = String(repeating: "- a\n\n", count: 50_000)
        _ = timed("50,000 items of a loose list") { MarkdownParser.parse(loose) }
        let siblings = (0..<50_000).map { "\(String(repeating: " ", count: $0 % 3))\($0 + 1). item" }.joined(separator: "\n")
        let list = timed("50,000 items indented 0–2 spaces") { MarkdownParser.parse(siblings) }
        guard case .list(_, let items, _, _)? = list.first else { return XCTFail("expected one list") }
        XCTAssertEqual(items.count, 50_000)
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
