import Foundation

extension BudgetReport {
    /// The report as an Excel workbook: one row per group with its amount as a number in the
    /// currency's format and its share as a formula, the total as a `SUM` whose cached value is
    /// exactly ``total``, and the notes (rounding, rates) below.
    public func workbook(labels: Labels) -> XLSXWorkbook {
        let title = labels["budget.title.\(grouping.rawValue)"] + ", " + currency.code
        var rows: [[XLSXCell]] = [[
            .text(labels["budget.column.\(grouping.rawValue)"], .header), .text("key", .header),
            .text(labels.format("budget.column.amount", ["currency": currency.code]), .header),
            .text(labels["budget.column.share"], .header),
        ]]
        let totalRow = self.rows.count + 2
        for (index, row) in self.rows.enumerated() {
            let line = index + 2
            rows.append([.text(row.label, .wrapped), .text(row.key), .number(row.amount, .money),
                         XLSXCell(.formula("IF($C$\(totalRow)=0,0,C\(line)/$C$\(totalRow))",
                                           cached: total == 0 ? 0 : row.amount / total as Decimal), style: .percent)])
        }
        rows.append([.text(labels["total"], .bold), .blank(),
                     XLSXCell(.formula("SUM(C2:C\(totalRow - 1))", cached: total), style: .moneyTotal),
                     XLSXCell(.formula("IF($C$\(totalRow)=0,0,C\(totalRow)/$C$\(totalRow))",
                                       cached: total == 0 ? 0 : 1), style: .percent)])
        rows.append([])
        let notes = notes(labels: labels)
        rows += notes.map { [.text($0)] }
        return XLSXWorkbook(
            sheets: [XLSXSheet(name: labels["budget.title.\(grouping.rawValue)"], widths: [50, 18, 20, 10],
                               rows: rows, frozenRows: 1)],
            properties: .init(title: title, language: labels.values["language.tag"] ?? language.code),
            currency: currency.code)
    }
}
