import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import StrategyKit
import XCTest

final class HTMLWriterTests: XCTestCase {
    private let labels = Labels(["contents": "Содержание"], path: "labels.json")

    private func html(_ document: Document = HTMLKitchenSink.document()) -> String {
        String(decoding: HTMLWriter().write(document, labels: labels), as: UTF8.self)
    }

    private func parse(_ html: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        return try XCTUnwrap(document.rootElement())
    }

    // MARK: Validity

    func testKitchenSink_parsesAsXML() throws {
        let root = try parse(html())
        XCTAssertEqual(root.localName, "html")
        let children = (root.children ?? []).compactMap { ($0 as? XMLElement)?.localName }
        XCTAssertEqual(children, ["head", "body"])
    }

    func testKitchenSink_startsWithDoctypeAndDeclaresCharset() {
        let page = html()
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html "))
        XCTAssertTrue(page.contains("<meta charset=\"utf-8\" />"))
        XCTAssertTrue(page.contains("<meta name=\"viewport\""))
        XCTAssertFalse(page.contains("&nbsp;"))
    }

    func testKitchenSink_setsLanguage() throws {
        let root = try parse(html())
        XCTAssertEqual(value(of: "lang", in: root), "ru")
        let english = HTMLKitchenSink.document(language: Language("en"))
        XCTAssertEqual(value(of: "lang", in: try parse(html(english))), "en")
    }

    func testKitchenSink_isSelfContained() throws {
        let page = html().lowercased()
        XCTAssertFalse(page.contains("<script"))
        XCTAssertFalse(page.contains("<link"))
        XCTAssertFalse(page.contains("<img"))
        XCTAssertFalse(page.contains("src="))
        XCTAssertFalse(page.contains("url("))
        XCTAssertFalse(page.contains("@import"))
        let elements = allElements(try parse(html()))
        XCTAssertFalse(elements.contains { $0.localName == "script" })
        for element in elements {
            for attribute in element.attributes ?? [] {
                XCTAssertFalse((attribute.name ?? "").lowercased().hasPrefix("on"),
                               "event handler attribute \(attribute.name ?? "")")
            }
        }
    }

    func testInternalLinks_allHaveTargets() throws {
        let elements = allElements(try parse(html()))
        let ids = Set(elements.compactMap { value(of: "id", in: $0) })
        let targets = elements.compactMap { value(of: "href", in: $0) }
            .filter { $0.hasPrefix("#") }
        XCTAssertGreaterThanOrEqual(targets.count, 6)
        for target in targets {
            XCTAssertTrue(ids.contains(String(target.dropFirst())), "no id for \(target)")
        }
        // The awkward anchor survives the round trip through attribute escaping.
        XCTAssertTrue(ids.contains(HTMLKitchenSink.awkwardAnchor))
    }

    // MARK: Escaping

    func testUserText_isEscaped() throws {
        let page = html()
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"))
        XCTAssertTrue(page.contains("Юристы &amp; Ко"))
        XCTAssertFalse(page.unicodeScalars.contains { $0.value == 0x1 || $0.value == 0xFFFE })
        XCTAssertTrue(page.contains("<title>Стратегия &lt;2023&gt; &amp; план</title>"))
        let text = try parse(page).stringValue ?? ""
        XCTAssertTrue(text.contains("<script>alert(\"x\")</script> & 'кавычки'"))
    }

    func testUnsafeLinks_keepTextDropLink() throws {
        let page = html()
        XCTAssertFalse(page.lowercased().contains("javascript"))
        XCTAssertFalse(page.contains("data:text"))
        XCTAssertTrue(page.contains("опасная ссылка"))
        XCTAssertEqual(HTMLLinkTarget(" Java\tScript:alert(1)"), .unsafe)
        XCTAssertEqual(HTMLLinkTarget("vbscript:x"), .unsafe)
        XCTAssertEqual(HTMLLinkTarget("#plan"), .anchor)
        XCTAssertEqual(HTMLLinkTarget("https://example.org/a?b=c:d"), .external)
        XCTAssertEqual(HTMLLinkTarget("mailto:info@example.org"), .external)
        XCTAssertEqual(HTMLLinkTarget("docs/report.pdf"), .external)
        XCTAssertEqual(HTMLLinkTarget("docs/a:b"), .external)
    }

    func testExternalLinks_haveNoopener() throws {
        let links = allElements(try parse(html())).filter { $0.localName == "a" }
        let external = links.filter { !(value(of: "href", in: $0) ?? "#").hasPrefix("#") }
        XCTAssertFalse(external.isEmpty)
        for link in external {
            XCTAssertEqual(value(of: "rel", in: link), "noopener")
        }
        for link in links where value(of: "href", in: link)?.hasPrefix("#") == true {
            XCTAssertNil(value(of: "rel", in: link))
        }
    }

    // MARK: Structure

    func testRewrite_isByteIdentical() {
        let document = HTMLKitchenSink.document()
        XCTAssertEqual(HTMLWriter().write(document, labels: labels),
                       HTMLWriter().write(document, labels: labels))
    }

    func testTitlePage_isHeaderWithTitleAndFacts() throws {
        let header = try XCTUnwrap(allElements(try parse(html())).first {
            $0.localName == "header" && value(of: "class", in: $0) == "title-page"
        })
        let inside = allElements(header)
        XCTAssertEqual(inside.filter { $0.localName == "h1" }.count, 1)
        XCTAssertEqual(inside.filter { $0.localName == "dt" }.map(\.stringValue),
                       ["Период", "Версия", "Дата документа"])
        XCTAssertEqual(inside.filter { $0.localName == "li" }.count, 3)
    }

    func testContents_isNestedListOfLinksNamedByItsHeading() throws {
        let page = html()
        XCTAssertTrue(page.contains("<nav class=\"toc\" aria-labelledby=\"soderzhanie\">\n<ul>\n"
            + "<li><a href=\"#vvedenie\">1. Введение</a>\n<ul>\n"))
        // Without a heading before it, the nav is named by the `contents` label.
        let bare = Document(language: Language("ru"), title: "T", blocks: [
            .contents([ContentsEntry(level: 2, title: "A", anchor: "a")]),
            .heading(level: 2, content: [.text("A")], anchor: "a"),
        ])
        XCTAssertTrue(html(bare).contains("<nav class=\"toc\" aria-label=\"Содержание\">"))
    }

    func testContents_levelJumpsStayWellFormed() throws {
        let entries = [(2, "a"), (4, "b"), (3, "c"), (2, "d"), (1, "e")].map {
            ContentsEntry(level: $0.0, title: $0.1, anchor: $0.1)
        }
        let headings = entries.map {
            Block.heading(level: $0.level + 6, content: [.text($0.title)], anchor: $0.anchor)
        }
        let page = html(Document(
            language: Language("en"), title: "T", blocks: [.contents(entries)] + headings))
        XCTAssertTrue(page.contains("<li><a href=\"#a\">a</a>\n<ul>\n"
            + "<li><a href=\"#b\">b</a></li>\n"
            + "<li><a href=\"#c\">c</a></li>\n</ul>\n</li>\n<li><a href=\"#d\">d</a></li>\n"
            + "<li><a href=\"#e\">e</a></li>\n</ul>"))
        // Heading levels beyond 6 are written as h6.
        XCTAssertTrue(page.contains("<h6 id=\"a\">a</h6>"))
        XCTAssertNoThrow(try parse(page))
    }

    func testLandscape_isSectionOnNamedMatrixPage() throws {
        let page = html()
        XCTAssertTrue(page.contains("@page matrix"))
        XCTAssertTrue(page.contains("section.landscape { page: matrix; }"))
        XCTAssertTrue(page.contains("thead { display: table-header-group; }"))
        let section = try XCTUnwrap(allElements(try parse(page)).first {
            $0.localName == "section" && value(of: "class", in: $0) == "landscape"
        })
        // The heading before the block moves in, so it prints on the landscape page too.
        let heading = try XCTUnwrap(allElements(section).first { $0.localName == "h2" })
        XCTAssertEqual(value(of: "id", in: heading), "plan")
        let headers = allElements(section).filter { $0.localName == "th" }
        XCTAssertEqual(headers.count, 9)
        XCTAssertTrue(headers.allSatisfy { value(of: "scope", in: $0) == "col" })
    }

    func testTable_hasCaptionWidthsAlignmentAndTotal() throws {
        let page = html()
        XCTAssertTrue(page.contains("<div class=\"table-wrap\">\n<table>\n<caption>Таблица 1. "))
        XCTAssertTrue(page.contains(
            "<colgroup><col style=\"width:25.0%\" /><col style=\"width:50.0%\" />"
                + "<col style=\"width:25.0%\" /></colgroup>"))
        XCTAssertTrue(page.contains("<th scope=\"col\" class=\"align-end\">Сумма, KGS</th>"))
        XCTAssertTrue(page.contains(
            "<tr class=\"total\"><td>Итого</td><td class=\"align-end\">1\u{A0}500\u{A0}000</td>"))
        XCTAssertTrue(page.contains(
            "<td class=\"align-end\"><p>Первый абзац</p><p>Второй абзац</p></td>"))
    }

    func testTableWithoutHeader_hasNoHead() {
        let table = Table(columns: [Table.Column([.text("k")]), Table.Column([.text("v")])],
                          rows: [Table.Row([[.text("a")], [.text("b")]])], hasHeader: false)
        let page = html(Document(language: Language("en"), title: "T", blocks: [.table(table)]))
        XCTAssertFalse(page.contains("<thead>"))
        XCTAssertTrue(page.contains("<tbody>\n<tr><td>a</td><td>b</td></tr>\n</tbody>"))
    }

    func testInlines_andLists() {
        let page = html()
        XCTAssertTrue(page.contains("<strong>жирный</strong>"))
        XCTAssertTrue(page.contains("<em>курсив</em>"))
        XCTAssertTrue(page.contains("<code>strategy render</code>"))
        XCTAssertTrue(page.contains("строка<br />вторая"))
        XCTAssertTrue(page.contains("<li>Второй пункт\n<ol>\n<li>Вложенный один</li>\n"))
        XCTAssertTrue(page.contains("<blockquote>\n<p>"))
        XCTAssertTrue(page.contains("<hr />"))
    }

    func testPercentages_roundHalfUpToOneDecimal() {
        XCTAssertEqual(HTMLWriter.percentages([1, 1, 1]), ["33.3", "33.3", "33.3"])
        XCTAssertEqual(HTMLWriter.percentages([1, 2, 1]), ["25.0", "50.0", "25.0"])
        XCTAssertEqual(HTMLWriter.percentages([1, 7]), ["12.5", "87.5"])
        XCTAssertEqual(HTMLWriter.percentages([2, 1]), ["66.7", "33.3"])
    }

    func testStyle_isSafeInsideXML() {
        XCTAssertFalse(HTMLStyle.css.contains("<"))
        XCTAssertFalse(HTMLStyle.css.contains("&"))
        XCTAssertTrue(HTMLStyle.css.contains("size: A4;"))
        XCTAssertTrue(HTMLStyle.css.contains("size: A4 landscape;"))
    }

    // MARK: Helpers

    /// An attribute's value. `XMLElement.attribute(forName:)` returns nil on Linux for elements
    /// in a default namespace (here XHTML's), so the attributes are searched by name.
    private func value(of name: String, in element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    private func allElements(_ element: XMLElement) -> [XMLElement] {
        [element] + (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap(allElements)
    }
}

/// A document that uses every block and inline, with hostile text in every kind of field.
enum HTMLKitchenSink {
    /// An anchor that needs escaping inside an attribute.
    static let awkwardAnchor = "byudzhet-\"&'<>"

    static let hostile = "<script>alert(\"x\")</script> & 'кавычки' \u{0001}\u{FFFE}конец"

    static func document(language: Language = Language("ru"), matrixRows: Int = 4) -> Document {
        Document(language: language, title: "Стратегия <2023> & план", blocks: [
            .titlePage(TitlePage(
                members: ["Ассоциация «Юристы & Ко»", "Фонд <script>", "Сеть \"Голос\""],
                title: "Стратегия коммуникаций и адвокации Коалиции на 2023–2026 годы",
                subtitle: "Коалиция за равные права и возможности",
                facts: [
                    .init(label: "Период", value: "2023–2026"),
                    .init(label: "Версия", value: "1.0 · «черновик» & <draft>"),
                    .init(label: "Дата документа", value: "11 октября 2023"),
                ])),
            .heading(level: 2, content: [.text("Содержание")], anchor: "soderzhanie"),
            .contents([
                ContentsEntry(level: 2, title: "1. Введение", anchor: "vvedenie"),
                ContentsEntry(level: 3, title: "1.1 Бюджет <и> & доли", anchor: awkwardAnchor),
                ContentsEntry(level: 3, title: "1.2 Участники", anchor: "uchastniki"),
                ContentsEntry(level: 2, title: "9. Матрица действий", anchor: "plan"),
                ContentsEntry(level: 2, title: "10. Риски", anchor: "riski"),
            ]),
            .heading(level: 2, content: [.text("1. Введение")], anchor: "vvedenie"),
            .paragraph([
                .text("Текст с "), .strong([.text("жирный")]), .text(", "),
                .emphasis([.text("курсив")]), .text(", команда "), .code("strategy render"),
                .text(", "), .link(target: "#plan", content: [.text("ссылка на матрицу")]),
                .text(" и "), .link(target: "https://example.org/a?b=1&c=\"2\"",
                                   content: [.text("внешняя ссылка")]),
                .text("; "),
                .link(target: "javascript:alert(1)", content: [.text("опасная ссылка")]),
                .text(" "), .link(target: "data:text/html,x", content: [.text("ещё одна")]),
                .text("; строка"), .lineBreak, .text("вторая."),
            ]),
            .paragraph([.text(hostile)]),
            .list(ordered: false, items: [
                [.paragraph([.text("Первый пункт")])],
                [.paragraph([.text("Второй пункт")]), .list(ordered: true, items: [
                    [.paragraph([.text("Вложенный один")])],
                    [.paragraph([.text("Вложенный два "), .strong([.text("важно")])])],
                ])],
                [.paragraph([.text("Пункт в два абзаца")]), .paragraph([.text("Второй абзац")])],
            ]),
            .quote([.paragraph([.text("«Ничего о нас без нас» — принцип Коалиции.")])]),
            .rule,
            .heading(level: 3, content: [.text("1.1 Бюджет <и> & доли")], anchor: awkwardAnchor),
            .table(Table(
                columns: [
                    Table.Column([.text("Год")]),
                    Table.Column([.text("Сумма, KGS")], width: 2, alignment: .trailing),
                    Table.Column([.text("Доля")], alignment: .center),
                ],
                rows: [
                    Table.Row([[.text("2023")], [.text("500\u{A0}000")], [.text("33,3 %")]]),
                    Table.Row(paragraphs: [
                        [[.text("2024")]], [[.text("Первый абзац")], [.text("Второй абзац")]],
                        [[.text("33,3 %")]],
                    ]),
                    Table.Row([
                        [.text("2025 " + hostile)], [.text("500\u{A0}000")], [.text("33,4 %")],
                    ]),
                    Table.Row([[.text("Итого")], [.text("1\u{A0}500\u{A0}000")], [.text("100 %")]],
                              isTotal: true),
                ],
                caption: [.text("Таблица 1. Бюджет по годам & <валюта>")])),
            .heading(level: 3, content: [.text("1.2 Участники")], anchor: "uchastniki"),
            .table(Table(
                columns: [
                    Table.Column([.text("Ключ")]), Table.Column([.text("Значение")], width: 3),
                ],
                rows: [
                    Table.Row([[.text("Координатор")], [.text("Ассоциация «Юристы & Ко»")]]),
                    Table.Row([[.text("Сайт")], [.link(target: "https://example.org",
                                                      content: [.text("example.org")])]]),
                ],
                hasHeader: false)),
            // As the builder writes it: the section's heading before the landscape block.
            .heading(level: 2, content: [.text("9. Матрица действий")], anchor: "plan"),
            .landscape([.table(matrix(rows: matrixRows))]),
            .heading(level: 2, content: [.text("10. Риски")], anchor: "riski"),
            .paragraph([.text("Вернуться к "), .link(target: "#" + awkwardAnchor,
                                                    content: [.text("бюджету")]), .text(".")]),
        ])
    }

    /// The action matrix: nine columns, as wide as the real one.
    static func matrix(rows: Int) -> Table {
        let headers = ["№", "Мероприятие", "Задача", "Темы", "Аудитории", "Каналы",
                       "Ведущий / партнёры", "Сроки", "Индикаторы"]
        let widths = [2, 10, 4, 4, 5, 5, 6, 4, 7]
        let columns = zip(headers, widths).map { Table.Column([.text($0)], width: $1) }
        let body = (1...max(1, rows)).map { number in
            Table.Row(paragraphs: [
                [[.text("A-\(number < 10 ? "0" : "")\(number)")]],
                [[.text("Круглый стол с депутатами Жогорку Кенеша по законопроекту о доступности "
                        + "(мероприятие \(number))")],
                 [.emphasis([.text("Примечание: согласовать с секретариатом")])]],
                [[.text("1.\(number % 3 + 1)")]],
                [[.text("Доступная среда; инклюзивное образование")]],
                [[.text("Депутаты, министерство труда")]],
                [[.text("Круглые столы, СМИ")]],
                [[.strong([.text("Ассоциация «Юристы & Ко»")])], [.text("Сеть \"Голос\"")]],
                [[.text("III кв. 2024 – I кв. 2025")]],
                [[.text("Число поправок, принятых комитетом; публикации в СМИ: не менее 5")]],
            ])
        }
        return Table(columns: columns, rows: body,
                     caption: [.text("Таблица 9. План мероприятий")])
    }
}
