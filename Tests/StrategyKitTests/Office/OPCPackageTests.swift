import Foundation
@testable import StrategyKit
import XCTest

final class OPCPackageTests: XCTestCase {
    func testOPC_findsTheMainPartAndResolvesRelationships() throws {
        var zip = RawZIP()
        zip.add("_rels/.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" \
            Target="/xl/workbook.xml"/></Relationships>
            """)
        zip.add("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId3" Type="x/sharedStrings" Target="../xl/./sharedStrings.xml"/>\
            <Relationship Id="rId4" Type="x/hyperlink" Target="https://example.org" TargetMode="External"/>\
            </Relationships>
            """)
        let package = try OPCPackage(bytes: zip.bytes())
        XCTAssertEqual(try package.mainPart(), "xl/workbook.xml")
        let relationships = try package.relationships(of: "xl/workbook.xml")
        XCTAssertEqual(relationships.map(\.target),
                       ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "https://example.org"])
        XCTAssertEqual(relationships.map(\.kind), ["worksheet", "sharedStrings", "hyperlink"])
        XCTAssertEqual(try package.relationships(of: "xl/worksheets/sheet1.xml"), [])
    }

    func testOPC_targetLeavingThePackage_isRefused() {
        XCTAssertThrowsError(try OPCPackage.resolve("../../x.xml", from: "xl/", in: "r")) { error in
            XCTAssertEqual((error as? OPCPackage.Failure)?.description,
                           "r: the target '../../x.xml' leaves the package")
        }
    }

    func testOPC_packageWithoutMainPart_saysSo() throws {
        var zip = RawZIP()
        zip.add("a.txt", "x")
        XCTAssertThrowsError(try OPCPackage(bytes: zip.bytes()).mainPart()) { error in
            XCTAssertEqual((error as? OPCPackage.Failure)?.description,
                           "_rels/.rels: the package names no main document (not an Office file?)")
        }
    }

    func testOPC_badXMLInAPart_namesThePartAndPlace() throws {
        var zip = RawZIP()
        zip.add("_rels/.rels", "<Relationships>\n<!DOCTYPE x></Relationships>")
        XCTAssertThrowsError(try OPCPackage(bytes: zip.bytes()).mainPart()) { error in
            XCTAssertEqual((error as? OPCPackage.Failure)?.description,
                           "_rels/.rels: 2:1: a DOCTYPE is not allowed (no DTD or entity is read)")
        }
    }
}

final class CellReferenceTests: XCTestCase {
    func testCellReference_parsesAndWritesExcelNames() {
        for (text, row, column) in [("A1", 1, 1), ("B14", 14, 2), ("z9", 9, 26), ("AA3", 3, 27),
                                    ("XFD1048576", 1_048_576, 16_384)] {
            XCTAssertEqual(CellReference(text), CellReference(row: row, column: column), text)
            XCTAssertEqual(CellReference(row: row, column: column).description, text.uppercased())
        }
        for text in ["", "A", "14", "A0", "A01", "XFE1", "A1048577", "AAAA1", "1A", "B1x", "Б1"] {
            XCTAssertNil(CellReference(text), text)
        }
    }

    func testSourceLocation_cell_isWrittenAsSheetAndReference() {
        XCTAssertEqual(SourceLocation.cell(file: "f.xlsx", sheet: "Замечания", row: 14, column: 2)
                        .description, "f.xlsx:Замечания!B14")
        XCTAssertEqual(SourceLocation.cell(file: "f.xlsx", sheet: "My form's", row: 1, column: 28)
                        .description, "f.xlsx:'My form''s'!AB1")
        XCTAssertLessThan(SourceLocation.cell(file: "f.xlsx", sheet: "S", row: 2, column: 9),
                          SourceLocation.cell(file: "f.xlsx", sheet: "S", row: 10, column: 1))
    }
}
