import Foundation

extension WorkspaceLoader.FileName {
    /// The sources the strategy cites.
    public static let sources = "sources.json"
}

extension WorkspaceLoader {
    /// Reads one entry of `sources.json`: `{"id": "ref.…", "title": {…}}`.
    static func readReference(_ node: JSONNode, sink: DiagnosticSink) -> Reference? {
        guard var object = JSONObjectReader(node, subject: "a source", sink: sink) else { return nil }
        let id: Located<ReferenceID>? = object.id("id")
        let title = object.text("title")
        object.finish()
        return id.map { Reference(id: $0, title: title) }
    }
}
