import Foundation
import StrategyKit

/// Deterministic synthetic workspaces for benchmarks: N actions with everything they refer to.
///
/// The workspace is laid out like the shipped `strategy/` (docs/FORMAT.md) and is clean under
/// `strategy check` for any N ≥ 1: every objective has an action, every audience, channel and
/// theme is used, every member leads an action, every cost year lies inside its action's years.
/// The same N and seed give byte-identical files on every machine: the only source of variety
/// is a seeded linear congruential generator, and nothing reads the clock or the locale.
public enum SyntheticWorkspace {
    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 1

    /// How many of each entity a workspace with N actions has.
    public struct Counts: Hashable, Sendable {
        /// Actions (at least 1).
        public var actions: Int
        /// Coalition members: ipr, smsu, amuca (fewer only when there are fewer actions, so
        /// that each member can lead one).
        public var members: Int
        /// Work areas: 3 (fewer only below 3 actions, so that each has a goal with an action).
        public var workAreas: Int
        /// Goals, at least one per work area.
        public var goals: Int
        /// Objectives: about N / 20, at least one per goal, never more than N.
        public var objectives: Int
        /// Audiences: max(10, N / 100).
        public var audiences: Int
        /// Channels: max(12, N / 100).
        public var channels: Int
        /// Advocacy themes: the four of the shipped strategy.
        public var themes: Int
        /// Indicators: max(10, N / 20).
        public var indicators: Int
        /// Risks: max(6, N / 500).
        public var risks: Int
        /// Portal metrics.
        public var portalMetrics: Int
        /// Cost lines: two for even and three for odd actions, 2.5 per action on average.
        public var costLines: Int
        /// Prose sections per language (the six of the shipped template).
        public var proseSections: Int
        /// Paragraphs per prose section and language: max(1, N / 50).
        public var paragraphsPerSection: Int

        /// The counts for `actions` actions (values below 1 count as 1).
        public init(actions: Int) {
            let n = max(1, actions)
            self.actions = n
            members = min(3, n)
            workAreas = min(3, n)
            objectives = min(n, max(workAreas, n / 20))
            goals = max(workAreas, objectives / 5)
            audiences = max(10, n / 100)
            channels = max(12, n / 100)
            themes = 4
            indicators = max(10, n / 20)
            risks = max(6, n / 500)
            portalMetrics = SyntheticGenerator.portalMetricNames.count
            costLines = 2 * n + n / 2
            proseSections = SyntheticGenerator.proseSections.count
            paragraphsPerSection = max(1, n / 50)
        }
    }

    /// The workspace's files, by path relative to the workspace folder.
    public static func files(actions: Int, seed: UInt64 = defaultSeed) -> [String: Data] {
        SyntheticGenerator(counts: Counts(actions: actions), seed: seed).files()
    }

    /// Writes `files` under `folder`, creating folders as needed; each file is written
    /// atomically (temp file + rename). Files already in `folder` with other names are kept.
    public static func write(_ files: [String: Data], to folder: URL) throws {
        let manager = FileManager.default
        for path in files.keys.sorted() {
            guard let data = files[path] else { continue }
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        }
    }

    /// Generates a workspace with `actions` actions and writes it to `folder`.
    @discardableResult
    public static func write(actions: Int, seed: UInt64 = defaultSeed, to folder: URL) throws -> Counts {
        try write(files(actions: actions, seed: seed), to: folder)
        return Counts(actions: actions)
    }

    /// The strategy document of the workspace in `folder` as one Markdown text: every language,
    /// rendered by StrategyKit's Markdown renderer with the built-in templates, one after the
    /// other. This is the input of the pandoc comparison, so both tools see the same content.
    public static func markdownDocument(of folder: URL) throws -> String {
        let loaded = WorkspaceLoader.load(from: folder)
        guard let strategy = loaded.strategy else {
            throw SyntheticError(
                message: "\(folder.path) is not a readable workspace",
                diagnostics: loaded.diagnostics)
        }
        let (templates, _) = TemplateSet.builtIn()
        let files = try Workspace.render(
            strategy, templates: templates, languages: strategy.languages, formats: [.md])
        return files.map { String(decoding: $0.data, as: UTF8.self) }.joined(separator: "\n")
    }
}

/// A synthetic workspace could not be read back.
public struct SyntheticError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: String
    /// The loader's diagnostics, if any.
    public var diagnostics: [Diagnostic]

    public var description: String {
        ([message] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}
