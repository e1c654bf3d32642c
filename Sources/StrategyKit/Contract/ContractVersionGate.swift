import Foundation

/// Whether a version of the strategy may be submitted as a product: it must exist, and a
/// revised or final strategy must have every comment decided and every text in every language
/// (seed 000: the revised draft takes the comments received into account; the final versions
/// are in Russian and English); the final strategy must have no stale translation either.
public struct ContractVersionGate: Sendable {
    /// The workspace.
    public let workspace: URL
    /// The templates versions are opened with.
    public let templates: URL?

    /// The gate of the workspace at `workspace`.
    public init(workspace: URL, templates: URL? = nil) {
        self.workspace = workspace
        self.templates = templates
    }

    /// Throws the refusal when version `version` may not be submitted as `act` at `stage`.
    public func admit(_ act: ContractAct, version: String, stage: StrategyStage) throws(ContractRefusal) {
        let store = VersionStore(workspace: workspace)
        let (record, problems) = store.read(version)
        guard record != nil else {
            throw ContractRefusal.unknownVersion(
                act, version: version, reason: problems.first?.message ?? "there is no such version")
        }
        guard stage.needsSettledVersion else { return }
        let opened: OpenedWorkspace
        do {
            opened = try store.open(version, templates: templates)
        } catch {
            throw ContractRefusal.unknownVersion(act, version: version, reason: error.description)
        }
        let translations = opened.diagnostics.filter { $0.code == "translation.missing" }.map(\.description)
        // The final versions are the Russian and English strategy as delivered: a translation
        // made from an earlier source text is not final (issue 22).
        let stale = stage == .final
            ? opened.diagnostics.filter { $0.code == "translation.stale" || $0.code == "translation.paragraphs" }
                .map(\.description)
            : []
        let comments: [String]
        do {
            comments = try openComments(of: version).map { "open comment \($0.id) (\($0.member)): \(Self.excerpt($0.text))" }
        } catch {
            throw ContractRefusal(
                code: "contract.open-comments", message: error.description, column: .version,
                notes: error.diagnostics.map(\.description))
        }
        guard translations.isEmpty, stale.isEmpty, comments.isEmpty else {
            throw ContractRefusal.unsettledVersion(
                act, version: version, openComments: comments, missingTranslations: translations,
                staleTranslations: stale)
        }
    }

    /// The comments still open that a submission of version `version` must have dealt with:
    /// those made on it or on any earlier version (by the versions' dates; a comment on a
    /// version that is not in the store counts too, so nothing slips through).
    public func openComments(of version: String) throws(CommentStore.Failure) -> [Comment] {
        let store = CommentStore(workspace: workspace)
        let contents = store.read()
        if contents.hasErrors {
            throw CommentStore.Failure(
                "the comment records have errors, so it cannot be told which comments are open; repair them first",
                diagnostics: contents.diagnostics.filter { $0.severity == .error })
        }
        let order = VersionStore(workspace: workspace).list().versions.map(\.name)
        let limit = order.firstIndex(of: version) ?? order.count
        let later = Set(order.suffix(from: min(order.count, limit + 1)))
        return contents.comments.filter { comment in
            !later.contains(comment.version) && contents.status(of: comment.id) == .open
        }
    }

    private static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(79)) + "…" : flat
    }
}
