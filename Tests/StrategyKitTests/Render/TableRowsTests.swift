import Synchronization
@testable import StrategyKit
import XCTest

final class TableRowsTests: XCTestCase {
    private static func row(_ index: Int) -> Table.Row {
        Table.Row([Inline.plain("A-\(index)"), Inline.plain(String(repeating: "x", count: index))],
                  isTotal: index == 4)
    }

    func testMadeRows_equalAndHashLikeTheSameRowsStored() {
        let made = TableRows(count: 5) { Self.row($0) }
        let stored = TableRows((0..<5).map(Self.row))
        XCTAssertEqual(made.count, 5)
        XCTAssertEqual(Array(made), Array(stored))
        XCTAssertEqual(made, stored)
        XCTAssertEqual(made.hashValue, stored.hashValue)
        XCTAssertEqual(made.last?.isTotal, true)
        XCTAssertNotEqual(made, TableRows(count: 4) { Self.row($0) })
        XCTAssertNotEqual(made, TableRows(count: 5) { Self.row($0 == 2 ? 3 : $0) })
    }

    func testMadeRows_areMadeWhenReadAndNotBefore() {
        let calls = Mutex(0)
        let rows = TableRows(count: 3) { index in
            calls.withLock { $0 += 1 }
            return Self.row(index)
        }
        let table = Table(columns: [.init(Inline.plain("ID")), .init(Inline.plain("Text"))], rows: rows)
        XCTAssertEqual(calls.withLock { $0 }, 0)
        _ = MarkdownWriter().text(Document(language: Language("en"), title: "T", blocks: [.table(table)]))
        XCTAssertEqual(calls.withLock { $0 }, 3, "each row made once by the Markdown writer")
        XCTAssertEqual(TableRows(count: -2) { Self.row($0) }.count, 0)
    }

    func testCells_areCanonical() {
        XCTAssertEqual(Table.Row([Inline.plain("a"), [], [.strong([.text("b")])]]),
                       Table.Row(contents: [.text("a"), .empty, .paragraphs([[.strong([.text("b")])]])]))
        XCTAssertEqual(Table.Cell(paragraphs: [[.text("")]]), .paragraphs([[.text("")]]))
        XCTAssertEqual(Table.Cell.plain(""), .empty)
        XCTAssertEqual(Table.Row(contents: [.text("x")]).cells, [[[.text("x")]]])
    }

    /// Each writer's path for a plain-text cell writes what its general path writes.
    func testPlainTextCells_renderAsTheirParagraphsWould() {
        let texts = ["Круглый стол & <отчёт> \"Q1\"", "  spaces  twice ", "a\tb\nc", "**not bold** | pipe", "\u{1}"]
        func document(_ cell: (String) -> Table.Cell) -> Document {
            let rows = texts.map { text in Table.Row(contents: [cell(text), cell(text)], isTotal: text.hasPrefix("a")) }
            return Document(language: Language("ru"), title: "T", blocks: [.table(Table(
                columns: [.init(Inline.plain("A")), .init(Inline.plain("B"), alignment: .trailing)], rows: rows))])
        }
        let fast = document { .text($0) }
        let general = document { .paragraphs([[.text($0)]]) }
        let labels = Labels(["language.tag": "ru-RU"], path: "labels.json")
        XCTAssertEqual(MarkdownWriter().text(fast), MarkdownWriter().text(general))
        XCTAssertEqual(HTMLWriter().write(fast, labels: labels), HTMLWriter().write(general, labels: labels))
        XCTAssertEqual(DOCXWriter().parts(of: fast, labels: labels), DOCXWriter().parts(of: general, labels: labels))
    }
}
