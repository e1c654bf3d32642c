import Foundation

extension ContractStatus {
    /// The status in plain words in one language, for a terminal: the products, what each
    /// tranche waits for, the days worked per task, and what is overdue.
    public func text(language: Language, labels: Labels) -> String {
        let words = ContractWords(language: language, labels: labels, year: contract.period.firstDay.year)
        let currency = contract.total.value.currency.code
        var lines: [String] = [
            labels.format("status.title", ["date": labels.date(asOf)]),
            contract.title[language],
            labels.format("status.summary", [
                "period": labels.period(contract.period), "total": labels.money(contract.total.value),
                // An assumed total says so wherever it is shown (seed 000 gives no amount).
                "currency": currency + (contract.totalIsAssumption ? " " + labels["contract.total.assumed.short"] : ""),
                "days": labels.number(contract.days.value),
            ]),
            "",
            labels["status.products"],
        ]
        let idWidth = products.map { $0.deliverable.id.value.rawValue.count }.max() ?? 2
        let titleWidth = min(44, products.map { words.shortTitle($0.deliverable).count }.max() ?? 0)
        let dueTexts = products.map { labels.format("status.due", ["date": words.shortDate($0.deliverable.due.value)]) }
        let dueWidth = dueTexts.map(\.count).max() ?? 0
        for (line, due) in zip(products, dueTexts) {
            lines.append("  " + [
                pad(line.deliverable.id.value.rawValue, idWidth), pad(words.shortTitle(line.deliverable), titleWidth),
                pad(due, dueWidth), words.state(line.product),
            ].joined(separator: "  "))
        }
        lines += ["", labels["status.tranches"]]
        for tranche in tranches {
            lines.append("  " + words.trancheSentence(tranche, currency: currency))
        }
        lines += ["", labels.format("status.days", [
            "worked": labels.number(daysWorked), "planned": labels.number(contract.taskDays),
        ])]
        let taskIDWidth = tasks.map { $0.task.id.value.rawValue.count }.max() ?? 2
        let dayTexts = tasks.map { words.taskDays($0) }
        let dayWidth = dayTexts.map(\.count).max() ?? 0
        for (task, days) in zip(tasks, dayTexts) {
            lines.append("  " + [
                pad(task.task.id.value.rawValue, taskIDWidth), pad(days, dayWidth),
                ContractWords.cut(task.task.title[language], 64),
            ].joined(separator: "  "))
        }
        lines.append("")
        let overdue = overdueProducts.map { words.overdue($0) } + tasksBehind.map { words.behind($0) }
        if overdue.isEmpty {
            lines.append(labels.format("status.overdue.none", ["date": labels.date(asOf)]))
        } else {
            lines.append(labels.format("status.overdue", ["date": labels.date(asOf)]))
            lines += overdue.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let cut = ContractWords.cut(text, width)
        return cut + String(repeating: " ", count: max(0, width - cut.count))
    }
}

/// The contract's states and sentences in one language, shared by `contract status` and the
/// rendered paperwork.
struct ContractWords {
    let language: Language
    let labels: Labels
    /// The contract's year: dates in it are written short ("5 Dec").
    let year: Int

    /// `text` cut to `width` characters with an ellipsis.
    static func cut(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }

    /// "5 Dec" in the contract's year, else the full date.
    func shortDate(_ date: CalendarDate) -> String {
        guard date.year == year else { return labels.date(date) }
        let months = labels["months.short"].split(separator: " ").map(String.init)
        let month = months.count == 12 ? months[date.month - 1] : String(date.month)
        return labels.format("date.short", ["d": String(date.day), "month": month])
    }

    /// "20.10.2023" (a form's date column).
    func compactDate(_ date: CalendarDate) -> String {
        let months = labels["months.short"].split(separator: " ").map(String.init)
        return labels.format("date.compact", [
            "dd": CalendarDate.pad(date.day, 2), "mm": CalendarDate.pad(date.month, 2), "yyyy": String(date.year),
            "d": String(date.day), "month": months.count == 12 ? months[date.month - 1] : String(date.month),
        ])
    }

    /// The deliverable's few words.
    func shortTitle(_ deliverable: Deliverable) -> String {
        if let short = deliverable.shortTitle, short.has(language) { return short[language] }
        return deliverable.title[language]
    }

    /// "D4 revised strategy".
    func named(_ deliverable: Deliverable) -> String {
        "\(deliverable.id.value) \(shortTitle(deliverable))"
    }

    /// "submitted 5 Dec (v2), not accepted".
    func state(_ product: ContractLedger.Product) -> String {
        switch product.state {
        case .planned:
            return labels["status.state.planned"]
        case .submitted:
            guard let last = product.submissions.last else { return labels["status.state.planned"] }
            let key = product.submissions.count > 1 ? "status.state.resubmitted" : "status.state.submitted"
            return labels.format(key, ["date": submitted(last)])
        case .returned:
            guard let last = product.returns.last else { return labels["status.state.planned"] }
            return labels.format("status.state.returned", ["date": shortDate(last.date), "reason": last.note])
        case .accepted:
            return labels.format("status.state.accepted", ["date": shortDate(product.acceptance?.date ?? .epoch)])
        }
    }

    /// "5 Dec (v2)".
    func submitted(_ act: ContractAct) -> String {
        shortDate(act.date) + (act.version.map { " (\($0))" } ?? "")
    }

    /// "Tranche 2 (70 %, 273 000,00 KGS)".
    func trancheName(_ line: ContractStatus.TrancheLine, currency: String) -> String {
        labels.format("status.tranche", [
            "n": String(line.number), "name": line.tranche.name[language],
            "share": labels.number(line.tranche.share.value), "amount": labels.money(line.amount),
            "currency": currency,
        ])
    }

    /// What a tranche waits for, or that it is payable or paid, in one sentence.
    func trancheSentence(_ line: ContractStatus.TrancheLine, currency: String) -> String {
        let name = trancheName(line, currency: currency)
        if let payment = line.payment {
            var text = labels.format("status.tranche.paid", [
                "tranche": name, "date": shortDate(payment.date),
                "amount": labels.money(Money(payment.amount ?? 0, line.amount.currency)), "currency": currency,
            ])
            if payment.amount != line.amount.amount, !payment.note.isEmpty {
                text += " " + labels.format("status.tranche.paid.reason", ["reason": payment.note])
            }
            return text
        }
        if line.blockers.isEmpty {
            return labels.format("status.tranche.payable", [
                "tranche": name,
                "products": line.products.map { $0.deliverable.id.value.rawValue }.joined(separator: ", "),
            ])
        }
        let blockers = line.blockers.map { "\(named($0.deliverable)) — \(state($0.product))" }
        return labels.format("status.tranche.blocked", [
            "tranche": name, "blockers": blockers.joined(separator: labels["list.separator"]),
        ])
    }

    /// "3 of 8", with the days beyond the contract's share.
    func taskDays(_ line: ContractStatus.TaskLine) -> String {
        var text = labels.format("status.task.days", [
            "worked": labels.number(line.worked), "planned": labels.number(line.task.days.value),
        ])
        if line.worked > line.task.days.value {
            text += " " + labels.format("status.task.over", ["days": labels.number(line.worked - line.task.days.value)])
        }
        return text
    }

    /// "D3 draft strategy — due 20 Nov, not submitted".
    func overdue(_ line: ContractStatus.ProductLine) -> String {
        labels.format("status.overdue.product", [
            "product": named(line.deliverable), "date": shortDate(line.deliverable.due.value),
            "state": state(line.product),
        ])
    }

    /// "T5 Operational report … — its period ended 31 Oct; 0 of 1 days logged".
    func behind(_ line: ContractStatus.TaskLine) -> String {
        labels.format("status.overdue.task", [
            "task": "\(line.task.id.value) \(Self.cut(line.task.title[language], 64))",
            "date": shortDate(line.task.period.lastDay),
            "worked": labels.number(line.worked), "planned": labels.number(line.task.days.value),
        ])
    }
}
