import Foundation

/// D2, the programme of the planning session and its list of participants (`session.json`).
extension PaperworkBuilder {
    /// "ИПР, консультант": the organisations that lead an item.
    func organisation(_ id: String) -> String {
        if id == ContractRules.consultant { return labels["session.consultant"] }
        return strategy.membersByID[MemberID(id)].map { text($0.shortName) } ?? id
    }

    var sessionObjectives: [Block] {
        guard let session = strategy.planningSession, !session.objectives.isEmpty else { return [] }
        return [.list(ordered: true, items: session.objectives.map { [.paragraph(Inline.plain(text($0)))] })]
    }

    var sessionProgramme: [Block] {
        guard let session = strategy.planningSession else {
            return [.paragraph(Inline.plain(labels["session.none"]))]
        }
        let rows = session.items.map { item in
            Table.Row([
                Inline.plain("\(item.start.value)–\(item.end.value)"), Inline.plain(text(item.topic)),
                Inline.plain(text(item.format)),
                Inline.plain(item.leads.map { organisation($0.value) }.joined(separator: ", ")),
                Inline.plain(text(item.output)),
            ])
        }
        return [.table(Table(columns: [
            column("session.column.time", 2), column("session.column.topic", 8),
            column("session.column.format", 3), column("session.column.leads", 3),
            column("session.column.output", 5),
        ], rows: rows))]
    }

    /// What the participants read beforehand.
    var sessionReading: [Block] {
        guard let session = strategy.planningSession, !session.preReading.isEmpty else {
            return [.paragraph(Inline.plain(labels["none"]))]
        }
        return [.list(ordered: true, items: session.preReading.map { [.paragraph(Inline.plain(text($0)))] })]
    }

    var sessionParticipants: [Block] {
        guard let session = strategy.planningSession else {
            return [.paragraph(Inline.plain(labels["session.none"]))]
        }
        var rows: [Table.Row] = []
        for (index, participant) in session.participants.enumerated() {
            let id = participant.organisation.value
            let name = id == ContractRules.consultant
                ? labels["session.consultant"]
                : strategy.membersByID[MemberID(id)].map { text($0.name) } ?? id
            var position = text(participant.position)
            if let person = participant.name, !text(person).isEmpty { position += " (" + text(person) + ")" }
            rows.append(Table.Row([
                Inline.plain(String(index + 1)), Inline.plain(name), Inline.plain(position),
                Inline.plain(text(participant.role)), Inline.plain(String(participant.count)),
            ]))
        }
        let total = session.participants.reduce(0) { $0 + $1.count }
        rows.append(Table.Row([[], Inline.plain(labels["total"]), [], [], Inline.plain(String(total))], isTotal: true))
        return [.table(Table(columns: [
            column("session.column.number", 1), column("session.column.organisation", 5),
            column("session.column.position", 5), column("session.column.role", 5),
            column("session.column.count", 2, .trailing),
        ], rows: rows))]
    }
}
