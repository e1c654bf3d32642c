import Foundation

/// The only code that writes rendered files: atomically, one file at a time.
public enum ExportStore {
    /// Writes every file under `folder` (temp file + rename, so a reader never sees half a file).
    public static func write(_ files: [RenderedFile], to folder: URL) throws {
        let manager = FileManager.default
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url, options: .atomic)
        }
    }

    /// The paths of `files` that are missing under `folder` or differ from it, sorted.
    public static func stale(_ files: [RenderedFile], in folder: URL) -> [String] {
        files.filter { file in
            let url = folder.appendingPathComponent(file.path)
            return (try? Data(contentsOf: url)) != file.data
        }.map(\.path).sorted()
    }
}
