import Foundation

extension MarkdownBlocks {
    var budgetSummary: String {
        let home = strategy.currency.value
        let total = strategy.budgetTotal
        let amountHeader = labels.format("budget.column.amount", ["currency": home.code])
        func share(_ amount: Decimal) -> String {
            guard total > 0 else { return labels["none"] }
            return labels.number(amount * 100 / total, scale: 1) + " %"
        }
        func money(_ amount: Decimal) -> String { labels.money(Money(amount, home)) }

        var byYear = MarkdownTable(
            [labels["budget.column.year"], amountHeader, labels["budget.column.share"]],
            rightAligned: [1, 2])
        for (year, amount) in strategy.budget(by: { $0.year.value }) {
            byYear.add([String(year), money(amount), share(amount)])
        }
        byYear.add(["**\(labels["total"])**", "**\(money(total))**", share(total)])

        var byMember = MarkdownTable(
            [labels["budget.column.member"], amountHeader, labels["budget.column.share"]],
            rightAligned: [1, 2])
        let order = Dictionary(
            strategy.members.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let members = strategy.budget { order[$0.member.value] ?? Int.max }
        for (position, amount) in members {
            let name = position < strategy.members.count
                ? cell(strategy.members[position].name[language]) : labels["none"]
            byMember.add([name, money(amount), share(amount)])
        }
        byMember.add(["**\(labels["total"])**", "**\(money(total))**", share(total)])

        var parts = ["### \(labels["budget.byYear"])", byYear.text,
                     "### \(labels["budget.byMember"])", byMember.text]
        let rates = strategy.foreignCurrencies.compactMap { strategy.exchangeRate(for: $0) }
        if !rates.isEmpty {
            let lines = rates.map { rate in
                "- " + labels.format("budget.rate", [
                    "currency": rate.currency.value.code, "home": home.code,
                    "rate": labels.number(rate.rate.value), "date": labels.date(rate.date.value),
                    "source": rate.source.map { text($0) } ?? labels["none"],
                ])
            }
            parts.append(labels.format("budget.rates", ["currency": home.code]) + "\n\n"
                + lines.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    var contract: String {
        guard let contract = strategy.contract else { return "" }
        let amounts = contract.trancheAmounts
        var facts = [
            "- **\(labels["contract.period"]):** " + labels.period(contract.period),
            "- **\(labels["contract.total"]):** " + labels.money(contract.total.value) + " "
                + contract.total.value.currency.code,
            "- **\(labels["contract.days"]):** " + labels.number(contract.days.value),
            "- **\(labels["contract.approver"]):** " + text(contract.approver),
        ]
        facts.append("- **\(labels["contract.contact"]):** " + text(contract.contactName) + ", "
            + text(contract.contactRole))

        var tasks = MarkdownTable([
            labels["task.column.number"], labels["task.column.title"], labels["task.column.days"],
            labels["task.column.period"],
        ], rightAligned: [2])
        for task in contract.tasks {
            tasks.add([String(task.number), cell(task.title[language]),
                       labels.number(task.days.value), cell(task.periodLabel[language])])
        }
        tasks.add(["", "**\(labels["total"])**", "**\(labels.number(contract.taskDays))**", ""])

        var deliverables = MarkdownTable([
            labels["deliverable.column.number"], labels["deliverable.column.title"],
            labels["deliverable.column.due"], labels["deliverable.column.tranche"],
        ])
        let trancheNames = Dictionary(
            contract.tranches.map { ($0.id.value, $0.name) }, uniquingKeysWith: { a, _ in a })
        for deliverable in contract.deliverables {
            deliverables.add([
                String(deliverable.number), cell(deliverable.title[language]),
                labels.date(deliverable.due.value),
                trancheNames[deliverable.tranche.value].map { cell($0[language]) } ?? labels["none"],
            ])
        }

        var tranches = MarkdownTable([
            labels["tranche.column.name"], labels["tranche.column.share"],
            labels["tranche.column.amount"], labels["tranche.column.deliverables"],
        ], rightAligned: [1, 2])
        for tranche in contract.tranches {
            let products = contract.deliverables.filter { $0.tranche.value == tranche.id.value }
                .map { String($0.number) }.joined(separator: ", ")
            var amount = amounts[tranche.id.value].map { labels.money($0) } ?? labels["none"]
            if tranche.id.value == contract.remainderTranche.value {
                amount += " (" + labels["tranche.remainder"] + ")"
            }
            tranches.add([cell(tranche.name[language]), labels.number(tranche.share.value) + " %",
                          amount, products])
        }
        return [
            facts.joined(separator: "\n"),
            "### \(labels["contract.tasks"])", tasks.text,
            "### \(labels["contract.deliverables"])", deliverables.text,
            "### \(labels["contract.tranches"])", tranches.text,
        ].joined(separator: "\n\n")
    }
}
