import Foundation

/// Replaces several files under one folder all or nothing, even across a crash.
///
/// Every new file is first written in full into a staging folder of its own
/// (`<root>/.staging.<pid>.<n>/`, ``stage(_:at:)``). ``commit()`` then writes a commit record,
/// `<root>/.strategy-commit`, atomically: that rename is the moment the change happens. Only
/// then are the staged files renamed over their targets, and the record and staging folder
/// removed. A command killed before the record leaves only a staging folder, which the next
/// command under the workspace lock removes (the old files stand); one killed after it leaves
/// the record, and the next command under the lock completes the renames (``recover(root:)``):
/// readers never see a mix for longer than until the next command, and never a half-written
/// file. Callers hold the workspace lock.
public struct StoreTransaction {
    /// A transaction that could not be staged or committed, saying what it left.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file or folder at fault.
        public var path: String
        /// What the system said.
        public var reason: String
        /// Whether the commit record was written: the change is then decided and the next
        /// command completes it; otherwise no target was touched.
        public var isCommitted: Bool
        /// How many targets were replaced when it stopped.
        public var replaced: Int
        /// How many targets the transaction has.
        public var total: Int

        public var description: String { "cannot write \(path): \(reason)" }

        /// The state of the targets, in words.
        public var state: String {
            guard isCommitted else { return "nothing was changed; the previous files are as they were" }
            return "\(replaced) of \(total) files were replaced; the change is committed and the next strategy "
                + "command that writes completes it"
        }
    }

    /// The name of the commit record in the root folder.
    public static let recordName = ".strategy-commit"
    /// The prefix of staging folders in the root folder.
    public static let stagingPrefix = ".staging."

    /// The folder every target is relative to.
    public let root: URL
    /// This transaction's staging folder.
    public let staging: URL
    /// The staged targets, relative to ``root``, in staging order.
    public private(set) var paths: [String] = []

    /// Starts a transaction under `root`, creating the folder and an empty staging folder.
    public init(root: URL) throws(Failure) {
        self.root = root.standardizedFileURL
        do {
            try AtomicFile.createFolder(self.root)
        } catch {
            throw Failure(path: error.path, reason: error.reason, isCommitted: false, replaced: 0, total: 0)
        }
        staging = self.root.appendingPathComponent(Self.stagingPrefix + AtomicFile.uniqueSuffix())
        guard mkdir(staging.path, 0o755) == 0 else {
            throw Failure(path: staging.path, reason: AtomicFile.systemReason(), isCommitted: false, replaced: 0, total: 0)
        }
    }

    /// Writes `data` as the new content of `path` (relative to the root) into the staging
    /// folder. A target that is a folder, symbolic link or special file, or lies under one, is
    /// refused before anything is touched.
    public mutating func stage(_ data: Data, at path: String) throws(Failure) {
        func fail(_ at: String, _ reason: String) -> Failure {
            Failure(path: at, reason: reason, isCommitted: false, replaced: 0, total: paths.count)
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.contains("\n"),
              components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw fail(path, "not a relative path inside \(root.path)")
        }
        var folder = root
        for component in components.dropLast() {
            folder.appendPathComponent(String(component))
            if let kind = FileKind.of(folder), kind != .directory {
                throw fail(folder.path, "it is \(kind.phrase), not a folder" + (kind == .symbolicLink ? "; nothing is written through it" : ""))
            }
        }
        let target = root.appendingPathComponent(path)
        if let kind = FileKind.of(target), kind != .regular {
            throw fail(target.path, "it is \(kind.phrase), not a regular file" + (kind == .symbolicLink ? "; nothing is written through it" : ""))
        }
        let staged = staging.appendingPathComponent(path)
        do {
            try AtomicFile.createFolder(staged.deletingLastPathComponent())
        } catch {
            throw fail(error.path, error.reason)
        }
        let descriptor = open(staged.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw fail(staged.path, AtomicFile.systemReason()) }
        var failure = AtomicFile.writeAll(data, to: descriptor)
        if failure == nil, FileFaults.fsync(descriptor) != 0 { failure = AtomicFile.systemReason() }
        close(descriptor)
        if let failure { throw fail(target.path, failure) }
        paths.append(path)
    }

    /// Makes the staged files the current ones: writes the commit record, renames each staged
    /// file over its target, then removes the record and the staging folder.
    public func commit() throws(Failure) {
        do {
            try AtomicFile.write(record, to: root.appendingPathComponent(Self.recordName))
        } catch {
            discard()
            throw Failure(path: error.path, reason: error.reason, isCommitted: false, replaced: 0, total: paths.count)
        }
        try Self.apply(root: root, staging: staging, paths: paths)
    }

    /// Writes the commit record and stops there, as a command killed right after it would
    /// (tests of ``recover(root:)``).
    func writeRecordOnly() throws {
        try AtomicFile.write(record, to: root.appendingPathComponent(Self.recordName))
    }

    /// The commit record: a format line, the staging folder, one target per line, `end`.
    private var record: Data {
        var text = "strategy-commit 1\n\(staging.lastPathComponent)\n"
        for path in paths { text += path + "\n" }
        return Data((text + "end\n").utf8)
    }

    /// Removes the staging folder without committing: the targets stay as they were.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Completes a transaction a killed command committed, and removes staging folders no
    /// command is using. Call under the workspace lock. Returns what could not be completed.
    @discardableResult
    public static func recover(root: URL) -> [Failure] {
        let root = root.standardizedFileURL
        var failures: [Failure] = []
        let recordURL = root.appendingPathComponent(recordName)
        if FileKind.of(recordURL) != nil {
            if let record = readRecord(recordURL) {
                do { try apply(root: root, staging: root.appendingPathComponent(record.staging), paths: record.paths) } catch {
                    failures.append(error)
                }
            } else {
                // A record that is not whole was never renamed into place by this code: a
                // foreign or damaged file, which commits nothing.
                unlink(recordURL.path)
            }
        }
        for name in leftovers(in: root) where name != recordName {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
        return failures
    }

    /// The names of a transaction's leftovers directly in `root`: staging folders and a
    /// commit record not yet completed.
    public static func leftovers(in root: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasPrefix(stagingPrefix) || $0 == recordName }.sorted()
    }

    // MARK: Applying

    private static func readRecord(_ url: URL) -> (staging: String, paths: [String])? {
        guard FileKind.of(url) == .regular, let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 4, lines[0] == "strategy-commit 1", lines.last == "", lines[lines.count - 2] == "end",
              lines[1].hasPrefix(stagingPrefix), !lines[1].contains("/") else { return nil }
        lines.removeLast(2)
        let paths = Array(lines.dropFirst(2))
        guard paths.allSatisfy({ path in
            path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        }) else { return nil }
        return (lines[1], paths)
    }

    /// Renames each staged file that is still there over its target (one already renamed is
    /// gone from the staging folder), then removes the record and the staging folder.
    private static func apply(root: URL, staging: URL, paths: [String]) throws(Failure) {
        var replaced = 0
        var folders = Set<String>()
        for path in paths {
            let staged = staging.appendingPathComponent(path)
            let target = root.appendingPathComponent(path)
            guard FileKind.of(staged) == .regular else {
                replaced += 1
                continue
            }
            func fail(_ reason: String) -> Failure {
                Failure(path: target.path, reason: reason, isCommitted: true, replaced: replaced, total: paths.count)
            }
            let folder = target.deletingLastPathComponent()
            do { try AtomicFile.createFolder(folder) } catch { throw fail(error.reason) }
            if let kind = FileKind.of(target), kind == .directory {
                throw fail("it is a folder, not a file")
            }
            // rename never follows a link at the target: it replaces the link itself.
            guard rename(staged.path, target.path) == 0 else { throw fail(AtomicFile.systemReason()) }
            folders.insert(folder.path)
            replaced += 1
        }
        for folder in folders.sorted() { AtomicFile.syncFolder(URL(fileURLWithPath: folder)) }
        unlink(root.appendingPathComponent(recordName).path)
        try? FileManager.default.removeItem(at: staging)
        AtomicFile.syncFolder(root)
    }
}
