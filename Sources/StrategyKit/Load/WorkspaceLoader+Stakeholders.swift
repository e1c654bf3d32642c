import Foundation

extension WorkspaceLoader.FileName {
    /// The stakeholders.
    public static let stakeholders = "stakeholders.json"
}

extension WorkspaceLoader {
    /// Reads one stakeholder of `stakeholders.json`.
    static func readStakeholder(_ node: JSONNode, sink: DiagnosticSink) -> Stakeholder? {
        let name = subject("stakeholder", node)
        guard var object = JSONObjectReader(node, subject: name, sink: sink) else { return nil }
        let id: Located<StakeholderID>? = object.id("id")
        let title = object.text("name")
        let position: Stakeholder.Position? = object.choice("position")
        let influence: Stakeholder.Level? = object.choice("influence")
        let interest: Stakeholder.Level? = object.choice("interest")
        let relationship = object.text("relationship")
        let themes: [Located<ThemeID>] = object.ids("themes", required: false)
        let audiences: [Located<AudienceID>] = object.ids("audiences", required: false)
        object.finish()
        guard let id, let position, let influence, let interest else { return nil }
        return Stakeholder(
            id: id, name: title, position: position, influence: influence, interest: interest,
            relationship: relationship, themes: themes, audiences: audiences)
    }
}
