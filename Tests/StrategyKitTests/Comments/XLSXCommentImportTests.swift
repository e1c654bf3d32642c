import Foundation
@testable import StrategyKit
import XCTest

/// The Excel comment form: our template, filled in by openpyxl and re-saved by LibreOffice
/// (Fixtures/XLSX, see its README), imported as the CSV form is.
final class XLSXCommentImportTests: XCTestCase {
    private typealias Support = CommentTestSupport

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: TestWorkspace.fixture("XLSX/\(name)"))
    }

    /// What `comments list` shows of each comment.
    private func listed(_ workspace: URL) throws -> [String] {
        let contents = CommentStore(workspace: workspace).read()
        return contents.comments.map { comment in
            [comment.id, comment.target, comment.paragraph, comment.type.rawValue, comment.text,
             comment.proposal, String(comment.sourceLine)].joined(separator: " | ")
        }
    }

    private let expected = [
        "v1-ipr-001 | sec.introduction | 2 | substantive | Добавить данные о бюджетах МСУ & <тег> | Новый абзац:\n«Бюджеты МСУ…» | 3",
        "v1-ipr-002 | sec.situation | 2–4 | editorial | @all: уточнить |  | 5",
        "v1-ipr-003 | sec.work-areas | 2023-11-27 | general | General remark |  | 7",
    ]

    func testImport_openpyxlForm_inBothLanguages() throws {
        let russian = try Support.workspaceWithV1()
        let report = try Support.importForms(russian, [("ipr.xlsx", try fixture("comments-ru-openpyxl.xlsx"))])
        XCTAssertEqual(report.files.map(\.skipped), [78])
        XCTAssertEqual(try listed(russian), expected)

        // English headers, an empty row inserted (rows move down by one), the comment and the
        // proposal swapped, an extra sheet in front.
        let english = try Support.workspaceWithV1()
        try Support.importForms(english, [("ipr.xlsx", try fixture("comments-en-openpyxl.xlsx"))])
        XCTAssertEqual(try listed(english), [
            "v1-ipr-001 | sec.introduction | 2 | substantive | Добавить данные о бюджетах МСУ & <тег> | Новый абзац:\n«Бюджеты МСУ…» | 3",
            "v1-ipr-002 | sec.situation | 2–4 | editorial | @all: уточнить |  | 6",
            "v1-ipr-003 | sec.work-areas | 2023-11-27 | general | General remark |  | 8",
        ])
    }

    func testImport_libreOfficeResave_readsTheSame_andIsADuplicate() throws {
        let workspace = try Support.workspaceWithV1()
        try Support.importForms(workspace, [("lo.xlsx", try fixture("comments-ru-libreoffice.xlsx"))])
        XCTAssertEqual(try listed(workspace), expected)
        let again = try Support.importForms(workspace, [
            ("ipr.xlsx", try fixture("comments-ru-openpyxl.xlsx")),
            ("ipr-en.xlsx", try fixture("comments-en-openpyxl.xlsx")),
        ])
        XCTAssertEqual(again.added, [])
        XCTAssertEqual(again.files.map(\.duplicates), [3, 3])
    }

    func testImport_sameRowsInCSVAndXLSX_areRecordedOnce_andOriginalsKeptByteForByte() throws {
        let workspace = try Support.workspaceWithV1()
        var rows = try Support.cells(try Support.form(workspace, member: "ipr", language: "ru"))
        Support.fill(&rows, target: "sec.introduction", paragraph: "2", type: "по существу",
                     comment: "Добавить данные о бюджетах МСУ & <тег>", proposal: "Новый абзац:\n«Бюджеты МСУ…»")
        Support.fill(&rows, target: "sec.situation", paragraph: "2–4", type: "редакционное",
                     comment: "@all: уточнить")
        let csv = Support.utf8BOM(Support.excelText(rows, separator: ","))
        let xlsx = try fixture("comments-ru-openpyxl.xlsx")
        let report = try Support.importForms(workspace, [("ipr.csv", csv), ("ipr.xlsx", xlsx)])
        XCTAssertEqual(report.added.map(\.id), ["v1-ipr-001", "v1-ipr-002", "v1-ipr-003"])
        XCTAssertEqual(report.files.map(\.duplicates), [0, 2])
        let store = CommentStore(workspace: workspace)
        XCTAssertEqual(try Data(contentsOf: store.originalURL(sha256: SHA256.hex(xlsx), kind: .xlsx)), xlsx)
        XCTAssertEqual(try Data(contentsOf: store.originalURL(sha256: SHA256.hex(csv))), csv)
    }

    func testImport_problemsInAWorkbook_areReportedByCell_andNothingIsRecorded() throws {
        let workspace = try Support.workspaceWithV1()
        let opened = try VersionStore(workspace: workspace).open("v1")
        let strategy = try XCTUnwrap(opened.strategy)
        let labels = try XCTUnwrap(opened.templates.languages[Language("ru")]?.labels)
        var workbook = CommentForm.workbook(
            version: "v1", hash: "sha256:x", member: MemberID("ipr"),
            outline: ReviewOutline(strategy: strategy, templates: opened.templates),
            language: Language("ru"), labels: labels)
        workbook.sheets[0].rows[3][5] = .text("существенное")
        workbook.sheets[0].rows[3][6] = .text("Непонятно")
        workbook.sheets[0].rows[5][5] = .text("общее")
        workbook.sheets[0].rows[6][2] = .text("A-99")
        workbook.sheets[0].rows[6][5] = .text("общее")
        workbook.sheets[0].rows[6][6] = .text("Нет такого")
        let good = Support.utf8BOM(Support.excelText(
            try Support.cells(try Support.form(workspace, member: "ipr", language: "ru")), separator: ","))
        XCTAssertThrowsError(try CommentStore(workspace: workspace).importForms(
            [("ok.csv", good), ("ipr.xlsx", try XLSXWriter.data(workbook))], date: Support.importDate)
        ) { error in
            let lines = (error as? CommentStore.Failure)?.diagnostics.map(\.description) ?? []
            XCTAssertEqual(lines.map { String($0.prefix(while: { $0 != "[" })) }, [
                "ipr.xlsx:Замечания!F4: error: 'существенное' is not a type of comment (one of: general / общее, substantive / по существу, editorial / редакционное) ",
                "ipr.xlsx:Замечания!G6: error: row has a type, paragraph or proposed wording but no comment ",
                "ipr.xlsx:Замечания!C7: error: version v1 has no section or entity 'A-99' ",
            ].map { String($0.prefix(while: { $0 != "[" })) }, lines.joined(separator: "\n"))
        }
        XCTAssertEqual(CommentStore(workspace: workspace).read().comments, [])
    }

    func testImport_hostileWorkbooks_areRefusedWithOneDiagnostic() throws {
        let workspace = try Support.workspaceWithV1()
        let cases: [(String, [UInt8], String)] = [
            ("bomb.xlsx", Self.workbook(sheet: "<sheetData/>", bomb: true),
             "bomb.xlsx:1:1: error: the workbook cannot be read: xl/sharedStrings.xml: inflates to more than its declared 100 bytes"),
            ("dots.xlsx", Self.workbook(sheet: "<sheetData/>", extra: "../evil.xml"),
             "dots.xlsx:1:1: error: the workbook cannot be read: ../evil.xml: the name holds a '..' segment"),
            ("range.xlsx", Self.workbook(sheet: "<sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row></sheetData>"),
             "range.xlsx:Sheet1!B1: error: the cell refers to shared string 7, but the workbook has 1"),
            ("dtd.xlsx", Self.workbook(sheet: "<sheetData/>", doctype: true),
             "dtd.xlsx:1:1: error: the workbook cannot be read: xl/workbook.xml: 1:1: a DOCTYPE is not allowed (no DTD or entity is read)"),
            ("grid.xlsx", Self.workbook(sheet: "<sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData>"),
             "grid.xlsx:Sheet1!A1: error: the cell reference 'XFE1' is outside Excel's grid"),
            ("csv.xlsx", Array("version,member\n".utf8),
             "csv.xlsx:1:1: error: the workbook cannot be read: not a ZIP archive (too short)"),
        ]
        for (name, bytes, message) in cases {
            let read = CommentFormReader.read(Data(bytes), file: name, vocabulary: CommentVocabulary(templates: TemplateSet.builtIn().0))
            XCTAssertEqual(read.diagnostics.map { String($0.description.prefix(while: { $0 != "[" })) },
                           [message + " "], name)
        }
        XCTAssertEqual(CommentStore(workspace: workspace).read().comments, [])
    }

    func testRead_claimedHugeDimension_costsOnlyItsCells() throws {
        let sheet = "<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
            + "</row><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>"
        let start = Date()
        let (sheets, diagnostics) = XLSXTableReader.read(Data(Self.workbook(sheet: sheet)), file: "big.xlsx")
        XCTAssertEqual(diagnostics, [])
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        let table = try XCTUnwrap(sheets.first?.table)
        XCTAssertEqual(table.header.map(\.value), ["Версия"])
        XCTAssertEqual(table.rows.map(\.line), [1_048_576])
        XCTAssertEqual(table.rows.first?.fields.map(\.location.description),
                       ["big.xlsx:Sheet1!A1048576", "big.xlsx:Sheet1!XFD1048576"])
    }

    func testRead_cellTypes_asAUserSeesThem() throws {
        let sheet = """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>Ко</t></r><r><t xml:space="preserve">ли _x000D_</t></r><rPh><t>x</t></rPh></is></c>\
            <c r="B1" t="b"><v>1</v></c><c r="C1"><v>0.30000000000000004</v></c><c r="D1" s="1"><v>45257</v></c>\
            <c r="E1" t="str"><f>A1&amp;"!"</f><v>cached</v></c><c r="F1"><f>1+1</f></c><c r="G1" t="e"><v>#N/A</v></c>\
            <c r="H1"><v>1E-3</v></c><c r="I1" t="s"><v>0</v></c></row></sheetData>
            """
        let (sheets, diagnostics) = XLSXTableReader.read(Data(Self.workbook(sheet: sheet)), file: "t.xlsx")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(sheets.first?.table?.header.map(\.value),
                       ["Коли", "TRUE", "0.3", "2023-11-27", "cached", "", "#N/A", "0.001", "Версия"])
    }

    /// A minimal workbook: one sheet with `sheet` as its content, one shared string, a date
    /// style; or with a bomb, an extra entry or a DOCTYPE.
    static func workbook(sheet: String, bomb: Bool = false, extra: String? = nil, doctype: Bool = false) -> [UInt8] {
        var zip = RawZIP()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"r1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        zip.add("xl/workbook.xml", (doctype ? "<!DOCTYPE w [<!ENTITY a 'b'>]>" : "")
            + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"s1\"/></sheets></workbook>")
        zip.add("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"s1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"s2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "<Relationship Id=\"s3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>")
        zip.add("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\">\(sheet)</worksheet>")
        zip.add("xl/styles.xml", "<styleSheet xmlns=\"\(main)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>")
        if bomb {
            zip.entries.append(RawZIP.Entry(name: "xl/sharedStrings.xml", data: [UInt8](repeating: 0x20, count: 8 << 20),
                                            declaredSize: 100))
        } else {
            zip.add("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\"><si><t>Версия</t></si></sst>")
        }
        if let extra { zip.add(extra, "x") }
        return zip.bytes()
    }
}
