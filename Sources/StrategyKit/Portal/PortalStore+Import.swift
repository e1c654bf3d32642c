import Foundation

/// What an import did.
public struct PortalImportReport: Sendable {
    /// The export as the user named it (a path or a URL).
    public var name: String
    /// The SHA-256 of its bytes; its original is kept as `portal/imports/<sha256>.csv` (or
    /// `.xlsx`).
    public var sha256: String
    /// The data rows it has.
    public var rows: Int
    /// The rows it added.
    public var added: Int
    /// Rows already imported (from this export or an earlier one).
    public var duplicates: Int
    /// Rows of earlier imports that `--replace` dropped.
    public var replaced: Int
    /// Rows it marks as example data.
    public var examples: Int
    /// The encoding it was read in.
    public var encoding: TextEncoding?
    /// Its separator.
    public var separator: Character?
    /// Whether these very bytes were imported before.
    public var wasImportedBefore: Bool
}

extension PortalStore {
    /// Imports a Portal export, all or nothing: when any row has a problem, every problem is
    /// reported (``Failure/diagnostics``) and nothing is recorded.
    ///
    /// A row already imported adds nothing: the same `id` of the same metric, or, without an
    /// id, the same values and the same occurrence among identical rows of its file (so an
    /// export that repeats last month's rows adds only the new ones). A row with an `id` seen
    /// before but other values is a conflict, and an error. With `replace`, the rows of the
    /// export replace every row imported before.
    ///
    /// - Parameters:
    ///   - data: the export's bytes.
    ///   - name: how diagnostics and the journal name it (the path as typed, or the URL).
    ///   - date: the day of the import, for the journal.
    ///   - templates: `--templates`, for opening the workspace.
    public func importExport(
        _ data: Data, name: String, date: CalendarDate, replace: Bool = false, templates: URL? = nil,
        lockTimeout: Double = 10
    ) throws(Failure) -> PortalImportReport {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace, timeout: lockTimeout) } catch { throw Failure(error.description) }
        defer { withExtendedLifetime(lock) {} }
        // Read under the lock: another import may have finished since the command started.
        let opened = Workspace.open(workspace, templates: templates)
        guard let strategy = opened.strategy, opened.errorCount == 0 else {
            throw Failure(
                "the workspace has errors; nothing was imported (run 'strategy check')",
                diagnostics: opened.diagnostics.filter { $0.severity == .error })
        }
        guard !strategy.portalMetrics.isEmpty else {
            throw Failure("the workspace defines no Portal metrics (\(WorkspaceLoader.FileName.portal)); nothing was imported")
        }
        let rules = PortalRowRules(metrics: strategy.portalMetrics, plan: strategy.portalPlan)
        let sha = SHA256.hex(data)
        let read = PortalExportReader.read(data, file: name, rules: rules)
        if read.hasErrors {
            let errors = read.diagnostics.filter { $0.severity == .error }.count
            throw Failure(
                "nothing was imported: \(name) has \(errors) error\(errors == 1 ? "" : "s")", diagnostics: read.diagnostics)
        }
        guard !read.observations.isEmpty else {
            throw Failure("nothing was imported: \(name) has no data rows")
        }
        let existing = replace ? [] : strategy.portalData?.observations ?? []
        var known: [String: PortalObservation] = [:]
        known.reserveCapacity(existing.count + read.observations.count)
        for row in existing { known[row.key] = row }
        var added: [PortalObservation] = []
        var duplicates = 0
        var conflicts: [Diagnostic] = []
        for var row in read.observations {
            if let previous = known[row.key] {
                if !row.agrees(with: previous) {
                    conflicts.append(.error(
                        "portal.conflict",
                        "row \(row.location.line) gives id '\(row.eventID ?? "")' of '\(row.metric)' other values than the row imported before",
                        at: row.location, notes: [.init("imported before here", at: previous.location)]))
                }
                duplicates += 1
                continue
            }
            row.source = sha
            known[row.key] = row
            added.append(row)
        }
        guard conflicts.isEmpty else {
            throw Failure("nothing was imported: \(name) contradicts rows imported before", diagnostics: conflicts)
        }
        let isWorkbook = (name as NSString).pathExtension.lowercased() == "xlsx"
        let original = originalURL(sha256: sha, fileExtension: isWorkbook ? "xlsx" : "csv")
        let report = PortalImportReport(
            name: PortalDownload.redacted(name), sha256: sha, rows: read.rowCount, added: added.count, duplicates: duplicates,
            replaced: replace ? strategy.portalData?.observations.count ?? 0 : 0,
            examples: read.observations.filter(\.isExample).count, encoding: read.encoding, separator: read.separator,
            wasImportedBefore: FileManager.default.fileExists(atPath: original.path))
        guard !added.isEmpty || replace else { return report }
        // One transaction over portal/: the original, metrics.csv and the journal line take
        // effect together at its commit record, so a kill never leaves data without its line.
        do throws(StoreTransaction.Failure) {
            let journal = try journalWithLine([
                date.description, sha, PortalDownload.redacted(name), String(report.rows), String(report.added),
                String(report.duplicates), String(report.replaced),
            ])
            var transaction = try StoreTransaction(root: url(Self.folderName))
            do throws(StoreTransaction.Failure) {
                if !report.wasImportedBefore { try transaction.stage(data, at: "imports/\(sha).\(isWorkbook ? "xlsx" : "csv")") }
                try transaction.stage(
                    Self.metricsFile(PortalData.inDateOrder(existing + added)), at: "metrics.csv")
                try transaction.stage(journal, at: "imports.csv")
            } catch {
                transaction.discard()
                throw error
            }
            try transaction.commit()
        } catch {
            throw Failure("\(error.description); \(error.isCommitted ? error.state : "nothing was imported")")
        }
        return report
    }
}
