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
    /// never the clock.
    public static func renderPaperwork(
        _ strategy: Strategy, templates: TemplateSet, kinds: [PaperworkKind], languages: [Language],
        formats: [Format], records: PaperworkRecords, date: CalendarDate? = nil
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
                let day = date ?? PaperworkBuilder.date(of: kind, contract: contract, acts: records.acts)
                let context = RenderContext(language: language, templates: set, date: day)
                let renderer = PaperworkRenderer(kind: kind, writers: formats.compactMap(\.writer), records: records)
                files += try renderer.render(strategy, in: context)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
