import Foundation
@testable import StrategyKit
import XCTest

final class XLSXWriterTests: XCTestCase {
    private func mini() throws -> (Strategy, TemplateSet) {
        let opened = Workspace.open(TestWorkspace.fixture("mini"))
        return (try XCTUnwrap(opened.strategy), opened.templates)
    }

    private func cells(_ data: Data, sheet: Int = 0) throws -> [[String]] {
        let (sheets, diagnostics) = XLSXTableReader.read(data, file: "w.xlsx")
        XCTAssertEqual(diagnostics, [])
        let table = try XCTUnwrap(sheets[sheet].table)
        return [table.header.map(\.value)] + table.rows.map { $0.fields.map(\.value) }
    }

    func testPlan_isDeterministic_wellFormed_andItsTotalsAreTheLedgers() throws {
        let (strategy, templates) = try mini()
        let first = try Workspace.render(strategy, templates: templates, languages: strategy.languages, formats: [.xlsx])
        let second = try Workspace.render(strategy, templates: templates, languages: strategy.languages, formats: [.xlsx])
        XCTAssertEqual(first.map(\.path), ["en/plan.xlsx", "ru/plan.xlsx"])
        XCTAssertEqual(first.map(\.data), second.map(\.data))
        let data = first[1].data
        for entry in try ZIPReader.read(data) where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            XCTAssertNoThrow(try XMLPullReader.tree([UInt8](entry.data)), entry.path)
        }
        let ledger = BudgetLedger(strategy)
        let actions = try cells(data, sheet: 0)
        XCTAssertEqual(actions.count, strategy.actions.count + 2)
        XCTAssertEqual(actions[0].first, "№")
        let total = try XCTUnwrap(actions.last?.last)
        XCTAssertEqual(Decimal(string: total), ledger.total)
        let costs = try cells(data, sheet: 1)
        XCTAssertEqual(costs.count, ledger.entries.count + 2)
        XCTAssertEqual(Decimal(string: try XCTUnwrap(costs.last?.last)), ledger.total)
        // The yearly columns add up to the total, as the formulas say.
        let yearly = actions.last?.dropLast().compactMap { Decimal(string: $0) } ?? []
        XCTAssertEqual(yearly.reduce(0, +), ledger.total)
        let sheet = String(decoding: try XCTUnwrap(ZIPReader.read(data).first { $0.path == "xl/worksheets/sheet1.xml" }).data, as: UTF8.self)
        XCTAssertTrue(sheet.contains("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\" activePane=\"bottomRight\" state=\"frozen\"/>"))
        XCTAssertTrue(sheet.contains("<autoFilter ref=\"A1:"))
        XCTAssertTrue(sheet.contains("<f>SUM(J2:"), "a total is a formula")
    }

    func testBudget_amountsAreNumbers_andTheTotalIsASumOfThem() throws {
        let (strategy, templates) = try mini()
        let labels = try XCTUnwrap(templates.languages[Language("en")]?.labels)
        let report = BudgetReport(strategy, by: .member, language: Language("en"))
        let data = try XLSXWriter.data(report.workbook(labels: labels))
        let rows = try cells(data)
        XCTAssertEqual(rows[1...report.rows.count].map { $0[2] }, report.rows.map { "\($0.amount)" })
        XCTAssertEqual(rows[report.rows.count + 1][2], "\(report.total)")
        let sheet = String(decoding: try XCTUnwrap(ZIPReader.read(data).first { $0.path == "xl/worksheets/sheet1.xml" }).data, as: UTF8.self)
        XCTAssertTrue(sheet.contains("<f>SUM(C2:C\(report.rows.count + 1))</f><v>\(report.total)</v>"), sheet)
    }

    func testWriter_userTextIsEscaped_andReadsBackExactly() throws {
        let texts = ["<b>&amp;\"'", "_x0041_ literal", "  spaces  ", "line\nbreak", "=SUM(A1)", "Коалиция"]
        let workbook = XLSXWorkbook(
            sheets: [XLSXSheet(name: "a/b:c*?[]", rows: [[.text("header")], texts.map { .text($0) },
                                                          [.number(Decimal(string: "1234.50") ?? 0)]])],
            properties: .init(title: "<T&>", language: "en-US", custom: [.init("version", "v\"1")]))
        let data = try XLSXWriter.data(workbook)
        XCTAssertEqual(try cells(data)[1], [texts[0], texts[1]], "the header's column, then the first value past it")
        let (read, _) = XLSXTableReader.read(data, file: "w.xlsx")
        XCTAssertEqual(read.first?.table?.rows.first?.fields.first?.value, texts[0])
        let wide = XLSXWorkbook(sheets: [XLSXSheet(name: "S", rows: [texts.map { .text("h" + $0) }, texts.map { .text($0) },
                                                                  [.number(Decimal(string: "1234.50") ?? 0)]])],
                                properties: .init(title: "", language: "en"))
        XCTAssertEqual(try cells(try XLSXWriter.data(wide))[1], texts)
        XCTAssertEqual(try cells(try XLSXWriter.data(wide))[2], ["1234.5", "", "", "", "", ""])
        let (sheets, _) = XLSXTableReader.read(data, file: "w.xlsx")
        XCTAssertEqual(sheets.map(\.name), ["a_b_c____"])
        let parts = XLSXWriter.parts(workbook)
        for part in parts { XCTAssertNoThrow(try XMLPullReader.tree(Array(part.xml.utf8)), part.path) }
        XCTAssertTrue(try XCTUnwrap(parts.first { $0.path == "docProps/custom.xml" }).xml.contains("<vt:lpwstr>v&quot;1</vt:lpwstr>")
                        || parts.contains { $0.xml.contains("<vt:lpwstr>v\"1</vt:lpwstr>") })
        XCTAssertEqual(try XLSXWriter.data(workbook), data, "deterministic")
    }

    func testForm_hasDropDownsFrozenHeaderAndProperties() throws {
        let workspace = try CommentTestSupport.workspaceWithV1()
        let opened = try VersionStore(workspace: workspace).open("v1")
        let strategy = try XCTUnwrap(opened.strategy)
        let labels = try XCTUnwrap(opened.templates.languages[Language("en")]?.labels)
        let outline = ReviewOutline(strategy: strategy, templates: opened.templates)
        let workbook = CommentForm.workbook(version: "v1", hash: "sha256:abc", member: MemberID("ipr"), outline: outline,
                                            language: Language("en"), labels: labels)
        let parts = XLSXWriter.parts(workbook)
        func part(_ path: String) throws -> String { try XCTUnwrap(parts.first { $0.path == path }).xml }
        let sheet = try part("xl/worksheets/sheet1.xml")
        let last = outline.targets.count + CommentForm.spareRows + 1
        XCTAssertTrue(sheet.contains("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorStyle=\"stop\" error=\"Choose a type of comment from the list\" sqref=\"F2:F\(last)\"><formula1>\"general,substantive,editorial\"</formula1>"))
        XCTAssertTrue(sheet.contains("sqref=\"C2:C\(last)\"><formula1>Targets</formula1>"))
        XCTAssertTrue(sheet.contains("state=\"frozen\""))
        XCTAssertTrue(try part("xl/workbook.xml").contains("<definedName name=\"Targets\">'Sections and entities'!$A$2:$A$\(outline.targets.count + 1)</definedName>"))
        XCTAssertTrue(try part("docProps/custom.xml").contains("name=\"hash\"><vt:lpwstr>sha256:abc</vt:lpwstr>"))
        let data = try XLSXWriter.data(workbook)
        XCTAssertEqual(try cells(data, sheet: 1).count, outline.targets.count + 1)
        XCTAssertEqual(try cells(data, sheet: 0)[1][0...3].map { $0 }, ["v1", "ipr", "doc", outline.targets[0].titles[Language("en")] ?? ""])
    }
}
