import Foundation
import FuzzSupport
import StrategyKit

/// The Portal export reader (what `portal import` runs on a file or a download) on arbitrary
/// bytes, then the record it writes and the evaluation of a plan with every kind of target.
///
/// Invariants: diagnostics sorted and placed in their file; every row read names a known
/// metric, has a value of at least 0, an occurrence of at least 1 and a key of its own; the rows
/// of a file without errors, written as `portal/metrics.csv`, read back exactly and without
/// diagnostics; every target evaluates in every month of the plan and around it, with an actual
/// value of at least 0, and the report builds in both languages (once per distinct set of rows).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.data(data, size)
    let file = "export.csv"
    let result = PortalExportReader.read(bytes, file: file, rules: rules)
    Fuzz.checkDiagnostics(result.diagnostics, file: file)
    Fuzz.require(result.observations.count <= result.rowCount, "more rows read than the file has")
    var keys = Set<String>()
    for row in result.observations {
        Fuzz.require(known.contains(row.metric), "a row of unknown metric \(row.metric)")
        Fuzz.require(row.value >= 0, "a negative value \(row.value)")
        Fuzz.require(row.occurrence >= 1, "occurrence \(row.occurrence)")
        Fuzz.require(keys.insert(row.key).inserted, "two rows with one key: \(row.key)")
        Fuzz.checkLocation(row.location, file: file)
    }

    // What an import would store: only the rows of a file without errors (a row with a control
    // character is reported by the CSV reader and may still come back here).
    let stored = result.hasErrors ? [] : result.observations
    let (back, diagnostics) = FuzzEntryPoints.portalRecordRoundTrip(stored, rules: rules)
    Fuzz.require(diagnostics.isEmpty, "the record reads back with \(diagnostics)")
    Fuzz.require(back.count == stored.count, "the record lost rows")
    for (written, read) in zip(stored, back) {
        Fuzz.require(written.key == read.key && written.date == read.date && written.value == read.value
                     && written.participants == read.participants && written.audience == read.audience
                     && written.ref == read.ref && written.note == read.note && written.isExample == read.isExample,
                     "a row does not read back as written: \(written) → \(read)")
    }

    // The evaluation and the report are functions of the rows read: many mutations change
    // nothing the reader keeps (or leave no valid row), and rebuilding the report for rows
    // already checked took most of the time (6 ms of ASan-instrumented work for no rows).
    guard evaluated.insert(result.observations).inserted else { return 0 }
    if evaluated.count > 20_000 { evaluated = [result.observations] }
    let evaluator = PortalEvaluator(plan: plan, data: PortalData(observations: result.observations))
    var month = plan.firstMonth.adding(-2)
    while month <= plan.lastMonth.adding(2) {
        for outcome in evaluator.evaluate(in: month) {
            Fuzz.require((outcome.actual ?? 0) >= 0, "negative actual value for \(outcome.target.id.value)")
            if let tally = outcome.tally {
                Fuzz.require(tally.met >= 0 && tally.met <= tally.of, "tally \(tally)")
            }
        }
        month = month.adding(1)
    }
    var strategy = mini
    strategy.portalPlan = plan
    strategy.portalData = PortalData(observations: result.observations)
    let report = PortalReport(strategy: strategy, plan: plan)
    for language in [Language("ru"), Language("en")] {
        guard let labels = templates.languages[language]?.labels else { continue }
        _ = PlainTextWriter().text(report.document(labels: labels, language: language, compact: true))
        _ = report.csv(labels: labels, language: language)
    }
    _ = report.json()
    return 0
}

/// The row sets whose evaluation and report were checked (libFuzzer runs one input at a time).
nonisolated(unsafe) private var evaluated = Set<[PortalObservation]>()
private let fixture = FuzzEntryPoints.portalPlan()
private let plan = fixture.plan
private let known = Set(fixture.metrics.map(\.id.value))
private let rules = PortalRowRules(metrics: fixture.metrics, plan: plan)
private let templates = TemplateSet.builtIn().0
private let mini: Strategy = MiniWorkspace.english.strategy
