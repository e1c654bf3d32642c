import Foundation

extension DocumentBuilder {
    /// The stakeholders: a table (position, influence, interest, relationship, themes,
    /// audiences) and a position × influence map, drawn as SVG in HTML and as a table of the
    /// same grid elsewhere; nothing when the workspace maps none.
    var stakeholderMap: [Block] {
        guard !strategy.stakeholders.isEmpty else { return [] }
        let rows = strategy.stakeholders.map { stakeholder in
            Table.Row(contents: [
                .plain(text(stakeholder.name)),
                .plain(labels["stakeholder.position.\(stakeholder.position.rawValue)"]),
                .plain(labels["stakeholder.influence.\(stakeholder.influence.rawValue)"]),
                .plain(labels["stakeholder.interest.\(stakeholder.interest.rawValue)"]),
                .plain(text(stakeholder.relationship)),
                .plain(stakeholder.themes.isEmpty ? labels["none"]
                       : stakeholder.themes.map { names.themeShort($0.value) }.joined(separator: labels["list.separator"])),
                .plain(stakeholder.audiences.isEmpty ? labels["none"]
                       : stakeholder.audiences.map { names.audienceShort($0.value) }.joined(separator: labels["list.separator"])),
            ])
        }
        var table = Table(columns: [
            .init(Inline.plain(labels["stakeholder.column.name"]), width: 4),
            .init(Inline.plain(labels["stakeholder.column.position"]), width: 2),
            .init(Inline.plain(labels["stakeholder.column.influence"]), width: 2),
            .init(Inline.plain(labels["stakeholder.column.interest"]), width: 2),
            .init(Inline.plain(labels["stakeholder.column.relationship"]), width: 6),
            .init(Inline.plain(labels["stakeholder.column.themes"]), width: 3),
            .init(Inline.plain(labels["stakeholder.column.audiences"]), width: 3),
        ], rows: rows)
        // Seven columns of names and one-word ratings: on a landscape page in small type, so that
        // every column keeps its widest word whole.
        table.isDense = true
        return [
            .heading(level: 3, content: Inline.plain(labels["stakeholder.title"]), anchor: ""),
            .paragraph(Inline.plain(labels["stakeholder.intro"])),
            .landscape([.table(table)]),
            .figure(Figure(
                svg: drawsFigures ? stakeholderSVG : "", caption: labels["stakeholder.map.caption"],
                fallback: [.table(stakeholderGrid)])),
        ]
    }

    /// The names in each cell of the grid: influence from high (row 0) to low, position from
    /// supportive (column 0) to sceptical.
    private var stakeholderCells: [[[String]]] {
        let levels = Stakeholder.Level.allCases.reversed().map { $0 }
        let positions = Stakeholder.Position.allCases
        var cells = Array(repeating: Array(repeating: [String](), count: positions.count), count: levels.count)
        for stakeholder in strategy.stakeholders {
            guard let row = levels.firstIndex(of: stakeholder.influence),
                  let column = positions.firstIndex(of: stakeholder.position) else { continue }
            cells[row][column].append(text(stakeholder.name))
        }
        return cells
    }

    /// The map as a table, for formats without SVG.
    private var stakeholderGrid: Table {
        let levels = Stakeholder.Level.allCases.reversed().map { $0 }
        var columns = [Table.Column(Inline.plain(labels["stakeholder.column.influence"]), width: 2)]
        columns += Stakeholder.Position.allCases.map {
            Table.Column(Inline.plain(labels["stakeholder.position.\($0.rawValue)"]), width: 4)
        }
        let cells = stakeholderCells
        let rows = levels.enumerated().map { index, level in
            Table.Row(contents: [.plain(labels["stakeholder.influence.\(level.rawValue)"])] + cells[index].map {
                .plain($0.isEmpty ? labels["none"] : $0.joined(separator: labels["list.separator"]))
            })
        }
        return Table(columns: columns, rows: rows)
    }

    /// The map as SVG: a 3 × 3 grid with the stakeholders' names in their cells. Every text is
    /// escaped here; the figure's caption is its text alternative.
    private var stakeholderSVG: String {
        let cellWidth = 220, cellHeight = 120, left = 90, top = 30, lineHeight = 14
        let levels = Stakeholder.Level.allCases.reversed().map { $0 }
        let positions = Stakeholder.Position.allCases
        let width = left + cellWidth * positions.count + 10
        let height = top + cellHeight * levels.count + 40
        let fills = ["#e3f1e6", "#f2f2f2", "#fbe9e7"]
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">"
        svg += "<title>\(XMLEscaping.text(labels["stakeholder.map.caption"]))</title>"
        for (column, position) in positions.enumerated() {
            let x = left + column * cellWidth + cellWidth / 2
            svg += "<text x=\"\(x)\" y=\"\(top - 10)\" text-anchor=\"middle\" font-weight=\"bold\">"
                + XMLEscaping.text(labels["stakeholder.position.\(position.rawValue)"]) + "</text>"
        }
        let cells = stakeholderCells
        for (row, level) in levels.enumerated() {
            let y = top + row * cellHeight
            svg += "<text x=\"\(left - 8)\" y=\"\(y + cellHeight / 2)\" text-anchor=\"end\" font-weight=\"bold\">"
                + XMLEscaping.text(labels["stakeholder.influence.\(level.rawValue)"]) + "</text>"
            for column in positions.indices {
                let x = left + column * cellWidth
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cellWidth)\" height=\"\(cellHeight)\" "
                    + "fill=\"\(fills[column])\" stroke=\"#999\"/>"
                for (index, name) in cells[row][column].prefix(cellHeight / lineHeight - 1).enumerated() {
                    let shown = name.count > 33 ? String(name.prefix(32)) + "…" : name
                    svg += "<text x=\"\(x + 6)\" y=\"\(y + 16 + index * lineHeight)\">\(XMLEscaping.text(shown))</text>"
                }
            }
        }
        svg += "<text x=\"\(left)\" y=\"\(height - 12)\">" + XMLEscaping.text(labels["stakeholder.map.axes"]) + "</text>"
        return svg + "</svg>"
    }
}
