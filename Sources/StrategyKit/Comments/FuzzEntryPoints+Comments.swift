import Foundation

extension FuzzEntryPoints {
    /// `comments/comments.csv` read from `data`: the comments' ids and the diagnostics.
    public static func readCommentRecords(_ data: Data, file: String) -> (ids: [String], diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let comments = CommentRecords.readComments(data, file: file, sink: sink)
        return (comments.map(\.id), sink.sorted)
    }

    /// `comments/decisions.csv` read from `data` against comments with `ids`: the decided ids
    /// and the diagnostics.
    public static func readDecisionRecords(
        _ data: Data, file: String, ids: Set<String>
    ) -> (decided: [String], diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let resolutions = CommentRecords.readDecisions(data, file: file, comments: ids, sink: sink)
        return (resolutions.keys.sorted(), sink.sorted)
    }

    /// The drafts stored as `comments.csv` (as version `v1`, member `ipr`) and read back: what
    /// was written and what came back, which must be the same texts, and the reader's
    /// diagnostics.
    public static func storeRoundTrip(
        _ drafts: [CommentDraft]
    ) -> (written: [Comment.Identity], read: [Comment.Identity], diagnostics: [Diagnostic]) {
        let comments = drafts.enumerated().map { index, draft in
            Comment(
                id: CommentStore.id(version: "v1", member: MemberID("ipr"), number: index + 1), version: "v1",
                member: MemberID("ipr"), target: draft.target.value, paragraph: draft.paragraph, type: draft.type,
                text: draft.text, proposal: draft.proposal, source: String(repeating: "0", count: 64),
                sourceLine: draft.line, imported: .epoch, location: .file(CommentStore.commentsPath))
        }
        let sink = DiagnosticSink()
        let read = CommentRecords.readComments(
            CommentRecords.commentsFile(comments), file: CommentStore.commentsPath, sink: sink)
        return (comments.map(\.identity), read.map(\.identity), sink.sorted)
    }
}
