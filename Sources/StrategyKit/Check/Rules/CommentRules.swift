import Foundation

/// The comment records of a workspace: readable, pointing at versions and targets that exist,
/// and no version left with open comments unnoticed.
///
/// - `comments.open` (warning): one per version that has comments without a decision, listing
///   their ids, at the first of them in `comments/comments.csv`.
/// - `comments.removed-target`: a comment on an entity that a later version no longer has; a
///   warning while the comment is open (it can no longer be acted on as written), a note once
///   it is decided (the decision may well have been to remove it).
/// - `comments.unknown-version`, `comments.unknown-target` (errors): records edited by hand
///   that no longer match the versions.
enum CommentRules {
    /// Ids listed in one `comments.open` warning before "and N more".
    static let listedIDs = 50

    static func check(_ workspace: URL, templates: URL?, sink: DiagnosticSink) {
        let store = CommentStore(workspace: workspace)
        guard store.exists else { return }
        let contents = store.read()
        sink.report(contentsOf: contents.diagnostics)
        guard !contents.comments.isEmpty else { return }
        let versions = VersionStore(workspace: workspace).list().versions.map(\.name)
        let reviews = ReviewVersions(
            workspace: workspace, templates: Workspace.templateFolder(explicit: templates, workspace: workspace))
        var byVersion: [String: [Comment]] = [:]
        var order: [String] = []
        for comment in contents.comments {
            if byVersion[comment.version] == nil { order.append(comment.version) }
            byVersion[comment.version, default: []].append(comment)
        }
        for name in order {
            let comments = byVersion[name] ?? []
            guard let review = reviews.review(name) else {
                sink.report(.commentsOnMissingVersion(name, count: comments.count, at: comments[0].location))
                continue
            }
            var later: [ChangeLocator.Snapshot] = []
            if let index = versions.firstIndex(of: name) {
                for next in versions[(index + 1)...] {
                    guard let opened = reviews.review(next) else { continue }
                    later.append(.init(name: next, strategy: opened.strategy, outline: opened.outline))
                }
            }
            let locator = ChangeLocator(
                base: .init(name: name, strategy: review.strategy, outline: review.outline), later: later)
            var open: [Comment] = []
            for comment in comments {
                let status = contents.status(of: comment.id)
                if status == .open { open.append(comment) }
                guard let target = review.outline.target(comment.target) else {
                    sink.report(.commentsStoredUnknownTarget(comment))
                    continue
                }
                guard target.kind != .document, target.kind != .section, !later.isEmpty,
                      let removal = locator.removal(of: comment.target)
                else { continue }
                sink.report(.commentsRemovedTarget(comment, removedIn: removal, isOpen: status == .open))
            }
            if !open.isEmpty { sink.report(.commentsOpen(version: name, open)) }
        }
    }
}

extension Diagnostic {
    static func commentsOpen(version: String, _ comments: [Comment]) -> Diagnostic {
        var ids = comments.prefix(CommentRules.listedIDs).map(\.id).joined(separator: ", ")
        if comments.count > CommentRules.listedIDs { ids += " and \(comments.count - CommentRules.listedIDs) more" }
        let noun = comments.count == 1 ? "comment" : "comments"
        return .warning(
            "comments.open", "version \(version) has \(comments.count) open \(noun): \(ids)",
            at: comments[0].location,
            notes: [Note("record a decision with 'strategy comments resolve ID --decision … --response …'")])
    }

    static func commentsRemovedTarget(_ comment: Comment, removedIn version: String, isOpen: Bool) -> Diagnostic {
        let message = "comment \(comment.id) is on '\(comment.target)', which version \(version) no longer has"
        return isOpen
            ? .warning("comments.removed-target", message, at: comment.location)
            : Diagnostic(.note, code: "comments.removed-target", message: message, at: comment.location)
    }

    static func commentsOnMissingVersion(_ version: String, count: Int, at location: SourceLocation) -> Diagnostic {
        .error("comments.unknown-version",
               "\(count) comment(s) are on version '\(version)', which the workspace does not have (versions/\(version))",
               at: location)
    }

    static func commentsStoredUnknownTarget(_ comment: Comment) -> Diagnostic {
        .error("comments.unknown-target",
               "comment \(comment.id) is on '\(comment.target)', which version \(comment.version) does not have",
               at: comment.location)
    }
}
