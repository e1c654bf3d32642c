import Foundation

extension FuzzEntryPoints {
    /// A plan with one target of every kind and the metrics they name, for the FuzzPortal target
    /// (the metric ids are those of the shipped `portal.json`).
    public static func portalPlan() -> (plan: PortalPlan, metrics: [PortalMetric]) {
        let here = SourceLocation.file("fuzz")
        func id<T>(_ text: String) -> Located<Identifier<T>> { Located(Identifier(text), at: here) }
        let text = LocalizedText([Language("en"): "x", Language("ru"): "x"], at: here)
        func target(_ name: String, _ metric: String, _ kind: PortalTarget.Kind) -> PortalTarget {
            PortalTarget(id: id(name), clause: "003 §III, табл. 1, п. 1", metric: id(metric), kind: kind, title: text)
        }
        let targets = [
            target("pt.informed", "portal.audiences-informed", .monthly(minimum: 2, countsAudiences: true)),
            target("pt.requests", "portal.client-requests-handled", .monthly(minimum: 2, countsAudiences: false)),
            target("pt.bodies-1", "portal.lsg-bodies-registered", .cumulative(value: 40, due: .day(CalendarDate("2022-12-30")!), after: nil)),
            target("pt.bodies-2", "portal.lsg-bodies-registered",
                   .cumulative(value: 90, due: .day(CalendarDate("2022-12-30")!), after: id("pt.bodies-1"))),
            target("pt.events", "portal.online-events", .qualifying(count: 50, due: .month(year: 2022, month: 12), minimumParticipants: 10)),
            target("pt.share", "portal.national-partners-share", .share(percent: 25, due: .month(year: 2022, month: 3))),
            target("pt.notes", "portal.analytical-notes", .periodic(everyMonths: 2, from: PortalMonth(year: 2022, month: 2)!)),
            target("pt.final", "portal.final-report", .deadline(due: CalendarDate("2022-12-31")!)),
            target("pt.protocols", "portal.contest-protocols", .perEvent(event: id("portal.contests"))),
        ]
        let metricIDs = Set(targets.map(\.metric.value.rawValue) + ["portal.contests", "portal.lsg-staff-registered"])
        let metrics = metricIDs.sorted().map { PortalMetric(id: id($0), name: text, unit: text, clause: "") }
        let plan = PortalPlan(
            period: PlanPeriod(start: Located(.month(year: 2022, month: 1), at: here), end: Located(.month(year: 2022, month: 12), at: here)),
            note: nil,
            audiences: ["pa.lsg", "pa.experts", "pa.donors"].map { PortalAudience(id: id($0), name: text) },
            targets: targets)
        return (plan, metrics)
    }

    /// `rows` written as the workspace's record (`portal/metrics.csv`) and read back, with the
    /// diagnostics of reading it.
    public static func portalRecordRoundTrip(
        _ rows: [PortalObservation], rules: PortalRowRules
    ) -> (rows: [PortalObservation], diagnostics: [Diagnostic]) {
        let result = PortalExportReader.read(
            PortalStore.metricsFile(rows), file: PortalStore.metricsPath, rules: rules, isStore: true)
        return (result.observations, result.diagnostics)
    }
}
