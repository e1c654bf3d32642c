import Foundation

/// The workspace's lock: every command that changes the workspace holds it, so two imports,
/// cuts or resolutions at once cannot interleave their writes.
///
/// An exclusive `flock` on `<workspace>/.lock`. The kernel releases it when the process ends,
/// however it ends, so a killed command never leaves the workspace locked.
public final class WorkspaceLock {
    /// Why the lock could not be taken.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the user.
        public var description: String
    }

    private let descriptor: Int32

    /// Takes the lock of the workspace at `folder`, waiting up to `timeout` seconds for
    /// another command to finish.
    public init(_ folder: URL, timeout: Double = 10) throws(Failure) {
        let path = folder.appendingPathComponent(".lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot lock the workspace: \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw Failure(description: "the workspace is locked by another strategy command (\(path)); "
                    + "try again when it has finished")
            }
            usleep(50_000)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
