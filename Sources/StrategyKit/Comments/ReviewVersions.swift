import Foundation

/// The versions comments are made on, opened once each: their strategy, outline and members,
/// so that a form's version, member and target cells can be checked against the version they
/// name.
final class ReviewVersions {
    /// One opened version.
    struct Review {
        var strategy: Strategy
        var outline: ReviewOutline
        var templates: TemplateSet
        /// Members by id, short name and name in every language, normalised.
        var members: [String: MemberID]
        /// The version's content hash.
        var hash: String
    }

    let store: VersionStore
    let templates: URL?
    private var opened: [String: Review?] = [:]
    private lazy var names: [String] = store.list().versions.map(\.name)
    private var suggestionsLeft = 50

    init(workspace: URL, templates: URL?) {
        store = VersionStore(workspace: workspace)
        self.templates = templates
    }

    /// The templates: the same for every version (they are not part of a snapshot).
    private lazy var templateSet: TemplateSet = CommentStore.templates(templates)

    /// Version `name`, or nil when it does not exist or cannot be read.
    ///
    /// Loaded, not checked again (``VersionStore/load(_:)``): it was clean when it was cut, and
    /// rules that changed since must not make comments on it unreadable.
    func review(_ name: String) -> Review? {
        if let cached = opened[name] { return cached }
        var review: Review?
        if VersionStore.isValidName(name), let (version, strategy) = try? store.load(name) {
            var members: [String: MemberID] = [:]
            for member in strategy.members {
                let id = member.id.value
                for text in [id.rawValue] + member.shortName.values.values.sorted() + member.name.values.values.sorted() {
                    let key = CommentVocabulary.normalized(text)
                    if members[key] == nil { members[key] = id }
                }
            }
            review = Review(
                strategy: strategy, outline: ReviewOutline(strategy: strategy, templates: templateSet),
                templates: templateSet, members: members, hash: version.hash)
        }
        opened[name] = review
        return review
    }

    /// The member and target of a form row checked against its version, or nil after adding
    /// the reasons to `diagnostics`.
    func resolve(_ draft: CommentDraft, diagnostics: inout [Diagnostic]) -> (MemberID, String)? {
        guard let review = review(draft.version.value) else {
            diagnostics.append(.commentsUnknownVersion(
                draft.version.value, at: draft.version.location, suggestion: suggestion(draft.version.value, in: names)))
            return nil
        }
        let member = review.members[CommentVocabulary.normalized(draft.member.value)]
        if member == nil {
            let ids = review.strategy.members.map(\.id.value.rawValue)
            diagnostics.append(.commentsUnknownMember(
                draft.member.value, version: draft.version.value, members: ids, at: draft.member.location))
        }
        let target = review.outline.target(draft.target.value)
        if target == nil {
            diagnostics.append(.commentsUnknownTarget(
                draft.target.value, version: draft.version.value, at: draft.target.location,
                suggestion: suggestion(draft.target.value, in: review.outline.ids)))
        }
        guard let member, let target else { return nil }
        return (member, target.id)
    }

    /// "Did you mean", for the first problems only: each costs a pass over every id.
    private func suggestion(_ word: String, in candidates: [String]) -> String? {
        guard suggestionsLeft > 0 else { return nil }
        suggestionsLeft -= 1
        return Suggestion.closest(to: word, in: candidates)
    }
}

extension Diagnostic {
    static func commentsUnknownVersion(_ name: String, at location: SourceLocation, suggestion: String?) -> Diagnostic {
        .error("comments.unknown-version", "there is no version '\(name)' to comment on", at: location,
               notes: suggestion.map { [Note("did you mean '\($0)'?")] } ?? [])
    }

    static func commentsUnknownMember(
        _ text: String, version: String, members: [String], at location: SourceLocation
    ) -> Diagnostic {
        .error("comments.unknown-member",
               "'\(text)' is not a Coalition member in version \(version) (one of: \(members.joined(separator: ", ")))",
               at: location)
    }

    static func commentsUnknownTarget(
        _ id: String, version: String, at location: SourceLocation, suggestion: String?
    ) -> Diagnostic {
        .error("comments.unknown-target", "version \(version) has no section or entity '\(id)'", at: location,
               notes: suggestion.map { [Note("did you mean '\($0)'?")] } ?? [])
    }
}
