extension Timeline {
    /// The consultancy: the tasks as bars (days of effort in the label), the deliverables as
    /// milestones on their due dates, each tranche as a milestone on the latest due date of its
    /// deliverables (labelled with its share). Nil when the workspace has no contract.
    public static func contractPlan(
        _ strategy: Strategy, language: Language, labels: Labels
    ) -> Timeline? {
        guard let contract = strategy.contract else { return nil }
        let consultant = labels["timeline.consultant"]
        let client = strategy.membersByID[contract.client.value].map { $0.shortName[language] }
            ?? contract.client.value.rawValue
        var rows: [Row] = []
        for task in contract.tasks {
            let days = labels.format("timeline.days", ["days": labels.number(task.days.value)])
            rows.append(Row(
                id: task.id.value.rawValue, label: "\(task.title[language]) (\(days))",
                group: labels["contract.tasks"], lead: consultant, start: task.period.firstDay,
                end: task.period.lastDay, kind: .bar, entity: .task))
        }
        for deliverable in contract.deliverables.sorted(by: { ($0.due.value, $0.number) < ($1.due.value, $1.number) }) {
            rows.append(Row(
                id: deliverable.id.value.rawValue, label: deliverable.title[language],
                group: labels["contract.deliverables"], lead: consultant,
                start: deliverable.due.value, end: deliverable.due.value, kind: .milestone,
                entity: .deliverable))
        }
        for (tranche, date) in trancheDates(contract) {
            rows.append(Row(
                id: tranche.id.value.rawValue, label: trancheLabel(tranche, language: language, labels: labels),
                group: labels["contract.tranches"], lead: client, start: date, end: date,
                kind: .milestone, entity: .tranche))
        }
        let period = labels.period(contract.period)
        return Timeline(
            plan: .contract,
            title: labels.format("timeline.title.contract", ["title": contract.title[language]]),
            summary: labels.format("timeline.desc.contract", [
                "tasks": String(contract.tasks.count),
                "deliverables": String(contract.deliverables.count),
                "tranches": String(contract.tranches.count), "period": period,
            ]),
            start: contract.period.firstDay, end: contract.period.lastDay, rows: rows)
    }

    /// Each tranche with the day its act and report are planned: the latest due date of its
    /// deliverables or end of its tasks (seed 000's task 5 puts the first act and report at the
    /// end of October), the contract's last day when it has neither; in the contract's order.
    /// The tranche is payable once that act is signed.
    static func trancheDates(_ contract: Contract) -> [(Tranche, CalendarDate)] {
        contract.tranches.map { tranche in
            let dues = contract.deliverables.filter { $0.tranche.value == tranche.id.value }.map(\.due.value)
            let ends = ActOfServices.tasks(of: tranche.id.value, in: contract).map(\.period.lastDay)
            return (tranche, (dues + ends).max() ?? contract.period.lastDay)
        }
    }

    /// "Initial (30 %)".
    static func trancheLabel(_ tranche: Tranche, language: Language, labels: Labels) -> String {
        let share = labels.format("timeline.share", ["share": labels.number(tranche.share.value)])
        return "\(tranche.name[language]) (\(share))"
    }
}
