import Foundation
import Synchronization

/// Writing workspace files so that a crash never leaves one half-written, and nothing is ever
/// written through a symbolic link.
public enum AtomicFile {
    /// A write that failed, naming the path.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String
        /// What is on disk after the failure.
        public var outcome: Outcome = .unchanged

        /// What a failed write left behind.
        public enum Outcome: Sendable {
            /// Nothing was changed.
            case unchanged
            /// Every byte was written, but `fsync` failed: it may not survive a power cut.
            case writtenNotDurable
            /// Part of a line was written; readers report it as a torn last line.
            case torn
        }

        public var description: String {
            switch outcome {
            case .unchanged: "cannot write \(path): \(reason)"
            case .writtenNotDurable:
                "\(path): the line was written but may not be durable (fsync: \(reason)); it is recorded, "
                    + "do not record it again"
            case .torn: "cannot write \(path): \(reason); a partial line was left at its end"
            }
        }
    }

    /// Replaces (or creates) the file at `url` with `data`: written beside it in full under a
    /// name no other run uses (`O_EXCL`), flushed to disk, then renamed over it, so readers see
    /// the old bytes or the new, never a mix. A symbolic link, folder or device where the file
    /// should be is refused, never followed.
    public static func write(_ data: Data, to url: URL) throws(Failure) {
        let directory = url.deletingLastPathComponent()
        try createFolder(directory)
        try requireRegularOrAbsent(url)
        let temporary = directory.appendingPathComponent(stagingName(for: url.lastPathComponent))
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: url.path, reason: systemReason()) }
        var failure = writeAll(data, to: descriptor)
        if failure == nil, FileFaults.fsync(descriptor) != 0 { failure = systemReason() }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = systemReason() }
        if let failure {
            unlink(temporary.path)
            throw Failure(path: url.path, reason: failure)
        }
        syncFolder(directory)
    }

    /// Appends one line (a journal entry) to the file at `url`: one `write` of the whole line
    /// with `O_APPEND`, then `fsync`; a new file is created with the line already in it. A line cut short by a crash is the last line,
    /// and readers report it rather than trust it. A symbolic link (even a dangling one) or any
    /// non-regular file at `url` is refused.
    ///
    /// A failure says what it left: nothing, a torn line, or the whole line not yet durable
    /// (``Failure/Outcome``); the caller must not invite a retry in the last case.
    public static func appendLine(_ line: String, to url: URL) throws(Failure) {
        let directory = url.deletingLastPathComponent()
        try createFolder(directory)
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0, errno == ENOENT {
            try create(url, with: line)
            return
        }
        guard descriptor >= 0 else {
            let reason = errno == ELOOP || errno == EEXIST ? "it is a symbolic link; refusing to write through it"
                : systemReason()
            throw Failure(path: url.path, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw Failure(path: url.path, reason: "it is not a regular file; refusing to write to it")
        }
        let bytes = Data((line.hasSuffix("\n") ? line : line + "\n").utf8)
        let written = bytes.withUnsafeBytes { FileFaults.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let reason = written < 0 ? systemReason() : "short write (\(written) of \(bytes.count) bytes)"
            throw Failure(path: url.path, reason: reason, outcome: written > 0 ? .torn : .unchanged)
        }
        guard FileFaults.fsync(descriptor) == 0 else {
            throw Failure(path: url.path, reason: systemReason(), outcome: .writtenNotDurable)
        }
    }

    /// A new file holding `line`, never an empty one: written and flushed beside it, then
    /// linked into place (`link` fails if anything, even a dangling link, appeared there).
    private static func create(_ url: URL, with line: String) throws(Failure) {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(stagingName(for: url.lastPathComponent))
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: url.path, reason: systemReason()) }
        var failure = writeAll(Data((line.hasSuffix("\n") ? line : line + "\n").utf8), to: descriptor)
        if failure == nil, FileFaults.fsync(descriptor) != 0 { failure = systemReason() }
        close(descriptor)
        if failure == nil, link(temporary.path, url.path) != 0 {
            failure = errno == EEXIST ? "something appeared at its place; refusing to write through it" : systemReason()
        }
        unlink(temporary.path)
        if let failure { throw Failure(path: url.path, reason: failure) }
        syncFolder(directory)
    }

    // MARK: Shared with the other writers of Store/

    /// A hidden name beside `name` that no other process or call uses:
    /// `.<name>.<pid>.<counter>.partial`.
    static func stagingName(for name: String) -> String {
        ".\(name).\(uniqueSuffix()).partial"
    }

    /// `<pid>.<counter>`: unique among the runs alive at once and the calls of this one.
    static func uniqueSuffix() -> String {
        "\(getpid()).\(nextSerial())"
    }

    private static let serial = Atomic<Int>(0)

    private static func nextSerial() -> Int {
        serial.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Creates `folder` and its parents; a file where a folder should be is named.
    static func createFolder(_ folder: URL) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(path: folder.path, reason: "it is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: folder.path, reason: reason(of: error))
        }
    }

    /// Throws unless `url` is absent or a regular file (not a link, folder, pipe or device).
    static func requireRegularOrAbsent(_ url: URL) throws(Failure) {
        if let kind = FileKind.of(url), kind != .regular {
            throw Failure(path: url.path, reason: "it is \(kind.phrase), not a regular file; refusing to write through it")
        }
    }

    /// Writes every byte of `data` to `descriptor`; the system's reason on failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return nil }
                let written = FileFaults.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return systemReason()
                }
                if written == 0 { return "no space written" }
                offset += written
            }
            return nil
        }
    }

    /// Flushes a folder's entries (a rename in it) to disk; best effort: the file itself is
    /// already durable, and a folder that cannot be opened still has the new entry.
    static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = FileFaults.fsync(descriptor)
        close(descriptor)
    }

    static func systemReason() -> String { String(cString: strerror(errno)) }

    static func reason(of error: Error) -> String {
        // Foundation wraps the system's reason ("Not a directory", "Read-only file system").
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
            return posix.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
