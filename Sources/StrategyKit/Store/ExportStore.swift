import Foundation

/// The only code that writes rendered files.
///
/// All or nothing: every file is first written in full beside its target, and only when all
/// of them are on disk are they renamed into place. A failure leaves the previous exports
/// exactly as they were.
public enum ExportStore {
    /// A write that failed, naming the path.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file or folder that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String

        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes every file under `folder`, all or nothing.
    public static func write(_ files: [RenderedFile], to folder: URL) throws(WriteError) {
        let manager = FileManager.default
        var staged: [(temporary: URL, target: URL)] = []
        func discard() {
            for file in staged { try? manager.removeItem(at: file.temporary) }
        }
        for file in files {
            let target = folder.appendingPathComponent(file.path)
            let directory = target.deletingLastPathComponent()
            let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).partial")
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                discard()
                throw WriteError(path: directory.path, reason: "it exists and is not a folder")
            }
            do {
                try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                discard()
                throw WriteError(path: directory.path, reason: reason(error))
            }
            do {
                try file.data.write(to: temporary)
            } catch {
                discard()
                try? manager.removeItem(at: temporary)
                throw WriteError(path: target.path, reason: reason(error))
            }
            staged.append((temporary, target))
        }
        for (index, file) in staged.enumerated() where rename(file.temporary.path, file.target.path) != 0 {
            let failure = WriteError(path: file.target.path, reason: String(cString: strerror(errno)))
            for rest in staged[index...] { try? manager.removeItem(at: rest.temporary) }
            throw failure
        }
    }

    /// The paths of `files` that are missing under `folder` or differ from it, sorted.
    public static func stale(_ files: [RenderedFile], in folder: URL) -> [String] {
        files.filter { file in
            let url = folder.appendingPathComponent(file.path)
            return (try? Data(contentsOf: url)) != file.data
        }.map(\.path).sorted()
    }

    private static func reason(_ error: Error) -> String {
        // Foundation wraps the system's reason ("Not a directory", "Read-only file system").
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
            return posix.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
