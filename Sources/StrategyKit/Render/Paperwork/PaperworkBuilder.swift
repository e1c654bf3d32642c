import Foundation

/// Builds one of the consultant's documents (``PaperworkKind``) in one language from its
/// template `templates/<lang>/<kind>.md`, the contract, the planning session and the records:
/// literal Markdown is parsed, inline placeholders become escaped text, block placeholders
/// become tables, lists and the Gantt chart. Pure.
///
/// The document shows things as they stood on its date (``RenderContext/date``): only the
/// journal's acts and the comments dated by then count.
public struct PaperworkBuilder {
    /// Placeholders that stand for a word or phrase.
    public static let inlinePlaceholders: Set<String> = [
        "contract.title", "contract.period", "contract.total", "contract.days", "client.name",
        "client.short", "client.address", "place", "approver", "contact.name", "contact.role",
        "coalition.name", "coalition.funder", "document.date", "product.id", "product.title",
        "session.title", "session.date", "session.venue", "session.language",
        "act.number", "act.date", "act.formula", "act.tax", "act.conclusion", "act.tranche", "act.amount", "act.amount.words", "act.copies",
        "contract.reference", "customer.position", "customer.signatory", "customer.basis", "customer.inn",
        "consultant.name", "consultant.identification", "consultant.inn", "consultant.address",
        "consultant.bank", "consultant.account", "consultant.bic", "report.number", "report.title",
    ]
    /// Placeholders that stand for whole blocks.
    public static let blockPlaceholders: Set<String> = [
        "schedule.tasks", "schedule.products", "schedule.tranches", "schedule.gantt",
        "session.objectives", "session.programme", "session.participants", "session.reading",
        "report.tasks", "report.narrative", "report.products", "report.comments", "report.payments",
        "report.attachments", "report.signatures",
        "act.draft", "act.services", "act.products", "act.assumption", "act.signatures",
    ]
    /// Every placeholder of the paperwork templates (`{{label:KEY}}` besides).
    public static var placeholders: Set<String> { inlinePlaceholders.union(blockPlaceholders) }

    let kind: PaperworkKind
    let strategy: Strategy
    let contract: Contract
    let context: RenderContext
    let records: PaperworkRecords
    let drawsFigures: Bool
    let labels: Labels
    let language: Language
    let words: ContractWords
    /// The contract as it stood on the document's date.
    let status: ContractStatus
    /// The act this builder writes (kind `act`).
    let act: ActOfServices?
    /// The reporting point this builder writes (kind `report`): the tranche whose work it
    /// reports, by position from 1.
    let reportNumber: Int?

    /// Creates a builder; nil when the workspace has no contract.
    public init?(
        kind: PaperworkKind, strategy: Strategy, context: RenderContext, records: PaperworkRecords,
        drawsFigures: Bool = true, act: ActOfServices? = nil, reportNumber: Int? = nil
    ) {
        guard let contract = strategy.contract else { return nil }
        self.kind = kind
        self.strategy = strategy
        self.contract = contract
        self.context = context
        self.records = records
        self.drawsFigures = drawsFigures
        labels = context.labels
        language = context.language
        words = ContractWords(language: context.language, labels: context.labels, year: contract.period.firstDay.year)
        status = ContractStatus(contract: contract, acts: records.acts, asOf: context.date)
        self.act = act
        self.reportNumber = reportNumber
    }

    /// The date a document carries when none is given: the latest submission of the product
    /// it belongs to, else that product's due date, else the contract's last day.
    public static func date(of kind: PaperworkKind, contract: Contract, acts: [ContractAct]) -> CalendarDate {
        guard let deliverable = contract.deliverables.first(where: { $0.documents.contains { $0.value == kind } })
        else { return contract.period.lastDay }
        let submissions = acts.filter { $0.kind == .submit && $0.subject == deliverable.id.value.rawValue }
        return submissions.map(\.date).max() ?? deliverable.due.value
    }

    /// The document.
    public func build() throws -> Document {
        guard let template = context.templates.documents[kind] else {
            let path = "\(context.templates.labels.path.split(separator: "/").dropLast().joined(separator: "/"))/\(kind.rawValue).md"
            throw RenderError(diagnostic: .error(
                "template.missing", "\(path) is missing: there is no template for the \(kind.rawValue)", at: .file(path)))
        }
        var blocks: [Block] = []
        var markdown = ""
        func flush() {
            if !markdown.isEmpty { blocks += MarkdownParser.parse(markdown) }
            markdown = ""
        }
        for part in template.parts {
            switch part {
            case .text(let text):
                markdown += text
            case .placeholder(let name, let location):
                if let text = inlineValue(name) {
                    markdown += MarkdownEscaping.inline(text)
                } else if let generated = blockValue(name) {
                    flush()
                    blocks += generated
                } else {
                    throw RenderError(diagnostic: PaperworkBuilder.unknownPlaceholder(name, at: location))
                }
            }
        }
        flush()
        // A heading just before a landscape block goes onto its page rather than stay alone
        // at the foot of the portrait one (the HTML writer does the same for itself).
        blocks = HTMLWriter.headingsMovedIntoLandscape(blocks)
        return Document(
            language: language, title: labels["paperwork.\(kind.rawValue)"],
            blocks: DocumentBuilder.withContents(DocumentBuilder.withAnchors(blocks)))
            .withIllustrationNotice(strategy.illustrationNotice(language))
    }

    /// The one message for a placeholder the paperwork does not know.
    static func unknownPlaceholder(_ name: String, at location: SourceLocation) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let near = Suggestion.closest(to: name, in: placeholders) {
            notes.append(.init("did you mean '{{\(near)}}'?"))
        }
        return .error(
            "template.unknown-placeholder", "unknown placeholder '{{\(name)}}'",
            at: location, notes: notes)
    }

    // MARK: Values

    func text(_ text: LocalizedText?) -> String { text?[language] ?? "" }

    var client: Member? { strategy.membersByID[contract.client.value] }

    var product: Deliverable? {
        contract.deliverables.first { $0.documents.contains { $0.value == kind } }
    }

    func money(_ amount: Decimal) -> String {
        labels.money(Money(amount, contract.total.value.currency)) + " " + contract.total.value.currency.code
    }

    private func inlineValue(_ name: String) -> String? {
        if name.hasPrefix("label:") { return labels[String(name.dropFirst("label:".count))] }
        switch name {
        case "contract.title": return text(contract.title)
        case "contract.period": return labels.period(contract.period)
        case "contract.total":
            let total = money(contract.total.value.amount)
            return contract.totalIsAssumption ? total + " " + labels["contract.total.assumed.short"] : total
        case "contract.days": return labels.number(contract.days.value)
        case "client.name": return text(client?.name)
        case "client.short": return text(client?.shortName)
        case "client.address": return text(contract.clientAddress)
        case "place": return text(contract.place)
        case "approver": return text(contract.approver)
        case "contact.name": return text(contract.contactName)
        case "contact.role": return text(contract.contactRole)
        case "coalition.name": return text(strategy.coalition.name)
        case "coalition.funder": return text(strategy.coalition.funder)
        case "document.date": return labels.date(context.date)
        case "product.id": return product?.id.value.rawValue ?? ""
        case "product.title": return product.map { text($0.title) } ?? ""
        case "session.title": return text(strategy.planningSession?.title)
        case "session.date": return strategy.planningSession.map { labels.date($0.date.value) } ?? ""
        case "session.venue": return text(strategy.planningSession?.venue)
        case "session.language": return text(strategy.planningSession?.workingLanguage)
        case "report.number": return reportNumber.map(String.init) ?? ""
        case "report.title": return reportTitle
        default: return Self.inlinePlaceholders.contains(name) ? (partyInline[name] ?? actInline[name] ?? "") : nil
        }
    }

    private func blockValue(_ name: String) -> [Block]? {
        switch name {
        case "schedule.tasks": scheduleTasks
        case "schedule.products": scheduleProducts
        case "schedule.tranches": scheduleTranches
        case "schedule.gantt": scheduleGantt
        case "session.objectives": sessionObjectives
        case "session.programme": sessionProgramme
        case "session.participants": sessionParticipants
        case "session.reading": sessionReading
        case "report.tasks": reportTasks
        case "report.products": reportProducts
        case "report.comments": reportComments
        case "report.payments": reportPayments
        case "report.narrative": reportNarrative
        case "report.attachments": reportAttachments
        case "report.signatures": reportSignatures
        case "act.draft": actDraftNotice
        case "act.services": actServices
        case "act.products": actProducts
        case "act.assumption": actAssumption
        case "act.signatures": actSignatures
        default: nil
        }
    }

    /// A table column.
    func column(_ key: String, _ width: Int, _ alignment: Table.Column.Alignment = .leading) -> Table.Column {
        Table.Column(Inline.plain(labels[key]), width: width, alignment: alignment)
    }

    /// "11 Oct – 31 Oct".
    func span(_ first: CalendarDate, _ last: CalendarDate) -> String {
        first == last ? words.shortDate(first) : words.shortDate(first) + labels["range.separator"] + words.shortDate(last)
    }
}
