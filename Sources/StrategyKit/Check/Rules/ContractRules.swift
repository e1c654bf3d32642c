import Foundation

/// The contract's paperwork and planning session are coherent, and the journal replays cleanly.
enum ContractRules {
    /// The word a programme item or participant uses for the consultant.
    static let consultant = "consultant"

    static func check(_ strategy: Strategy, sink: DiagnosticSink) {
        if let contract = strategy.contract { checkDocuments(contract, sink: sink) }
        if let session = strategy.planningSession { checkSession(session, strategy: strategy, sink: sink) }
    }

    /// Each paperwork document belongs to one product at most.
    private static func checkDocuments(_ contract: Contract, sink: DiagnosticSink) {
        var owners: [PaperworkKind: DeliverableID] = [:]
        for deliverable in contract.deliverables {
            for document in deliverable.documents {
                if let first = owners[document.value] {
                    sink.report(.error(
                        "contract.document",
                        "the \(document.value.rawValue) is already the paperwork of \(first); a document belongs to one product",
                        at: document.location))
                } else {
                    owners[document.value] = deliverable.id.value
                }
            }
        }
    }

    private static func checkSession(_ session: PlanningSession, strategy: Strategy, sink: DiagnosticSink) {
        if let contract = strategy.contract, !contract.period.contains(session.date.value) {
            sink.report(.error(
                "date.outside-period",
                "the planning session on \(session.date.value) is outside the contract period "
                    + "\(contract.period.firstDay) – \(contract.period.lastDay)",
                at: session.date.location))
        }
        let organisations = Set(strategy.members.map(\.id.value.rawValue) + [consultant])
        func resolve(_ id: Located<String>, what: String) {
            guard !organisations.contains(id.value) else { return }
            var notes: [Diagnostic.Note] = []
            if let near = Suggestion.closest(to: id.value, in: organisations) {
                notes.append(.init("did you mean '\(near)'?"))
            }
            sink.report(.error(
                "ref.unknown-id",
                "\(what) names unknown organisation '\(id.value)' (a member id or '\(consultant)')",
                at: id.location, notes: notes))
        }
        var previousEnd: ClockTime?
        for item in session.items {
            if item.end.value <= item.start.value {
                sink.report(.error(
                    "date.order", "a programme item ends (\(item.end.value)) before it starts (\(item.start.value))",
                    at: item.end.location))
            }
            if let previousEnd, item.start.value < previousEnd {
                sink.report(.error(
                    "date.order",
                    "a programme item starts at \(item.start.value), before the previous one ends (\(previousEnd))",
                    at: item.start.location))
            }
            previousEnd = item.end.value
            for lead in item.leads { resolve(lead, what: "a programme item") }
        }
        for participant in session.participants { resolve(participant.organisation, what: "a participant") }
    }

    /// The paperwork templates of a language name only known placeholders, and every document
    /// a deliverable lists has its template.
    static func checkTemplates(_ set: LanguageTemplates, origin: String, strategy: Strategy, sink: DiagnosticSink) {
        for (_, template) in set.documents.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (name, location) in template.placeholders {
                if name.hasPrefix("label:") { continue }
                if !PaperworkBuilder.placeholders.contains(name) {
                    sink.report(PaperworkBuilder.unknownPlaceholder(name, at: location))
                }
            }
        }
        let listed = Set(strategy.contract?.deliverables.flatMap { $0.documents.map(\.value) } ?? [])
        for kind in PaperworkKind.allCases where listed.contains(kind) && set.documents[kind] == nil {
            let path = "\(origin)/\(set.language)/\(TemplateSet.FileName.document(kind))"
            sink.report(.error(
                "template.missing",
                "\(path) is missing: contract.json lists the \(kind.rawValue) among the products' paperwork",
                at: .file(path)))
        }
    }

    /// Reads the workspace's contract journal, reports its problems and those of replaying it
    /// against the contract, and returns it.
    static func journal(of folder: URL, strategy: Strategy?, sink: DiagnosticSink) -> ContractJournal {
        let journal = ContractJournal.read(workspace: folder)
        guard journal.exists else { return journal }
        sink.report(contentsOf: journal.diagnostics)
        guard let strategy else { return journal }
        guard let contract = strategy.contract else {
            sink.report(.error(
                "journal.no-contract",
                "\(ContractJournal.path) records acts, but the workspace has no \(WorkspaceLoader.FileName.contract)",
                at: .file(ContractJournal.path)))
            return journal
        }
        sink.report(contentsOf: ContractLedger.replay(contract, acts: journal.acts).1)
        checkBlanks(contract, acts: journal.acts, sink: sink)
        return journal
    }

    /// Once an act is due (a tranche's products all accepted), every particular it needs that
    /// contract.json still leaves `null` is a warning at that value.
    static func checkBlanks(_ contract: Contract, acts: [ContractAct], sink: DiagnosticSink) {
        guard let last = acts.map(\.date).max(),
              let due = ActOfServices.plan(contract, acts: acts, asOf: last, drafts: false).first
        else { return }
        var blanks: [(name: String, location: SourceLocation)] = []
        if contract.number.isBlank { blanks.append(("number", contract.number.location)) }
        if contract.signed.isBlank { blanks.append(("signed", contract.signed.location)) }
        if let parties = contract.parties {
            blanks += parties.blanks.map { ("parties.\($0.name)", $0.location) }
        } else {
            blanks.append(("parties", .file(WorkspaceLoader.FileName.contract)))
        }
        if let tax = contract.tax {
            if tax.basis.isBlank { blanks.append(("tax.basis", tax.basis.location)) }
            if tax.vat.isBlank { blanks.append(("tax.vat", tax.vat.location)) }
        } else {
            blanks.append(("tax", .file(WorkspaceLoader.FileName.contract)))
        }
        for blank in blanks {
            sink.report(.warning(
                "contract.blank",
                "'\(blank.name)' is not filled in, and act № \(due.number) (\(due.tranche.id.value)) is due: "
                    + "the act shows a blank there",
                at: blank.location))
        }
    }
}
