import Foundation

/// The edition the documents carry against the workspace's own record: its versions and what
/// the contract journal says was handed in. Seed 000 expects a draft by 20 November and the
/// final versions by 22 December; a document that calls itself one while the record says
/// another misleads every reader, so each contradiction is an error.
///
/// The rules hold an edition that declares its `stage`: that is the claim a reader relies on
/// ("final edition"), where `status` is free text in each language. An edition without a stage
/// is a working copy between versions and is not held to them.
enum EditionRules {
    static let code = "edition.contradiction"

    /// Checks `strategy.edition` against the versions in `store` and the `journal`.
    static func check(
        _ strategy: Strategy, store: VersionStore, journal: ContractJournal, sink: DiagnosticSink
    ) {
        let edition = strategy.edition
        guard let stage = edition.stage else { return }
        let at = edition.dateLocation ?? .file("strategy.json")
        let versions = store.list().versions
        if let own = versions.first(where: { $0.name == edition.version }), own.date > edition.date {
            sink.report(.error(code,
                "the edition is version \(edition.version) dated \(edition.date), but version "
                    + "\(own.name) was cut later, on \(own.date): an edition cannot be older than its version",
                at: at))
        }
        if let later = versions.filter({ $0.date > edition.date && $0.name != edition.version })
            .max(by: { $0.date < $1.date }) {
            sink.report(.error(code,
                "the edition (\(edition.version), \(edition.date)) is older than version \(later.name), "
                    + "cut on \(later.date): the documents would carry a superseded edition; update "
                    + "edition.version, date and status",
                at: at))
        }
        if let since = edition.changesSince,
           let version = versions.first(where: { $0.name == since.value }), version.date > edition.date {
            sink.report(.error(code,
                "the edition of \(edition.date) lists the changes since version \(version.name), "
                    + "which was cut later, on \(version.date)",
                at: since.location))
        }
        guard let contract = strategy.contract else { return }
        let stages = Dictionary(
            contract.deliverables.compactMap { deliverable in
                deliverable.strategyStage.map { (deliverable.id.value.rawValue, $0.value) }
            },
            uniquingKeysWith: { first, _ in first })
        // The latest submission of this edition's version as a stage of the strategy: a revised
        // draft accepted unchanged may go in again as the final one.
        let submissions = journal.acts.filter {
            $0.kind == .submit && $0.version == edition.version && stages[$0.subject] != nil
        }
        if let act = submissions.last, let submitted = stages[act.subject], submitted != stage.value {
            sink.report(.error(code,
                "the edition calls version \(edition.version) the \(stage.value.rawValue) strategy, but "
                    + "the contract journal records it submitted on \(act.date) as \(act.subject), the "
                    + "\(submitted.rawValue) strategy",
                at: stage.location,
                notes: [Diagnostic.Note("submitted here", at: act.location(.version))]))
        }
    }
}
