/// One localized field of one entity, as the translation rule and renderers see it.
struct LocalizedField {
    /// The entity, for messages, put together only when a message needs it (a large
    /// workspace has hundreds of thousands of fields and no messages).
    struct Subject {
        /// "audience", "action", "the strategy".
        var kind: String
        /// The entity's id, empty for a singleton.
        var id: String = ""
        /// Whether the id is written in quotes.
        var quoted = false
    }

    /// Who the field belongs to.
    var owner: Subject
    /// The entity, for messages: "audience 'aud.media'".
    var subject: String {
        owner.id.isEmpty ? owner.kind : owner.quoted ? "\(owner.kind) '\(owner.id)'" : "\(owner.kind) \(owner.id)"
    }
    /// The field's key: "changeSought".
    var field: String
    /// The text.
    var text: LocalizedText
    /// Optional fields may be empty in every language; if any language has text, all must.
    var isOptional = false
}

extension Strategy {
    /// Every localized field in the workspace, in file order.
    var localizedFields: [LocalizedField] {
        var fields: [LocalizedField] = []
        func add(_ owner: LocalizedField.Subject, _ field: String, _ text: LocalizedText?, optional: Bool = false) {
            guard let text else { return }
            fields.append(LocalizedField(owner: owner, field: field, text: text, isOptional: optional))
        }
        add(.init(kind: "the strategy"), "title", title)
        add(.init(kind: "the strategy"), "subtitle", subtitle)
        add(.init(kind: "the strategy"), "illustration", illustration)
        for stakeholder in stakeholders {
            let subject = LocalizedField.Subject(kind: "stakeholder", id: stakeholder.id.value.rawValue, quoted: true)
            add(subject, "name", stakeholder.name)
            add(subject, "relationship", stakeholder.relationship)
        }
        for reference in references {
            add(LocalizedField.Subject(kind: "source", id: reference.id.value.rawValue, quoted: true), "title", reference.title)
        }
        add(.init(kind: "the edition"), "status", edition.status)
        add(.init(kind: "the coalition"), "name", coalition.name)
        add(.init(kind: "the coalition"), "funder", coalition.funder)
        for member in members {
            let subject = LocalizedField.Subject(kind: "member", id: member.id.value.rawValue, quoted: true)
            add(subject, "name", member.name)
            add(subject, "shortName", member.shortName)
            add(subject, "mandate", member.mandate)
            add(subject, "specifics", member.specifics)
            add(subject, "role", member.role)
        }
        for area in workAreas {
            add(.init(kind: "work area", id: area.id.value.rawValue, quoted: true), "title", area.title)
            add(.init(kind: "work area", id: area.id.value.rawValue, quoted: true), "description", area.description)
        }
        for source in fundingSources { add(.init(kind: "funding source", id: source.id.value.rawValue, quoted: true), "name", source.name) }
        for rate in exchangeRates { add(.init(kind: "exchange rate", id: "\(rate.currency.value)"), "source", rate.source) }
        for goal in goals {
            add(.init(kind: "goal", id: goal.id.value.rawValue), "title", goal.title)
            add(.init(kind: "goal", id: goal.id.value.rawValue), "description", goal.description)
            for objective in goal.objectives { add(.init(kind: "objective", id: objective.id.value.rawValue), "title", objective.title) }
        }
        for indicator in indicators {
            let subject = LocalizedField.Subject(kind: "indicator", id: indicator.id.value.rawValue, quoted: true)
            add(subject, "name", indicator.name)
            add(subject, "shortName", indicator.shortName)
            add(subject, "unit", indicator.unit)
            add(subject, "verification", indicator.verification)
        }
        for audience in audiences {
            let subject = LocalizedField.Subject(kind: "audience", id: audience.id.value.rawValue, quoted: true)
            add(subject, "name", audience.name)
            add(subject, "shortName", audience.shortName)
            add(subject, "description", audience.description)
            add(subject, "changeSought", audience.changeSought)
            for (number, message) in audience.keyMessages.enumerated() {
                add(subject, "keyMessages[\(number + 1)]", message)
            }
        }
        for channel in channels {
            let subject = LocalizedField.Subject(kind: "channel", id: channel.id.value.rawValue, quoted: true)
            add(subject, "name", channel.name)
            add(subject, "shortName", channel.shortName)
            add(subject, "description", channel.description)
            add(subject, "frequency", channel.frequency)
        }
        for theme in themes {
            let subject = LocalizedField.Subject(kind: "theme", id: theme.id.value.rawValue, quoted: true)
            add(subject, "title", theme.title)
            add(subject, "shortName", theme.shortName)
            add(subject, "problem", theme.problem)
            add(subject, "position", theme.position)
            add(subject, "ask", theme.ask)
            for (number, ally) in theme.allies.enumerated() { add(subject, "allies[\(number + 1)]", ally) }
        }
        for action in actions {
            add(.init(kind: "action", id: action.id.value.rawValue), "title", action.title)
            add(.init(kind: "action", id: action.id.value.rawValue), "description", action.description, optional: true)
        }
        for line in costLines {
            add(.init(kind: "cost line", id: line.id.value.rawValue), "item", line.item)
            add(.init(kind: "cost line", id: line.id.value.rawValue), "unit", line.unit)
        }
        for risk in risks {
            add(.init(kind: "risk", id: risk.id.value.rawValue), "title", risk.title)
            add(.init(kind: "risk", id: risk.id.value.rawValue), "mitigation", risk.mitigation)
        }
        for metric in portalMetrics {
            add(.init(kind: "portal metric", id: metric.id.value.rawValue, quoted: true), "name", metric.name)
            add(.init(kind: "portal metric", id: metric.id.value.rawValue, quoted: true), "unit", metric.unit)
        }
        if let contract {
            add(.init(kind: "the contract"), "title", contract.title)
            add(.init(kind: "the contract"), "approver", contract.approver)
            add(.init(kind: "the contract"), "operationalContact.name", contract.contactName)
            add(.init(kind: "the contract"), "operationalContact.role", contract.contactRole)
            for task in contract.tasks {
                add(.init(kind: "task", id: task.id.value.rawValue), "title", task.title)
                add(.init(kind: "task", id: task.id.value.rawValue), "periodLabel", task.periodLabel)
            }
            for deliverable in contract.deliverables { add(.init(kind: "deliverable", id: deliverable.id.value.rawValue), "title", deliverable.title) }
            for tranche in contract.tranches { add(.init(kind: "tranche", id: tranche.id.value.rawValue), "name", tranche.name) }
            add(.init(kind: "the contract"), "clientAddress", contract.clientAddress)
            add(.init(kind: "the contract"), "place", contract.place)
            for deliverable in contract.deliverables {
                add(.init(kind: "deliverable", id: deliverable.id.value.rawValue), "shortTitle", deliverable.shortTitle)
            }
            if let parties = contract.parties {
                let subject = LocalizedField.Subject(kind: "the contract")
                add(subject, "parties.customer.position", parties.customerPosition)
                add(subject, "parties.customer.basis", parties.customerBasis)
                add(subject, "parties.customer.signatory", parties.customerSignatory.value)
                add(subject, "parties.consultant.name", parties.consultantName.value)
                add(subject, "parties.consultant.identification", parties.consultantIdentification.value)
                add(subject, "parties.consultant.address", parties.consultantAddress.value)
                add(subject, "parties.consultant.bank", parties.consultantBank.value)
            }
            for (number, item) in (contract.tax?.withheld ?? []).enumerated() {
                add(.init(kind: "the contract"), "tax.withheld[\(number + 1)].name", item.name)
            }
        }
        if let session = planningSession {
            let subject = LocalizedField.Subject(kind: "the planning session")
            add(subject, "title", session.title)
            add(subject, "venue", session.venue)
            for (number, objective) in session.objectives.enumerated() { add(subject, "objectives[\(number + 1)]", objective) }
            for (number, item) in session.items.enumerated() {
                add(subject, "programme[\(number + 1)].topic", item.topic)
                add(subject, "programme[\(number + 1)].format", item.format)
                add(subject, "programme[\(number + 1)].output", item.output)
            }
            add(subject, "workingLanguage", session.workingLanguage)
            for (number, text) in session.preReading.enumerated() { add(subject, "preReading[\(number + 1)]", text) }
            for (number, participant) in session.participants.enumerated() {
                add(subject, "participants[\(number + 1)].position", participant.position)
                add(subject, "participants[\(number + 1)].role", participant.role)
                add(subject, "participants[\(number + 1)].name", participant.name)
            }
        }
        fields += portalPlan?.localizedFields ?? []
        return fields
    }
}
