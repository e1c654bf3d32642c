import Foundation

/// The workspace's lock: every command that changes the workspace holds it, so two imports,
/// cuts, resolutions or renders at once cannot interleave their writes.
///
/// An exclusive `flock` on `<workspace>/.lock`. The kernel releases it when the process ends,
/// however it ends, so a killed command never leaves the workspace locked. Whoever takes it
/// first finishes what a killed command left (``Leftovers/clean(workspace:)``): no other
/// command can be writing then.
public final class WorkspaceLock {
    /// Why the lock could not be taken.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the user.
        public var description: String
    }

    private let descriptor: Int32

    /// Takes the lock of the workspace at `folder`, waiting up to `timeout` seconds for
    /// another command to finish, then cleans up after killed commands.
    public init(_ folder: URL, timeout: Double = 10) throws(Failure) {
        let path = folder.appendingPathComponent(".lock").path
        // O_NOFOLLOW: a planted link at .lock must not make the workbench create a file at its
        // target.
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link; refusing to use it" : AtomicFile.systemReason()
            throw Failure(description: "cannot lock the workspace: \(path): \(reason)")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw Failure(description: "cannot lock the workspace: \(path) is not a regular file")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw Failure(description: "the workspace is locked by another strategy command (\(path)); "
                    + "try again when it has finished")
            }
            usleep(20_000)
        }
        self.descriptor = descriptor
        Leftovers.clean(workspace: folder)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
