import Foundation

extension WorkspaceLoader {
    static func readContract(_ node: JSONNode, sink: DiagnosticSink) -> Contract? {
        guard var object = JSONObjectReader(node, subject: FileName.contract, sink: sink) else {
            return nil
        }
        let here = object.location
        let title = object.text("title")
        let client: Located<MemberID> = object.id("client") ?? Located(MemberID(""), at: here)
        let period = readPeriod(&object, key: "period", sink: sink)
        let total = readMoney(&object, key: "total", sink: sink)
        let days = object.decimal("days") ?? Located(0, at: here)
        let remainder: Located<TrancheID> = object.id("remainderTranche") ?? Located(TrancheID(""), at: here)
        let approver = object.text("approver")
        let clientAddress = object.optionalText("clientAddress")
        let place = object.optionalText("place")
        var contactName = LocalizedText([:], at: here)
        var contactRole = LocalizedText([:], at: here)
        if var contact = object.object("operationalContact") {
            contactName = contact.text("name")
            contactRole = contact.text("role")
            contact.finish()
        }
        let number = object.fillableString("number")
        let signed = object.fillableDate("signed")
        let assumed = object.value("totalIsAssumption", required: false).map { node -> Bool in
            if case .bool(let flag) = node.value { return flag }
            sink.report(JSONObjectReader.typeError(key: "totalIsAssumption", subject: object.subject, expected: "true or false", node: node))
            return false
        } ?? false
        let copies = object.integer("copies", required: false)
        if let copies, copies.value < 1 {
            sink.report(.error(
                "value.number", "the contract's 'copies' must be 1 or more, found \(copies.value)", at: copies.location))
        }
        let parties = object.object("parties", required: false).map { reader in
            var reader = reader
            defer { reader.finish() }
            return readParties(&reader)
        }
        let tax = object.object("tax", required: false).map { reader in
            var reader = reader
            defer { reader.finish() }
            return readTax(&reader, sink: sink)
        }
        let tasks = object.array("tasks").compactMap { readTask($0, sink: sink) }
        let deliverables = object.array("deliverables").compactMap { readDeliverable($0, sink: sink) }
        let tranches = object.array("tranches").compactMap { readTranche($0, sink: sink) }
        object.finish()
        var contract = Contract(
            title: title, client: client, period: period,
            total: total ?? Located(Money(0, CurrencyCode("KGS")), at: here), days: days,
            remainderTranche: remainder, approver: approver, clientAddress: clientAddress,
            place: place, contactName: contactName,
            contactRole: contactRole, tasks: tasks, deliverables: deliverables, tranches: tranches)
        contract.totalIsAssumption = assumed
        contract.number = number
        contract.signed = signed
        contract.copies = copies
        contract.parties = parties
        contract.tax = tax
        return contract
    }

    /// `parties`: the customer's representative and the consultant's particulars.
    private static func readParties(_ object: inout JSONObjectReader) -> ContractParties {
        var customer = object.object("customer", required: false)
        var consultant = object.object("consultant", required: false)
        let here = object.location
        func blankText() -> Fillable<LocalizedText> { Fillable(nil, at: here) }
        func blankString() -> Fillable<String> { Fillable(nil, at: here) }
        let parties = ContractParties(
            customerPosition: customer?.optionalText("position"),
            customerSignatory: customer?.fillableText("signatory") ?? blankText(),
            customerBasis: customer?.optionalText("basis"),
            customerINN: customer?.fillableString("inn") ?? blankString(),
            consultantName: consultant?.fillableText("name") ?? blankText(),
            consultantIdentification: consultant?.fillableText("identification") ?? blankText(),
            consultantINN: consultant?.fillableString("inn") ?? blankString(),
            consultantAddress: consultant?.fillableText("address") ?? blankText(),
            consultantBank: consultant?.fillableText("bank") ?? blankText(),
            consultantAccount: consultant?.fillableString("account") ?? blankString(),
            consultantBIC: consultant?.fillableString("bic") ?? blankString())
        customer?.finish()
        consultant?.finish()
        return parties
    }

    /// `tax`: gross or net, what is withheld, VAT.
    private static func readTax(_ object: inout JSONObjectReader, sink: DiagnosticSink) -> TaxTreatment {
        let basis: Fillable<TaxTreatment.Basis> = object.fillableChoice("basis")
        let owner = object.subject
        let withheld = object.array("withheld", required: false).compactMap { node -> TaxTreatment.Withholding? in
            guard var item = JSONObjectReader(node, subject: "a withholding of \(owner)", sink: sink) else { return nil }
            let name = item.text("name")
            let rate = item.decimal("rate")
            item.finish()
            return rate.map { TaxTreatment.Withholding(name: name, rate: $0) }
        }
        let vat: Fillable<TaxTreatment.VAT> = object.fillableChoice("vat")
        let rate = object.decimal("vatRate", required: false)
        return TaxTreatment(basis: basis, withheld: withheld, vat: vat, vatRate: rate)
    }

    static func readMoney(
        _ parent: inout JSONObjectReader, key: String, sink: DiagnosticSink
    ) -> Located<Money>? {
        guard var object = parent.object(key) else { return nil }
        let amount = object.decimal("amount")
        let currency = object.string("currency").flatMap {
            ValueGrammar.currency($0.value, at: $0.location, sink: sink)
        }
        object.finish()
        guard let amount, let currency else { return nil }
        return Located(Money(amount.value, currency.value), at: amount.location)
    }

    private static func readTask(_ node: JSONNode, sink: DiagnosticSink) -> ContractTask? {
        guard var object = JSONObjectReader(node, subject: subject("task", node), sink: sink)
        else { return nil }
        let here = object.location
        let id: Located<ContractTaskID>? = object.id("id")
        let number = object.integer("number")?.value ?? 0
        let title = object.text("title")
        let days = object.decimal("days") ?? Located(0, at: here)
        let start = object.planDate("start")
        let end = object.planDate("end")
        let label = object.text("periodLabel")
        let after: [Located<ContractTaskID>] = object.ids("after", required: false)
        let tranche: Located<TrancheID>? = object.id("tranche", required: false)
        object.finish()
        guard let id, let start else {
            sink.markIncomplete(FileName.contract)
            return nil
        }
        return ContractTask(
            id: id, number: number, title: title, days: days,
            period: PlanPeriod(start: start, end: end ?? start), periodLabel: label, after: after,
            tranche: tranche)
    }

    private static func readDeliverable(_ node: JSONNode, sink: DiagnosticSink) -> Deliverable? {
        guard var object = JSONObjectReader(node, subject: subject("deliverable", node), sink: sink)
        else { return nil }
        let here = object.location
        let id: Located<DeliverableID>? = object.id("id")
        let number = object.integer("number")?.value ?? 0
        let title = object.text("title")
        let due = object.date("due")
        let tranche: Located<TrancheID>? = object.id("tranche")
        let tasks: [Located<ContractTaskID>] = object.ids("tasks")
        let shortTitle = object.optionalText("shortTitle")
        let stage: Located<StrategyStage>? = object.string("strategyStage", required: false).flatMap { text in
            ValueGrammar.choice(text.value, at: text.location, sink: sink).map { Located($0, at: text.location) }
        }
        let owner = object.subject
        let documents: [Located<PaperworkKind>] = object.array("documents", required: false).compactMap { node in
            guard let text = JSONObjectReader.string(node, key: "documents", subject: owner, sink: sink)
            else { return nil }
            return ValueGrammar.choice(text.value, at: text.location, sink: sink).map { Located($0, at: text.location) }
        }
        object.finish()
        guard let id, let due else {
            sink.markIncomplete(FileName.contract)
            return nil
        }
        return Deliverable(
            id: id, number: number, title: title, due: due,
            tranche: tranche ?? Located(TrancheID(""), at: here), tasks: tasks, shortTitle: shortTitle,
            strategyStage: stage, documents: documents)
    }

    private static func readTranche(_ node: JSONNode, sink: DiagnosticSink) -> Tranche? {
        guard var object = JSONObjectReader(node, subject: subject("tranche", node), sink: sink)
        else { return nil }
        let id: Located<TrancheID>? = object.id("id")
        let name = object.text("name")
        let share = object.decimal("share")
        object.finish()
        guard let id, let share else {
            sink.markIncomplete(FileName.contract)
            return nil
        }
        return Tranche(id: id, name: name, share: share)
    }
}
