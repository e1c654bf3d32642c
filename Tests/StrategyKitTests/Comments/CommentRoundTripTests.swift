import Foundation
@testable import StrategyKit
import XCTest

/// Template → filled in as Excel and LibreOffice save it → import → resolve → matrix.
final class CommentRoundTripTests: XCTestCase {
    private typealias Support = CommentTestSupport

    /// Two members comment on v1: ИПР in Russian Excel (Windows-1251, `;`, CRLF), the Union in
    /// LibreOffice (UTF-8 with BOM, `,`, LF, English header, columns reordered, blank rows).
    /// The consultant decides, cuts v2 with the changes, and the matrix shows it all.
    private func reviewedWorkspace() throws -> URL {
        let workspace = try Support.workspaceWithV1()

        var ipr = try Support.cells(try Support.form(workspace, member: "ipr", language: "ru", encoding: .cp1251, separator: ";"))
        XCTAssertEqual(ipr[0], ["Версия", "Член Коалиции", "Раздел или элемент", "Название", "Абзац", "Тип замечания",
                                "Замечание", "Предлагаемая редакция"])
        Support.fill(&ipr, target: "sec.situation", paragraph: "2", type: "по существу",
                     comment: "Нет данных о бюджетах МСУ; добавить", proposal: "Добавить абзац:\n«Бюджеты МСУ…»")
        Support.fill(&ipr, target: "A-02", type: "Редакционное", comment: "Уточнить \"сроки\" пресс-тура")
        Support.fill(&ipr, target: "R-01", type: "общее", comment: "=Риск снят?")
        Support.fill(&ipr, target: "A-01", type: "substantive", comment: "Доклад — дважды в год")
        let iprFile = try Support.cp1251(Support.excelText(ipr, separator: ";"))

        var smsu = try Support.cells(try Support.form(workspace, member: "smsu", language: "en"))
        Support.fill(&smsu, target: "doc", type: "general", comment: "@all: shorter, please")
        Support.fill(&smsu, target: "aud.media", paragraph: "1", type: "editorial", comment: "Say <regional> media",
                     proposal: "-regional media")
        // LibreOffice: comment and proposal moved before the target, a blank row, an empty row.
        let reordered = smsu.map { [$0[6], $0[7], $0[0], $0[1], $0[2], $0[3], $0[4], $0[5]] }
        var text = Support.libreOfficeText(reordered)
        text = text.replacingOccurrences(of: "\n", with: "\n\n", options: [], range: text.range(of: "\n"))
        text += ",,,,,,,\n"
        let smsuFile = Support.utf8BOM(text)

        let report = try Support.importForms(workspace, [("ipr-v1.csv", iprFile), ("smsu-v1.csv", smsuFile)])
        XCTAssertEqual(report.added.map(\.id), ["v1-ipr-001", "v1-ipr-002", "v1-ipr-003", "v1-ipr-004",
                                                "v1-smsu-001", "v1-smsu-002"])
        // The row of separators at the end is dropped by the CSV reader, like a blank line.
        XCTAssertEqual(report.files.map(\.skipped), [ipr.count - 5, smsu.count - 3])

        let store = CommentStore(workspace: workspace)
        func resolve(_ id: String, _ decision: CommentDecision, _ language: String, _ text: String, change: Bool = false,
                     date: CalendarDate = CalendarDate(year: 2023, month: 11, day: 30)!) throws {
            _ = try store.resolve(id, decision: decision, response: text, language: Language(language), date: date,
                                  change: change)
        }
        try resolve("v1-ipr-001", .accepted, "ru", "Добавлен абзац о бюджетах МСУ")
        try resolve("v1-ipr-001", .accepted, "en", "A paragraph on LSG budgets was added")
        // Ids follow the rows of the form: the section, then.
        try resolve("v1-ipr-002", .accepted, "en", "Already twice a year")
        try resolve("v1-ipr-003", .partly, "ru", "Сроки уточнены, формат оставлен")
        try resolve("v1-ipr-004", .rejected, "ru", "Риск остаётся")
        try resolve("v1-ipr-004", .accepted, "ru", "+Риск снят в версии v2", change: true,
                    date: CalendarDate(year: 2023, month: 12, day: 1)!)
        try resolve("v1-smsu-001", .noted, "en", "Noted; the length follows the ToR")

        // v2: the situation analysis gains the paragraph, A-02 is reworded, R-01 is gone.
        try TestWorkspace.edit(workspace, "prose/ru/situation.md", replacing: "\n", with: "\n\nБюджеты МСУ.\n")
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур", with: "Пресс-тур в марте")
        try TestWorkspace.write(workspace, "risks.json", "{\n  \"risks\": []\n}\n")
        try VersionStore(workspace: workspace).cut("v2", note: "Revised draft", date: Support.v2Date)
        return workspace
    }

    func testRoundTrip_matrixInBothLanguagesMatchesItsGoldens() throws {
        let workspace = try reviewedWorkspace()
        let matrix = try CommentMatrix.build(store: CommentStore(workspace: workspace), version: "v1")
        for language in ["ru", "en"] {
            let md = try matrix.data(language: Language(language), format: .md)
            Golden.assert(String(decoding: md, as: UTF8.self), suite: "Comments", name: "matrix.\(language).md")
            let csv = try matrix.data(language: Language(language), format: .csv)
            XCTAssertEqual(Array(csv.prefix(3)), [0xEF, 0xBB, 0xBF], "Excel reads it as UTF-8")
            // The golden is read as text, which drops a BOM: compare what follows it.
            Golden.assert(String(decoding: csv.dropFirst(3), as: UTF8.self), suite: "Comments", name: "matrix.\(language).csv")
            let html = String(decoding: try matrix.data(language: Language(language), format: .html), as: UTF8.self)
            XCTAssertTrue(html.contains("v1-smsu-002"))
            XCTAssertTrue(html.contains("&lt;regional&gt;"), "user text is escaped")
            XCTAssertFalse(html.contains("<regional>"))
            let docx = try matrix.data(language: Language(language), format: .docx)
            XCTAssertEqual(Array(docx.prefix(2)), [0x50, 0x4B], "a ZIP")
        }
        let landings = Dictionary(uniqueKeysWithValues: matrix.entries.map { ($0.comment.id, $0.landing) })
        XCTAssertEqual(landings["v1-ipr-001"], .some(.init(version: "v2", isRemoval: false, previous: "v1")), "prose changed in v2")
        XCTAssertEqual(landings["v1-ipr-002"], .some(nil), "A-01 did not change")
        XCTAssertEqual(landings["v1-ipr-003"], .some(.init(version: "v2", isRemoval: false, previous: "v1")), "A-02 reworded in v2")
        XCTAssertEqual(landings["v1-ipr-004"], .some(.init(version: "v2", isRemoval: true, previous: "v1")), "R-01 removed in v2")
        XCTAssertEqual(matrix.tallies.map(\.received), [4, 2])
        XCTAssertEqual(matrix.tallies[0].count(.decided(.accepted)), 3)
        XCTAssertEqual(matrix.tallies[1].count(.open), 1)
    }

    func testRoundTrip_storedRecordsReadBackExactly() throws {
        let workspace = try reviewedWorkspace()
        let contents = CommentStore(workspace: workspace).read()
        XCTAssertEqual(contents.diagnostics, [])
        let byID = Dictionary(uniqueKeysWithValues: contents.comments.map { ($0.id, $0) })
        XCTAssertEqual(byID["v1-ipr-001"]?.proposal, "Добавить абзац:\n«Бюджеты МСУ…»")
        XCTAssertEqual(byID["v1-ipr-002"]?.text, "Доклад — дважды в год")
        XCTAssertEqual(byID["v1-ipr-003"]?.text, "Уточнить \"сроки\" пресс-тура")
        XCTAssertEqual(byID["v1-ipr-003"]?.type, .editorial)
        XCTAssertEqual(byID["v1-ipr-004"]?.text, "=Риск снят?")
        XCTAssertEqual(byID["v1-smsu-001"]?.text, "@all: shorter, please")
        XCTAssertEqual(byID["v1-smsu-002"]?.proposal, "-regional media")
        XCTAssertEqual(byID["v1-smsu-002"]?.paragraph, "1")
        XCTAssertEqual(contents.resolutions["v1-ipr-004"]?.decision, .accepted)
        XCTAssertEqual(contents.resolutions["v1-ipr-004"]?.replaced.map(\.decision), [.rejected])
        XCTAssertEqual(contents.resolutions["v1-ipr-004"]?.responses, [Language("ru"): "+Риск снят в версии v2"])
        XCTAssertEqual(contents.resolutions["v1-ipr-001"]?.responses.count, 2)
        // The originals are kept byte for byte.
        for comment in contents.comments {
            XCTAssertNotNil(Support.bytes(workspace, "comments/originals/\(comment.source).csv"))
        }
        let originals = try FileManager.default.contentsOfDirectory(
            atPath: workspace.appendingPathComponent("comments/originals").path)
        XCTAssertEqual(originals.count, 2)
        for name in originals {
            let data = try XCTUnwrap(Support.bytes(workspace, "comments/originals/\(name)"))
            XCTAssertEqual(SHA256.hex(data) + ".csv", name)
        }
    }
}
