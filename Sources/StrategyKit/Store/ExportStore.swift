import Foundation

/// The only code that writes rendered files.
///
/// All or nothing, under the workspace lock: every file is first written in full into a
/// staging folder of this run, and only when all of them are on disk does one commit record
/// decide the change; the files are then renamed into place (``StoreTransaction``). A command
/// killed before the record leaves the previous exports; one killed after it leaves a record
/// the next command under the lock completes. Two renders at once take turns.
public enum ExportStore {
    /// A write that failed, naming the path and the state the exports are in.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file or folder that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String
        /// The state of the exports after the failure, in words.
        public var state: String

        public var description: String { "cannot write \(path): \(reason); \(state)" }
    }

    /// Writes every file under `folder`, all or nothing, holding the lock of `workspace`.
    public static func write(
        _ files: [RenderedFile], to folder: URL, workspace: URL, lockTimeout: Double = 120
    ) throws(WriteError) {
        let lock: WorkspaceLock
        do {
            lock = try WorkspaceLock(workspace, timeout: lockTimeout)
        } catch {
            throw WriteError(
                path: workspace.appendingPathComponent(".lock").path, reason: error.description,
                state: "nothing was written; the previous exports are unchanged")
        }
        defer { withExtendedLifetime(lock) {} }
        Leftovers.cleanExports(folder)
        do throws(StoreTransaction.Failure) {
            var transaction = try StoreTransaction(root: folder)
            for file in files {
                do throws(StoreTransaction.Failure) {
                    try transaction.stage(file.data, at: file.path)
                } catch {
                    transaction.discard()
                    throw error
                }
            }
            try transaction.commit()
        } catch {
            let state = error.isCommitted ? error.state
                : "nothing was written; the previous exports are unchanged"
            throw WriteError(path: error.path, reason: error.reason, state: state)
        }
    }

    /// The paths of `files` that are missing under `folder` or differ from it, sorted.
    public static func stale(_ files: [RenderedFile], in folder: URL) -> [String] {
        files.filter { file in
            let url = folder.appendingPathComponent(file.path)
            return FileKind.of(url) != .regular || (try? Data(contentsOf: url)) != file.data
        }.map(\.path).sorted()
    }
}
