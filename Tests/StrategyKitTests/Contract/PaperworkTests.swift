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
        acts += [F.pay("T1", "2023-10-30", "117000.00"), F.pay("T2", "2023-12-22", "273000.00")]
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
        for language in strategy.languages {
            let templates = try XCTUnwrap(TemplateSet.builtIn().0.languages[language])
            let date = PaperworkBuilder.date(of: .act, contract: F.shipped, acts: Self.records.acts)
            let context = RenderContext(language: language, templates: templates, date: date)
            let builder = try XCTUnwrap(PaperworkBuilder(
                kind: .act, strategy: strategy, context: context, records: Self.records, drawsFigures: false))
            let parts = DOCXWriter().parts(of: try builder.build(), labels: templates.labels)
            let body = try XCTUnwrap(parts.first { $0.path == "word/document.xml" })
            Golden.assert(String(decoding: body.data, as: UTF8.self), suite: "Paperwork", name: "\(language).act.word.document.xml")
        }
    }

    /// The act is dated by D5's submission, counts it as accepted by itself, and states what
    /// is due: the total of accepted tranches less what was paid.
    func testAct_statesTheAmountsDue() throws {
        let date = PaperworkBuilder.date(of: .act, contract: F.shipped, acts: Self.records.acts)
        XCTAssertEqual(date, F.day("2023-12-20"))
        let english = try XCTUnwrap(try files([.act], .md).first { $0.path == "en/act.md" })
        let text = String(decoding: english.data, as: UTF8.self)
        XCTAssertTrue(text.contains("Bishkek, 20 December 2023"), text)
        XCTAssertTrue(text.contains("Services accepted to the amount of **390,000.00 KGS**. Paid earlier: 117,000.00 KGS. "
            + "**Due under this act: 273,000.00 KGS.**"), text)
        XCTAssertTrue(text.contains("The services have been rendered in full and on time."), text)
        // Before the final products are accepted the act holds their tranche back.
        let early = try XCTUnwrap(try files([.act], .md, date: F.day("2023-12-10")).first { $0.path == "en/act.md" })
        let earlyText = String(decoding: early.data, as: UTF8.self)
        XCTAssertTrue(earlyText.contains("Services accepted to the amount of **117,000.00 KGS**. Paid earlier: 117,000.00 KGS. "
            + "**Due under this act: 0.00 KGS.**"), earlyText)
        XCTAssertTrue(earlyText.contains("As of 10 December 2023 these products are not accepted: D4 revised strategy; "
            + "D6 final versions (RU, EN); the tranches they belong to (273,000.00 KGS) are not included in the amount due."),
                      earlyText)
    }

    func testPaperwork_isDeterministicAndDatedByItsProducts() throws {
        XCTAssertEqual(try files(PaperworkKind.allCases, .docx), try files(PaperworkKind.allCases, .docx))
        XCTAssertEqual(PaperworkBuilder.date(of: .schedule, contract: F.shipped, acts: Self.records.acts), F.day("2023-10-19"))
        XCTAssertEqual(PaperworkBuilder.date(of: .programme, contract: F.shipped, acts: Self.records.acts), F.day("2023-10-25"))
        // Without a submission, the due date.
        XCTAssertEqual(PaperworkBuilder.date(of: .report, contract: F.shipped, acts: []), F.day("2023-12-22"))
    }

    func testPaperwork_unknownPlaceholderIsReportedWithItsPlace() throws {
        let (templates, _) = TemplateSet.read(origin: "templates", files: [
            "en/strategy.md": "# x\n", "en/labels.json": "{}", "en/act.md": "# Act\n\n{{act.servises}}\n",
        ])
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        XCTAssertThrowsError(try Workspace.renderPaperwork(
            strategy, templates: templates, kinds: [.act], languages: [Language("en")], formats: [.md],
            records: PaperworkRecords())) { error in
            XCTAssertEqual((error as? RenderError)?.description,
                           "templates/en/act.md:3:1: error: unknown placeholder '{{act.servises}}' [template.unknown-placeholder]\n"
                            + "    note: did you mean '{{act.services}}'?")
        }
        let sink = DiagnosticSink()
        ContractRules.checkTemplates(try XCTUnwrap(templates.languages[Language("en")]), origin: "templates",
                                     strategy: strategy, sink: sink)
        XCTAssertEqual(sink.sorted.map(\.description), [
            "templates/en/act.md:3:1: error: unknown placeholder '{{act.servises}}' [template.unknown-placeholder]\n"
                + "    note: did you mean '{{act.services}}'?",
            "templates/en/programme.md:1:1: error: templates/en/programme.md is missing: contract.json lists the programme among the products' paperwork [template.missing]",
            "templates/en/report.md:1:1: error: templates/en/report.md is missing: contract.json lists the report among the products' paperwork [template.missing]",
            "templates/en/schedule.md:1:1: error: templates/en/schedule.md is missing: contract.json lists the schedule among the products' paperwork [template.missing]",
        ])
    }
}
