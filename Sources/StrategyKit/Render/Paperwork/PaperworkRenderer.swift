import Foundation

/// Renders one paperwork document in one language and several formats: the ``Document`` is
/// built once, then each writer turns it into `<lang>/<kind>.<ext>`.
public struct PaperworkRenderer: Renderer {
    /// The document.
    public var kind: PaperworkKind
    /// The writers, one per format.
    public var writers: [any DocumentWriter]
    /// The journal and comments it shows.
    public var records: PaperworkRecords
    /// The act, for kind `act`.
    public var act: ActOfServices?
    /// The reporting point (tranche position from 1), for kind `report`.
    public var reportNumber: Int?

    /// Creates a renderer.
    public init(
        kind: PaperworkKind, writers: [any DocumentWriter], records: PaperworkRecords,
        act: ActOfServices? = nil, reportNumber: Int? = nil
    ) {
        self.kind = kind
        self.writers = writers
        self.records = records
        self.act = act
        self.reportNumber = reportNumber
    }

    /// The file name without extension: `schedule`, `act-1`, `act-2-draft`, `report-1`.
    public var name: String {
        if let act { return act.name }
        if let reportNumber { return "\(kind.rawValue)-\(reportNumber)" }
        return kind.rawValue
    }

    public func render(_ strategy: Strategy, in context: RenderContext) throws -> [RenderedFile] {
        guard !writers.isEmpty else { return [] }
        guard let builder = PaperworkBuilder(
            kind: kind, strategy: strategy, context: context, records: records,
            drawsFigures: writers.contains { $0 is HTMLWriter }, act: act, reportNumber: reportNumber)
        else {
            throw RenderError(diagnostic: .error(
                "file.missing", "the \(kind.rawValue) needs the consultancy's contract.json",
                at: .file(WorkspaceLoader.FileName.contract)))
        }
        if kind == .programme, strategy.planningSession == nil {
            throw RenderError(diagnostic: .error(
                "file.missing", "the programme needs the planning session's \(WorkspaceLoader.FileName.session)",
                at: .file(WorkspaceLoader.FileName.session)))
        }
        let document = try builder.build()
        return try writers.map { writer in
            RenderedFile(path: "\(context.language)/\(name).\(writer.fileExtension)",
                         data: try writer.write(document, labels: context.labels))
        }
    }
}
