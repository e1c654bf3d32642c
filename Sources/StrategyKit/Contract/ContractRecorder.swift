import Foundation

/// Records acts in the workspace's contract journal: the only code that writes it.
///
/// Each act is judged against the state the journal already holds (``ContractLedger/check(_:)``)
/// and, for a strategy submission, against its version (``ContractVersionGate``), then
/// appended as one line with ``AtomicFile/appendLine(_:to:)``, all under the workspace lock so
/// two commands cannot judge the same state and both append. The journal is never rewritten:
/// while it has a damaged or incomplete line nothing is appended, so no act is judged against
/// a state that silently left a line out.
public struct ContractRecorder: Sendable {
    /// The workspace.
    public let workspace: URL

    /// The recorder of the workspace at `workspace`.
    public init(workspace: URL) {
        self.workspace = workspace.standardizedFileURL
    }

    /// The journal file.
    public var journalURL: URL { workspace.appendingPathComponent(ContractJournal.path) }

    /// Judges `act` and appends it; throws the refusal, naming what is wrong, when it cannot.
    ///
    /// - Parameters:
    ///   - contract: the workspace's contract.
    ///   - templates: the templates a version is opened with (for its translation check).
    ///   - again: record the act even when the same act (day, kind, subject, version, amount and
    ///     days) is already in the journal; without it a retry of a command that did record is
    ///     refused, so an act is never appended twice by accident.
    @discardableResult
    public func record(
        _ act: ContractAct, contract: Contract, templates: URL? = nil, again: Bool = false, lockTimeout: Double = 10
    ) throws(ContractRefusal) -> ContractLedger {
        let lock: WorkspaceLock
        do {
            lock = try WorkspaceLock(workspace, timeout: lockTimeout)
        } catch {
            throw ContractRefusal(code: "journal.locked", message: error.description, column: .act)
        }
        defer { withExtendedLifetime(lock) {} }

        let journal = ContractJournal.read(workspace: workspace)
        if let line = journal.tornLine {
            throw ContractRefusal(
                code: "journal.torn-line",
                message: "\(ContractJournal.path) line \(line) is incomplete: a command was interrupted while "
                    + "writing it. Look at it, delete that line (it was never recorded), then record the act again",
                column: .act)
        }
        let (ledger, problems) = ContractLedger.replay(contract, acts: journal.acts)
        let errors = (journal.diagnostics + problems).filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw ContractRefusal(
                code: "journal.damaged",
                message: "\(ContractJournal.path) has \(errors.count) damaged or out-of-order line(s); "
                    + "nothing is added until they are repaired ('strategy check' lists them)",
                column: .act, notes: errors.sorted().map(\.description))
        }
        if !again, let same = journal.acts.last(where: { Self.isSame($0, act) }) {
            let line = same.locations[.date]?.line.description ?? "?"
            throw ContractRefusal(
                code: "journal.duplicate",
                message: "\(act.kind.rawValue) \(act.subject) on \(act.date) is already in \(ContractJournal.path) "
                    + "(line \(line)); it is not recorded twice. Add --again if it really happened twice",
                column: .act)
        }
        if let refusal = ledger.check(act) { throw refusal }
        if act.kind == .submit, let version = act.version,
           let deliverable = contract.deliverables.first(where: { $0.id.value.rawValue == act.subject }),
           let stage = deliverable.strategyStage?.value {
            try ContractVersionGate(workspace: workspace, templates: templates)
                .admit(act, version: version, stage: stage)
        }
        var line = ContractJournal.line(act)
        if !journal.exists || FileManager.default.fileSize(atPath: journalURL.path) == 0 {
            line = ContractJournal.header + "\n" + line
        }
        do {
            try AtomicFile.appendLine(line, to: journalURL)
        } catch {
            switch error.outcome {
            case .writtenNotDurable:
                throw ContractRefusal(code: "journal.not-durable", message: error.description, column: .act)
            case .torn:
                throw ContractRefusal(
                    code: "journal.write",
                    message: error.description + "; the act was not recorded, and 'strategy check' shows the torn line",
                    column: .act)
            case .unchanged:
                throw ContractRefusal(code: "journal.write", message: error.description, column: .act)
            }
        }
        var recorded = ledger
        recorded.apply(act)
        return recorded
    }

    /// Whether two acts are the same act: the same day, kind, subject, version, amount and days
    /// (the note and who may be worded differently in a retry).
    static func isSame(_ a: ContractAct, _ b: ContractAct) -> Bool {
        a.date == b.date && a.kind == b.kind && a.subject == b.subject && a.version == b.version
            && a.amount == b.amount && a.days == b.days
    }

    /// A submitted file as the journal records it: its path relative to the project (the
    /// workspace's parent) when inside it, and its SHA-256; nil with the reason when it is not a
    /// readable regular file.
    public func describeFile(_ url: URL) -> (path: String, sha256: String)? {
        let url = url.standardizedFileURL
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path)[.type]) as? FileAttributeType
        guard type == .typeRegular, let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let project = workspace.deletingLastPathComponent().path
        let path = url.path.hasPrefix(project + "/") ? String(url.path.dropFirst(project.count + 1)) : url.path
        return (path, SHA256.hex(data))
    }
}

private extension FileManager {
    /// The size of the file at `path` in bytes, 0 when it cannot be read.
    func fileSize(atPath path: String) -> Int {
        ((try? attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }
}
