import Foundation
@testable import StrategyKit
import XCTest

final class DocumentBuilderTests: XCTestCase {
    private func document(_ language: String = "en", edit: (inout Strategy) -> Void = { _ in }) throws -> Document {
        let opened = Workspace.open(TestWorkspace.fixture("mini"))
        XCTAssertEqual(opened.diagnostics, [])
        var strategy = try XCTUnwrap(opened.strategy)
        edit(&strategy)
        let templates = try XCTUnwrap(opened.templates.languages[Language(language)])
        let context = RenderContext(language: Language(language), templates: templates, date: strategy.edition.date)
        return try DocumentBuilder(strategy: strategy, context: context).build()
    }

    private func headings(_ blocks: [Block]) -> [(Int, String, String)] {
        blocks.flatMap { block -> [(Int, String, String)] in
            switch block {
            case .heading(let level, let content, let anchor): [(level, content.plainText, anchor)]
            case .landscape(let inner), .quote(let inner): headings(inner)
            default: []
            }
        }
    }

    /// The tables after the last heading titled `title` (the annexes repeat member names).
    private func table(after title: String, in document: Document, skip: Int = 0) -> Table? {
        func flatten(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block -> [Block] in
                if case .landscape(let inner) = block { return flatten(inner) }
                return [block]
            }
        }
        let blocks = flatten(document.blocks)
        guard let start = blocks.lastIndex(where: {
            if case .heading(_, let content, _) = $0 { content.plainText == title } else { false }
        }) else { return nil }
        let tables = blocks[(start + 1)...].compactMap { block -> Table? in
            if case .table(let table) = block { table } else { nil }
        }
        return skip < tables.count ? tables[skip] : nil
    }

    private func cells(_ table: Table) -> [[String]] {
        table.rows.map { $0.cells.map { $0.map(\.plainText).joined(separator: " / ") } }
    }

    func testDocument_startsWithTitlePageAndContentsOfEverySection() throws {
        let document = try document()
        guard case .titlePage(let page) = document.blocks.first else {
            return XCTFail("the document does not start with its title page")
        }
        XCTAssertEqual(page.title, "Mini strategy")
        XCTAssertEqual(page.members, ["Development Policy Institute (DPI)", "Union of LSG (ULSG)"])
        XCTAssertEqual(page.facts.map(\.value), ["2023–2026", "v1 · Draft", "20 November 2023", "SDC"])
        let sections = headings(document.blocks).filter { $0.0 == 2 && $0.1 != "Contents" }
        let contents = document.blocks.compactMap { block -> [ContentsEntry]? in
            if case .contents(let entries) = block { entries } else { nil }
        }.first
        XCTAssertEqual(contents?.map(\.title), sections.map(\.1))
        XCTAssertEqual(contents?.map(\.anchor), sections.map(\.2))
        XCTAssertEqual(sections.count, 16)
    }

    func testAnchors_areUniqueInDocumentOrder() throws {
        let anchors = headings(try document().blocks).map(\.2)
        XCTAssertEqual(Set(anchors).count, anchors.count)
        XCTAssertTrue(anchors.contains("1-introduction"), anchors.joined(separator: " "))
    }

    func testActionMatrix_isOnLandscapePages() throws {
        let document = try document()
        let landscape = document.blocks.compactMap { block -> [Block]? in
            if case .landscape(let inner) = block { inner } else { nil }
        }
        XCTAssertEqual(landscape.count, 2, "the action matrix and the M&E table")
        guard case .table(let matrix)? = landscape.first?.first else { return XCTFail("no matrix table") }
        guard case .table(let indicators)? = landscape.last?.first else { return XCTFail("no M&E table") }
        XCTAssertEqual(indicators.columns.count, 7, "the Portal's value and status in a column of their own")
        XCTAssertEqual(matrix.columns.count, 9, "the id and the objective share the first column")
        XCTAssertTrue(matrix.isDense, "set a point smaller, so the action's column stays wide")
        XCTAssertEqual(cells(matrix).map { $0[8] }, ["45,000.00", "26,789.00"], "each action's cost")
        XCTAssertEqual(cells(matrix).map { $0[0] }, ["A-01 / O1.1", "A-02 / O1.1"])
        XCTAssertEqual(cells(matrix)[1][1], "Press tour / Two regions, *one* week")
        XCTAssertEqual(cells(matrix)[0][5], "DPI / ULSG")
    }

    func testAudienceCoverage_countsActionsChannelsAndThemesAndNamesTheWeakPoints() throws {
        let document = try document()
        let coverage = try XCTUnwrap(table(after: "Audiences: channels and themes", in: document))
        XCTAssertEqual(coverage.columns.map { $0.header.plainText }, ["Audience", "Actions", "Channels", "Themes"])
        XCTAssertEqual(cells(coverage), [
            ["Decision makers", "1", "Reports", "Local services"],
            ["Media", "1", "Media", "Local services"],
        ])
        let text = MarkdownWriter().text(document)
        XCTAssertTrue(text.contains("- Decision makers: messages reach it through one channel only, “Reports”."), text)
        XCTAssertTrue(text.contains("- “Media”: only one action uses this channel."), text)
        XCTAssertTrue(text.contains("The working group takes up each weak point at the annual review"), text)
    }

    func testAudienceCoverage_countsAnActionOncePerAudience() throws {
        // A-02 names its channel twice and both audiences, one of them twice.
        let document = try document { strategy in
            let action = strategy.actions[1]
            strategy.actions[1].channels += action.channels
            strategy.actions[1].audiences = strategy.actions[0].audiences + action.audiences + action.audiences
        }
        let coverage = try XCTUnwrap(table(after: "Audiences: channels and themes", in: document))
        XCTAssertEqual(cells(coverage), [
            ["Decision makers", "2", "Reports; Media", "Local services"],
            ["Media", "1", "Media", "Local services"],
        ])
        XCTAssertFalse(MarkdownWriter().text(document).contains("Decision makers: messages reach it through one channel only"))
    }

    func testProseHeadings_shallowerThanTheTemplatesSectionsAreShifted() throws {
        let markdown = "# One\n\nText with # inside.\n\n## Two\n\n### Three\n\n#### Four\n\n#No space"
        let plain = "Text only, #hash and ## inside a line.\n\n### Three"
        let document = try document { strategy in
            strategy.prose[Language("en")]?["approach"]?.markdown = markdown
            strategy.prose[Language("en")]?["monitoring"]?.markdown = plain
        }
        let titles = headings(document.blocks).map { "\($0.0) \($0.1)" }
        XCTAssertTrue(titles.contains("3 One") && titles.contains("3 Two") && titles.contains("3 Three"), "\(titles)")
        XCTAssertTrue(titles.contains("4 Four"), "\(titles)")
        XCTAssertFalse(titles.contains { $0.hasSuffix("No space") }, "\(titles)")
        let text = MarkdownWriter().text(document)
        XCTAssertTrue(text.contains("Text only, \\#hash and \\#\\# inside a line.\n\n### Three"), text)
    }

    func testThemeCoverage_showsWhichAddresseesItsActionsReach() throws {
        let coverage = try XCTUnwrap(table(after: "Advocacy themes and their addressees", in: try document()))
        XCTAssertEqual(cells(coverage), [["Local services", "2", "Decision makers", "—"]])
        let unreached = try document { strategy in strategy.actions[0].audiences = strategy.actions[1].audiences }
        let table = try XCTUnwrap(self.table(after: "Advocacy themes and their addressees", in: unreached))
        XCTAssertEqual(cells(table), [["Local services", "2", "—", "Decision makers"]])
        XCTAssertTrue(MarkdownWriter().text(unreached).contains("no action on that theme reaches them"))
    }

    func testMemberAnnex_listsWhatEachMemberLeadsAndSpends() throws {
        let document = try document()
        let dpiLeads = try XCTUnwrap(table(after: "Development Policy Institute (DPI)", in: document))
        XCTAssertEqual(cells(dpiLeads), [
            ["A-01", "Report \"on LSG\"", "Q1 2024 – Q2 2024", "45,000.00"],
            ["", "Total", "", "45,000.00"],
        ])
        let ulsgPartner = try XCTUnwrap(table(after: "Union of LSG (ULSG)", in: document, skip: 1))
        XCTAssertEqual(cells(ulsgPartner), [["A-01", "Report \"on LSG\"", "DPI", "Q1 2024 – Q2 2024"]],
                       "who leads it and when; no column of zeros")
        // 2 × 150.50 USD at 89 KGS = 26,789.00 KGS.
        let ulsgYears = try XCTUnwrap(table(after: "Union of LSG (ULSG)", in: document, skip: 2))
        XCTAssertEqual(cells(ulsgYears), [["2024", "26,789.00", "100.0 %"], ["Total", "26,789.00", "100.0 %"]])
    }

    func testUserText_staysPlainInTheModel() throws {
        let document = try document()
        guard case .titlePage(let page) = document.blocks.first else { return XCTFail("no title page") }
        XCTAssertEqual(page.subtitle, "for tests <and> *markup*")
    }
}
