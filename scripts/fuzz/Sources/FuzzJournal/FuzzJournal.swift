import Foundation
import FuzzSupport
import StrategyKit

/// The contract journal's reader on arbitrary bytes, then the ledger's replay and the status
/// on the mini workspace's contract: every problem a sorted diagnostic in the journal, a torn
/// last line exactly when the bytes do not end in a line break, and every act read written back
/// and read again unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = ContractJournal.path
    let bytes = Fuzz.data(data, size)
    let journal = ContractJournal.parse(bytes)
    Fuzz.checkDiagnostics(journal.diagnostics, file: file)
    let torn = !bytes.isEmpty && bytes.last != 0x0A
    Fuzz.require((journal.tornLine != nil) == torn, "torn line \(String(describing: journal.tornLine)), bytes end torn: \(torn)")
    if torn {
        Fuzz.require(journal.diagnostics.contains { $0.code == "journal.torn-line" }, "a torn line without its warning")
    }

    for act in journal.acts {
        for column in ContractJournal.Column.allCases { Fuzz.checkLocation(act.location(column), file: file) }
        // What the writer would append for it reads back as the same act: free text comes
        // back flattened onto one line, and amounts are written to the cent.
        let line = ContractJournal.line(act)
        Fuzz.require(!line.contains("\n") && !line.contains("\r"), "a written line holds a line break: \(line)")
        let again = ContractJournal.parse(Data((ContractJournal.header + "\n" + line + "\n").utf8))
        let keepsAmount = act.amount.map { Decimal.parseStrict($0.plainText(scale: 2)) == $0 } ?? true
        guard keepsAmount else { continue }
        Fuzz.require(again.diagnostics.isEmpty, "a written act does not read back: \(line) \(again.diagnostics)")
        Fuzz.require(again.acts.count == 1, "a written act reads back as \(again.acts.count) acts")
        guard let read = again.acts.first else { continue }
        let flat = ContractJournal.flattened
        Fuzz.require(read.date == act.date && read.kind == act.kind && read.subject == act.subject
                        && read.version == act.version && read.amount == act.amount && read.days == act.days
                        && read.who == act.who && read.note == flat(act.note) && read.file == act.file.map(flat)
                        && read.sha256 == act.sha256.map(flat),
                     "an act changed on its way through the file: \(line)")
    }

    guard let contract = MiniWorkspace.english.strategy.contract else { return 0 }
    let (ledger, problems) = ContractLedger.replay(contract, acts: journal.acts)
    Fuzz.checkDiagnostics(problems.sorted(), file: file)
    Fuzz.require(ledger.acts.count + problems.count == journal.acts.count, "an act neither applied nor reported")
    for act in journal.acts.prefix(4) {
        let status = ContractStatus(contract: contract, acts: journal.acts, asOf: act.date)
        let labels = MiniWorkspace.english.languageTemplates.labels
        _ = status.text(language: MiniWorkspace.english.language, labels: labels)
        _ = status.json
    }
    return 0
}
