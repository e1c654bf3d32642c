import Foundation
import StrategyKit

/// `strategy contract submit|return|accept|pay|worklog`: record one act in the journal.
enum ContractActCommand: CaseIterable {
    case submit, returnForRevision, accept, pay, worklog

    var kind: ContractAct.Kind {
        switch self {
        case .submit: .submit
        case .returnForRevision: .returnForRevision
        case .accept: .accept
        case .pay: .pay
        case .worklog: .worklog
        }
    }

    var spec: CommandSpec {
        let common = ContractCommand.workspaceOptions + [ContractCommand.date, ContractCommand.by, Self.again]
        switch self {
        case .submit:
            return CommandSpec(
                name: "contract submit",
                abstract: "Record that a product (D1…) was handed in.",
                discussion: """
                    A product that is the strategy itself (its 'strategyStage' in contract.json)
                    names the version submitted. The revised and final strategy are refused while
                    that version, or an earlier one, has open comments, or while the version lacks a
                    text in any language; the refusal names them.
                    """,
                usage: "strategy contract submit <deliverable> [--date <YYYY-MM-DD>] [--version <name>] [--file <path>] [--note <text>]",
                options: common + [
                    .init(name: "version", valueName: "name", help: "The version of the strategy submitted."),
                    .init(name: "file", valueName: "path", help: "The file handed in; its path and SHA-256 are recorded."),
                    .init(name: "note", valueName: "text", help: "A remark."),
                    CommandSpec.help,
                ],
                examples: [
                    ("strategy contract submit D1 --date 2023-10-19 --file exports/ru/schedule.docx", "The detailed schedule."),
                    ("strategy contract submit D4 --date 2023-12-05 --version v2", "The revised strategy, version v2."),
                ])
        case .returnForRevision:
            return CommandSpec(
                name: "contract return",
                abstract: "Record that a submitted product was sent back for revision.",
                usage: "strategy contract return <deliverable> --reason <text> [--date <YYYY-MM-DD>]",
                options: common + [
                    .init(name: "reason", valueName: "text", help: "Why it was returned (required)."),
                    CommandSpec.help,
                ],
                examples: [("strategy contract return D4 --date 2023-12-08 --reason \"Add the budget by member\"",
                            "Send the revised strategy back.")])
        case .accept:
            return CommandSpec(
                name: "contract accept",
                abstract: "Record that a submitted product was accepted.",
                usage: "strategy contract accept <deliverable> [--date <YYYY-MM-DD>] [--note <text>]",
                options: common + [.init(name: "note", valueName: "text", help: "A remark."), CommandSpec.help],
                examples: [("strategy contract accept D1 --date 2023-10-20", "Accept the detailed schedule.")])
        case .pay:
            return CommandSpec(
                name: "contract pay",
                abstract: "Record that a tranche (T1, T2) was paid.",
                discussion: """
                    A tranche is payable once every product it depends on is accepted, and is paid
                    once. The amount is the tranche's share of the contract total; a different amount
                    needs --amount and --reason.
                    """,
                usage: "strategy contract pay <tranche> [--date <YYYY-MM-DD>] [--amount <number> --reason <text>]",
                options: common + [
                    .init(name: "amount", valueName: "number", help: "The amount paid. (default: the tranche's amount)"),
                    .init(name: "reason", valueName: "text", help: "Why the amount differs."),
                    CommandSpec.help,
                ],
                examples: [("strategy contract pay T1 --date 2023-10-30", "Pay the initial 30 %.")])
        case .worklog:
            return CommandSpec(
                name: "contract worklog",
                abstract: "Record days worked on a task (T1…T8).",
                usage: "strategy contract worklog --task <id> --days <number> --note <text> [--date <YYYY-MM-DD>]",
                options: common + [
                    .init(name: "task", valueName: "id", help: "The task (required)."),
                    .init(name: "days", valueName: "number", help: "Days worked, e.g. 1 or 0.5 (required)."),
                    .init(name: "note", valueName: "text", help: "What was done (required)."),
                    CommandSpec.help,
                ],
                examples: [("strategy contract worklog --task T6 --date 2023-11-03 --days 1 --note \"Situation analysis\"",
                            "One day on the draft strategy.")])
        }
    }

    static let again = Arguments.Option(
        name: "again", valueName: nil,
        help: "Record the act even if the same act on the same day is already in the journal.")

    func run(_ arguments: [String], console: Console) -> ExitStatus {
        let spec = spec
        var status = ExitStatus.ok
        let positionals = self == .worklog ? 0 : 1
        guard let parsed = spec.parse(arguments, positionals: positionals, console: console, status: &status)
        else { return status }
        let act: ContractAct
        let file: String?
        do {
            (act, file) = try self.act(parsed)
        } catch {
            return StrategyCLI.usageError(error, spec: spec, console: console)
        }
        guard let workspaceWithContract = ContractCommand.open(parsed, console: console) else { return .failure }
        let contract = workspaceWithContract.contract
        let workspace = workspaceWithContract.folder
        var recorded = act
        if let file {
            let recorder = ContractRecorder(workspace: workspace)
            guard let described = recorder.describeFile(console.url(file)) else {
                console.errorLine("Error: \(file) is not a readable file; nothing was recorded.")
                return .failure
            }
            recorded.file = described.path
            recorded.sha256 = described.sha256
        }
        if self == .pay, recorded.amount == nil, let due = contract.trancheAmounts[TrancheID(recorded.subject)] {
            recorded.amount = due.amount
        }
        let ledger: ContractLedger
        do {
            ledger = try ContractRecorder(workspace: workspace).record(
                recorded, contract: contract, templates: parsed.value("templates").map(console.url),
                again: parsed.flag("again"))
        } catch {
            console.errorLine("Error: \(error.message)")
            for note in error.notes { console.errorLine("    note: \(note)") }
            // A line written but not flushed is in the journal: saying otherwise invites a duplicate.
            if error.code != "journal.not-durable" { console.errorLine("Nothing was recorded.") }
            return .failure
        }
        console.line("Recorded in \(console.display(workspace.appendingPathComponent(ContractJournal.path))): "
            + Self.summary(recorded, contract: contract))
        if let consequence = Self.consequence(of: recorded, in: ledger) { console.line(consequence) }
        return .ok
    }

    /// The act the command line describes; usage errors for missing or malformed values.
    private func act(_ parsed: Arguments) throws(UsageError) -> (ContractAct, String?) {
        let date = try parsed.day()
        var who: ContractAct.Role?
        if let text = parsed.value("by") {
            guard let role = ContractAct.Role(rawValue: text) else {
                throw UsageError("unknown role '\(text)' (one of: \(ContractAct.Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            who = role
        }
        let subject: String
        if self == .worklog {
            guard let task = parsed.value("task") else { throw UsageError("missing '--task <id>'") }
            subject = task
        } else {
            guard let first = parsed.positionals.first else {
                throw UsageError("missing the \(kind.subjectKind) (e.g. \(self == .pay ? "T1" : "D1"))")
            }
            subject = first
        }
        var act = ContractAct(date: date, kind: kind, subject: subject, who: who)
        switch self {
        case .submit:
            if let version = parsed.value("version") {
                guard VersionStore.isValidName(version) else { throw UsageError("'\(version)' is not a version name") }
                act.version = version
            }
            act.note = parsed.value("note") ?? ""
            return (act, parsed.value("file"))
        case .returnForRevision:
            act.note = parsed.value("reason") ?? ""
        case .accept:
            act.note = parsed.value("note") ?? ""
        case .pay:
            if let text = parsed.value("amount") {
                guard let amount = Decimal.parseStrict(text), amount > 0 else {
                    throw UsageError("'\(text)' is not a positive amount (digits, one decimal mark, no grouping)")
                }
                act.amount = amount
            }
            act.note = parsed.value("reason") ?? ""
        case .worklog:
            guard let text = parsed.value("days") else { throw UsageError("missing '--days <number>'") }
            guard let days = Decimal.parseStrict(text), days > 0 else {
                throw UsageError("'\(text)' is not a positive number of days")
            }
            act.days = days
            act.note = parsed.value("note") ?? ""
        }
        return (act, nil)
    }

    /// "submit D4 on 2023-12-05 (version v2) by consultant".
    static func summary(_ act: ContractAct, contract: Contract) -> String {
        var text = "\(act.kind.rawValue) \(act.subject) on \(act.date)"
        if let version = act.version { text += " (version \(version))" }
        if let amount = act.amount {
            let currency = contract.total.value.currency
            text += ", \(amount.plainText(scale: currency.minorUnits)) \(currency)"
        }
        if let days = act.days { text += ", \(days) day\(days == 1 ? "" : "s")" }
        if let file = act.file { text += ", file \(file)" }
        return text + " by \(act.who.rawValue)"
    }

    /// What the act changed for a tranche, in a sentence.
    static func consequence(of act: ContractAct, in ledger: ContractLedger) -> String? {
        guard act.kind == .accept,
              let deliverable = ledger.contract.deliverables.first(where: { $0.id.value.rawValue == act.subject })
        else { return nil }
        let tranche = deliverable.tranche.value
        let blockers = ledger.blockers(of: tranche)
        guard blockers.isEmpty, ledger.payments[tranche] == nil else { return nil }
        let amount = ledger.amount(of: tranche).map { " (\($0.amount.plainText(scale: $0.currency.minorUnits)) \($0.currency))" } ?? ""
        return "Tranche \(tranche) is now payable\(amount)."
    }
}
