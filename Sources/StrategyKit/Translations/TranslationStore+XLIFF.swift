import Foundation

extension TranslationStore {
    /// Imports the XLIFF file `data` (named `file` in diagnostics): reads it with
    /// ``XLIFFReader`` (a file with more units than the workspace has texts is refused while
    /// it is read), then imports it as ``importDocument(_:file:language:dryRun:lockTimeout:)`` does, under one
    /// hold of the lock.
    public func importXLIFF(
        _ data: Data, file: String, language: String? = nil, dryRun: Bool = false, lockTimeout: Double = 10
    ) throws(TranslationFailure) -> ImportPlan {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace, timeout: lockTimeout) } catch { throw TranslationFailure(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let (opened, state) = try open()
        let (document, problems) = XLIFFReader.read(
            Array(data), file: file, maximumUnits: max(state.catalog.units.count, 1))
        guard let document, !problems.contains(where: { $0.severity == .error }) else {
            throw TranslationFailure(
                "\(file) cannot be imported; nothing was changed", diagnostics: problems)
        }
        return try apply(document, file: file, language: language, dryRun: dryRun, opened: opened, state: state)
    }
}
