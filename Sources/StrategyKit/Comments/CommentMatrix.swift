import Foundation

/// Every comment on one version with its disposition, grouped by the section it falls in,
/// with per-member counts: what the Coalition sees of what happened to its comments.
public struct CommentMatrix: Sendable {
    /// One comment and what became of it.
    public struct Entry: Sendable {
        /// The comment.
        public var comment: Comment
        /// The decision in force, if any.
        public var resolution: CommentResolution?
        /// For an accepted or partly accepted comment, the version where its target changed.
        public var landing: ChangeLocator.Landing?
        /// The target in the version's outline.
        public var target: ReviewOutline.Target?

        /// Open, or the decision.
        public var status: CommentStatus { resolution.map { .decided($0.decision) } ?? .open }
    }

    /// A section and the comments that fall in it.
    public struct Group: Sendable {
        /// The section (or the document as a whole).
        public var section: ReviewOutline.Target
        /// Its comments, in document order of their targets, then by id.
        public var entries: [Entry]
    }

    /// One member's counts.
    public struct Tally: Hashable, Sendable {
        public var member: MemberID
        public var received = 0
        public var counts: [CommentStatus: Int] = [:]

        /// The number with `status`.
        public func count(_ status: CommentStatus) -> Int { counts[status] ?? 0 }
    }

    /// The version.
    public var version: StrategyVersion
    /// The version's members, in the strategy's order.
    public var members: [Member]
    /// The groups, in document order; sections without comments are left out.
    public var groups: [Group]
    /// Per-member counts, every member of the version included.
    public var tallies: [Tally]
    /// The version's languages.
    public var languages: [Language]
    /// The templates whose labels the matrix is written with.
    public var templates: TemplateSet
    /// The version's illustration notice (an example workspace), shown at the head of the
    /// matrix's documents.
    public var illustration: LocalizedText? = nil

    /// Every entry, in matrix order.
    public var entries: [Entry] { groups.flatMap(\.entries) }

    /// The matrix of version `name` from what `store` holds. Refused while the comment records
    /// have errors: a matrix must not leave out a comment silently.
    public static func build(
        store: CommentStore, version name: String, templates: URL? = nil
    ) throws(CommentStore.Failure) -> CommentMatrix {
        let versions = VersionStore(workspace: store.workspace)
        let (record, problems) = versions.read(name)
        guard let record else {
            throw CommentStore.Failure(problems.first?.message ?? "there is no version '\(name)'", diagnostics: problems)
        }
        let contents = store.read()
        guard !contents.hasErrors else {
            throw CommentStore.Failure(
                "the comment records have errors; repair them first",
                diagnostics: contents.diagnostics.filter { $0.severity == .error })
        }
        let templateFolder = Workspace.templateFolder(explicit: templates, workspace: store.workspace)
        let reviews = ReviewVersions(workspace: store.workspace, templates: templateFolder)
        guard let review = reviews.review(name) else {
            throw CommentStore.Failure("version '\(name)' cannot be opened")
        }
        let comments = contents.comments.filter { $0.version == name }
        var later: [ChangeLocator.Snapshot] = []
        let needsLocator = comments.contains { comment in
            switch contents.status(of: comment.id) {
            case .decided(.accepted), .decided(.partly): true
            default: false
            }
        }
        if needsLocator {
            let all = versions.list().versions
            if let index = all.firstIndex(where: { $0.name == name }) {
                for next in all[(index + 1)...] {
                    guard let opened = reviews.review(next.name) else { continue }
                    later.append(.init(name: next.name, strategy: opened.strategy, outline: opened.outline))
                }
            }
        }
        let locator = ChangeLocator(
            base: .init(name: name, strategy: review.strategy, outline: review.outline), later: later)
        return assemble(version: record, review: review, comments: comments, contents: contents, locator: locator)
    }

    static func assemble(
        version: StrategyVersion, review: ReviewVersions.Review, comments: [Comment], contents: CommentStore.Contents,
        locator: ChangeLocator
    ) -> CommentMatrix {
        let outline = review.outline
        var tallies = review.strategy.members.map { Tally(member: $0.id.value) }
        var tallyIndex: [MemberID: Int] = [:]
        for (index, tally) in tallies.enumerated() where tallyIndex[tally.member] == nil { tallyIndex[tally.member] = index }
        var bySection: [String: [Entry]] = [:]
        // One comparison per target, however many comments it has (a section compares all it shows).
        var landings: [String: ChangeLocator.Landing?] = [:]
        for comment in comments {
            let resolution = contents.resolutions[comment.id]
            let target = outline.target(comment.target)
            var landing: ChangeLocator.Landing?
            if let decision = resolution?.decision, decision == .accepted || decision == .partly {
                if let known = landings[comment.target] {
                    landing = known
                } else {
                    landing = locator.landing(of: comment.target)
                    landings[comment.target] = landing
                }
            }
            let entry = Entry(comment: comment, resolution: resolution, landing: landing, target: target)
            bySection[target?.section ?? ReviewOutline.documentID, default: []].append(entry)
            if tallyIndex[comment.member] == nil {
                tallyIndex[comment.member] = tallies.count
                tallies.append(Tally(member: comment.member))
            }
            if let index = tallyIndex[comment.member] {
                tallies[index].received += 1
                tallies[index].counts[entry.status, default: 0] += 1
            }
        }
        var groups: [Group] = []
        for target in outline.targets where target.kind == .document || target.kind == .section {
            guard var entries = bySection[target.id] else { continue }
            entries.sort { left, right in
                let a = outline.position(of: left.comment.target) ?? Int.max
                let b = outline.position(of: right.comment.target) ?? Int.max
                if a != b { return a < b }
                if left.comment.member != right.comment.member { return left.comment.member.rawValue < right.comment.member.rawValue }
                return CommentStore.number(of: left.comment) < CommentStore.number(of: right.comment)
            }
            groups.append(Group(section: target, entries: entries))
        }
        return CommentMatrix(
            version: version, members: review.strategy.members, groups: groups, tallies: tallies,
            languages: review.strategy.languages, templates: review.templates,
            illustration: review.strategy.illustration)
    }
}

extension CommentMatrix {
    /// The formats the matrix is written in.
    public enum Format: String, CaseIterable, Sendable {
        case csv, md, html, docx
    }

    /// The matrix in `language` and `format`, as bytes; throws when there are no templates for
    /// the language or a writer fails.
    public func data(language: Language, format: Format) throws -> Data {
        let labels = try templates.templates(for: language).labels
        let writer: any DocumentWriter
        switch format {
        case .csv: return Data(csv(language: language, labels: labels).utf8)
        case .md: writer = MarkdownWriter()
        case .html: writer = HTMLWriter()
        case .docx: writer = DOCXWriter()
        }
        let document = document(language: language, labels: labels)
            .withIllustrationNotice(illustration?[language])
        return try writer.write(document, labels: labels)
    }
}
