import Foundation

/// What loading a workspace gives: the best model that could be read and every problem found.
public struct LoadResult: Sendable {
    /// The model, or nil when not even `strategy.json` could be read.
    public var strategy: Strategy?
    /// Every problem, sorted by file, line, column and code.
    public var diagnostics: [Diagnostic]
}

/// Reads a workspace folder into a ``Strategy``.
///
/// Never stops at the first problem: every file is read, and a bad value only drops the
/// entity or field it belongs to.
public enum WorkspaceLoader {
    /// The files of a workspace, relative to it.
    public enum FileName {
        public static let strategy = "strategy.json"
        public static let goals = "goals.json"
        public static let indicators = "indicators.json"
        public static let audiences = "audiences.json"
        public static let channels = "channels.json"
        public static let themes = "themes.json"
        public static let risks = "risks.json"
        public static let contract = "contract.json"
        public static let portal = "portal.json"
        public static let actions = "actions.csv"
        public static let costs = "costs.csv"
        public static let prose = "prose"
    }

    /// Loads the workspace in `folder`.
    public static func load(from folder: URL) -> LoadResult {
        let sink = DiagnosticSink()
        let files = WorkspaceFiles(root: folder, sink: sink)
        let strategy = read(files, sink: sink)
        return LoadResult(strategy: strategy, diagnostics: sink.sorted)
    }

    static func read(_ files: WorkspaceFiles, sink: DiagnosticSink) -> Strategy? {
        guard let root = files.json(FileName.strategy, required: true),
              var strategy = readStrategy(root, sink: sink)
        else {
            return nil
        }
        if let node = files.json(FileName.goals, required: true) {
            strategy.goals = readList(node, key: "goals", file: FileName.goals, sink: sink, readGoal)
        }
        if let node = files.json(FileName.indicators, required: true) {
            strategy.indicators = readList(
                node, key: "indicators", file: FileName.indicators, sink: sink, readIndicator)
        }
        if let node = files.json(FileName.audiences, required: true) {
            strategy.audiences = readList(
                node, key: "audiences", file: FileName.audiences, sink: sink, readAudience)
        }
        if let node = files.json(FileName.channels, required: true) {
            strategy.channels = readList(
                node, key: "channels", file: FileName.channels, sink: sink, readChannel)
        }
        if let node = files.json(FileName.themes, required: true) {
            strategy.themes = readList(node, key: "themes", file: FileName.themes, sink: sink, readTheme)
        }
        if let node = files.json(FileName.risks, required: true) {
            strategy.risks = readList(node, key: "risks", file: FileName.risks, sink: sink, readRisk)
        }
        if let node = files.json(FileName.portal, required: false) {
            strategy.portalMetrics = readList(
                node, key: "metrics", file: FileName.portal, sink: sink, readPortalMetric)
        }
        if let node = files.json(FileName.contract, required: false) {
            strategy.contract = readContract(node, sink: sink)
        }
        if let node = files.json(FileName.session, required: false) {
            strategy.planningSession = readSession(node, sink: sink)
        }
        if let node = files.json(FileName.stakeholders, required: false) {
            strategy.stakeholders = readList(
                node, key: "stakeholders", file: FileName.stakeholders, sink: sink, readStakeholder)
        }
        if let node = files.json(FileName.sources, required: false) {
            strategy.references = readList(node, key: "sources", file: FileName.sources, sink: sink, readReference)
        }
        if let node = files.json(FileName.abbreviations, required: false) {
            strategy.abbreviations = readAbbreviations(node, sink: sink)
        }
        if let table = files.csv(FileName.actions, required: true) {
            strategy.actions = readActions(table, languages: strategy.languages, sink: sink)
        }
        if let table = files.csv(FileName.costs, required: true) {
            strategy.costLines = readCostLines(table, languages: strategy.languages, sink: sink)
        }
        strategy.prose = files.prose(FileName.prose)
        strategy.images = files.proseImages(strategy.prose)
        readPortal(files, into: &strategy, sink: sink)
        return strategy
    }

    /// Reads `{ "<key>": [ … ] }` with one reader per element, and reports other keys.
    static func readList<T>(
        _ node: JSONNode, key: String, file: String, sink: DiagnosticSink,
        _ readElement: (JSONNode, DiagnosticSink) -> T?
    ) -> [T] {
        guard var object = JSONObjectReader(node, subject: file, sink: sink) else { return [] }
        let elements = object.array(key)
        object.finish()
        let read = elements.compactMap { readElement($0, sink) }
        if read.count < elements.count { sink.markIncomplete(file) }
        return read
    }

    /// The subject of messages about an element whose id may be missing.
    static func subject(_ kind: String, _ node: JSONNode) -> String {
        if case .string(let id)? = node["id"]?.value { return "\(kind) '\(id)'" }
        return kind
    }
}
