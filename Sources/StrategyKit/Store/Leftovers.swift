import Foundation

/// What killed commands leave behind: hidden `.partial` files and folders (a record file, an
/// original, a version cut), and the staging folders and commit records of
/// ``StoreTransaction``s (Portal imports, renders into the default exports folder).
///
/// ``find(workspace:)`` lists them for `strategy check` and `render --check`;
/// ``clean(workspace:)`` runs under the workspace lock, when no command can be writing them, and
/// completes or removes each.
public enum Leftovers {
    /// Folders of the workspace whose hidden `.partial` entries are leftovers.
    static let recordFolders = [
        "", "comments", CommentStore.originalsPath, "contract", PortalStore.folderName,
        PortalStore.originalsPath, VersionStore.folderName,
    ]

    /// Folders of the workspace changed by a ``StoreTransaction``.
    static let transactionFolders = [CommentStore.folderName, PortalStore.folderName]

    /// Every leftover of the workspace at `workspace` and of its default exports folder, as
    /// URLs, sorted by path.
    public static func find(workspace: URL) -> [URL] {
        let workspace = workspace.standardizedFileURL
        var found: [URL] = []
        for folder in recordFolders {
            let url = folder.isEmpty ? workspace : workspace.appendingPathComponent(folder)
            found += partials(in: url)
        }
        for folder in transactionFolders {
            let url = workspace.appendingPathComponent(folder)
            found += StoreTransaction.leftovers(in: url).map { url.appendingPathComponent($0) }
        }
        found += inExports(Workspace.exportFolder(explicit: nil, workspace: workspace))
        return found.sorted { $0.path < $1.path }
    }

    /// One warning per leftover, at its path relative to the workspace.
    static func diagnostics(workspace: URL) -> [Diagnostic] {
        let base = workspace.standardizedFileURL.path
        let parent = workspace.standardizedFileURL.deletingLastPathComponent().path
        return find(workspace: workspace).map { url in
            let path = url.path.hasPrefix(base + "/") ? String(url.path.dropFirst(base.count + 1))
                : url.path.hasPrefix(parent + "/") ? "../" + url.path.dropFirst(parent.count + 1) : url.path
            return .warning(
                "store.leftover",
                "\(path) was left by an interrupted command; the next command that writes to the workspace "
                    + "completes or removes it",
                at: .file(path))
        }
    }

    /// The leftovers of a render into `folder`: a render's staging folder or commit record at
    /// its top, and `.partial` files in it or its language folders (earlier versions of the
    /// workbench staged beside each export; `dashboard` still does).
    public static func inExports(_ folder: URL) -> [URL] {
        var found = StoreTransaction.leftovers(in: folder).map { folder.appendingPathComponent($0) }
        // The folder and its language folders: a render writes nothing deeper, and `--out` may
        // name a folder with much else in it.
        found += partials(in: folder)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            if FileKind.of(url) == .directory { found += partials(in: url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Completes committed transactions and removes every leftover. Call only under the lock.
    public static func clean(workspace: URL) {
        let workspace = workspace.standardizedFileURL
        for folder in transactionFolders { StoreTransaction.recover(root: workspace.appendingPathComponent(folder)) }
        cleanExports(Workspace.exportFolder(explicit: nil, workspace: workspace))
        for url in find(workspace: workspace) where !isInUse(url.lastPathComponent) { remove(url) }
    }

    /// Whether a staging name (`.<name>.<pid>.<n>.partial` or `.staging.<pid>.<n>`) belongs to
    /// another process that is still running: a writer that does not take the lock
    /// (`dashboard`, a file written with `--out`) may be using it.
    static func isInUse(_ name: String) -> Bool {
        var parts = name.split(separator: ".")
        if parts.last == "partial" { parts.removeLast() }
        guard parts.count >= 3, Int(parts[parts.count - 1]) != nil, let pid = Int32(parts[parts.count - 2]) else {
            return false
        }
        return pid > 0 && pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Completes a transaction a killed command committed, if there is one and the lock is
    /// free at once, so that readers see the change whole (a reader never waits for the lock).
    static func completePending(workspace: URL) {
        let workspace = workspace.standardizedFileURL
        let roots = transactionFolders.map { workspace.appendingPathComponent($0) }
            + [Workspace.exportFolder(explicit: nil, workspace: workspace)]
        guard roots.contains(where: { FileKind.of($0.appendingPathComponent(StoreTransaction.recordName)) != nil }) else {
            return
        }
        _ = try? WorkspaceLock(workspace, timeout: 0)
    }

    /// Completes or removes a render's leftovers in `folder`. Call only under the lock.
    public static func cleanExports(_ folder: URL) {
        StoreTransaction.recover(root: folder)
        for url in inExports(folder)
        where url.lastPathComponent != StoreTransaction.recordName && !isInUse(url.lastPathComponent) {
            remove(url)
        }
    }

    private static func partials(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(".") && $0.hasSuffix(".partial") }
            .map { folder.appendingPathComponent($0) }
    }

    /// Removes a file, link or folder without following a link.
    private static func remove(_ url: URL) {
        if FileKind.of(url) == .directory {
            try? FileManager.default.removeItem(at: url)
        } else {
            unlink(url.path)
        }
    }
}
