/// The body rows of a ``Table``: held in an array, or made one at a time as a writer reaches
/// them.
///
/// The action matrix, the calendar plan, the theme table and the member annexes have a row per
/// action: at 20,000 actions, holding them all (a few arrays and strings per cell, five tables,
/// two languages side by side) cost hundreds of megabytes and much of the render's time in
/// allocating and freeing them. Made rows live only while a writer writes them. A row is made
/// again each time it is read, from the same strategy, so it is the same row every time.
public struct TableRows: RandomAccessCollection, Hashable, Sendable {
    private enum Storage {
        case stored([Table.Row])
        case made(count: Int, row: @Sendable (Int) -> Table.Row)
    }

    private let storage: Storage

    /// Rows held in an array.
    public init(_ rows: [Table.Row]) {
        storage = .stored(rows)
    }

    /// `count` rows, row `index` made by `row(index)` whenever it is read; `row` must return
    /// the same row for the same index every time.
    public init(count: Int, row: @escaping @Sendable (Int) -> Table.Row) {
        storage = .made(count: Swift.max(0, count), row: row)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .stored(let rows): rows.count
        case .made(let count, _): count
        }
    }

    public subscript(position: Int) -> Table.Row {
        switch storage {
        case .stored(let rows):
            return rows[position]
        case .made(let count, let row):
            precondition(position >= 0 && position < count, "TableRows: index out of range")
            return row(position)
        }
    }

    public static func == (lhs: TableRows, rhs: TableRows) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}
