import Foundation

/// What an import did, file by file.
public struct CommentImportReport: Sendable {
    /// One imported file.
    public struct File: Sendable {
        /// The file as the user named it.
        public var name: String
        /// The SHA-256 of its bytes; its original is kept as `comments/originals/<sha256>.<ext>`
        /// (`csv` or `xlsx`, see ``CommentFormKind``).
        public var sha256: String
        /// The comments it added, with their new ids.
        public var added: [Comment]
        /// Rows whose comment was already recorded (from this file or another).
        public var duplicates: Int
        /// Template rows left empty.
        public var skipped: Int
        /// Whether these very bytes were imported before.
        public var wasImportedBefore: Bool
    }

    /// The files, in the order given.
    public var files: [File]

    /// Every comment added, in order.
    public var added: [Comment] { files.flatMap(\.added) }
}

extension CommentStore {
    /// Imports filled-in comment forms, all or nothing: when any row of any file has a problem,
    /// every problem is reported (``Failure/diagnostics``) and nothing is recorded.
    ///
    /// Each new comment gets the id `<version>-<member>-NNN`, numbered per version and member
    /// in import order; a comment already recorded (same version, member, target, paragraph,
    /// type, text and proposed wording) is counted as a duplicate and not added again. The
    /// originals of files that added comments and the new `comments.csv` are written in one
    /// ``StoreTransaction``: a crash leaves the old records or the new, never one without the
    /// other.
    ///
    /// - Parameters:
    ///   - files: each file's name (used in diagnostics) and bytes.
    ///   - date: the day of the import.
    ///   - templates: `--templates`, for the versions' section titles and the forms' words.
    public func importForms(
        _ files: [(name: String, data: Data)], date: CalendarDate, templates: URL? = nil, lockTimeout: Double = 10
    ) throws(Failure) -> CommentImportReport {
        let templateFolder = Workspace.templateFolder(explicit: templates, workspace: workspace)
        let vocabulary = CommentVocabulary(templates: Self.templates(templateFolder))
        let reviews = ReviewVersions(workspace: workspace, templates: templateFolder)
        return try changing(lockTimeout: lockTimeout) { contents throws(Failure) in
            var identities = Set<Comment.Identity>()
            identities.reserveCapacity(contents.comments.count)
            var numbers: [String: Int] = [:]
            for comment in contents.comments {
                identities.insert(comment.identity)
                let key = "\(comment.version)\u{0}\(comment.member.rawValue)"
                numbers[key] = max(numbers[key] ?? 0, Self.number(of: comment))
            }
            var diagnostics: [Diagnostic] = []
            var reports: [CommentImportReport.File] = []
            for file in files {
                let sha = SHA256.hex(file.data)
                let form = CommentFormReader.read(file.data, file: file.name, vocabulary: vocabulary)
                diagnostics += form.diagnostics
                var report = CommentImportReport.File(
                    name: file.name, sha256: sha, added: [], duplicates: 0, skipped: form.skipped,
                    wasImportedBefore: FileManager.default.fileExists(
                        atPath: originalURL(sha256: sha, kind: CommentFormKind(fileName: file.name)).path))
                for draft in form.drafts {
                    guard let (member, target) = reviews.resolve(draft, diagnostics: &diagnostics) else { continue }
                    var comment = Comment(
                        id: "", version: draft.version.value, member: member, target: target,
                        paragraph: draft.paragraph, type: draft.type, text: draft.text, proposal: draft.proposal,
                        source: sha, sourceLine: draft.line, imported: date,
                        location: .file(Self.commentsPath))
                    guard identities.insert(comment.identity).inserted else {
                        report.duplicates += 1
                        continue
                    }
                    let key = "\(comment.version)\u{0}\(member.rawValue)"
                    let number = (numbers[key] ?? 0) + 1
                    numbers[key] = number
                    comment.id = Self.id(version: comment.version, member: member, number: number)
                    report.added.append(comment)
                }
                reports.append(report)
            }
            let errors = diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else {
                let failed = Set(errors.map(\.location.file)).count
                throw Failure(
                    "nothing was imported: \(failed) of \(files.count) file(s) have errors",
                    diagnostics: diagnostics.sorted())
            }
            let added = reports.flatMap(\.added)
            guard !added.isEmpty else { return CommentImportReport(files: reports) }
            // One transaction over comments/: the originals and comments.csv take effect together.
            do throws(StoreTransaction.Failure) {
                var transaction = try StoreTransaction(root: url(Self.folderName))
                do throws(StoreTransaction.Failure) {
                    var staged = Set<String>()
                    for (file, report) in zip(files, reports)
                    where !report.added.isEmpty && !report.wasImportedBefore && staged.insert(report.sha256).inserted {
                        try transaction.stage(file.data, at: "originals/\(report.sha256).\(CommentFormKind(fileName: file.name).fileExtension)")
                    }
                    try transaction.stage(CommentRecords.commentsFile(contents.comments + added), at: "comments.csv")
                } catch {
                    transaction.discard()
                    throw error
                }
                try transaction.commit()
            } catch {
                throw Failure("\(error.description); \(error.isCommitted ? error.state : "nothing was imported")")
            }
            return CommentImportReport(files: reports)
        }
    }

    /// `v1-ipr-007`: at least three digits.
    static func id(version: String, member: MemberID, number: Int) -> String {
        "\(version)-\(member.rawValue)-\(CalendarDate.pad(number, 3))"
    }

    /// The number at the end of a comment's id.
    static func number(of comment: Comment) -> Int {
        Int(comment.id.dropFirst(comment.version.count + comment.member.rawValue.count + 2)) ?? 0
    }

    /// The templates in `folder`, else the built-in ones.
    public static func templates(_ folder: URL?) -> TemplateSet {
        guard let folder else { return TemplateSet.builtIn().0 }
        return TemplateSet.load(from: folder).0
    }

    /// The languages `strategy.json` lists, in its order, or nil when it cannot be read: a
    /// light read for commands that need no more of the workspace.
    public func workspaceLanguages() -> [Language]? {
        guard let data = FileManager.default.contents(atPath: url(WorkspaceLoader.FileName.strategy).path) else {
            return nil
        }
        let (root, _) = JSONReader.parse(String(decoding: data, as: UTF8.self), file: WorkspaceLoader.FileName.strategy)
        guard case .object(let members)? = root?.value,
              case .array(let items)? = members.first(where: { $0.key == "languages" })?.value.value
        else { return nil }
        let codes = items.compactMap { item -> Language? in
            guard case .string(let code) = item.value, Language.isValidCode(code) else { return nil }
            return Language(code)
        }
        return codes.isEmpty ? nil : codes
    }
}
