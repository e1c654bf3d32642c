extension MarkdownParser.BlockParser {
    /// A GFM table from its header line, its body lines and the delimiter row's alignments:
    /// body rows are padded or cut to the header's width.
    func table(header: Line, rows: ArraySlice<Line>, alignments: [Table.Column.Alignment]) -> Table {
        let headerInlines = cells(of: header, limit: alignments.count).map(inlines(ofCell:))
        var bodyRows: [[[Inline]]] = []
        bodyRows.reserveCapacity(rows.count)
        var longest = headerInlines.map(\.plainText.count)
        for line in rows {
            let cells = cells(of: line, limit: alignments.count)
            let row = alignments.indices.map { $0 < cells.count ? inlines(ofCell: cells[$0]) : [] }
            for column in row.indices { longest[column] = max(longest[column], row[column].plainText.count) }
            bodyRows.append(row)
        }
        let columns = alignments.indices.map { column in
            Table.Column(
                headerInlines[column], width: Self.width(forLongest: longest[column]),
                alignment: alignments[column])
        }
        return Table(
            columns: columns, rows: bodyRows.map { Table.Row($0) },
            hasHeader: !headerInlines.allSatisfy(\.isEmpty))
    }

    /// A column's relative width from its longest cell text: one unit per 12 characters,
    /// clamped to 1…6, so a label column stays narrow and a prose column takes most of the page.
    static func width(forLongest characters: Int) -> Int {
        min(6, max(1, (characters + 11) / 12))
    }

    /// The alignments of a delimiter row (`| :--- | :---: | ---: |`), if `line` is one: it has a
    /// `|`, and every cell is dashes with optional colons at either end.
    func delimiterRow(_ line: Line) -> [Table.Column.Alignment]? {
        let content = trimmed(line)
        guard content.start < content.end, indentation(of: line) <= 3 else { return nil }
        let first = bytes[content.start]
        guard first == Byte.pipe || first == Byte.minus || first == Byte.colon,
              bytes[content.start..<content.end].contains(Byte.pipe) else { return nil }
        var alignments: [Table.Column.Alignment] = []
        let cells = cells(of: line, limit: Self.maximumColumns + 1)
        guard cells.count <= Self.maximumColumns else { return nil }
        for cell in cells {
            let start = cell.firstIndex { !Byte.isBlank($0) } ?? cell.count
            let end = (cell.lastIndex { !Byte.isBlank($0) } ?? -1) + 1
            let text = cell[start..<max(start, end)]
            let leading = text.first == Byte.colon
            let trailing = text.count > 1 && text.last == Byte.colon
            let dashes = text.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == Byte.minus }) else { return nil }
            switch (leading, trailing) {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.trailing)
            default: alignments.append(.leading)
            }
        }
        return alignments
    }

    /// The most columns a table has: a page shows no more, and a longer delimiter row is text,
    /// so a one-line "table" of a megabyte does not become hundreds of thousands of columns in
    /// every writer.
    static let maximumColumns = 64

    /// The first `limit` cells of a table row as bytes, split at unescaped `|` (the rest of
    /// the row is ignored, as GFM ignores excess cells); one leading and one trailing `|` are
    /// optional. `\|` becomes `|` before inline parsing, so it is a pipe inside code spans too
    /// (as GFM has it); other escapes are left to the inline parser.
    func cells(of line: Line, limit: Int) -> [[UInt8]] {
        var row = trimmed(line)
        guard row.start < row.end else { return [] }
        if bytes[row.start] == Byte.pipe { row.start += 1 }
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var index = row.start
        var endsWithPipe = false
        while index < row.end {
            let byte = bytes[index]
            endsWithPipe = false
            if byte == Byte.backslash, index + 1 < row.end {
                if bytes[index + 1] != Byte.pipe { cell.append(byte) }
                cell.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == Byte.pipe {
                cells.append(cell)
                if cells.count >= limit { return cells }
                cell.removeAll(keepingCapacity: true)
                endsWithPipe = true
            } else {
                cell.append(byte)
            }
            index += 1
        }
        if !endsWithPipe || cells.isEmpty { cells.append(cell) }
        return cells
    }

    /// The inlines of a cell, without its surrounding spaces.
    func inlines(ofCell cell: [UInt8]) -> [Inline] {
        var start = 0
        var end = cell.count
        while start < end, Byte.isBlank(cell[start]) { start += 1 }
        while end > start, Byte.isBlank(cell[end - 1]) { end -= 1 }
        var parser = MarkdownParser.InlineParser(Array(cell[start..<end]), definitions: definitions)
        return parser.parse()
    }
}
