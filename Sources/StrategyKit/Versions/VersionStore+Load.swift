import Foundation

extension VersionStore {
    /// Version `name`'s record and its strategy, read from the snapshot.
    ///
    /// The snapshot is loaded, not checked again: it was clean when it was cut, and rules or
    /// templates that changed since must not make an old version unreadable. It must still load
    /// without errors (a snapshot edited by hand may not); those errors point into the
    /// snapshot (`versions/v1/snapshot/actions.csv:3:7`).
    public func load(_ name: String) throws(Failure) -> (version: StrategyVersion, strategy: Strategy) {
        let (version, problems) = read(name)
        guard let version else {
            if problems.contains(where: { $0.code == "version.unknown" }) {
                throw Failure(unknownVersionMessage(name))
            }
            throw Failure("version '\(name)' cannot be read", diagnostics: problems)
        }
        let loaded = WorkspaceLoader.load(from: snapshotFolder(name))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard let strategy = loaded.strategy, errors.isEmpty else {
            let prefix = snapshotPath(name) + "/"
            throw Failure(
                "the snapshot of version '\(name)' cannot be read back "
                    + "(\(errors.count) error\(errors.count == 1 ? "" : "s")); was it edited by hand?",
                diagnostics: errors.map { error in
                    var moved = error
                    moved.location.file = prefix + error.location.file
                    return moved
                })
        }
        return (version, strategy)
    }

    /// `versions/<name>/snapshot`, relative to the workspace, for messages.
    func snapshotPath(_ name: String) -> String { "\(Self.folderName)/\(name)/snapshot" }

    /// "there is no version 'v9' (versions: v1, v2); did you mean 'v2'?"
    public func unknownVersionMessage(_ name: String) -> String {
        let names = list().versions.map(\.name)
        guard !names.isEmpty else {
            return "there is no version '\(name)': the workspace has no versions yet "
                + "(cut one with 'strategy version cut NAME --note …')"
        }
        var message = "there is no version '\(name)' (versions: \(names.joined(separator: ", ")))"
        if let near = Suggestion.closest(to: name, in: names) { message += "; did you mean '\(near)'?" }
        return message
    }
}
