import Foundation

/// Writing workspace files so that a crash never leaves one half-written.
public enum AtomicFile {
    /// A write that failed, naming the path.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String

        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Replaces (or creates) the file at `url` with `data`: written beside it in full, flushed
    /// to disk, then renamed over it, so readers see the old bytes or the new, never a mix.
    public static func write(_ data: Data, to url: URL) throws(Failure) {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: directory.path, reason: error.localizedDescription)
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw Failure(path: url.path, reason: failure)
        }
    }

    /// Appends one line (a journal entry) to the file at `url`, creating it: one `write` of the
    /// whole line with `O_APPEND`, then `fsync`. A line cut short by a crash is the last line,
    /// and readers report it rather than trust it.
    public static func appendLine(_ line: String, to url: URL) throws(Failure) {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: directory.path, reason: error.localizedDescription)
        }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes = Array((line.hasSuffix("\n") ? line : line + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress!, $0.count) }
        guard written == bytes.count else {
            throw Failure(path: url.path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
        guard fsync(descriptor) == 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
    }
}
