import Foundation
@testable import StrategyKit
import XCTest

final class CommentFormTests: XCTestCase {
    private typealias Support = CommentTestSupport

    func testForm_utf8WithBOMAndCommaByDefault_cp1251WithSemicolon() throws {
        let workspace = try Support.workspaceWithV1()
        let utf8 = try Support.form(workspace, member: "ipr", language: "en")
        XCTAssertEqual(Array(utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: utf8.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(
            "Version,Member,Section or entity,Title,Paragraph,Type of comment,Comment,Proposed wording\r\n"
                + "v1,ipr,doc,The document as a whole,,,,\r\nv1,ipr,sec.introduction,1. Introduction,,,,\r\n"), text)
        XCTAssertTrue(text.contains("v1,ipr,A-01,\"Report \"\"on LSG\"\"\",,,,\r\n"), text)

        let cp1251 = try Support.form(workspace, member: "smsu", language: "ru", encoding: .cp1251, separator: ";")
        let decoded = try XCTUnwrap(String(data: cp1251, encoding: .windowsCP1251))
        XCTAssertTrue(decoded.hasPrefix("Версия;Член Коалиции;Раздел или элемент;Название;"), decoded)
        XCTAssertTrue(decoded.contains("v1;smsu;A-02;Пресс-тур;;;;\r\n"), decoded)
        XCTAssertEqual(TextDecoding.decode(cp1251).encoding, .windows1251)
        // Every row a member can comment on, once.
        let opened = try VersionStore(workspace: workspace).open("v1")
        let outline = ReviewOutline(strategy: try XCTUnwrap(opened.strategy), templates: opened.templates)
        XCTAssertEqual(try Support.cells(cp1251).count, outline.targets.count + 1)
    }

    func testForm_titlesThatLookLikeFormulasAreNeutralised() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Press tour", with: "\"=HYPERLINK(\"\"http://x\"\")\"")
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: Support.v1Date)
        let form = String(decoding: try Support.form(workspace, member: "ipr", language: "en"), as: UTF8.self)
        XCTAssertTrue(form.contains("v1,ipr,A-02,\"'=HYPERLINK(\"\"http://x\"\")\",,,,"), form)
    }

    func testForm_cp1251NamesTheCellsItCannotWrite() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур", with: "Пресс-тур в Өзгөн")
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: Support.v1Date)
        let opened = try VersionStore(workspace: workspace).open("v1")
        let outline = ReviewOutline(strategy: try XCTUnwrap(opened.strategy), templates: opened.templates)
        let labels = try XCTUnwrap(opened.templates.languages[Language("ru")]?.labels)
        let result = CommentForm.make(version: "v1", member: MemberID("ipr"), outline: outline, language: Language("ru"),
                                      labels: labels, encoding: .cp1251, separator: ";")
        guard case .failure(let failure) = result else { return XCTFail("encoded a Kyrgyz letter in Windows-1251") }
        XCTAssertEqual(failure.problems, [
            "the title of A-02 has 'Ө' (U+04E8), 'ө' (U+04E9), which Windows-1251 cannot write; "
                + "use --encoding utf8 or change the text",
        ])
    }

    func testWindows1251_encodesEveryAssignedByteBackToItself() throws {
        var bytes = [UInt8](0...255)
        bytes.removeAll { $0 == 0x98 }
        let text = TextDecoding.decode(Data(bytes)).text
        XCTAssertEqual(try Windows1251.encode(text).get(), bytes)
        XCTAssertEqual(try Windows1251.encode("Ёлка № 5 — «ок»").get(),
                       try XCTUnwrap("Ёлка № 5 — «ок»".data(using: .windowsCP1251)).map { $0 })
        guard case .failure(let failure) = Windows1251.encode("ok\nда ң €") else { return XCTFail("encoded 'ң'") }
        XCTAssertEqual(failure.description, "'ң' (U+04A3) at line 2, column 4 has no Windows-1251 form")
    }
}
