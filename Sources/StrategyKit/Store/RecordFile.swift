import Foundation

/// Reading a record file of the workbench (`comments.csv`, `decisions.csv`, `imports.csv`):
/// absent, or its bytes, or a diagnostic that names why it cannot be trusted. A symbolic link
/// or other non-regular file is never read as a record, so it is never written through either.
enum RecordFile {
    /// What is at a record file's path.
    enum Contents {
        /// Nothing: a new record.
        case missing
        /// The file's bytes.
        case data(Data)
        /// Something that is not a readable regular file, with its diagnostic.
        case unusable(Diagnostic)
    }

    /// Reads `path` (relative to `workspace`).
    static func read(_ path: String, in workspace: URL) -> Contents {
        let url = workspace.appendingPathComponent(path)
        switch FileKind.of(url) {
        case nil: return .missing
        case .regular?:
            let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return .unusable(unreadable(path, AtomicFile.systemReason())) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                return .data(try handle.readToEnd() ?? Data())
            } catch {
                return .unusable(unreadable(path, AtomicFile.reason(of: error)))
            }
        case let kind?:
            return .unusable(.error(
                "store.not-a-file",
                "\(path) is \(kind.phrase), not a regular file; the workbench neither reads nor writes through it",
                at: .file(path), notes: [.init("remove it (the records are never kept behind a link)")]))
        }
    }

    private static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        .error("file.unreadable", "\(path) cannot be read: \(reason)", at: .file(path))
    }

    /// The 1-based number of the last line when `data` does not end with a line break (a
    /// command interrupted while appending it), else nil.
    static func tornLine(_ data: Data) -> Int? {
        guard let last = data.last, last != 0x0A else { return nil }
        return data.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// `data` without a torn last line.
    static func completeLines(_ data: Data) -> Data {
        guard tornLine(data) != nil else { return data }
        guard let lastBreak = data.lastIndex(of: 0x0A) else { return Data() }
        return data[data.startIndex...lastBreak]
    }
}
