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

    /// Creates a renderer.
    public init(kind: PaperworkKind, writers: [any DocumentWriter], records: PaperworkRecords) {
        self.kind = kind
        self.writers = writers
        self.records = records
    }

    public func render(_ strategy: Strategy, in context: RenderContext) throws -> [RenderedFile] {
        guard !writers.isEmpty else { return [] }
        guard let builder = PaperworkBuilder(
            kind: kind, strategy: strategy, context: context, records: records,
            drawsFigures: writers.contains { $0 is HTMLWriter })
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
            RenderedFile(path: "\(context.language)/\(kind.rawValue).\(writer.fileExtension)",
                         data: try writer.write(document, labels: context.labels))
        }
    }
}
