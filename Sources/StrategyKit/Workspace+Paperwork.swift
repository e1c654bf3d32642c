import Foundation

extension Workspace {
    /// The paperwork `strategy render` writes by default: the documents the contract's products
    /// list (`documents` in contract.json), in ``PaperworkKind`` order.
    public static func listedPaperwork(_ strategy: Strategy) -> [PaperworkKind] {
        let listed = Set(strategy.contract?.deliverables.flatMap { $0.documents.map(\.value) } ?? [])
        return PaperworkKind.allCases.filter(listed.contains)
    }

    /// What the paperwork shows from the workspace's records: the journal already read by
    /// ``open(_:templates:versions:)`` and the comments with their decisions.
    public static func paperworkRecords(of folder: URL, journal: ContractJournal) -> PaperworkRecords {
        let contents = CommentStore(workspace: folder).read()
        let entries = contents.comments.map { comment -> CommentTally.Entry in
            let decision = contents.resolutions[comment.id].flatMap { resolution in
                CommentTally.Outcome(rawValue: resolution.decision.rawValue).map {
                    CommentTally.Decision($0, on: resolution.date)
                }
            }
            return CommentTally.Entry(
                version: comment.version, member: comment.member, received: comment.imported, decision: decision)
        }
        let order = VersionStore(workspace: folder).list().versions.map(\.name)
        return PaperworkRecords(acts: journal.acts, comments: CommentTally(entries: entries, versionOrder: order))
    }

    /// Renders paperwork documents in each language and format, sorted by path. Each is dated
    /// `date` when given, else by its product (``PaperworkBuilder/date(of:contract:acts:)``):
    /// never the clock. Acts: one per tranche whose products are accepted by `date` (every
    /// act of the journal when nil), dated by the journal, and with `drafts` a draft for each
    /// other tranche. Reports: one per tranche (the interim report with the first act, the
    /// final with the last), dated `date` or by the last work logged on its tasks.
    public static func renderPaperwork(
        _ strategy: Strategy, templates: TemplateSet, kinds: [PaperworkKind], languages: [Language],
        formats: [Format], records: PaperworkRecords, date: CalendarDate? = nil, drafts: Bool = false
    ) throws -> [RenderedFile] {
        guard let contract = strategy.contract else {
            if kinds.isEmpty { return [] }
            throw RenderError(diagnostic: .error(
                "file.missing", "the consultant's paperwork needs the consultancy's contract.json",
                at: .file(WorkspaceLoader.FileName.contract)))
        }
        var files: [RenderedFile] = []
        for language in languages {
            let set = try templates.templates(for: language)
            for kind in kinds {
                let writers = formats.compactMap(\.writer)
                switch kind {
                case .act:
                    let asOf = date ?? records.acts.map(\.date).max() ?? contract.period.lastDay
                    for act in ActOfServices.plan(contract, acts: records.acts, asOf: asOf, drafts: drafts, draftDate: date) {
                        let context = RenderContext(language: language, templates: set, date: act.date)
                        let renderer = PaperworkRenderer(kind: kind, writers: writers, records: records, act: act)
                        files += try renderer.render(strategy, in: context)
                    }
                case .report:
                    for tranche in contract.tranches.indices {
                        let day = date ?? reportDate(contract, tranche: tranche, acts: records.acts)
                        let context = RenderContext(language: language, templates: set, date: day)
                        let renderer = PaperworkRenderer(
                            kind: kind, writers: writers, records: records, reportNumber: tranche + 1)
                        files += try renderer.render(strategy, in: context)
                    }
                case .schedule, .programme:
                    let day = date ?? PaperworkBuilder.date(of: kind, contract: contract, acts: records.acts)
                    let context = RenderContext(language: language, templates: set, date: day)
                    files += try PaperworkRenderer(kind: kind, writers: writers, records: records).render(strategy, in: context)
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The day a tranche's report carries: the last work the journal logs on its tasks, else
    /// the end of the last of them.
    public static func reportDate(_ contract: Contract, tranche index: Int, acts: [ContractAct]) -> CalendarDate {
        guard contract.tranches.indices.contains(index) else { return contract.period.lastDay }
        let tasks = ActOfServices.tasks(of: contract.tranches[index].id.value, in: contract)
        let ids = Set(tasks.map(\.id.value.rawValue))
        let logged = acts.filter { $0.kind == .worklog && ids.contains($0.subject) }.map(\.date).max()
        return logged ?? tasks.map(\.period.lastDay).max() ?? contract.period.lastDay
    }
}
