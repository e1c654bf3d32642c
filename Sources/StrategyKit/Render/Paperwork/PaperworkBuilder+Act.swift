import Foundation

/// D5, an act of services rendered (``ActOfServices``): one tranche's tasks with their days and
/// products with their acceptance, the amount in figures and words, the tax treatment, the
/// acceptance formula, the copies, the parties' particulars and signatures, approved by the
/// Chair of the Board of ИПР. Particulars not known yet (contract.json `null`) are blanks to
/// fill; a draft says it is one and claims no acceptance.
extension PaperworkBuilder {
    /// The act's tranche amount.
    var actAmount: Money {
        guard let act else { return Money(0, contract.total.value.currency) }
        return status.tranches.first { $0.tranche.id.value == act.tranche.id.value }?.amount
            ?? Money(0, contract.total.value.currency)
    }

    /// A visible blank with what goes in it: "______________ (ИНН)".
    func blank(_ what: String) -> String {
        labels.format("paperwork.fill", ["blank": labels["paperwork.blank"], "what": labels["paperwork.fill.\(what)"]])
    }

    /// A fillable text, or its blank.
    func filled(_ field: Fillable<LocalizedText>?, _ what: String) -> String {
        guard let value = field?.value, !text(value).isEmpty else { return blank(what) }
        return text(value)
    }

    /// A fillable string, or its blank.
    func filled(_ field: Fillable<String>?, _ what: String) -> String {
        guard let value = field?.value, !value.isEmpty else { return blank(what) }
        return value
    }

    /// "№ ___ (номер договора) от ___ (дата договора)".
    var contractReference: String {
        labels.format("act.contract", [
            "number": filled(contract.number, "contract.number"),
            "date": contract.signed.value.map { labels.date($0) } ?? blank("contract.date"),
        ])
    }

    /// The parties' particulars and the contract's reference, for every document.
    var partyInline: [String: String] {
        let parties = contract.parties
        return [
            "contract.reference": contractReference,
            "customer.position": text(parties?.customerPosition),
            "customer.signatory": filled(parties?.customerSignatory, "signatory"),
            "customer.basis": text(parties?.customerBasis),
            "customer.inn": filled(parties?.customerINN, "inn"),
            "consultant.name": filled(parties?.consultantName, "consultant.name"),
            "consultant.identification": filled(parties?.consultantIdentification, "identification"),
            "consultant.inn": filled(parties?.consultantINN, "inn"),
            "consultant.address": filled(parties?.consultantAddress, "address"),
            "consultant.bank": filled(parties?.consultantBank, "bank"),
            "consultant.account": filled(parties?.consultantAccount, "account"),
            "consultant.bic": filled(parties?.consultantBIC, "bic"),
        ]
    }

    /// «в 2 (двух) экземплярах»; the figure alone where the labels have no word for it.
    var copies: String {
        let count = contract.copies?.value ?? 2
        let key = "number.copies.\(count)"
        let words = labels[key]
        guard words != key else { return labels.format("act.copies.figures", ["n": String(count)]) }
        return labels.format("act.copies.count", ["n": String(count), "words": words])
    }

    var actInline: [String: String] {
        guard let act else { return [:] }
        let amount = actAmount
        let tranche = labels.format("act.tranche", [
            "name": text(act.tranche.name), "share": labels.number(act.tranche.share.value),
        ])
        return [
            "act.formula": actFormula(act, tranche: tranche),
            "act.tax": actTax,
            // The acceptance formula is the Client's word, so only an issued act states it.
            "act.conclusion": labels[act.isDraft ? "act.conclusion.draft" : "act.complete"],
            "act.number": String(act.number),
            "act.date": labels.date(act.date),
            "act.tranche": tranche,
            "act.amount": money(amount.amount),
            "act.amount.words": AmountInWords.spell(amount, in: language) ?? blank("amount.words"),
            "act.copies": copies,
        ]
    }

    /// "ПРОЕКТ" and why, on a draft; nothing on an issued act.
    var actDraftNotice: [Block] {
        guard let act, act.isDraft else { return [] }
        let waiting = status.tranches.first { $0.tranche.id.value == act.tranche.id.value }?.blockers ?? []
        return [.paragraph([.strong(Inline.plain(labels.format("act.draft", [
            "date": labels.date(act.date),
            "products": waiting.map { words.named($0.deliverable) }.joined(separator: labels["list.separator"]),
        ])))])]
    }

    /// The opening sentence: rendered and accepted on an issued act, presented on a draft.
    func actFormula(_ act: ActOfServices, tranche: String) -> String {
        labels.format(act.isDraft ? "act.formula.draft" : "act.formula", ["tranche": tranche])
    }

    /// The tasks with their ToR days and the days the journal logs by the act's date.
    var actServices: [Block] {
        guard let act else { return [] }
        let lines = status.tasks.filter { line in act.tasks.contains { $0.id.value == line.task.id.value } }
        var rows = lines.map { line in
            Table.Row([
                Inline.plain(String(line.task.number)), Inline.plain(text(line.task.title)),
                Inline.plain(labels.number(line.task.days.value)), Inline.plain(labels.number(line.worked)),
            ])
        }
        rows.append(Table.Row([
            [], Inline.plain(labels["total"]),
            Inline.plain(labels.number(lines.reduce(Decimal(0)) { $0 + $1.task.days.value })),
            Inline.plain(labels.number(lines.reduce(Decimal(0)) { $0 + $1.worked })),
        ], isTotal: true))
        return [.table(Table(columns: [
            column("task.column.number", 1), column("task.column.title", 12),
            column("report.column.planned", 2, .trailing), column("report.column.worked", 2, .trailing),
        ], rows: rows))]
    }

    /// The tranche's products with their submission and acceptance dates.
    var actProducts: [Block] {
        guard let act else { return [] }
        let lines = status.products.filter { line in act.products.contains { $0.id.value == line.deliverable.id.value } }
        let rows = lines.map { line in
            Table.Row([
                Inline.plain(line.deliverable.id.value.rawValue), Inline.plain(text(line.deliverable.title)),
                Inline.plain(line.product.submissions.last.map { words.shortDate($0.date) } ?? labels["report.not-submitted"]),
                Inline.plain(line.product.acceptance.map { words.shortDate($0.date) } ?? labels["report.not-accepted"]),
            ])
        }
        return [.table(Table(columns: [
            column("deliverable.column.number", 1), column("deliverable.column.title", 11),
            column("report.column.submitted", 3), column("report.column.accepted", 3),
        ], rows: rows))]
    }

    /// What the amount includes and what is withheld, from contract.json's `tax`; blanks
    /// while it is not known.
    var actTax: String {
        guard let tax = contract.tax, let basis = tax.basis.value else {
            return labels.format("act.tax.unknown", ["blank": blank("tax")])
        }
        var sentences: [String] = []
        let amount = actAmount
        switch basis {
        case .gross:
            sentences.append(labels["act.tax.gross"])
            var withheld = Decimal(0)
            for item in tax.withheld {
                let part = Money(amount.amount * item.rate.value / 100, amount.currency).rounded(.halfUp)
                withheld += part.amount
                sentences.append(labels.format("act.tax.withheld", [
                    "name": text(item.name), "rate": labels.number(item.rate.value), "amount": money(part.amount),
                ]))
            }
            if !tax.withheld.isEmpty {
                sentences.append(labels.format("act.tax.net", ["amount": money(amount.amount - withheld)]))
            }
        case .net:
            sentences.append(labels["act.tax.net-basis"])
        }
        switch tax.vat.value {
        case .exempt?: sentences.append(labels["act.vat.exempt"])
        case .included?:
            if let rate = tax.vatRate?.value {
                let vat = Money(amount.amount * rate / (100 + rate), amount.currency).rounded(.halfUp)
                sentences.append(labels.format("act.vat.included", ["rate": labels.number(rate), "amount": money(vat.amount)]))
            } else {
                sentences.append(labels.format("act.vat.included", ["rate": blank("vat.rate"), "amount": blank("vat.amount")]))
            }
        case nil: sentences.append(labels.format("act.vat.unknown", ["blank": blank("vat")]))
        }
        return sentences.joined(separator: " ")
    }

    /// A note when the contract total (and so the tranche) is an assumption.
    var actAssumption: [Block] {
        guard contract.totalIsAssumption else { return [] }
        return [.paragraph([.emphasis(Inline.plain(labels.format("contract.total.assumed", [
            "total": money(contract.total.value.amount),
        ])))])]
    }

    /// The parties' particulars and signatures, side by side.
    var actSignatures: [Block] {
        let values = partyInline
        let customer: [[Inline]] = [
            [.strong(Inline.plain(text(client?.name)))],
            Inline.plain(labels["act.address"] + " " + text(contract.clientAddress)),
            Inline.plain(labels["act.inn"] + " " + (values["customer.inn"] ?? "")),
            Inline.plain(labels.format("act.signatory", [
                "position": text(contract.approver), "name": values["customer.signatory"] ?? "",
            ])),
            Inline.plain(labels["paperwork.blank.signature.short"]),
            [.emphasis(Inline.plain(labels["act.signature.hint.stamp"]))],
        ]
        let consultant: [[Inline]] = [
            [.strong(Inline.plain(values["consultant.name"] ?? ""))],
            Inline.plain(values["consultant.identification"] ?? ""),
            Inline.plain(labels["act.inn"] + " " + (values["consultant.inn"] ?? "")),
            Inline.plain(labels["act.address"] + " " + (values["consultant.address"] ?? "")),
            Inline.plain(labels.format("act.bank", [
                "bank": values["consultant.bank"] ?? "", "account": values["consultant.account"] ?? "",
                "bic": values["consultant.bic"] ?? "",
            ])),
            Inline.plain(labels["paperwork.blank.signature.short"]),
            [.emphasis(Inline.plain(labels["act.signature.hint"]))],
        ]
        return [.table(Table(
            columns: [Table.Column(Inline.plain(labels["act.column.customer"]), width: 1),
                      Table.Column(Inline.plain(labels["act.column.consultant"]), width: 1)],
            rows: [Table.Row(paragraphs: [customer, consultant])]))]
    }
}
