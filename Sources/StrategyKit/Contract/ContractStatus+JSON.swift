import Foundation

extension ContractStatus {
    /// The status for scripts: ids, ISO dates, plain decimal amounts; keys in a fixed order.
    public var json: String {
        func string(_ text: String) -> String { JSONText.quoted(text) }
        func date(_ date: CalendarDate?) -> String { date.map { string($0.description) } ?? "null" }
        let scale = contract.total.value.currency.minorUnits
        func money(_ amount: Decimal) -> String { string(amount.plainText(scale: scale)) }
        var lines = ["{"]
        lines.append("  \"asOf\": \(date(asOf)),")
        lines.append("  \"currency\": \(string(contract.total.value.currency.code)),")
        lines.append("  \"total\": \(money(contract.total.value.amount)),")
        lines.append("  \"products\": [")
        lines += products.enumerated().map { index, line in
            let product = line.product
            let fields = [
                "\"id\": \(string(line.deliverable.id.value.rawValue))",
                "\"tranche\": \(string(line.deliverable.tranche.value.rawValue))",
                "\"due\": \(date(line.deliverable.due.value))",
                "\"state\": \(string(product.state.rawValue))",
                "\"submitted\": \(date(product.submissions.last?.date))",
                "\"version\": \(product.submissions.last?.version.map(string) ?? "null")",
                "\"submissions\": \(product.submissions.count)",
                "\"returned\": \(date(product.returns.last?.date))",
                "\"accepted\": \(date(product.acceptance?.date))",
                "\"overdue\": \(line.isOverdue)",
            ]
            return "    {" + fields.joined(separator: ", ") + "}" + (index + 1 < products.count ? "," : "")
        }
        lines.append("  ],")
        lines.append("  \"tranches\": [")
        lines += tranches.enumerated().map { index, line in
            let state = line.payment != nil ? "paid" : line.isPayable ? "payable" : "blocked"
            let fields = [
                "\"id\": \(string(line.tranche.id.value.rawValue))",
                "\"share\": \(string("\(line.tranche.share.value)"))",
                "\"amount\": \(money(line.amount.amount))",
                "\"remainder\": \(line.isRemainder)",
                "\"state\": \(string(state))",
                "\"paid\": \(date(line.payment?.date))",
                "\"paidAmount\": \(line.payment?.amount.map(money) ?? "null")",
                "\"blockedBy\": [" + line.blockers.map { string($0.deliverable.id.value.rawValue) }.joined(separator: ", ") + "]",
            ]
            return "    {" + fields.joined(separator: ", ") + "}" + (index + 1 < tranches.count ? "," : "")
        }
        lines.append("  ],")
        lines.append("  \"days\": {\"worked\": \(string("\(daysWorked)")), \"planned\": \(string("\(contract.taskDays)"))},")
        lines.append("  \"tasks\": [")
        lines += tasks.enumerated().map { index, line in
            let fields = [
                "\"id\": \(string(line.task.id.value.rawValue))",
                "\"planned\": \(string("\(line.task.days.value)"))",
                "\"worked\": \(string("\(line.worked)"))",
                "\"ends\": \(date(line.task.period.lastDay))",
                "\"behind\": \(line.isBehind)",
            ]
            return "    {" + fields.joined(separator: ", ") + "}" + (index + 1 < tasks.count ? "," : "")
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
