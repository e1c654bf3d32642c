/// One localized field of one entity, as the translation rule and renderers see it.
struct LocalizedField {
    /// The entity, for messages: "audience 'aud.media'".
    var subject: String
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
        func add(_ subject: String, _ field: String, _ text: LocalizedText?, optional: Bool = false) {
            guard let text else { return }
            fields.append(LocalizedField(subject: subject, field: field, text: text, isOptional: optional))
        }
        add("the strategy", "title", title)
        add("the strategy", "subtitle", subtitle)
        add("the edition", "status", edition.status)
        add("the coalition", "name", coalition.name)
        add("the coalition", "funder", coalition.funder)
        for member in members {
            let subject = "member '\(member.id.value)'"
            add(subject, "name", member.name)
            add(subject, "shortName", member.shortName)
            add(subject, "mandate", member.mandate)
            add(subject, "specifics", member.specifics)
            add(subject, "role", member.role)
        }
        for area in workAreas {
            add("work area '\(area.id.value)'", "title", area.title)
            add("work area '\(area.id.value)'", "description", area.description)
        }
        for source in fundingSources { add("funding source '\(source.id.value)'", "name", source.name) }
        for rate in exchangeRates { add("exchange rate \(rate.currency.value)", "source", rate.source) }
        for goal in goals {
            add("goal \(goal.id.value)", "title", goal.title)
            add("goal \(goal.id.value)", "description", goal.description)
            for objective in goal.objectives { add("objective \(objective.id.value)", "title", objective.title) }
        }
        for indicator in indicators {
            let subject = "indicator '\(indicator.id.value)'"
            add(subject, "name", indicator.name)
            add(subject, "shortName", indicator.shortName)
            add(subject, "unit", indicator.unit)
            add(subject, "verification", indicator.verification)
        }
        for audience in audiences {
            let subject = "audience '\(audience.id.value)'"
            add(subject, "name", audience.name)
            add(subject, "shortName", audience.shortName)
            add(subject, "description", audience.description)
            add(subject, "changeSought", audience.changeSought)
            for (number, message) in audience.keyMessages.enumerated() {
                add(subject, "keyMessages[\(number + 1)]", message)
            }
        }
        for channel in channels {
            let subject = "channel '\(channel.id.value)'"
            add(subject, "name", channel.name)
            add(subject, "shortName", channel.shortName)
            add(subject, "description", channel.description)
            add(subject, "frequency", channel.frequency)
        }
        for theme in themes {
            let subject = "theme '\(theme.id.value)'"
            add(subject, "title", theme.title)
            add(subject, "shortName", theme.shortName)
            add(subject, "problem", theme.problem)
            add(subject, "position", theme.position)
            add(subject, "ask", theme.ask)
            for (number, ally) in theme.allies.enumerated() { add(subject, "allies[\(number + 1)]", ally) }
        }
        for action in actions {
            add("action \(action.id.value)", "title", action.title)
            add("action \(action.id.value)", "description", action.description, optional: true)
        }
        for line in costLines {
            add("cost line \(line.id.value)", "item", line.item)
            add("cost line \(line.id.value)", "unit", line.unit)
        }
        for risk in risks {
            add("risk \(risk.id.value)", "title", risk.title)
            add("risk \(risk.id.value)", "mitigation", risk.mitigation)
        }
        for metric in portalMetrics {
            add("portal metric '\(metric.id.value)'", "name", metric.name)
            add("portal metric '\(metric.id.value)'", "unit", metric.unit)
        }
        if let contract {
            add("the contract", "title", contract.title)
            add("the contract", "approver", contract.approver)
            add("the contract", "operationalContact.name", contract.contactName)
            add("the contract", "operationalContact.role", contract.contactRole)
            for task in contract.tasks {
                add("task \(task.id.value)", "title", task.title)
                add("task \(task.id.value)", "periodLabel", task.periodLabel)
            }
            for deliverable in contract.deliverables { add("deliverable \(deliverable.id.value)", "title", deliverable.title) }
            for tranche in contract.tranches { add("tranche \(tranche.id.value)", "name", tranche.name) }
        }
        return fields
    }
}
