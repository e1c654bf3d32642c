import Foundation

/// A frozen snapshot of the workspace: what the Coalition commented on, kept byte for byte.
public struct StrategyVersion: Hashable, Sendable {
    /// One file of the snapshot.
    public struct File: Hashable, Sendable {
        /// The workspace-relative path (`actions.csv`, `prose/ru/situation.md`).
        public var path: String
        /// The SHA-256 of its bytes, hex.
        public var sha256: String
        /// Its size in bytes.
        public var bytes: Int
    }

    /// The version's name (`v1`).
    public var name: String
    /// What the version is, in the consultant's words.
    public var note: String
    /// The day it was cut.
    public var date: CalendarDate
    /// `sha256:` and the hash of every path and content (see ``VersionStore/contentHash(_:)``).
    public var hash: String
    /// The files, sorted by path.
    public var files: [File]
}

/// The versions of one workspace, stored inside it so they travel with git:
///
/// ```
/// versions/<name>/version.json     name, note, date, content hash, files with their hashes
/// versions/<name>/snapshot/…       the workspace's source files as they were
/// ```
///
/// A version is written into a hidden folder and renamed into place whole, under the workspace
/// lock: it exists completely or not at all. It is never modified afterwards; ``verify(_:)``
/// tells when someone did.
public struct VersionStore: Sendable {
    /// What the store refuses, in words for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
        /// The problems that stopped it (a workspace with errors cannot be cut).
        public var diagnostics: [Diagnostic] = []

        init(_ description: String, diagnostics: [Diagnostic] = []) {
            self.description = description
            self.diagnostics = diagnostics
        }
    }

    /// Workspace folders that hold the workbench's own records rather than the strategy: never
    /// part of a snapshot.
    public static let managedFolders: Set<String> = ["versions", "comments", "contract", "portal"]
    /// The folder of versions inside a workspace.
    public static let folderName = "versions"

    /// The workspace.
    public let workspace: URL

    /// The store of the workspace at `workspace`.
    public init(workspace: URL) {
        self.workspace = workspace.standardizedFileURL
    }

    var folder: URL { workspace.appendingPathComponent(Self.folderName) }

    /// The folder of version `name`.
    public func versionFolder(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The snapshot of version `name`: a workspace folder ``Workspace/open(_:templates:)`` reads.
    public func snapshotFolder(_ name: String) -> URL {
        versionFolder(name).appendingPathComponent("snapshot")
    }

    /// Whether `name` can name a version: a letter or digit, then letters, digits, `.`, `_`
    /// or `-`, at most 40 in all (it becomes a folder name and part of comment ids).
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...40).contains(bytes.count) else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        return isAlphanumeric(bytes[0]) && bytes.allSatisfy { isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }

    // MARK: Reading

    /// Every version, oldest first (by date, then name), and problems with unreadable ones.
    public func list() -> (versions: [StrategyVersion], diagnostics: [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        var versions: [StrategyVersion] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let (version, problems) = read(name)
            diagnostics += problems
            if let version { versions.append(version) }
        }
        versions.sort { ($0.date, $0.name) < ($1.date, $1.name) }
        return (versions, diagnostics)
    }

    /// Version `name`'s record, or nil with the reason.
    public func read(_ name: String) -> (StrategyVersion?, [Diagnostic]) {
        let path = "\(Self.folderName)/\(name)/version.json"
        guard Self.isValidName(name) else {
            return (nil, [.error("version.name", "'\(name)' is not a version name", at: .file(path))])
        }
        guard let data = FileManager.default.contents(atPath: versionFolder(name).appendingPathComponent("version.json").path)
        else {
            return (nil, [.error("version.unknown", "there is no version '\(name)'", at: .file(path))])
        }
        let sink = DiagnosticSink()
        let (root, syntax) = JSONReader.parse(String(decoding: data, as: UTF8.self), file: path)
        sink.report(contentsOf: syntax)
        guard let root, var object = JSONObjectReader(root, subject: path, sink: sink) else {
            return (nil, sink.sorted)
        }
        let recordedName = object.string("name")
        let note = object.string("note")
        let dateText = object.string("date")
        let hash = object.string("hash")
        var files: [StrategyVersion.File] = []
        if let list = object.value("files") {
            if case .array(let items) = list.value {
                for item in items {
                    guard var entry = JSONObjectReader(item, subject: "a file of \(path)", sink: sink) else { continue }
                    let filePath = entry.string("path")
                    let sha = entry.string("sha256")
                    let bytes = entry.string("bytes")
                    entry.finish()
                    if let filePath, let sha, let bytes, let count = Int(bytes.value) {
                        files.append(.init(path: filePath.value, sha256: sha.value, bytes: count))
                    } else if let bytes, Int(bytes.value) == nil {
                        sink.report(.error("version.format", "'bytes' must be a whole number", at: bytes.location))
                    }
                }
            } else {
                sink.report(.error("format.type", "'files' must be an array", at: list.location))
            }
        }
        object.finish()
        var date: CalendarDate?
        if let dateText {
            date = CalendarDate(dateText.value)
            if date == nil {
                sink.report(.error("version.format", "'\(dateText.value)' is not a date (YYYY-MM-DD)", at: dateText.location))
            }
        }
        if let recordedName, recordedName.value != name {
            sink.report(.error(
                "version.format", "the version in folder '\(name)' calls itself '\(recordedName.value)'",
                at: recordedName.location))
        }
        guard sink.diagnostics.isEmpty, let note, let date, let hash else { return (nil, sink.sorted) }
        return (StrategyVersion(name: name, note: note.value, date: date, hash: hash.value, files: files), [])
    }

    /// Opens version `name` as a workspace (its snapshot), with the given templates.
    public func open(_ name: String, templates: URL? = nil) throws(Failure) -> OpenedWorkspace {
        let (version, problems) = read(name)
        guard version != nil else {
            throw Failure(problems.first?.message ?? "there is no version '\(name)'", diagnostics: problems)
        }
        return Workspace.open(snapshotFolder(name), templates: templates, versions: self)
    }

    /// The paths of version `name`'s snapshot whose bytes no longer match its record, or that
    /// are missing or were added: empty when the version is intact.
    public func verify(_ version: StrategyVersion) -> [String] {
        let current = (try? Self.sourceFiles(of: snapshotFolder(version.name))) ?? []
        let recorded = Dictionary(version.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        var changed: [String] = []
        var seen = Set<String>()
        for file in current {
            seen.insert(file.path)
            if recorded[file.path] != SHA256.hex(file.data) { changed.append(file.path) }
        }
        changed += recorded.keys.filter { !seen.contains($0) }
        return changed.sorted()
    }

    // MARK: Cutting

    /// Freezes the workspace as version `name`, dated `date`, after checking it: a name that
    /// exists, an invalid name or a workspace with errors is refused. Holds the workspace lock.
    @discardableResult
    public func cut(
        _ name: String, note: String, date: CalendarDate, templates: URL? = nil, lockTimeout: Double = 10
    ) throws(Failure) -> StrategyVersion {
        guard Self.isValidName(name) else {
            throw Failure("'\(name)' is not a valid version name: use letters, digits, '.', '_' or '-' (at most 40), "
                + "starting with a letter or digit")
        }
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Failure("a version needs a note that says what it is (--note)")
        }
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace, timeout: lockTimeout) } catch { throw Failure(error.description) }
        defer { withExtendedLifetime(lock) {} }

        let target = versionFolder(name)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw Failure("version '\(name)' exists already; versions are never overwritten, choose another name")
        }
        let opened = Workspace.open(workspace, templates: templates)
        guard opened.errorCount == 0 else {
            throw Failure(
                "the workspace has \(opened.errorCount) error(s); fix them before cutting a version",
                diagnostics: opened.diagnostics.filter { $0.severity == .error })
        }
        let files: [(path: String, data: Data)]
        do { files = try Self.sourceFiles(of: workspace) } catch { throw Failure("cannot read the workspace: \(error)") }
        let version = StrategyVersion(
            name: name, note: note, date: date, hash: Self.contentHash(files),
            files: files.map { .init(path: $0.path, sha256: SHA256.hex($0.data), bytes: $0.data.count) })

        let staging = folder.appendingPathComponent(AtomicFile.stagingName(for: name))
        try? FileManager.default.removeItem(at: staging)
        do {
            for file in files {
                try AtomicFile.write(file.data, to: staging.appendingPathComponent("snapshot").appendingPathComponent(file.path))
            }
            try AtomicFile.write(Self.record(version), to: staging.appendingPathComponent("version.json"))
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw Failure(error.description)
        }
        guard rename(staging.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: staging)
            throw Failure("cannot create \(target.path): \(reason)")
        }
        return version
    }

    /// The workspace's source files, sorted by path: every regular file except hidden ones and
    /// the workbench's own folders (``managedFolders``). Symbolic links are not followed.
    public static func sourceFiles(of root: URL) throws -> [(path: String, data: Data)] {
        var result: [(path: String, data: Data)] = []
        func walk(_ relative: String) throws {
            let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                if name.hasPrefix(".") { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                if relative.isEmpty, managedFolders.contains(name) { continue }
                let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?: try walk(path)
                case .typeRegular?: result.append((path, try Data(contentsOf: root.appendingPathComponent(path))))
                default: continue
                }
            }
        }
        try walk("")
        return result.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// `sha256:` and the SHA-256 of, for each file in path order, its path, a NUL, its size in
    /// decimal, a NUL and its bytes: a rename or a moved byte changes it.
    public static func contentHash(_ files: [(path: String, data: Data)]) -> String {
        var hash = SHA256()
        for file in files {
            hash.update(Array(file.path.utf8) + [0] + Array(String(file.data.count).utf8) + [0])
            hash.update(file.data)
        }
        return "sha256:" + hash.finalizeHex()
    }

    /// `version.json`: keys in a fixed order, so the same version always gives the same bytes.
    static func record(_ version: StrategyVersion) -> Data {
        func string(_ text: String) -> String { JSONText.quoted(text) }
        var lines = [
            "{",
            "  \"name\": \(string(version.name)),",
            "  \"note\": \(string(version.note)),",
            "  \"date\": \(string(version.date.description)),",
            "  \"hash\": \(string(version.hash)),",
            "  \"files\": [",
        ]
        lines += version.files.enumerated().map { index, file in
            "    {\"path\": \(string(file.path)), \"sha256\": \(string(file.sha256)), \"bytes\": \(string(String(file.bytes)))}"
                + (index + 1 < version.files.count ? "," : "")
        }
        lines += ["  ]", "}", ""]
        return Data(lines.joined(separator: "\n").utf8)
    }
}

/// JSON text for values the workbench writes itself.
enum JSONText {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
