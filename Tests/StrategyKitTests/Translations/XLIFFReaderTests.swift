import Foundation
@testable import StrategyKit
import XCTest

/// Reading XLIFF from tools, and refusing hostile or broken files with a diagnostic.
final class XLIFFReaderTests: XCTestCase {
    private func read(_ text: String, maximumUnits: Int = 1_000) -> (XLIFFDocument?, [String]) {
        let (document, problems) = XLIFFReader.read(Array(text.utf8), file: "in.xlf", maximumUnits: maximumUnits)
        return (document, problems.map(\.description))
    }

    private let header2 = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">"#

    func testVersion2_unitsWithSegmentsCodesAndStates() throws {
        let (document, problems) = read("""
            <?xml version="1.0" encoding="UTF-8"?>
            \(header2)
              <file id="f1"><group id="g">
                <unit id="u1" name="alias">
                  <notes><note category="source-hash">abcdef012345</note></notes>
                  <originalData><data id="d1">**</data><data id="d2">](http://x)</data></originalData>
                  <segment state="translated"><source>a <ph id="1" dataRef="d1"/>b</source><target>A <pc id="2" dataRefStart="d1" dataRefEnd="d1">B</pc></target></segment>
                  <ignorable><source> </source><target> </target></ignorable>
                  <segment state="final"><source>c<ph id="3"/></source><target>C<cp hex="0009"/><mrk id="m">D</mrk></target></segment>
                  <x:ext xmlns:x="urn:example"><source>not this</source></x:ext>
                </unit>
                <unit id="u2"><segment><source>only</source></segment></unit>
              </group></file>
            </xliff>
            """)
        XCTAssertEqual(problems, [])
        let units = try XCTUnwrap(document?.units)
        XCTAssertEqual(document?.version, .v2)
        XCTAssertEqual(document?.sourceLanguage, "ru")
        XCTAssertEqual(document?.targetLanguage, "en")
        XCTAssertEqual(units.map(\.id), ["u1", "u2"])
        XCTAssertEqual(units[0].aliases, ["alias"])
        XCTAssertEqual(units[0].sourceHash, "abcdef012345")
        XCTAssertEqual(units[0].source, [.text("a "), .data("**"), .text("b"), .text(" "), .text("c"), .code("3")])
        XCTAssertEqual(units[0].target, [.text("A "), .data("**"), .text("B"), .data("**"), .text(" "), .text("C"), .text("\t"), .text("D")])
        XCTAssertTrue(units[0].isConfirmed)
        XCTAssertEqual(units[0].location.description, "in.xlf:4:5")
        XCTAssertNil(units[1].target)
        XCTAssertFalse(units[1].isConfirmed)
    }

    func testVersion12_codesWithTheirDataAndWithout_altTransPassedOver() throws {
        let (document, problems) = read("""
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="a" source-language="ru" target-language="en" datatype="plaintext"><body>
                <trans-unit id="7" approved="yes">
                  <source><ph id="1">### </ph>Заголовок <x id="2"/></source>
                  <target state="needs-review-translation"><bpt id="1">**</bpt>Title<ept id="1">**</ept> <g id="3">x</g></target>
                  <alt-trans><target>old</target></alt-trans>
                  <context-group purpose="location"><context context-type="sourcefile">A-01.title</context></context-group>
                  <note>source-hash: 0123456789ab</note>
                </trans-unit>
              </body></file>
            </xliff>
            """)
        XCTAssertEqual(problems, [])
        let unit = try XCTUnwrap(document?.units.first)
        XCTAssertEqual(unit.aliases, ["A-01.title"])
        XCTAssertEqual(unit.source, [.data("### "), .text("Заголовок "), .code("2")])
        XCTAssertEqual(unit.target, [.data("**"), .text("Title"), .data("**"), .text(" "), .text("x")])
        XCTAssertEqual(unit.sourceHash, "0123456789ab")
        XCTAssertTrue(unit.isConfirmed)
    }

    func testHostileAndBrokenFiles_areRefusedWithTheirPlace() {
        let cases: [(String, String)] = [
            ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n<x/>", "in.xlf:2:1: error: in.xlf is not well-formed XML:"),
            ("\(header2)<file id=\"f\"><unit id=\"u\"><segment><source>&a;</source></segment></unit></file></xliff>",
             "in.xlf:1:"),
            ("<xliff xmlns=\"urn:example\" version=\"2.0\"/>", "in.xlf:1:1: error: in.xlf has the namespace 'urn:example'"),
            ("<xliff version=\"1.2\"/>", "in.xlf:1:1: error: in.xlf has no namespace"),
            ("<html/>", "in.xlf:1:1: error: in.xlf is not XLIFF: its root element is <html>"),
            ("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"1.2\"/>", "says version 1.2 in the namespace of another version"),
            ("\(header2)<file id=\"f\"><unit id=\"u\"><segment><source>a", "in.xlf:1:"),
            ("not xml at all", "in.xlf:1:1: error: in.xlf is not well-formed XML"),
            ("\(header2)<file id=\"f\"><unit><segment><source>a</source></segment></unit></file></xliff>", "a unit without an id"),
            ("", "in.xlf:1:1: error: in.xlf is not well-formed XML"),
        ]
        for (text, expected) in cases {
            let (document, problems) = read(text)
            XCTAssertNil(document, text)
            XCTAssertEqual(problems.count, 1, text)
            XCTAssertTrue(problems.first?.contains(expected) == true, "\(text): \(problems)")
        }
    }

    func testTooManyUnits_isRefusedWhileReading_quickly() {
        var text = "\(header2)<file id=\"f\">"
        for index in 0..<100_000 { text += "<unit id=\"u\(index)\"><segment><source>a</source></segment></unit>" }
        text += "</file></xliff>"
        let started = Date()
        let (document, problems) = read(text, maximumUnits: 78)
        XCTAssertNil(document)
        XCTAssertEqual(problems, ["in.xlf:1:4699: error: in.xlf has more than 78 units, more than the workspace has texts [xliff.too-many-units]"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    func testImport_refusesDuplicateAndForeignUnits_withTheirLines() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let before = try VersionStore.sourceFiles(of: workspace).map(\.data)
        let text = """
            \(header2)
            <file id="f">
            <unit id="G1.title"><segment state="translated"><source>Приоритеты МСУ</source><target>A</target></segment></unit>
            <unit id="G1.title"><segment state="translated"><source>Приоритеты МСУ</source><target>B</target></segment></unit>
            <unit id="G9.title"><segment state="translated"><source>x</source><target>y</target></segment></unit>
            <unit id="A-02.title"><segment state="translated"><source>Пресс-тур<ph id="1"/></source><target>z</target></segment></unit>
            </file></xliff>
            """
        XCTAssertThrowsError(try TranslationStore(workspace: workspace).importXLIFF(Data(text.utf8), file: "in.xlf")) { error in
            XCTAssertEqual((error as? TranslationFailure)?.diagnostics.map { $0.description.components(separatedBy: "\n")[0] }, [
                "in.xlf:4:1: error: unit 'G1.title' appears twice (first at line 3) [translation.duplicate-unit]",
                "in.xlf:5:1: error: unit 'G9.title' is not a text of this workspace [translation.unknown-unit]",
                "in.xlf:6:1: error: the source of A-02.title has an inline code the ru text does not have [translation.outdated]",
            ])
        }
        XCTAssertEqual(try VersionStore.sourceFiles(of: workspace).map(\.data), before)

        let wrongLanguage = text.replacingOccurrences(of: "srcLang=\"ru\"", with: "srcLang=\"de\"")
        XCTAssertThrowsError(try TranslationStore(workspace: workspace).importXLIFF(Data(wrongLanguage.utf8), file: "in.xlf")) { error in
            XCTAssertEqual((error as? TranslationFailure)?.description,
                           "in.xlf is translated from 'de', but the workspace's texts are translated from 'ru'; nothing was changed")
        }
    }

    func testMarkdownCodes_protectMarksAndGiveTheTextBack() {
        let samples = [
            "### Heading with **bold** and _emphasis_ and snake_case_word",
            "1. **Evidence.** See [the Portal](https://example.org/a_(b)) and ![logo](x.png \"t\")\n- item `code *not* marks`\n> quote",
            "Escaped \\* star, <span>html</span>, <https://auto.link>, ~~gone~~, a lone [bracket and `unclosed",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "```\nfenced *code*\n```",
            "",
        ]
        for sample in samples {
            XCTAssertEqual(MarkdownCodes.text(MarkdownCodes.pieces(sample)), sample)
        }
        XCTAssertEqual(MarkdownCodes.pieces("### A **b** [c](d)"), [
            .code("### "), .text("A "), .code("**"), .text("b"), .code("**"), .text(" "), .code("["), .text("c"), .code("](d)"),
        ])
        XCTAssertEqual(MarkdownCodes.pieces("snake_case and `x*y`"), [.text("snake_case and "), .code("`x*y`")])
    }
}
