import Foundation

/// A workspace opened for a command: the model, its templates and every diagnostic.
public struct OpenedWorkspace: Sendable {
    /// The model, or nil when `strategy.json` could not be read.
    public var strategy: Strategy?
    /// The templates in effect.
    public var templates: TemplateSet
    /// Loader, checker and template diagnostics, sorted.
    public var diagnostics: [Diagnostic]
    /// The changes since the version the edition names in `changesSince`, for the document's
    /// "Changes since" annex (pass it to ``Workspace/render(_:templates:languages:formats:date:changes:)``);
    /// nil when it names none or the workspace has errors.
    public var changes: VersionChanges? = nil
    /// The contract journal (`contract/journal.csv`), read once; its problems are among the
    /// diagnostics.
    public var journal: ContractJournal = .empty
    /// Where every translation stands (missing, stale, current), when the strategy could be
    /// read; its stale texts are among the diagnostics.
    public var translations: TranslationState? = nil

    /// The number of errors.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Opening, checking and rendering a workspace folder: what every command starts with.
public enum Workspace {
    /// Loads and checks the workspace in `folder` with the templates chosen by
    /// ``templateFolder(explicit:workspace:)``.
    ///
    /// - Parameter versions: where the edition's `changesSince` version is looked up (default:
    ///   the workspace's own store; a version's snapshot passes the store it belongs to).
    public static func open(
        _ folder: URL, templates explicit: URL? = nil, versions: VersionStore? = nil
    ) -> OpenedWorkspace {
        let sink = DiagnosticSink()
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        guard exists, isDirectory.boolValue else {
            sink.report(.error(
                "file.missing",
                exists ? "\(folder.path) is a file, not a workspace folder"
                    : "there is no workspace folder at \(folder.path)",
                at: .file(folder.lastPathComponent)))
            return OpenedWorkspace(strategy: nil, templates: TemplateSet(languages: [:], origin: ""),
                                   diagnostics: sink.sorted)
        }
        Leftovers.completePending(workspace: folder)
        let (templates, templateDiagnostics) = loadTemplates(explicit: explicit, workspace: folder)
        sink.report(contentsOf: templateDiagnostics)
        let files = WorkspaceFiles(root: folder, sink: sink)
        let strategy = WorkspaceLoader.read(files, sink: sink)
        var translations: TranslationState?
        if let strategy {
            Checker.check(strategy, sink: sink)
            TemplateRules.check(templates, for: strategy, reference: TemplateSet.builtIn().0, sink: sink)
            translations = TranslationState.open(
                strategy, files: files, versions: versions ?? VersionStore(workspace: folder), sink: sink)
        }
        CommentRules.check(folder, templates: explicit, sink: sink)
        sink.report(contentsOf: Leftovers.diagnostics(workspace: folder))
        let changes = strategy.flatMap { strategy in
            VersionChanges.resolve(
                strategy, store: versions ?? VersionStore(workspace: folder),
                isClean: !sink.diagnostics.contains { $0.severity == .error }, sink: sink)
        }
        let journal = ContractRules.journal(of: folder, strategy: strategy, sink: sink)
        // A version's snapshot (opened with the store it belongs to) is an old edition by
        // design: only the workspace itself is held to its versions.
        if let strategy, versions == nil {
            EditionRules.check(strategy, store: VersionStore(workspace: folder), journal: journal, sink: sink)
        }
        return OpenedWorkspace(
            strategy: strategy, templates: templates, diagnostics: sink.sorted, changes: changes,
            journal: journal, translations: translations)
    }

    /// `--templates DIR`, else `templates/` beside the workspace, else nil (the built-in copy).
    public static func templateFolder(explicit: URL?, workspace: URL) -> URL? {
        if let explicit { return explicit }
        let beside = workspace.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("templates")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: beside.path, isDirectory: &isDirectory),
           isDirectory.boolValue {
            return beside
        }
        return nil
    }

    /// `--out DIR`, else `exports/` beside the workspace.
    public static func exportFolder(explicit: URL?, workspace: URL) -> URL {
        explicit ?? workspace.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("exports")
    }

    private static func loadTemplates(explicit: URL?, workspace: URL) -> (TemplateSet, [Diagnostic]) {
        guard let folder = templateFolder(explicit: explicit, workspace: workspace) else {
            return TemplateSet.builtIn()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
              isDirectory.boolValue
        else {
            return (TemplateSet(languages: [:], origin: folder.lastPathComponent), [.error(
                "template.missing", "there is no templates folder at \(folder.path)",
                at: .file(folder.lastPathComponent))])
        }
        return TemplateSet.load(from: folder)
    }

    /// The document formats `render` can produce.
    public enum Format: String, CaseIterable, Sendable {
        case md, html, docx
        /// The plan as an Excel workbook (`plan.xlsx`, see ``DocumentBuilder/workbook()``), not
        /// the strategy document: the coordinator's action matrix, cost estimate, indicators and
        /// contract, with totals as formulas.
        case xlsx

        /// The writer of a document format; nil for ``xlsx``, which is not a document.
        public var writer: (any DocumentWriter)? {
            switch self {
            case .md: MarkdownWriter()
            case .html: HTMLWriter()
            case .docx: DOCXWriter()
            case .xlsx: nil
            }
        }
    }

    /// Renders `strategy` in each language and format, sorted by path.
    ///
    /// The languages are built and written side by side (one document each, on the machine's
    /// cores); the result does not depend on which finishes first.
    ///
    /// - Parameter changes: the changes since the edition's `changesSince` version
    ///   (``OpenedWorkspace/changes``), which its "Changes since" annex shows; required when
    ///   the edition names one.
    public static func render(
        _ strategy: Strategy, templates: TemplateSet, languages: [Language], formats: [Format],
        date: CalendarDate? = nil, changes: VersionChanges? = nil
    ) throws -> [RenderedFile] {
        if let since = strategy.edition.changesSince, changes?.since.name != since.value {
            throw RenderError(diagnostic: .error(
                "version.unknown",
                "the edition lists the changes since version '\(since.value)', but they were not computed "
                    + "(open the workspace with Workspace.open and pass its changes)",
                at: since.location))
        }
        var contexts: [RenderContext] = []
        for language in languages {
            let set = try templates.templates(for: language)
            contexts.append(RenderContext(
                language: language, templates: set, date: date ?? strategy.edition.date, changes: changes))
        }
        let costs = DocumentCosts(strategy)
        let jobs = contexts
        let results = ConcurrentResults<[RenderedFile]>(count: contexts.count)
        DispatchQueue.concurrentPerform(iterations: contexts.count) { index in
            let renderer = StrategyDocumentRenderer(writers: formats.compactMap(\.writer), costs: costs)
            results[index] = Result {
                var files = try renderer.render(strategy, in: jobs[index])
                if formats.contains(.xlsx) {
                    let workbook = DocumentBuilder(strategy: strategy, context: jobs[index], costs: costs).workbook()
                    files.append(RenderedFile(path: "\(jobs[index].language)/plan.xlsx", data: try XLSXWriter.data(workbook)))
                }
                return files
            }
        }
        var files: [RenderedFile] = []
        for index in contexts.indices {
            // The first failure in language order, as a sequential render would report it.
            files += try results[index]?.get() ?? []
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// One result slot per concurrent task, filled from any thread.
private final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Result<Value, any Error>? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }
}
