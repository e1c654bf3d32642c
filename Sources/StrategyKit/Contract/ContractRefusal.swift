import Foundation

/// Why an act cannot be recorded: a stable code and one sentence. Every message of the
/// contract's rules is written here, once; the journal's reader reports the same words at the
/// offending line.
public struct ContractRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule, such as `contract.not-submitted`.
    public var code: String
    /// What is wrong and what to do.
    public var message: String
    /// Which field of the act it is about.
    public var column: ContractJournal.Column
    /// Further remarks (a "did you mean", the open comments one by one).
    public var notes: [String] = []

    public var description: String { message }

    /// The refusal as a diagnostic at the act's line in the journal.
    public func diagnostic(at act: ContractAct) -> Diagnostic {
        .error(code, message, at: act.location(column), notes: notes.map { .init($0) })
    }

    // MARK: The rules' messages

    static func outsideContract(_ act: ContractAct, period: PlanPeriod) -> ContractRefusal {
        let span = "\(period.firstDay) – \(period.lastDay)"
        let rule = act.kind == .pay
            ? "a tranche cannot be paid before the services begin (\(period.firstDay))"
            : "the contract runs \(span)"
        return ContractRefusal(
            code: "contract.date-outside",
            message: "\(act.kind.rawValue) \(act.subject) on \(act.date) is outside the contract: \(rule)",
            column: .date)
    }

    static func unknown(_ act: ContractAct, known: [String]) -> ContractRefusal {
        var notes: [String] = []
        if let near = Suggestion.closest(to: act.subject, in: known) { notes.append("did you mean '\(near)'?") }
        return ContractRefusal(
            code: "contract.unknown-id",
            message: "there is no \(act.kind.subjectKind) '\(act.subject)' in the contract "
                + "(\(known.isEmpty ? "it has none" : "it has " + known.joined(separator: ", ")))",
            column: .subject, notes: notes)
    }

    static func beforePrevious(_ act: ContractAct, previous: CalendarDate) -> ContractRefusal {
        ContractRefusal(
            code: "contract.date-order",
            message: "\(act.kind.rawValue) \(act.subject) on \(act.date) would come before what it follows, "
                + "recorded on \(previous); acts on a product, and a payment after its acceptances, go forward in time",
            column: .date)
    }

    static func alreadySubmitted(_ act: ContractAct, on date: CalendarDate?) -> ContractRefusal {
        ContractRefusal(
            code: "contract.already-submitted",
            message: "\(act.subject) was submitted\(on(date)) and awaits acceptance or return; "
                + "it can be submitted again only after it is returned",
            column: .act)
    }

    static func alreadyAccepted(_ act: ContractAct, on date: CalendarDate?) -> ContractRefusal {
        ContractRefusal(
            code: "contract.already-accepted",
            message: "\(act.subject) was accepted\(on(date)); an accepted product cannot be "
                + "\(participle(act.kind)) again",
            column: .act)
    }

    static func notSubmitted(_ act: ContractAct) -> ContractRefusal {
        ContractRefusal(
            code: "contract.not-submitted",
            message: "\(act.subject) cannot be \(participle(act.kind)): it has not been submitted",
            column: .act)
    }

    static func returnedNotResubmitted(_ act: ContractAct, on date: CalendarDate?) -> ContractRefusal {
        ContractRefusal(
            code: "contract.not-submitted",
            message: "\(act.subject) cannot be \(participle(act.kind)): it was returned for revision\(on(date)) "
                + "and has not been submitted again",
            column: .act)
    }

    static func noteMissing(_ act: ContractAct) -> ContractRefusal {
        let what = act.kind == .worklog ? "what was done (--note)" : "the reason (--reason)"
        return ContractRefusal(
            code: "contract.reason-missing",
            message: "\(act.kind.rawValue) \(act.subject) needs \(what)", column: .note)
    }

    static func versionMissing(_ act: ContractAct) -> ContractRefusal {
        ContractRefusal(
            code: "contract.version",
            message: "\(act.subject) is the strategy itself: name the version submitted (--version, see 'strategy version list')",
            column: .version)
    }

    static func versionNotApplicable(_ act: ContractAct) -> ContractRefusal {
        ContractRefusal(
            code: "contract.version",
            message: "\(act.subject) is not a version of the strategy; --version applies only to the "
                + "products that are (their 'strategyStage' in contract.json)",
            column: .version)
    }

    static func notPayable(_ act: ContractAct, blockers: [(Deliverable, ContractLedger.Product)]) -> ContractRefusal {
        let reasons = blockers.map { deliverable, product in
            "\(deliverable.id.value) \(englishTitle(deliverable)) — \(englishState(product))"
        }
        return ContractRefusal(
            code: "contract.not-payable",
            message: "tranche \(act.subject) is not payable: it waits for \(reasons.joined(separator: "; "))",
            column: .subject)
    }

    static func alreadyPaid(_ act: ContractAct, payment: ContractAct) -> ContractRefusal {
        let amount = payment.amount.map { " (\($0.plainText(scale: 2)))" } ?? ""
        return ContractRefusal(
            code: "contract.already-paid",
            message: "tranche \(act.subject) was paid on \(payment.date)\(amount); a tranche is paid once",
            column: .subject)
    }

    static func amountMissing(_ act: ContractAct, due: Money) -> ContractRefusal {
        ContractRefusal(
            code: "contract.amount",
            message: "a payment of tranche \(act.subject) needs its amount (\(due.amount.plainText(scale: due.currency.minorUnits)) \(due.currency))",
            column: .amount)
    }

    static func amountPrecision(_ act: ContractAct, due: Money) -> ContractRefusal {
        ContractRefusal(
            code: "contract.amount",
            message: "\(act.amount.map { "\($0)" } ?? "") has more decimals than \(due.currency) allows "
                + "(\(due.currency.minorUnits))",
            column: .amount)
    }

    static func amountDiffers(_ act: ContractAct, due: Money) -> ContractRefusal {
        let scale = due.currency.minorUnits
        return ContractRefusal(
            code: "contract.amount",
            message: "tranche \(act.subject) is \(due.amount.plainText(scale: scale)) \(due.currency), not "
                + "\(act.amount.map { $0.plainText(scale: scale) } ?? "?"); to pay a different amount give "
                + "--amount and say why with --reason",
            column: .amount)
    }

    static func amountAboveTotal(_ act: ContractAct, total: Money) -> ContractRefusal {
        let scale = total.currency.minorUnits
        return ContractRefusal(
            code: "contract.amount",
            message: "pay \(act.subject): \(act.amount.map { $0.plainText(scale: scale) } ?? "") \(total.currency) is more "
                + "than the whole contract (\(total.amount.plainText(scale: scale)) \(total.currency)); check the amount",
            column: .amount)
    }

    static func days(_ act: ContractAct, _ why: String) -> ContractRefusal {
        ContractRefusal(code: "contract.days", message: "worklog \(act.subject): \(why)", column: .days)
    }

    /// A submission refused because the version is not settled (open comments, missing
    /// translations); `problems` are listed as notes.
    public static func unsettledVersion(
        _ act: ContractAct, version: String, openComments: [String], missingTranslations: [String],
        staleTranslations: [String] = []
    ) -> ContractRefusal {
        var parts: [String] = []
        if !openComments.isEmpty { parts.append("\(openComments.count) open comment(s)") }
        if !missingTranslations.isEmpty { parts.append("\(missingTranslations.count) missing translation(s)") }
        if !staleTranslations.isEmpty { parts.append("\(staleTranslations.count) stale translation(s)") }
        let limit = 20
        let all = openComments + missingTranslations + staleTranslations
        var notes = all.prefix(limit).map { $0 }
        let rest = all.count - limit
        if rest > 0 { notes.append("… and \(rest) more") }
        return ContractRefusal(
            code: openComments.isEmpty ? "contract.translation" : "contract.open-comments",
            message: "\(act.subject) cannot be submitted with version \(version): it has "
                + parts.joined(separator: " and ") + "; decide every comment ('strategy comments resolve') "
                + "and complete every language"
                + (staleTranslations.isEmpty ? "" : " (translate or accept the stale texts: 'strategy translate status')")
                + ", then cut a new version",
            column: .version, notes: notes)
    }

    /// A submission naming a version that does not exist.
    public static func unknownVersion(_ act: ContractAct, version: String, reason: String) -> ContractRefusal {
        ContractRefusal(
            code: "contract.version",
            message: "\(act.subject) cannot be submitted with version \(version): \(reason)", column: .version)
    }

    // MARK: Words

    private static func on(_ date: CalendarDate?) -> String { date.map { " on \($0)" } ?? "" }

    private static func participle(_ kind: ContractAct.Kind) -> String {
        switch kind {
        case .submit: "submitted"
        case .returnForRevision: "returned"
        case .accept: "accepted"
        case .pay: "paid"
        case .worklog: "logged"
        }
    }

    /// The English short title of a deliverable, for messages.
    static func englishTitle(_ deliverable: Deliverable) -> String {
        let english = Language("en")
        if let short = deliverable.shortTitle, short.has(english) { return short[english] }
        return deliverable.title.has(english) ? deliverable.title[english] : ""
    }

    /// "submitted 2023-12-05, not accepted".
    static func englishState(_ product: ContractLedger.Product) -> String {
        switch product.state {
        case .planned: return "not submitted"
        case .submitted: return "submitted \(product.submissions.last.map { "\($0.date)" } ?? ""), not accepted"
        case .returned: return "returned \(product.returns.last.map { "\($0.date)" } ?? "") for revision, not resubmitted"
        case .accepted: return "accepted \(product.acceptance.map { "\($0.date)" } ?? "")"
        }
    }
}
