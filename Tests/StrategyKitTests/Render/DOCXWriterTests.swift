import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import StrategyKit
import XCTest

final class DOCXWriterTests: XCTestCase {
    private let russian = Labels(["language.tag": "ru-RU"], path: "labels.json")

    // MARK: The package

    func testWrite_isByteIdenticalOnRerun() throws {
        let first = try DOCXWriter().write(Self.kitchenSink(), labels: russian)
        XCTAssertEqual(first, try DOCXWriter().write(Self.kitchenSink(), labels: russian))
        if let path = ProcessInfo.processInfo.environment["STRATEGY_DOCX_SAMPLE"] {
            // A file to open by hand: STRATEGY_DOCX_SAMPLE=/tmp/x.docx swift test --filter …
            try first.write(to: URL(fileURLWithPath: path))
        }
    }

    func testArchive_hasValidCRCsAndWellFormedXMLParts() throws {
        let entries = try ZIPReader.read(DOCXWriter().write(Self.kitchenSink(), labels: russian))
        XCTAssertEqual(entries.first?.path, "[Content_Types].xml")
        XCTAssertEqual(entries.dropFirst().map(\.path), entries.dropFirst().map(\.path).sorted())
        for entry in entries {
            XCTAssertNoThrow(try XMLDocument(data: entry.data), entry.path)
        }
        XCTAssertEqual(
            DOCXWriter().parts(of: Self.kitchenSink(), labels: russian).map(\.path),
            entries.map(\.path))
    }

    func testLargeDocument_isDeflatedInPiecesToTheSameXML() throws {
        // About 6 MB of document.xml: several of DOCXStream's one-megabyte pieces.
        let rows = (1...6_000).map { number in
            Table.Row([Inline.plain("A-\(number)"), Inline.plain("Круглый стол «\(number)» & <отчёт>"),
                       Inline.plain(String(repeating: "слово ", count: number % 40))])
        }
        let document = Document(language: Language("ru"), title: "Большой документ", blocks: [
            .heading(level: 1, content: Inline.plain("План"), anchor: "plan"),
            .landscape([.table(Table(columns: [.init(Inline.plain("ID")), .init(Inline.plain("Действие"), width: 4),
                                               .init(Inline.plain("Текст"), width: 4)], rows: rows))]),
            .paragraph(Inline.plain("Конец.")),
        ])
        let entries = try ZIPReader.read(DOCXWriter().write(document, labels: russian))
        let xml = try XCTUnwrap(entries.first { $0.path == "word/document.xml" })
        XCTAssertEqual(xml.method, 8)
        let expected = try XCTUnwrap(DOCXWriter().parts(of: document, labels: russian)
            .first { $0.path == "word/document.xml" })
        XCTAssertGreaterThan(expected.data.count, 4 * DOCXStream.pieceBytes)
        XCTAssertEqual(xml.data, expected.data)
        XCTAssertNoThrow(try XMLDocument(data: xml.data))
    }

    func testPackage_contentTypesAndRelationshipsAreComplete() throws {
        let entries = try ZIPReader.read(DOCXWriter().write(Self.kitchenSink(), labels: russian))
        let paths = Set(entries.map(\.path))
        let types = try XMLDocument(data: XCTUnwrap(entries.first).data)
        let overrides = Self.elements(types, "Override").compactMap { $0.value("PartName") }
        let defaults = Set(Self.elements(types, "Default").compactMap { $0.value("Extension") })
        for name in overrides { XCTAssertTrue(paths.contains(String(name.dropFirst())), name) }
        for path in paths where path != "[Content_Types].xml" {
            let named = overrides.contains("/" + path)
            XCTAssertTrue(named || defaults.contains(String(path.split(separator: ".").last ?? "")),
                          "\(path) has no content type")
            XCTAssertTrue(named || path.hasSuffix(".rels"), "\(path) relies on the xml default")
        }
        var targets: [String] = []
        for rels in entries where rels.path.hasSuffix(".rels") {
            let folder = rels.path.replacingOccurrences(of: "_rels/", with: "")
                .split(separator: "/").dropLast().joined(separator: "/")
            for relationship in Self.elements(try XMLDocument(data: rels.data), "Relationship")
            where relationship.value("TargetMode") != "External" {
                let target = try XCTUnwrap(relationship.value("Target"))
                targets.append(folder.isEmpty ? target : folder + "/" + target)
            }
        }
        for target in targets { XCTAssertTrue(paths.contains(target), "missing part \(target)") }
        let related = Set(targets).union(["[Content_Types].xml", "_rels/.rels",
                                          "word/_rels/document.xml.rels"])
        XCTAssertEqual(related, paths, "parts nothing points at")
    }

    // MARK: The document

    func testDocument_hasSectionsHeaderRowsLanguageAndContentsField() throws {
        let xml = try part("word/document.xml")
        XCTAssertTrue(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        XCTAssertEqual(count("<w:sectPr>", in: xml), 3, "portrait, landscape, portrait")
        XCTAssertEqual(count("<w:headerReference", in: xml), 3)
        XCTAssertEqual(count("<w:footerReference", in: xml), 3)
        XCTAssertEqual(count("<w:tblHeader/>", in: xml), 2)
        XCTAssertTrue(xml.contains("<w:cantSplit/>"))
        XCTAssertTrue(xml.contains("<w:lang w:val=\"ru-RU\"/>"))
        XCTAssertTrue(xml.contains(" TOC \\o \"1-3\" \\h \\z \\u </w:instrText>"))
        XCTAssertTrue(xml.contains("<w:pStyle w:val=\"TOCHeading\"/>"))
        for level in 1...3 { XCTAssertTrue(xml.contains("<w:pStyle w:val=\"Heading\(level)\"/>")) }
        XCTAssertTrue(xml.contains("<w:titlePg/>"))
        // Each table's grid fills the text width of its pages.
        XCTAssertTrue(xml.contains("<w:tblW w:w=\"14570\" w:type=\"dxa\"/>"))
        XCTAssertTrue(xml.contains("<w:tblW w:w=\"9638\" w:type=\"dxa\"/>"))
        XCTAssertTrue(try part("word/styles.xml").contains("<w:lang w:val=\"ru-RU\"/>"))
        XCTAssertTrue(try part("word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"))
        let english = Labels(["language.tag": "en-US"], path: "labels.json")
        XCTAssertTrue(try part("word/document.xml", labels: english)
            .contains("<w:lang w:val=\"en-US\"/>"))
    }

    func testSections_areOpenedOnlyForContent() throws {
        let landscapeOnly = Document(language: Language("en"), title: "T", blocks: [
            .landscape([.table(Table(columns: [Table.Column([.text("A")])]))]),
        ])
        let xml = try part("word/document.xml", of: landscapeOnly)
        XCTAssertEqual(count("<w:sectPr>", in: xml), 1)
        XCTAssertTrue(xml.hasSuffix("<w:p></w:p><w:sectPr><w:headerReference w:type=\"default\""
            + " r:id=\"rId6\"/><w:footerReference w:type=\"default\" r:id=\"rId7\"/>"
            + "<w:type w:val=\"nextPage\"/><w:pgSz w:w=\"16838\" w:h=\"11906\""
            + " w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" w:right=\"1134\""
            + " w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\""
            + " w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/>"
            + "</w:sectPr></w:body></w:document>"), xml)
        let empty = Document(language: Language("en"), title: "", blocks: [])
        let entries = try ZIPReader.read(DOCXWriter().write(empty, labels: Labels([:], path: "")))
        for entry in entries { XCTAssertNoThrow(try XMLDocument(data: entry.data), entry.path) }
        let emptyXML = try part("word/document.xml", of: empty, labels: Labels([:], path: ""))
        XCTAssertTrue(emptyXML.contains("<w:body><w:p></w:p><w:sectPr>"), emptyXML)
        XCTAssertTrue(emptyXML.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    func testEdgeCases_emptyTablesLeftOutAndRepeatedAnchorsBookmarkedOnce() throws {
        let heading = Block.heading(level: 1, content: [.text("Раз")], anchor: "a")
        let document = Document(language: Language("ru"), title: "T", blocks: [
            heading, heading,
            .table(Table(columns: [], caption: [.text("Подпись без таблицы")])),
            .table(Table(columns: [Table.Column([.text("K")])], hasHeader: false)),
            .table(Table(columns: [Table.Column([.text("K")])],
                         rows: [Table.Row([[.text("V")]])], hasHeader: false)),
            .table(Table(columns: [Table.Column([.text("K")])],
                         rows: [Table.Row([[.text("V")]])], hasHeader: false)),
            .paragraph([.link(target: "#missing", content: [.text("никуда")])]),
        ])
        let xml = try part("word/document.xml", of: document)
        XCTAssertNoThrow(try XMLDocument(data: Data(xml.utf8)))
        XCTAssertEqual(count("<w:bookmarkStart ", in: xml), 1)
        XCTAssertEqual(count("<w:tbl>", in: xml), 2)
        XCTAssertTrue(xml.contains("Подпись без таблицы"))
        XCTAssertFalse(xml.contains("<w:tblHeader/>"))
        XCTAssertTrue(xml.contains("</w:tbl><w:p></w:p><w:tbl>"), "tables kept apart")
        XCTAssertFalse(xml.contains("w:anchor"), "a link to no heading is plain text")
    }

    func testColumnWidths_followWeightsButKeepWordsWhole() {
        XCTAssertEqual(DOCXColumnWidths.distribute([1, 1], minimums: [0, 0], total: 1001),
                       [500, 501])
        XCTAssertEqual(DOCXColumnWidths.distribute([1, 9], minimums: [300, 0], total: 1000),
                       [300, 700])
        XCTAssertEqual(DOCXColumnWidths.distribute([1, 1, 8], minimums: [300, 300, 0], total: 1000),
                       [300, 300, 400])
        XCTAssertEqual(DOCXColumnWidths.distribute([1, 1], minimums: [900, 900], total: 1000),
                       [500, 500], "impossible minimums: the proportions win")
        let table = Table(columns: [Table.Column([.text("Ответственный")], width: 1),
                                    Table.Column([.text("Описание")], width: 20)])
        let widths = DOCXColumnWidths.widths(for: table, total: 9638)
        XCTAssertEqual(widths.reduce(0, +), 9638)
        XCTAssertGreaterThanOrEqual(widths[0], 13 * 110)
    }

    func testInternalLinks_pointAtHeadingBookmarks() throws {
        let document = try XMLDocument(data: Data(part("word/document.xml").utf8))
        let bookmarks = Self.elements(document, "w:bookmarkStart").compactMap { $0.value("w:name") }
        let anchors = Self.elements(document, "w:hyperlink").compactMap { $0.value("w:anchor") }
        XCTAssertEqual(bookmarks.count, Set(bookmarks).count, "unique bookmark names")
        XCTAssertEqual(bookmarks.count, 6)
        XCTAssertEqual(anchors.count, 6, "five contents entries and the link in the text")
        for anchor in anchors { XCTAssertTrue(bookmarks.contains(anchor), anchor) }
        for name in bookmarks {
            XCTAssertLessThanOrEqual(name.count, 40)
            XCTAssertTrue(name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_")
            }, name)
        }
        XCTAssertEqual(DOCXOutline.bookmarkBase("1-введение"), "_Tocc2a8751f", "FNV-1a, checked with Python")
        XCTAssertNotEqual(DOCXOutline.bookmarkBase("a"), DOCXOutline.bookmarkBase("b"))
    }

    func testExternalLinks_becomeExternalRelationships() throws {
        XCTAssertTrue(try part("word/_rels/document.xml.rels").contains(
            "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/hyperlink\" Target=\"https://example.org/a?b=1&amp;c=%20d\""
            + " TargetMode=\"External\"/></Relationships>"), "one relationship for both links")
        XCTAssertEqual(count("<w:hyperlink r:id=\"rId8\" w:history=\"1\">",
                             in: try part("word/document.xml")), 2)
    }

    func testOrderedLists_restartAtOneAndNest() throws {
        let numbering = try part("word/numbering.xml")
        XCTAssertEqual(count("<w:startOverride w:val=\"1\"/>", in: numbering), 3)
        XCTAssertEqual(count("<w:num w:numId=", in: numbering), 4)
        XCTAssertTrue(numbering.contains("<w:numFmt w:val=\"russianLower\"/>"))
        XCTAssertTrue(try part("word/document.xml").contains("<w:numPr><w:ilvl w:val=\"1\"/>"))
    }

    func testUserText_isEscapedAndIllegalCharactersDropped() throws {
        let xml = try part("word/document.xml")
        XCTAssertTrue(xml.contains("<w:t>Цена &lt; 5 &amp; \"кавычки\" ok</w:t>"))
        XCTAssertTrue(xml.contains("<w:t xml:space=\"preserve\">;  два пробела.</w:t>"))
        XCTAssertFalse(xml.unicodeScalars.contains { $0.value == 1 || $0.value == 0xFFFE })
        let core = try part("docProps/core.xml")
        XCTAssertTrue(core.contains("<dc:title>Стратегия &lt;&amp;&gt; \"2023\"</dc:title>"), core)
        XCTAssertFalse(core.contains("dcterms:created"), "no dates from the clock")
        XCTAssertTrue(try part("word/header1.xml").contains("Стратегия &lt;&amp;&gt; \"2023\""))
    }

    // MARK: ZIP

    func testCRC32_ofCheckString() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
    }

    func testZIP_emptyArchiveIsAnEndRecord() throws {
        let data = try ZIPArchive().data()
        XCTAssertEqual(Array(data), [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
        XCTAssertEqual(try ZIPReader.read(data).count, 0)
    }

    func testZIP_ordersEntriesAndRejectsDuplicates() throws {
        var archive = ZIPArchive()
        archive.add("b.txt", Data("b".utf8))
        archive.add("Ä.txt", Data("ä".utf8))
        archive.add("[Content_Types].xml", Data())
        archive.add("A.txt", Data("a".utf8))
        let entries = try ZIPReader.read(archive.data())
        XCTAssertEqual(entries.map(\.path), ["[Content_Types].xml", "A.txt", "b.txt", "Ä.txt"])
        XCTAssertEqual(entries.last?.data, Data("ä".utf8))
        archive.add("b.txt", Data())
        XCTAssertThrowsError(try archive.data()) {
            XCTAssertEqual($0 as? ZIPArchive.Error, .duplicatePath("b.txt"))
        }
    }

    // MARK: Helpers

    /// A part of the written kitchen sink (or of `document`), read back from the archive.
    private func part(
        _ path: String, of document: Document = DOCXWriterTests.kitchenSink(), labels: Labels? = nil
    ) throws -> String {
        let data = try DOCXWriter().write(document, labels: labels ?? russian)
        let entry = try XCTUnwrap(try ZIPReader.read(data).first { $0.path == path }, path)
        return String(decoding: entry.data, as: UTF8.self)
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Every element named `name` (qualified, `w:hyperlink`) in document order.
    private static func elements(_ document: XMLDocument, _ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        func visit(_ node: XMLNode) {
            if let element = node as? XMLElement, element.name == name { found.append(element) }
            for child in node.children ?? [] { visit(child) }
        }
        if let root = document.rootElement() { visit(root) }
        return found
    }

    /// Everything a document can hold, in Russian, with hostile text.
    static func kitchenSink() -> Document {
        let hostile = "Цена < 5 & \"кавычки\"\u{1}\u{FFFE} ok"
        let site = "https://example.org/a?b=1&c= d"
        func item(_ text: String, _ nested: Block? = nil) -> [Block] {
            [.paragraph([.text(text)])] + (nested.map { [$0] } ?? [])
        }
        let titlePage = TitlePage(
            members: ["ОО «Альфа»", "ОФ «Бета»"], title: "Стратегия коммуникаций",
            subtitle: "Коалиция за права",
            facts: [.init(label: "Период", value: "2023–2026"),
                    .init(label: "Версия", value: "1.2 от 11 октября 2023 г.")])
        let contents: [ContentsEntry] = [
            .init(level: 2, title: "1. Введение", anchor: "1-введение"),
            .init(level: 3, title: "1.1. Контекст", anchor: "11-контекст"),
            .init(level: 4, title: "Детали", anchor: "детали"),
            .init(level: 2, title: "2. Матрица", anchor: "2-матрица"),
            .init(level: 2, title: "3. Итоги", anchor: "3-итоги"),
        ]
        let prose: [Inline] = [
            .text("Обычный текст, "), .strong([.text("жирный")]), .text(", "),
            .emphasis([.text("курсив и "), .strong([.text("оба")])]), .text(", код "),
            .code("render --format docx"), .text(", ссылка на "),
            .link(target: "#2-матрица", content: [.text("матрицу")]), .text(" и на "),
            .link(target: site, content: [.text("сайт")]), .text(";  два пробела."), .lineBreak,
            .text("Новая строка."),
        ]
        let lists: [Block] = [
            .list(ordered: true, items: [
                item("Первый", .list(ordered: false, items: [item("маркер"), item("ещё маркер")])),
                item("Второй", .list(ordered: true, items: [item("вложено 1"), item("вложено 2")])),
            ]),
            .list(ordered: true, items: [item("Снова с единицы"), item("Два")]),
        ]
        let budget = Table(
            columns: [Table.Column([.text("Статья")], width: 3),
                      Table.Column([.text("Сумма")], width: 1, alignment: .trailing)],
            rows: [Table.Row([[.text("Связь")], [.text("1 000,00")]]),
                   Table.Row([[.text("Итого")], [.text("1 000,00")]], isTotal: true)],
            caption: [.text("Таблица 1. Бюджет")])
        return Document(language: Language("ru"), title: "Стратегия <&> \"2023\"", blocks: [
            .titlePage(titlePage),
            .heading(level: 2, content: [.text("Содержание")], anchor: "содержание"),
            .contents(contents),
            .heading(level: 2, content: [.text("1. Введение")], anchor: "1-введение"),
            .paragraph(prose),
            .paragraph([.text(hostile)]),
            .heading(level: 3, content: [.text("1.1. Контекст")], anchor: "11-контекст"),
        ] + lists + [
            .heading(level: 4, content: [.text("Детали")], anchor: "детали"),
            .quote([.paragraph([.text("Цитата: «ничего о нас без нас», "),
                                .link(target: site, content: [.text("источник")])])]),
            .rule,
            .table(budget),
            .landscape([
                .heading(level: 2, content: [.text("2. Матрица")], anchor: "2-матрица"),
                .table(actionMatrix()),
            ]),
            .heading(level: 2, content: [.text("3. Итоги")], anchor: "3-итоги"),
            .paragraph([.text("Конец документа.")]),
        ])
    }

    /// Nine columns, sixty rows of long Cyrillic text, some cells of two paragraphs.
    private static func actionMatrix() -> Table {
        let long = "Проведение серии региональных консультаций с участием представителей"
            + " гражданского общества, местных органов власти и средств массовой информации"
        let headers = ["Код", "Действие", "Аудитория", "Канал", "Ответственный", "Партнёры",
                       "Срок", "Индикатор", "Бюджет, сом"]
        let weights = [1, 4, 2, 2, 2, 2, 1, 3, 2]
        let columns = headers.indices.map { index in
            Table.Column([.text(headers[index])], width: weights[index],
                         alignment: index == 8 ? .trailing : .leading)
        }
        let rows = (1...60).map { number in
            Table.Row(paragraphs: [
                [[.text("A-\(number)")]],
                [[.text(long)], [.emphasis([.text("Примечание \(number)")])]],
                [[.text("Молодёжь и студенты")]],
                [[.text("Социальные сети"), .lineBreak, .text("ТВ")]],
                [[.text("Общественное объединение «Коалиция»")]],
                [[.text(long)]],
                [[.text("II кв. 2024")]],
                [[.text(long)]],
                [[.text("\(number * 1000) 000,00")]],
            ])
        }
        return Table(columns: columns, rows: rows, caption: [.text("Таблица 2. Матрица действий")])
    }
}

extension XMLElement {
    /// An attribute's value. FoundationXML's `attribute(forName:)` finds nothing on elements in
    /// a default namespace (`<Types xmlns=…>`), so the attributes are searched by name.
    fileprivate func value(_ name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }
}
