import Foundation

extension DocumentBuilder {
    /// The plan as an Excel workbook for the coordinator (`exports/<lang>/plan.xlsx`): the
    /// action matrix (one row per action, its cost by year, an autofilter and frozen panes),
    /// the cost estimate (one row per cost line, amounts as numbers), the indicators (one row
    /// per target, with the baseline), and the contract's tranches and deliverables.
    ///
    /// Every total is a `SUM` formula whose cached value is the library's own sum of the same
    /// apportioned amounts, so the file shows the totals of `strategy budget` before any
    /// recalculation and after it.
    public func workbook() -> XLSXWorkbook {
        var sheets = [actionSheet(), costSheet(), indicatorSheet()]
        if strategy.contract != nil { sheets += [trancheSheet(), deliverableSheet()] }
        var workbook = XLSXWorkbook(
            sheets: sheets,
            properties: .init(title: strategy.title[language], language: labels.values["language.tag"] ?? language.code,
                              custom: [.init("edition", strategy.edition.version),
                                       .init("date", strategy.edition.date.description)]),
            currency: strategy.currency.value.code)
        workbook.notice = strategy.illustration.map(text)
        return workbook
    }

    /// The years the cost estimate covers, in order.
    private var costYears: [Int] {
        Set(ledger.entries.map { ledger.line($0).year.value }).sorted()
    }

    private func actionSheet() -> XLSXSheet {
        let years = costYears
        let currency = strategy.currency.value.code
        var header: [XLSXCell] = [
            "action.column.id", "action.column.action", "action.column.objective", "action.column.themes",
            "action.column.audiences", "action.column.channels", "plan.column.partners", "action.column.period",
            "action.column.indicators",
        ].map { .text(labels[$0], .header) }
        header += years.map { .text(labels.format("plan.column.cost-year", ["year": String($0), "currency": currency]), .header) }
        header.append(.text(labels.format("action.column.cost", ["currency": currency]), .header))
        var byActionYear: [ActionID: [Int: Decimal]] = [:]
        for entry in ledger.entries {
            let line = ledger.line(entry)
            byActionYear[line.action.value, default: [:]][line.year.value, default: 0] += entry.amount
        }
        let separator = labels["list.separator"]
        let firstYear = 10
        let totalColumn = firstYear + years.count
        var rows: [[XLSXCell]] = [header]
        rows.reserveCapacity(strategy.actions.count + 2)
        for (index, action) in strategy.actions.enumerated() {
            let line = index + 2
            var lead = names.memberShort(action.lead.value)
            if !action.partners.isEmpty {
                lead += " / " + action.partners.map { names.memberShort($0.value) }.joined(separator: ", ")
            }
            var row: [XLSXCell] = [
                .text(action.id.value.rawValue), .text(text(action.title), .wrapped),
                .text(action.objective.value.rawValue),
                .text(action.themes.map { names.themeShort($0.value) }.joined(separator: separator), .wrapped),
                .text(action.audiences.map { names.audienceShort($0.value) }.joined(separator: separator), .wrapped),
                .text(action.channels.map { names.channelShort($0.value) }.joined(separator: separator), .wrapped),
                .text(lead, .wrapped), .text(period(action.period), .wrapped),
                .text(action.indicators.map { names.indicatorShort($0.value) }.joined(separator: separator), .wrapped),
            ]
            let costs = byActionYear[action.id.value] ?? [:]
            row += years.map { .number(costs[$0] ?? 0, .money) }
            let first = CellReference(row: line, column: firstYear)
            let last = CellReference(row: line, column: totalColumn - 1)
            row.append(XLSXCell(.formula(years.isEmpty ? "0" : "SUM(\(first):\(last))",
                                         cached: self.costs.byAction[action.id.value] ?? 0), style: .moneyTotal))
            rows.append(row)
        }
        var total: [XLSXCell] = [.blank(), .text(labels["total"], .bold)]
        total += Array(repeating: .blank(), count: firstYear - 3)
        let lastRow = rows.count
        for (offset, year) in years.enumerated() {
            let column = CellReference.columnName(firstYear + offset)
            let sum = ledger.entries.reduce(Decimal(0)) { ledger.line($1).year.value == year ? $0 + $1.amount : $0 }
            total.append(XLSXCell(.formula("SUM(\(column)2:\(column)\(lastRow))", cached: sum), style: .moneyTotal))
        }
        let column = CellReference.columnName(totalColumn)
        total.append(XLSXCell(.formula("SUM(\(column)2:\(column)\(lastRow))", cached: ledger.total), style: .moneyTotal))
        rows.append(total)
        return XLSXSheet(
            name: labels["plan.sheet.actions"],
            widths: [8, 45, 9, 22, 22, 22, 18, 16, 22] + years.map { _ in 16 } + [18],
            rows: rows, frozenRows: 1, frozenColumns: 2, hasAutoFilter: true, isLandscape: true)
    }

    private func costSheet() -> XLSXSheet {
        let currency = strategy.currency.value.code
        let keys = ["id", "action", "item", "unit", "quantity", "unit-cost", "currency", "amount", "year",
                    "member", "source"]
        var header: [XLSXCell] = keys.map { .text(labels["plan.cost.column.\($0)"], .header) }
        header.append(.text(labels.format("plan.cost.column.converted", ["currency": currency]), .header))
        var rows: [[XLSXCell]] = [header]
        rows.reserveCapacity(ledger.entries.count + 2)
        for entry in ledger.entries {
            let line = ledger.line(entry)
            rows.append([
                .text(line.id.value.rawValue), .text(line.action.value.rawValue), .text(text(line.item), .wrapped),
                .text(text(line.unit)), .number(line.quantity.value), .number(line.unitCost.value),
                .text(line.currency.value.code), .number(line.quantity.value * line.unitCost.value),
                .number(Decimal(line.year.value)), .text(names.memberShort(line.member.value)),
                .text(line.source.value.rawValue), .number(entry.amount, .money),
            ])
        }
        let lastRow = rows.count
        var total: [XLSXCell] = [.blank(), .blank(), .text(labels["total"], .bold)]
        total += Array(repeating: .blank(), count: keys.count - 3)
        total.append(XLSXCell(.formula("SUM(L2:L\(lastRow))", cached: ledger.total), style: .moneyTotal))
        rows.append(total)
        return XLSXSheet(
            name: labels["plan.sheet.costs"], widths: [10, 9, 40, 12, 10, 12, 8, 14, 7, 12, 12, 18],
            rows: rows, frozenRows: 1, hasAutoFilter: true, isLandscape: true)
    }

    private func indicatorSheet() -> XLSXSheet {
        let keys = ["plan.indicator.column.id", "indicator.column.name", "indicator.column.unit",
                    "indicator.column.baseline", "plan.indicator.column.baseline-date",
                    "plan.indicator.column.target", "plan.indicator.column.target-date",
                    "indicator.column.verification"]
        var rows: [[XLSXCell]] = [keys.map { .text(labels[$0], .header) }]
        for indicator in strategy.indicators {
            let baseline: [XLSXCell] = indicator.baseline.map {
                [.number($0.value.value), .text(labels.planDate($0.date.value))]
            } ?? [.blank(), .blank()]
            let targets: [Indicator.Point?] = indicator.targets.isEmpty ? [nil] : indicator.targets
            for target in targets {
                rows.append([.text(indicator.id.value.rawValue), .text(text(indicator.name), .wrapped),
                             .text(text(indicator.unit), .wrapped)] + baseline
                    + (target.map { [.number($0.value.value), .text(labels.planDate($0.date.value))] }
                        ?? [.blank(), .blank()])
                    + [.text(text(indicator.verification), .wrapped)])
            }
        }
        return XLSXSheet(name: labels["plan.sheet.indicators"], widths: [14, 45, 16, 12, 16, 12, 16, 45],
                         rows: rows, frozenRows: 1, hasAutoFilter: true)
    }

    private func trancheSheet() -> XLSXSheet {
        guard let contract = strategy.contract else { return XLSXSheet(name: labels["plan.sheet.tranches"]) }
        let amounts = contract.trancheAmounts
        let currency = contract.total.value.currency.code
        // The workbook's money format shows the strategy's currency: another one is a plain number.
        let money: XLSXStyle = currency == strategy.currency.value.code ? .money : .number
        let total: XLSXStyle = money == .money ? .moneyTotal : .bold
        var rows: [[XLSXCell]] = [[
            .text(labels["tranche.column.name"], .header), .text(labels["tranche.column.share"], .header),
            .text(labels["tranche.column.amount"] + ", " + currency, .header),
            .text(labels["tranche.column.deliverables"], .header),
        ]]
        for tranche in contract.tranches {
            let products = contract.deliverables.filter { $0.tranche.value == tranche.id.value }
                .map { String($0.number) }.joined(separator: ", ")
            rows.append([.text(text(tranche.name), .wrapped), .number(tranche.share.value),
                         .number(amounts[tranche.id.value]?.amount ?? 0, money), .text(products)])
        }
        let lastRow = rows.count
        let sum = contract.tranches.reduce(Decimal(0)) { $0 + (amounts[$1.id.value]?.amount ?? 0) }
        rows.append([.text(labels["total"], .bold),
                     XLSXCell(.formula("SUM(B2:B\(lastRow))",
                                       cached: contract.tranches.reduce(Decimal(0)) { $0 + $1.share.value })),
                     XLSXCell(.formula("SUM(C2:C\(lastRow))", cached: sum), style: total), .blank()])
        return XLSXSheet(name: labels["plan.sheet.tranches"], widths: [40, 10, 20, 20], rows: rows,
                         frozenRows: 1)
    }

    private func deliverableSheet() -> XLSXSheet {
        guard let contract = strategy.contract else { return XLSXSheet(name: labels["plan.sheet.deliverables"]) }
        let trancheNames = Dictionary(contract.tranches.map { ($0.id.value, $0.name) },
                                      uniquingKeysWith: { first, _ in first })
        var rows: [[XLSXCell]] = [[
            .text(labels["deliverable.column.number"], .header), .text(labels["deliverable.column.title"], .header),
            .text(labels["deliverable.column.due"], .header), .text(labels["deliverable.column.tranche"], .header),
        ]]
        for deliverable in contract.deliverables {
            rows.append([.number(Decimal(deliverable.number)), .text(text(deliverable.title), .wrapped),
                         .text(deliverable.due.value.description),
                         .text(trancheNames[deliverable.tranche.value].map(text) ?? "", .wrapped)])
        }
        return XLSXSheet(name: labels["plan.sheet.deliverables"], widths: [6, 60, 12, 30], rows: rows,
                         frozenRows: 1)
    }
}
