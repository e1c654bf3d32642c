import Foundation
@testable import StrategyKit
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The consultant's paperwork of the shipped workspace with a whole consultancy in its
/// journal: goldens in both languages (Markdown for every document, HTML of the schedule with
/// its Gantt, the act's DOCX body), and the amounts the act states.
final class PaperworkTests: XCTestCase {
    private typealias F = ContractFixture

    /// The consultancy as the scenario records it, with the members' comments.
    static let records: PaperworkRecords = {
        var acts = F.allAccepted
        acts.insert(F.returned("D2", "2023-10-25", "Add the Portal's content and client base administrators of ALGCA"), at: 3)
        acts.insert(F.submit("D2", "2023-10-25"), at: 4)
        acts += [F.pay("T1", "2023-11-06", "117000.00"), F.pay("T2", "2023-12-22", "273000.00")]
        acts += [
            F.work("T1", "2023-10-12", "1", "Studied the Coalition Programme 2023–2026 and the 2024 Plan"),
            F.work("T2", "2023-10-16", "1", "Met DPI, ULSG and ALGCA on expectations, format and timing"),
            F.work("T2", "2023-10-18", "1", "Drafted the detailed schedule"),
            F.work("T3", "2023-10-23", "1", "Programme and list of participants"),
            F.work("T4", "2023-10-26", "1", "Prepared the session's group work"),
            F.work("T4", "2023-10-27", "1", "Facilitated the planning session"),
            F.work("T5", "2023-10-31", "1", "Interim operational report and act"),
            F.work("T6", "2023-11-02", "4", "Situation analysis, goals, audiences"),
            F.work("T6", "2023-11-14", "6", "Channels, themes, action matrix, cost estimate"),
            F.work("T7", "2023-12-04", "8", "Revision after the comments; final RU and EN versions"),
            F.work("T8", "2023-12-20", "1", "Final operational report and act"),
        ]
        func entry(_ member: String, _ outcome: CommentTally.Outcome?) -> CommentTally.Entry {
            CommentTally.Entry(
                version: "v1", member: MemberID(member), received: F.day("2023-11-27"),
                decision: outcome.map { CommentTally.Decision($0, on: F.day("2023-12-04")) })
        }
        let comments = CommentTally(
            entries: [entry("smsu", .accepted), entry("smsu", .partly), entry("amuca", .accepted),
                      entry("ipr", .rejected), entry("ipr", .noted), entry("ipr", nil)],
            versionOrder: ["v1", "v2", "v3"])
        return PaperworkRecords(acts: acts, comments: comments)
    }()

    private func files(_ kinds: [PaperworkKind], _ format: Workspace.Format, date: CalendarDate? = nil) throws -> [RenderedFile] {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        return try Workspace.renderPaperwork(
            strategy, templates: TemplateSet.builtIn().0, kinds: kinds, languages: strategy.languages,
            formats: [format], records: Self.records, date: date)
    }

    func testPaperwork_markdownMatchesGolden() throws {
        for file in try files(PaperworkKind.allCases, .md) {
            let name = file.path.replacingOccurrences(of: "/", with: ".")
            Golden.assert(String(decoding: file.data, as: UTF8.self), suite: "Paperwork", name: name)
        }
    }

    func testPaperwork_scheduleHTMLHasTheGanttAndMatchesGolden() throws {
        for file in try files([.schedule], .html) {
            XCTAssertNoThrow(try XMLDocument(data: file.data), file.path)
            let html = String(decoding: file.data, as: UTF8.self)
            XCTAssertTrue(html.contains("<figure class=\"chart\">\n<svg"), file.path)
            XCTAssertFalse(html.contains("<table>\n<thead>\n<tr><th>Задача / продукт / транш"), "no fallback where SVG shows")
            Golden.assert(html, suite: "Paperwork", name: file.path.replacingOccurrences(of: "/", with: "."))
        }
    }

    func testPaperwork_actDOCXBodyMatchesGolden() throws {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        let act = try XCTUnwrap(ActOfServices.plan(F.shipped, acts: Self.records.acts, asOf: F.day("2023-12-31"), drafts: false).first)
        for language in strategy.languages {
            let templates = try XCTUnwrap(TemplateSet.builtIn().0.languages[language])
            let context = RenderContext(language: language, templates: templates, date: act.date)
            let builder = try XCTUnwrap(PaperworkBuilder(
                kind: .act, strategy: strategy, context: context, records: Self.records, drawsFigures: false, act: act))
            let parts = DOCXWriter().parts(of: try builder.build(), labels: templates.labels)
            let body = try XCTUnwrap(parts.first { $0.path == "word/document.xml" })
            Golden.assert(String(decoding: body.data, as: UTF8.self), suite: "Paperwork", name: "\(language).act-1.word.document.xml")
        }
    }

    private func text(_ files: [RenderedFile], _ path: String) throws -> String {
        String(decoding: try XCTUnwrap(files.first { $0.path == path }, "no \(path) in \(files.map(\.path))").data, as: UTF8.self)
    }

    /// One act per tranche whose products are accepted, numbered by the tranche, dated by the
    /// journal (the last acceptance or work on its tasks), with the tranche's amount in figures
    /// and words and the acceptance formula.
    func testActs_onePerAcceptedTrancheDatedByTheJournal() throws {
        let files = try self.files([.act], .md)
        XCTAssertEqual(files.map(\.path), ["en/act-1.md", "en/act-2.md", "ru/act-1.md", "ru/act-2.md"])
        let first = try text(files, "ru/act-1.md")
        XCTAssertTrue(first.contains("# Акт № 1 оказанных услуг"), first)
        XCTAssertTrue(first.contains("г. Бишкек, 31 октября 2023 г."), first)
        XCTAssertTrue(first.contains("**117 000,00 KGS** (сто семнадцать тысяч сомов 00 тыйынов)"), first)
        XCTAssertTrue(first.contains("Исполнитель оказал, а Заказчик принял"), first)
        XCTAssertTrue(first.contains("Услуги оказаны в полном объеме и в установленные сроки."), first)
        XCTAssertTrue(first.contains("в 2 (двух) экземплярах"), first)
        XCTAssertTrue(first.contains("| D1 | Детальный график выполнения работ | 19 окт. | 20 окт. |"), first)
        XCTAssertFalse(first.contains("D3"), "the first act lists the first tranche's products only")
        XCTAssertFalse(first.contains("не принят"), "an issued act accepts nothing it lists as not accepted")
        let second = try text(files, "en/act-2.md")
        XCTAssertTrue(second.contains("Bishkek, 22 December 2023"), second)
        XCTAssertTrue(second.contains("**273,000.00 KGS** (two hundred seventy-three thousand soms and 00 tyiyn)"), second)
        XCTAssertTrue(second.contains("| 6 | Development of the full draft Coalition Strategy"), second)
        XCTAssertFalse(second.contains("| 5 | Operational report"), "task 5 is on the October act")
        XCTAssertFalse(second.contains("by this act"), second)
        XCTAssertFalse(second.contains("not accepted"), second)
    }

    /// Before the final products are accepted there is no second act; asked for, a draft says
    /// it is one, claims no acceptance and names what it waits for.
    func testActs_draftForAWaitingTranche() throws {
        let early = try files([.act], .md, date: F.day("2023-12-10"))
        XCTAssertEqual(early.map(\.path), ["en/act-1.md", "ru/act-1.md"])
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        let drafts = try Workspace.renderPaperwork(
            strategy, templates: TemplateSet.builtIn().0, kinds: [.act], languages: strategy.languages,
            formats: [.md], records: Self.records, date: F.day("2023-12-10"), drafts: true)
        XCTAssertEqual(drafts.map(\.path), ["en/act-1.md", "en/act-2-draft.md", "ru/act-1.md", "ru/act-2-draft.md"])
        let draft = try text(drafts, "ru/act-2-draft.md")
        XCTAssertTrue(draft.contains("ПРОЕКТ от 10 декабря 2023 г.: не подписывать до приемки продуктов: D4 доработанная стратегия"), draft)
        XCTAssertFalse(draft.contains("Заказчик принял"), draft)
        XCTAssertFalse(draft.contains("Услуги оказаны в полном объеме"), draft)
        XCTAssertTrue(draft.contains("двести семьдесят три тысячи сомов 00 тыйынов"), draft)
    }

    /// The particulars seed 000 does not give are blanks to fill, never invented.
    func testActs_unknownParticularsAreVisibleBlanks() throws {
        let act = try text(try files([.act], .md), "en/act-1.md")
        for hint in ["(contract number)", "(contract date)", "(passport or state registration certificate)",
                     "(14 digits)", "(account)", "(BIC)", "Taxation: ", "is an assumption"] {
            XCTAssertTrue(act.contains(hint), "\(hint) in \(act)")
        }
    }

    /// One report per tranche: the interim one of October (tasks 1–5) and the final one, each
    /// telling the work from the worklog and dated by its last work.
    func testReports_interimAndFinal() throws {
        let files = try self.files([.report], .md)
        XCTAssertEqual(files.map(\.path), ["en/report-1.md", "en/report-2.md", "ru/report-1.md", "ru/report-2.md"])
        let interim = try text(files, "en/report-1.md")
        XCTAssertTrue(interim.contains("# Interim operational report No. 1"), interim)
        XCTAssertTrue(interim.contains("**Report as of:** 31 October 2023"), interim)
        XCTAssertTrue(interim.contains("Facilitated the planning session"), interim)
        XCTAssertTrue(interim.contains("The whole contract as of 31 October 2023: 7 of 26 days worked."), interim)
        XCTAssertFalse(interim.contains("Situation analysis"), "November's work is not in October's report")
        let final = try text(files, "ru/report-2.md")
        XCTAssertTrue(final.contains("# Итоговый операционный отчет № 2"), final)
        XCTAssertTrue(final.contains("**Отчет по состоянию на:** 20 декабря 2023 г."), final)
        XCTAssertTrue(final.contains("Всего по договору на 20 декабря 2023 г.: отработано 26 из 26 дней."), final)
        XCTAssertTrue(final.contains("Рассмотрено:"), final)
    }

    func testPaperwork_isDeterministicAndDatedByItsProducts() throws {
        XCTAssertEqual(try files(PaperworkKind.allCases, .docx), try files(PaperworkKind.allCases, .docx))
        XCTAssertEqual(PaperworkBuilder.date(of: .schedule, contract: F.shipped, acts: Self.records.acts), F.day("2023-10-19"))
        XCTAssertEqual(PaperworkBuilder.date(of: .programme, contract: F.shipped, acts: Self.records.acts), F.day("2023-10-25"))
        // Without a submission, the due date.
        XCTAssertEqual(PaperworkBuilder.date(of: .report, contract: F.shipped, acts: []), F.day("2023-12-22"))
        XCTAssertEqual(Workspace.reportDate(F.shipped, tranche: 0, acts: []), F.day("2023-10-31"))
        XCTAssertEqual(Workspace.reportDate(F.shipped, tranche: 1, acts: Self.records.acts), F.day("2023-12-20"))
    }

    func testPaperwork_unknownPlaceholderIsReportedWithItsPlace() throws {
        let (templates, _) = TemplateSet.read(origin: "templates", files: [
            "en/strategy.md": "# x\n", "en/labels.json": "{}", "en/schedule.md": "# Act\n\n{{act.servises}}\n",
        ])
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        XCTAssertThrowsError(try Workspace.renderPaperwork(
            strategy, templates: templates, kinds: [.schedule], languages: [Language("en")], formats: [.md],
            records: PaperworkRecords())) { error in
            XCTAssertEqual((error as? RenderError)?.description,
                           "templates/en/schedule.md:3:1: error: unknown placeholder '{{act.servises}}' [template.unknown-placeholder]\n"
                            + "    note: did you mean '{{act.services}}'?")
        }
        let sink = DiagnosticSink()
        ContractRules.checkTemplates(try XCTUnwrap(templates.languages[Language("en")]), origin: "templates",
                                     strategy: strategy, sink: sink)
        XCTAssertEqual(sink.sorted.map(\.description), [
            "templates/en/act.md:1:1: error: templates/en/act.md is missing: contract.json lists the act among the products' paperwork [template.missing]",
            "templates/en/programme.md:1:1: error: templates/en/programme.md is missing: contract.json lists the programme among the products' paperwork [template.missing]",
            "templates/en/report.md:1:1: error: templates/en/report.md is missing: contract.json lists the report among the products' paperwork [template.missing]",
            "templates/en/schedule.md:3:1: error: unknown placeholder '{{act.servises}}' [template.unknown-placeholder]\n"
                + "    note: did you mean '{{act.services}}'?",
        ])
    }
}
