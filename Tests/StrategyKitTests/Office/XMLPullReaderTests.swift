import Foundation
@testable import StrategyKit
import XCTest

final class XMLPullReaderTests: XCTestCase {
    private let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private let strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"

    func testXML_namespacesDefaultAndPrefixed_areResolved() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="\(main)" xmlns:r="http://r"><x:row xmlns:x="\(strict)" r="1" \
            r:id="rId1"><c/></x:row></worksheet>
            """
        let events = try read(xml)
        guard case .start(let root) = events[0], case .start(let row) = events[1],
              case .start(let cell) = events[2] else { return XCTFail("\(events)") }
        XCTAssertEqual(root.name, XMLName(main, "worksheet"))
        XCTAssertEqual(row.name, XMLName(strict, "row"))
        XCTAssertEqual(row.attributes, [XMLAttribute(name: XMLName("", "r"), value: "1"),
                                        XMLAttribute(name: XMLName("http://r", "id"), value: "rId1")])
        XCTAssertEqual(row.attribute("id", namespace: "http://r"), "rId1")
        XCTAssertEqual(cell.name, XMLName(main, "c"), "the default namespace is inherited")
        XCTAssertEqual(Array(events[3...]), [.end(XMLName(main, "c")), .end(XMLName(strict, "row")),
                                              .end(XMLName(main, "worksheet"))])
        XCTAssertEqual([root.line, root.column, row.line, row.column, cell.line, cell.column],
                       [2, 1, 2, 97, 2, 178], "columns count characters on a joined line")
    }

    func testXML_bindingsEndWithTheirElement() throws {
        let events = try read("<a xmlns:p='one'><p:b xmlns:p='two'/><p:c/></a>")
        let names = events.compactMap { if case .start(let tag) = $0 { tag.name } else { nil } }
        XCTAssertEqual(names, [XMLName("", "a"), XMLName("two", "b"), XMLName("one", "c")])
    }

    func testXML_textReferencesCDATAAndLineEnds_areDecoded() throws {
        let xml = "<t a=\"x&amp;y&#10;z\tw\">&lt;&gt;&amp;&apos;&quot; &#1050;&#x43E; \r\nline"
            + "<![CDATA[<raw> & ]]></t>"
        let events = try read(xml)
        guard case .start(let tag) = events[0] else { return XCTFail() }
        XCTAssertEqual(tag.attribute("a"), "x&y\nz w")
        XCTAssertEqual(events[1], .text("<>&'\" Ко \nline"))
        XCTAssertEqual(events[2], .text("<raw> & "))
    }

    func testXML_tree_collectsChildrenAndText() throws {
        let root = try XMLPullReader.tree(Array("<si><r><t>Ко</t></r><r><t>алиция</t></r></si>".utf8))
        XCTAssertEqual(root.elements("r").count, 2)
        XCTAssertEqual(root.text, "Коалиция")
        XCTAssertEqual(root.element("r")?.element("t")?.text, "Ко")
    }

    func testXML_doctypeWithEntities_isRefusedAtItsPlace() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;">]>
            <lolz>&lol1;</lolz>
            """
        assertRefused(laughs, .doctype, "2:1: a DOCTYPE is not allowed (no DTD or entity is read)")
        assertRefused("<a><!ENTITY x 'y'></a>", .entityDeclaration,
                      "1:4: an entity declaration is not allowed")
    }

    func testXML_unknownEntityAndBadReferences_areRefused() {
        assertRefused("<a>\n  &nbsp;</a>", .unknownEntity,
                      "2:3: the entity '&nbsp;' is not defined (only &lt; &gt; &amp; &apos; &quot; are)")
        assertRefused("<a>Ко&x;</a>", .unknownEntity, "1:6: the entity '&x;' is not defined "
                          + "(only &lt; &gt; &amp; &apos; &quot; are)")
        assertRefused("<a>&#0;</a>", .invalidReference, "1:4: '&#0;' is not a character XML allows")
        assertRefused("<a>&#xD800;</a>", .invalidReference, nil)
        assertRefused("<a>&#99999999999999999;</a>", .invalidReference, nil)
        assertRefused("<a>& b</a>", .invalidReference, nil)
        assertRefused("<a b='&x'/>", .invalidReference, nil)
    }

    func testXML_deepNesting_isRefusedAtTheLimit() {
        let deep = String(repeating: "<a>", count: 257) + String(repeating: "</a>", count: 257)
        assertRefused(deep, .tooDeep, "1:769: elements nested deeper than 256")
        let fine = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        XCTAssertNoThrow(try read(fine))
    }

    func testXML_tooManyNodes_isRefused() {
        var limits = XMLReadLimits()
        limits.nodes = 10
        let xml = "<r>" + String(repeating: "<c/>", count: 10) + "</r>"
        XCTAssertThrowsError(try read(xml, limits: limits)) { error in
            XCTAssertEqual((error as? XMLReadError)?.description, "1:40: more than 10 elements and texts")
        }
    }

    func testXML_malformedDocuments_areRefusedWithTheirPlace() {
        assertRefused("<a><b></a>", .mismatchedTag, "1:7: </a> closes <b>")
        assertRefused("<a>", .unexpectedEnd, "1:4: the document ends inside <a> opened at 1:1")
        assertRefused("", .unexpectedEnd, "1:1: no root element")
        assertRefused("<a/><b/>", .malformed, "1:5: a second root element")
        assertRefused("text<a/>", .malformed, "1:1: text outside the root element")
        assertRefused("<a b='1' b='2'/>", .duplicateAttribute, "1:10: the attribute 'b' occurs twice")
        assertRefused("<a xmlns:p='u' xmlns:q='u' p:b='1' q:b='2'/>", .duplicateAttribute, nil)
        assertRefused("<p:a/>", .unboundPrefix, "1:1: the prefix 'p' is not bound to a namespace")
        assertRefused("<a b='<'/>", .malformed, nil)
        assertRefused("<a b=1/>", .malformed, nil)
        assertRefused("<a:b:c/>", .malformed, nil)
        assertRefused("<a><!-- open", .unexpectedEnd, nil)
        assertRefused("<a x='1'", .unexpectedEnd, nil)
        assertRefused("<?xml version='1.0' encoding='windows-1251'?><a/>", .notUTF8,
                      "1:1: the encoding 'windows-1251' is not read (only UTF-8)")
    }

    func testXML_badBytes_areRefusedWithTheirPlace() {
        XCTAssertThrowsError(try XMLPullReader([0x3C, 0x61, 0x3E, 0x0A, 0x41, 0xFF, 0x3C])) { error in
            XCTAssertEqual((error as? XMLReadError)?.description, "2:2: the bytes are not UTF-8")
        }
        assertRefused("<a>\u{1}</a>", .invalidCharacter,
                      "1:4: the control character U+0001 is not allowed in XML")
        XCTAssertThrowsError(try XMLPullReader([0xC0, 0x80]), "an overlong NUL")
        XCTAssertThrowsError(try XMLPullReader([0xED, 0xA0, 0x80]), "a UTF-8 surrogate")
    }

    func testXML_byteOrderMarkAndCommentsAndInstructions_areSkipped() throws {
        let events = try read("\u{FEFF}<?xml version='1.0'?><!-- c --><?pi x?><a><!--in-->b</a>")
        XCTAssertEqual(events.count, 3)
        XCTAssertEqual(events[1], .text("b"))
    }

    func testXML_hostileInputs_stayLinear() {
        // A megabyte of each shape that could make a careless reader quadratic.
        let shapes = [String(repeating: "<a ", count: 300_000),
                      "<a>" + String(repeating: "&", count: 1_000_000),
                      "<a b='" + String(repeating: "&#", count: 500_000),
                      "<a>" + String(repeating: "<!--", count: 250_000),
                      "<a " + String(repeating: "x='1' ", count: 200_000) + "/>",
                      String(repeating: "<a>", count: 300_000)]
        for shape in shapes {
            let start = Date()
            XCTAssertThrowsError(try read(shape))
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, String(shape.prefix(20)))
        }
    }

    private func read(_ text: String, limits: XMLReadLimits = XMLReadLimits()) throws -> [XMLEvent] {
        var reader = try XMLPullReader(Array(text.utf8), limits: limits)
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    private func assertRefused(
        _ text: String, _ kind: XMLReadError.Kind, _ description: String?,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try read(text), file: file, line: line) { error in
            let failure = error as? XMLReadError
            XCTAssertEqual(failure?.kind, kind, text, file: file, line: line)
            if let description {
                XCTAssertEqual(failure?.description, description, file: file, line: line)
            }
        }
    }
}
