import Foundation

extension BudgetReport {
    /// The share of `amount` in the total, one decimal, or the "none" label.
    func share(_ amount: Decimal, labels: Labels) -> String {
        guard total > 0 else { return labels["none"] }
        return labels.number(amount * 100 / total, scale: 1) + " %"
    }

    /// The report as a document: a heading, the table with its total row, and notes.
    public func document(labels: Labels) -> Document {
        let amountHeader = labels.format("budget.column.amount", ["currency": currency.code])
        var rows = rows.map { row in
            Table.Row([Inline.plain(row.label), Inline.plain(labels.money(Money(row.amount, currency))),
                       Inline.plain(share(row.amount, labels: labels))])
        }
        rows.append(Table.Row(
            [Inline.plain(labels["total"]), Inline.plain(labels.money(Money(total, currency))),
             Inline.plain(share(total, labels: labels))], isTotal: true))
        var blocks: [Block] = [
            .heading(level: 1, content: Inline.plain(labels["budget.title.\(grouping.rawValue)"] + ", " + currency.code),
                     anchor: "budget"),
            .table(Table(columns: [
                .init(Inline.plain(labels["budget.column.\(grouping.rawValue)"]), width: 6),
                .init(Inline.plain(amountHeader), width: 3, alignment: .trailing),
                .init(Inline.plain(labels["budget.column.share"]), width: 2, alignment: .trailing),
            ], rows: rows)),
        ]
        let notes = notes(labels: labels)
        blocks.append(.list(ordered: false, items: notes.map { [.paragraph(Inline.plain($0))] }))
        return Document(language: language, title: labels["budget.title.\(grouping.rawValue)"], blocks: blocks)
    }

    /// The notes under the table: the channel caveat, the rounding rule and each rate used.
    func notes(labels: Labels) -> [String] {
        var notes: [String] = []
        if grouping == .channel { notes.append(labels["budget.channel-note"]) }
        notes.append(labels["budget.rounding-note"])
        notes += ratesUsed.map { rate in
            labels.format("budget.rate", [
                "currency": rate.currency.value.code, "home": home.code,
                "rate": labels.number(rate.rate.value), "date": labels.date(rate.date.value),
                "source": rate.source?[language] ?? labels["none"],
            ])
        }
        return notes
    }

    /// The report as CSV for spreadsheets: UTF-8 with BOM, CRLF, amounts as plain decimals.
    public func csv(labels: Labels) -> String {
        let scale = currency.minorUnits
        var lines = [[labels["budget.column.\(grouping.rawValue)"], "key", labels["budget.column.currency"],
                      "amount"].map { CSVEscaping.cell($0) }]
        for row in rows {
            lines.append([CSVEscaping.cell(row.label), CSVEscaping.cell(row.key), currency.code,
                          CSVEscaping.number(row.amount.plainText(scale: scale))])
        }
        lines.append([CSVEscaping.cell(labels["total"]), "", currency.code,
                      CSVEscaping.number(total.plainText(scale: scale))])
        return CSVEscaping.file(lines)
    }

    /// The report as aligned plain text for a terminal.
    public func text(labels: Labels) -> String {
        let amountHeader = labels.format("budget.column.amount", ["currency": currency.code])
        var table = [[labels["budget.column.\(grouping.rawValue)"], amountHeader, labels["budget.column.share"]]]
        table += rows.map { [$0.label, labels.money(Money($0.amount, currency)), share($0.amount, labels: labels)] }
        table.append([labels["total"], labels.money(Money(total, currency)), share(total, labels: labels)])
        let widths = (0..<3).map { column in table.map { $0[column].count }.max() ?? 0 }
        let labelWidth = min(widths[0], 60)
        func pad(_ text: String, _ width: Int, right: Bool) -> String {
            let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : text
            let space = String(repeating: " ", count: max(0, width - cut.count))
            return right ? space + cut : cut + space
        }
        var lines = [labels["budget.title.\(grouping.rawValue)"] + ", " + currency.code, ""]
        for (index, row) in table.enumerated() {
            if index == table.count - 1 {
                lines.append(String(repeating: "-", count: labelWidth + widths[1] + widths[2] + 4))
            }
            lines.append(pad(row[0], labelWidth, right: false) + "  " + pad(row[1], widths[1], right: true)
                + "  " + pad(row[2], widths[2], right: true))
        }
        lines.append("")
        if grouping == .channel { lines.append(labels["budget.channel-note"]) }
        lines.append(labels["budget.rounding-note"])
        for rate in ratesUsed {
            lines.append(labels.format("budget.rate", [
                "currency": rate.currency.value.code, "home": home.code,
                "rate": labels.number(rate.rate.value), "date": labels.date(rate.date.value),
                "source": rate.source?[language] ?? labels["none"],
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
