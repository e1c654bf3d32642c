import Foundation
import FuzzSupport
import StrategyKit

/// The readers of comments: a filled-in comment form (`CommentFormReader`, as `comments import`
/// uses it) and the two record files of `comments/`, on the same bytes.
///
/// Invariants: diagnostics sorted and placed in their file; every draft has a version, member,
/// target, type and comment, and starts on a line of the file; drafts written as
/// `comments.csv` read back exactly (formula neutralising and its `'` undone, quotes, line
/// breaks) and without diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.data(data, size)
    let file = "form.csv"
    let form = CommentFormReader.read(bytes, file: file, vocabulary: vocabulary)
    Fuzz.checkDiagnostics(form.diagnostics, file: file)
    Fuzz.require(form.skipped >= 0, "negative skipped count")
    for draft in form.drafts {
        Fuzz.require(!draft.text.isEmpty, "a draft without a comment")
        for field in [draft.version, draft.member, draft.target] {
            Fuzz.require(!field.value.isEmpty, "a draft without version, member or target")
            Fuzz.checkLocation(field.location, file: file)
        }
        Fuzz.require(draft.line >= 1, "a draft on line \(draft.line)")
    }

    let (written, read, storeDiagnostics) = FuzzEntryPoints.storeRoundTrip(form.drafts)
    Fuzz.require(read == written, "comments do not read back as written: \(written) → \(read)")
    Fuzz.require(storeDiagnostics.allSatisfy { $0.code == "csv.control-character" },
                 "stored comments read back with \(storeDiagnostics)")

    let records = FuzzEntryPoints.readCommentRecords(bytes, file: "comments/comments.csv")
    Fuzz.checkDiagnostics(records.diagnostics, file: "comments/comments.csv")
    Fuzz.require(Set(records.ids).count == records.ids.count, "a comment id read twice")
    let decisions = FuzzEntryPoints.readDecisionRecords(
        bytes, file: "comments/decisions.csv", ids: Set(records.ids + ["v1-ipr-001", "v1-ipr-002"]))
    Fuzz.checkDiagnostics(decisions.diagnostics, file: "comments/decisions.csv")
    return 0
}

private let vocabulary = CommentVocabulary(templates: TemplateSet.builtIn().0)
