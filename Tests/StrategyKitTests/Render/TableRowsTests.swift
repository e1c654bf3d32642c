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
}
