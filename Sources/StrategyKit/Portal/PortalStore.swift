import Foundation

/// The Portal data of a workspace, kept in its `portal/` folder:
///
/// ```
/// portal/metrics.csv             every imported row, in date order (rewritten atomically)
/// portal/imports.csv             the journal of imports (append-only)
/// portal/imports/<sha256>.csv    each imported export, byte for byte, named by its SHA-256
///                                 (`.xlsx` for a workbook)
/// ```
///
/// The folder is the workbench's own record, never part of a version's snapshot. An import
/// holds the workspace lock, reads the record under it, and writes the original first, then
/// `metrics.csv` (the moment the import takes effect), then its journal line; a crash leaves
/// either the old data or the new, never a mix.
public struct PortalStore: Sendable {
    /// What the store refuses or could not do, in words for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
        /// The problems behind it (the export's rows, the workspace's errors).
        public var diagnostics: [Diagnostic]

        init(_ description: String, diagnostics: [Diagnostic] = []) {
            self.description = description
            self.diagnostics = diagnostics
        }
    }

    /// The folder inside the workspace.
    public static let folderName = "portal"
    /// The imported rows, relative to the workspace.
    public static let metricsPath = WorkspaceLoader.portalMetricsFile
    /// The journal of imports, relative to the workspace.
    public static let journalPath = "portal/imports.csv"
    /// The originals, relative to the workspace.
    public static let originalsPath = "portal/imports"
    /// The columns of `imports.csv`.
    static let journalColumns = ["date", "sha256", "source", "rows", "added", "duplicates", "replaced"]

    /// The workspace.
    public let workspace: URL

    /// The store of the workspace at `workspace`.
    public init(workspace: URL) {
        self.workspace = workspace.standardizedFileURL
    }

    func url(_ path: String) -> URL { workspace.appendingPathComponent(path) }

    /// The kept original of an export with this SHA-256.
    public func originalURL(sha256: String, fileExtension: String = "csv") -> URL {
        url(Self.originalsPath).appendingPathComponent("\(sha256).\(fileExtension)")
    }

    /// `metrics.csv` for `rows`: BOM, header, one line per row, CRLF.
    static func metricsFile(_ rows: [PortalObservation]) -> Data {
        let columns = PortalExportReader.requiredColumns + PortalExportReader.optionalColumns
            + PortalExportReader.storeColumns
        var text = CSVEscaping.byteOrderMark + columns.joined(separator: ",") + "\r\n"
        text.reserveCapacity(rows.count * 64)
        for row in rows {
            let note = row.note.hasPrefix("'") ? "'" + row.note : row.note
            let cells = [
                row.date.description, row.metric.rawValue, "\(row.value)",
                row.participants.map(String.init) ?? "", row.audience?.rawValue ?? "", row.ref ?? "",
                row.eventID ?? "", row.isExample ? "yes" : "", CSVEscaping.cell(note), row.source,
                row.eventID == nil ? String(row.occurrence) : "1",
            ]
            text += cells.joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// Appends a line to the journal, writing its header first when it is new.
    func appendJournal(_ cells: [String]) throws(AtomicFile.Failure) {
        let journal = url(Self.journalPath)
        if !FileManager.default.fileExists(atPath: journal.path) {
            try AtomicFile.appendLine(CSVEscaping.byteOrderMark + Self.journalColumns.joined(separator: ","), to: journal)
        }
        try AtomicFile.appendLine(cells.map { CSVEscaping.cell($0) }.joined(separator: ","), to: journal)
    }

    /// Temporary files a killed import left behind; only called under the lock.
    func removeStalePartials() {
        for folder in [Self.folderName, Self.originalsPath] {
            let directory = url(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            where name.hasPrefix(".") && name.hasSuffix(".partial") {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }
}
