import Foundation

/// The comments of a workspace and the consultant's decisions on them, kept in `comments/`:
///
/// ```
/// comments/comments.csv          every imported comment, one row each (rewritten atomically)
/// comments/decisions.csv         the journal of decisions and responses (append-only)
/// comments/originals/<sha>.csv   each imported form, byte for byte, named by its SHA-256
/// ```
///
/// The folder is the workbench's own record, never part of a version's snapshot. Every change
/// holds the workspace lock; a store with a damaged line is reported and not changed until
/// it is repaired, so nothing is dropped by rewriting it.
public struct CommentStore: Sendable {
    /// What the store refuses or could not do, in words for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
        /// The problems behind it (a form's rows, a damaged record file).
        public var diagnostics: [Diagnostic]

        /// Whether the change was nevertheless recorded (written, but `fsync` failed): a retry
        /// must not record it again.
        public var isRecorded = false

        init(_ description: String, diagnostics: [Diagnostic] = [], isRecorded: Bool = false) {
            self.description = description
            self.diagnostics = diagnostics
            self.isRecorded = isRecorded
        }
    }

    /// The folder inside the workspace.
    public static let folderName = "comments"
    /// The comments, relative to the workspace.
    public static let commentsPath = "comments/comments.csv"
    /// The decision journal, relative to the workspace.
    public static let decisionsPath = "comments/decisions.csv"
    /// The imported forms, relative to the workspace.
    public static let originalsPath = "comments/originals"

    /// The workspace.
    public let workspace: URL

    /// The store of the workspace at `workspace`.
    public init(workspace: URL) {
        self.workspace = workspace.standardizedFileURL
    }

    func url(_ path: String) -> URL { workspace.appendingPathComponent(path) }

    /// The stored original of an imported file with this SHA-256.
    public func originalURL(sha256: String, kind: CommentFormKind = .csv) -> URL {
        url(Self.originalsPath).appendingPathComponent("\(sha256).\(kind.fileExtension)")
    }

    /// Whether the workspace has any comments folder at all.
    public var exists: Bool { FileManager.default.fileExists(atPath: url(Self.folderName).path) }

    // MARK: Reading

    /// Everything recorded: the comments in import order, the decisions in force, and every
    /// problem with the record files.
    public struct Contents: Sendable {
        /// The comments, in the order they were imported.
        public var comments: [Comment]
        /// The decision in force per comment id.
        public var resolutions: [String: CommentResolution]
        /// Problems with `comments.csv` and `decisions.csv`, sorted.
        public var diagnostics: [Diagnostic]
        private var positions: [String: Int]

        init(comments: [Comment], resolutions: [String: CommentResolution], diagnostics: [Diagnostic]) {
            self.comments = comments
            self.resolutions = resolutions
            self.diagnostics = diagnostics
            var positions: [String: Int] = [:]
            positions.reserveCapacity(comments.count)
            for (index, comment) in comments.enumerated() { positions[comment.id] = index }
            self.positions = positions
        }

        /// The comment with `id`.
        public func comment(_ id: String) -> Comment? { positions[id].map { comments[$0] } }

        /// Open, or the decision in force.
        public func status(of id: String) -> CommentStatus {
            resolutions[id].map { .decided($0.decision) } ?? .open
        }

        /// The comments on `version` that have no decision yet, in import order.
        public func openComments(on version: String) -> [Comment] {
            comments.filter { $0.version == version && resolutions[$0.id] == nil }
        }

        /// Whether a record file has an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads both record files; missing files are an empty store, and so is an empty
    /// `decisions.csv` (a first decision killed before its header was written). A last line of
    /// `decisions.csv` without its line break was cut short: it is reported and ignored.
    public func read() -> Contents {
        Leftovers.completePending(workspace: workspace)
        let sink = DiagnosticSink()
        var comments: [Comment] = []
        switch RecordFile.read(Self.commentsPath, in: workspace) {
        case .missing: break
        case .unusable(let problem): sink.report(problem)
        case .data(let data):
            comments = CommentRecords.readComments(data, file: Self.commentsPath, sink: sink)
        }
        var resolutions: [String: CommentResolution] = [:]
        switch RecordFile.read(Self.decisionsPath, in: workspace) {
        case .missing: break
        case .unusable(let problem): sink.report(problem)
        case .data(let data):
            if let line = RecordFile.tornLine(data) { sink.report(Self.tornDecision(line: line)) }
            let complete = RecordFile.completeLines(data)
            if !complete.isEmpty {
                resolutions = CommentRecords.readDecisions(
                    complete, file: Self.decisionsPath, comments: Set(comments.map(\.id)), sink: sink)
            }
        }
        return Contents(comments: comments, resolutions: resolutions, diagnostics: sink.sorted)
    }

    /// A last line of `decisions.csv` cut short.
    static func tornDecision(line: Int) -> Diagnostic {
        .warning(
            "comments.torn-line",
            "line \(line) of \(decisionsPath) is incomplete (no line break): a command was interrupted while "
                + "writing it, so that decision was not recorded and is ignored",
            at: SourceLocation(file: decisionsPath, line: line, column: 1),
            notes: [.init("delete that line, then record the decision again; no decision is added until then")])
    }

    // MARK: Changing

    /// Runs `body` holding the workspace lock, with the store read under it. Refuses while a
    /// record file has errors: rewriting it would drop the damaged lines.
    func changing<T>(lockTimeout: Double, _ body: (Contents) throws(Failure) -> T) throws(Failure) -> T {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace, timeout: lockTimeout) } catch { throw Failure(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let contents = read()
        guard !contents.hasErrors else {
            throw Failure(
                "the comment records have errors; repair the lines below first (nothing was changed)",
                diagnostics: contents.diagnostics.filter { $0.severity == .error })
        }
        return try body(contents)
    }

    /// Appends a journal line to `decisions.csv` in one write, with the header before it when
    /// the file is new or empty. Refused while the last line is torn (appending would glue the
    /// new line to it) or while the path is not a regular file.
    func appendDecision(_ line: String) throws(Failure) {
        let journal = url(Self.decisionsPath)
        var text = line
        switch RecordFile.read(Self.decisionsPath, in: workspace) {
        case .missing: text = CommentRecords.decisionsHeader + "\n" + line
        case .unusable(let problem): throw Failure(problem.message + "; nothing was recorded", diagnostics: [problem])
        case .data(let data):
            if data.isEmpty { text = CommentRecords.decisionsHeader + "\n" + line }
            if let torn = RecordFile.tornLine(data) {
                throw Failure(
                    "\(Self.decisionsPath) line \(torn) is incomplete; nothing was recorded",
                    diagnostics: [Self.tornDecision(line: torn)])
            }
        }
        do {
            try AtomicFile.appendLine(text, to: journal)
        } catch {
            switch error.outcome {
            case .unchanged: throw Failure(error.description + "; nothing was recorded")
            case .torn: throw Failure(error.description + "; the decision was not recorded ('strategy check' shows the line)")
            case .writtenNotDurable: throw Failure(error.description, isRecorded: true)
            }
        }
    }
}
