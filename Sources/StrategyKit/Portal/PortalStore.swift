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
/// holds the workspace lock, reads the record under it, and replaces the original, `metrics.csv`
/// and `imports.csv` in one ``StoreTransaction``: a crash leaves either the old data and journal
/// or the new, never a mix.
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

    /// The bytes of `imports.csv` with one more line: the header first when the file is new
    /// or empty. A journal that is not a regular file, or whose last line was cut short, is
    /// refused (it is rewritten whole, and a torn line must not be carried on silently).
    func journalWithLine(_ cells: [String]) throws(StoreTransaction.Failure) -> Data {
        var journal = Data()
        func refuse(_ reason: String) -> StoreTransaction.Failure {
            StoreTransaction.Failure(path: url(Self.journalPath).path, reason: reason, isCommitted: false, replaced: 0, total: 0)
        }
        switch RecordFile.read(Self.journalPath, in: workspace) {
        case .missing: break
        case .unusable(let problem): throw refuse(problem.message)
        case .data(let data):
            if let line = RecordFile.tornLine(data) {
                throw refuse("line \(line) is incomplete (no line break); look at it and delete it")
            }
            journal = data
        }
        if journal.isEmpty {
            journal = Data((CSVEscaping.byteOrderMark + Self.journalColumns.joined(separator: ",") + "\n").utf8)
        }
        journal.append(contentsOf: (cells.map { CSVEscaping.cell($0) }.joined(separator: ",") + "\n").utf8)
        return journal
    }
}
