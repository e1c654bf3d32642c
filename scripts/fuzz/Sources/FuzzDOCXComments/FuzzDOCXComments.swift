import Foundation
import FuzzSupport
import StrategyKit

/// The reader of commented Word copies on arbitrary bytes: as a whole file, and as the three
/// parts it reads (document, comments, replies) inside a valid package, cut from the input at
/// its first two NUL bytes. Nothing may trap; every range must run forwards, every quote stay
/// within its limit, every comment and change be placed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    check(FuzzEntryPoints.readReviewCopy(bytes))
    let pieces = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
    let document = pieces[0]
    let comments = pieces.count > 1 ? pieces[1] : []
    let extended = pieces.count > 2 ? pieces[2] : []
    let package = FuzzEntryPoints.reviewCopyPackage(document: document, comments: comments, extended: extended)
    Fuzz.require(!package.isEmpty, "the package of \(size) bytes was not written")
    check(FuzzEntryPoints.readReviewCopy(package))
    return 0
}

private func check(_ report: FuzzEntryPoints.ReviewCopyReport) {
    if let failure = report.failure {
        Fuzz.require(!failure.isEmpty && report.notes.isEmpty && report.changes.isEmpty, "a failure with results")
        return
    }
    Fuzz.require(report.notes.count <= 100_000, "\(report.notes.count) comments past the limit")
    for note in report.notes {
        if let start = note.start, let end = note.end {
            Fuzz.require(start >= 0 && end >= 0, "a negative offset")
        }
        Fuzz.require(note.quoteLength <= 1000, "a quote of \(note.quoteLength) characters")
    }
    for change in report.changes { Fuzz.require(change.start <= change.end, "a change that runs backwards") }
    for anchor in report.anchors { Fuzz.require(anchor.start <= anchor.end, "a bookmark that runs backwards") }
    Fuzz.require(report.located.count == report.notes.count + report.changes.count, "a comment not placed")
}
