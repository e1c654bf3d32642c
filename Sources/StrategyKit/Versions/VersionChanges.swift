import Foundation

/// A version compared with what came after it: the workspace's current state or a later
/// version. The strategy's "Changes since" annex and `strategy version diff` show it.
public struct VersionChanges: Hashable, Sendable {
    /// The earlier version.
    public var since: StrategyVersion
    /// The later version, or nil for the workspace as it is.
    public var to: StrategyVersion?
    /// What changed.
    public var diff: StrategyDiff

    /// Creates a comparison.
    public init(since: StrategyVersion, to: StrategyVersion?, diff: StrategyDiff) {
        self.since = since
        self.to = to
        self.diff = diff
    }
}
