import Foundation

extension VersionChanges {
    /// The changes since the version the edition names in `changesSince`, or nil when it names
    /// none. An unknown or unreadable version is an error at the `changesSince` value; the
    /// diff is computed only when `isClean` (the strategy has no errors to render with).
    static func resolve(
        _ strategy: Strategy, store: VersionStore, isClean: Bool, sink: DiagnosticSink
    ) -> VersionChanges? {
        guard let reference = strategy.edition.changesSince else { return nil }
        let name = reference.value
        let (version, problems) = store.read(name)
        guard let version else {
            if problems.contains(where: { $0.code == "version.unknown" || $0.code == "version.name" }) {
                sink.report(unknownVersion(name, at: reference.location, store: store))
            } else {
                sink.report(.error(
                    "version.unreadable",
                    "edition.changesSince names version '\(name)', whose record cannot be read",
                    at: reference.location,
                    notes: problems.map { Diagnostic.Note($0.message, at: $0.location) }))
            }
            return nil
        }
        let baseline = WorkspaceLoader.load(from: store.snapshotFolder(name))
        let errors = baseline.diagnostics.filter { $0.severity == .error }
        guard let old = baseline.strategy, errors.isEmpty else {
            sink.report(.error(
                "version.unreadable",
                "edition.changesSince names version '\(name)', whose snapshot cannot be read back "
                    + "(\(errors.count) error\(errors.count == 1 ? "" : "s"))",
                at: reference.location,
                notes: errors.prefix(3).map { error in
                    Diagnostic.Note(error.message, at: SourceLocation(
                        file: "\(store.snapshotPath(name))/\(error.location.file)",
                        line: error.location.line, column: error.location.column))
                }))
            return nil
        }
        guard isClean else { return nil }
        return VersionChanges(since: version, to: nil, diff: StrategyDiff(from: old, to: strategy))
    }

    /// The one message for a `changesSince` that names no version, with the versions there are
    /// and a "did you mean".
    static func unknownVersion(_ name: String, at location: SourceLocation, store: VersionStore) -> Diagnostic {
        let names = store.list().versions.map(\.name)
        var notes: [Diagnostic.Note] = []
        if let near = Suggestion.closest(to: name, in: names) {
            notes.append(.init("did you mean '\(near)'?"))
        }
        let known = names.isEmpty
            ? "the workspace has no versions yet: cut one with 'strategy version cut'"
            : "versions: " + names.joined(separator: ", ")
        return .error(
            "version.unknown", "edition.changesSince names version '\(name)', which does not exist (\(known))",
            at: location, notes: notes)
    }
}
