import Foundation
@testable import StrategyKit
import XCTest

/// Helpers shared by the Markdown parser suites.
class MarkdownParserTestCase: XCTestCase {
    // MARK: Helpers

    func text(_ string: String) -> Inline { .text(string) }

    func paragraph(_ inlines: Inline...) -> Block { .paragraph(inlines) }

    func plain(_ string: String) -> Block { .paragraph([.text(string)]) }

    func heading(_ level: Int, _ inlines: Inline...) -> Block {
        .heading(level: level, content: inlines, anchor: "")
    }

    /// Parses and checks the invariants every result keeps: no empty `.text`, no two `.text`
    /// side by side.
    func parse(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) -> [Block] {
        let blocks = MarkdownParser.parse(markdown)
        assertWellFormed(blocks, file: file, line: line)
        return blocks
    }

    func inline(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) -> [Inline] {
        let inlines = MarkdownParser.parseInline(markdown)
        assertWellFormed(inlines, file: file, line: line)
        return inlines
    }

    func assertWellFormed(_ blocks: [Block], file: StaticString = #filePath, line: UInt = #line) {
        for block in blocks {
            switch block {
            case .heading(_, let content, _), .paragraph(let content):
                assertWellFormed(content, file: file, line: line)
            case .list(_, let items, _, _):
                items.forEach { assertWellFormed($0, file: file, line: line) }
            case .quote(let content), .landscape(let content):
                assertWellFormed(content, file: file, line: line)
            case .table(let table):
                table.columns.forEach { assertWellFormed($0.header, file: file, line: line) }
                for row in table.rows {
                    XCTAssertEqual(row.cells.count, table.columns.count, file: file, line: line)
                    row.cells.joined().forEach { assertWellFormed($0, file: file, line: line) }
                }
            case .rule, .titlePage, .contents, .figure, .code:
                break
            }
        }
    }

    func assertWellFormed(_ inlines: [Inline], file: StaticString = #filePath, line: UInt = #line) {
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
            case .code, .lineBreak, .chart, .image:
                break
            }
            previousIsText = false
        }
    }

    /// All `.text` strings anywhere in the blocks.
    func texts(_ blocks: [Block]) -> [String] {
        var result: [String] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let string): result.append(string)
                case .strong(let content), .emphasis(let content), .link(_, let content): visit(content)
                case .code, .lineBreak, .chart, .image: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, let content, _), .paragraph(let content): visit(content)
                case .list(_, let items, _, _): items.forEach { visit($0) }
                case .quote(let content), .landscape(let content): visit(content)
                case .table(let table):
                    table.columns.forEach { visit($0.header) }
                    table.rows.forEach { $0.cells.joined().forEach { visit($0) } }
                case .rule, .titlePage, .contents, .figure, .code: break
                }
            }
        }
        visit(blocks)
        return result
    }

    /// How deep blocks and inlines nest (iteratively, so a broken result cannot overflow here).
    func nestingDepth(_ blocks: [Block]) -> Int {
        var deepest = 0
        var stack: [(Any, Int)] = blocks.map { ($0, 1) }
        while let (item, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            if let block = item as? Block {
                switch block {
                case .heading(_, let content, _), .paragraph(let content):
                    stack += content.map { ($0, depth + 1) }
                case .list(_, let items, _, _):
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
    func timed<T>(
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
}
