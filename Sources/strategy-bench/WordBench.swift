import Foundation
import StrategyCLI
import StrategyKit

/// The Word rows of the bench, on a generated workspace after ``VersionBench`` (which cut
/// `bench-v1` and revised the workspace):
///
/// - `comments import docx`: a commented copy of `bench-v1` with as many Word comments as
///   actions, one on each action's anchor, imported into an empty store. The copy holds only
///   the anchored paragraphs: the whole review copy of 20,000 actions is about 165 MB of XML,
///   past the Office reader's limit of 64 MiB for one ZIP entry.
/// - `redline docx ru`: the revised workspace as a DOCX with tracked changes against `bench-v1`
///   (both documents built, compared and written).
enum WordBench {
    static func measure(
        _ folder: URL, comments count: Int, runs: Int, console: Console, startPhase: () -> Void
    ) -> [VersionBench.Measured] {
        var importing = VersionBench.Measured(command: "comments import docx", sample: Sample())
        var redlining = VersionBench.Measured(command: "redline docx ru", sample: Sample())
        let versions = VersionStore(workspace: folder)
        let store = CommentStore(workspace: folder)
        let commentsFolder = folder.appendingPathComponent(CommentStore.folderName)
        let date = CalendarDate("2023-11-27") ?? .epoch
        let copy: Data
        let old: Strategy
        do {
            let (version, strategy) = try versions.load(VersionBench.version)
            old = strategy
            copy = commentedCopy(version: version, strategy: strategy, count: count)
        } catch {
            importing.failure = "set-up failed: \(error)"
            return [importing, redlining]
        }
        for run in 1...runs {
            console.err("strategy-bench: comments import docx \(run)/\(runs)\n")
            try? FileManager.default.removeItem(at: commentsFolder)
            startPhase()
            do {
                let (report, milliseconds) = try Stopwatch.time {
                    try store.importForms([("bench.docx", copy)], date: date)
                }
                importing.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                if report.added.count != count { importing.failure = "imported \(report.added.count) of \(count)" }
            } catch {
                let problems = (error as? CommentStore.Failure)?.diagnostics.prefix(3).map(\.description) ?? []
                importing.failure = "comments import docx failed: \(error) \(problems)"
                break
            }
        }
        try? FileManager.default.removeItem(at: commentsFolder)
        guard let new = WorkspaceLoader.load(from: folder).strategy else {
            redlining.failure = "the revised workspace cannot be read"
            return [importing, redlining]
        }
        let templates = TemplateSet.builtIn().0
        for run in 1...runs {
            console.err("strategy-bench: redline \(run)/\(runs)\n")
            startPhase()
            do {
                let (data, milliseconds) = try Stopwatch.time {
                    try Redline.docx(old: old, new: new, language: Language("ru"), templates: templates,
                                     author: "Consultant", date: date)
                }
                redlining.sample.add(milliseconds, peakKiB: MemoryProbe.peakKiB())
                withExtendedLifetime(data) {}
            } catch {
                redlining.failure = "redline failed: \(error)"
                break
            }
        }
        return [importing, redlining]
    }

    /// A package with a paragraph per action holding its bookmark, its end marker and a Word
    /// comment on its title, the first `count` actions (repeating when there are fewer).
    static func commentedCopy(version: StrategyVersion, strategy: Strategy, count: Int) -> Data {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        var document = "<w:document \(w)><w:body>"
        var comments = "<w:comments \(w)>"
        document.reserveCapacity(count * 400)
        comments.reserveCapacity(count * 200)
        let actions = strategy.actions
        for index in 0..<count where !actions.isEmpty {
            let action = actions[index % actions.count]
            let id = action.id.value.rawValue
            let title = XMLEscaping.text(action.title.values.first?.value ?? id)
            document += "<w:p><w:bookmarkStart w:id=\"\(index)\" w:name=\"\(DOCXAnchors.bookmarkName(id))\"/>"
                + "<w:commentRangeStart w:id=\"\(index)\"/><w:r><w:t>\(title)</w:t></w:r>"
                + "<w:commentRangeEnd w:id=\"\(index)\"/><w:r><w:commentReference w:id=\"\(index)\"/></w:r>"
                + "<w:bookmarkEnd w:id=\"\(index)\"/><w:bookmarkStart w:id=\"\(count + index)\" w:name=\"\(DOCXAnchors.endName(id))\"/>"
                + "<w:bookmarkEnd w:id=\"\(count + index)\"/></w:p>"
            comments += "<w:comment w:id=\"\(index)\" w:author=\"Member\"><w:p><w:r><w:t>editorial: comment \(index)"
                + " on \(id)</w:t></w:r></w:p></w:comment>"
        }
        document += "</w:body></w:document>"
        comments += "</w:comments>"
        let package = FuzzEntryPoints.reviewCopyPackage(
            document: Array(document.utf8), comments: Array(comments.utf8), extended: Array("<x/>".utf8),
            properties: [
                .init(name: ReviewCopy.versionProperty, value: version.name),
                .init(name: ReviewCopy.hashProperty, value: version.hash),
                .init(name: ReviewCopy.memberProperty, value: strategy.members.first?.id.value.rawValue ?? ""),
            ])
        return Data(package)
    }
}
