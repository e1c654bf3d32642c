import Foundation
@testable import StrategyKit
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Goldens for the mini fixture in HTML and DOCX (the DOCX as its unzipped XML parts), in both
/// languages, and the structural promises each format makes.
final class FormatGoldenTests: XCTestCase {
    private func rendered(_ format: Workspace.Format, _ language: String) throws -> Data {
        let opened = Workspace.open(TestWorkspace.fixture("mini"))
        XCTAssertEqual(opened.diagnostics, [])
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: [Language(language)], formats: [format])
        return try XCTUnwrap(files.first).data
    }

    private func document(_ language: String) throws -> (Document, Labels) {
        let opened = Workspace.open(TestWorkspace.fixture("mini"))
        let strategy = try XCTUnwrap(opened.strategy)
        let templates = try XCTUnwrap(opened.templates.languages[Language(language)])
        let context = RenderContext(language: Language(language), templates: templates, date: strategy.edition.date)
        return (try DocumentBuilder(strategy: strategy, context: context).build(), templates.labels)
    }

    private func docxPart(_ path: String, _ language: String) throws -> String {
        let (document, labels) = try document(language)
        let part = try XCTUnwrap(DOCXWriter().parts(of: document, labels: labels).first { $0.path == path })
        return String(decoding: part.data, as: UTF8.self)
    }

    func testHTML_matchesGolden() throws {
        for language in ["ru", "en"] {
            let html = String(decoding: try rendered(.html, language), as: UTF8.self)
            Golden.assert(html, suite: "HTML", name: "mini.\(language).html")
        }
    }

    func testDOCXDocumentAndStyles_matchGolden() throws {
        for language in ["ru", "en"] {
            for part in ["word/document.xml", "word/styles.xml"] {
                let name = "mini.\(language).\(part.replacingOccurrences(of: "/", with: "."))"
                Golden.assert(try docxPart(part, language), suite: "DOCX", name: name)
            }
        }
    }

    func testHTML_isWellFormedWithLanguageAndLandscapeMatrix() throws {
        let data = try rendered(.html, "ru")
        XCTAssertNoThrow(try XMLDocument(data: data))
        let html = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(html.contains("lang=\"ru\""))
        XCTAssertTrue(html.contains("<section class=\"landscape\">"))
        XCTAssertTrue(html.contains("@page matrix"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertTrue(html.contains("для тестов &lt;и&gt; *разметки*"), "user text escaped")
    }

    func testDOCX_everyPartIsWellFormedAndTheLayoutPromisesHold() throws {
        let (document, labels) = try document("ru")
        let parts = DOCXWriter().parts(of: document, labels: labels)
        for part in parts where part.path.hasSuffix(".xml") || part.path.hasSuffix(".rels") {
            XCTAssertNoThrow(try XMLDocument(data: part.data), part.path)
        }
        let body = try docxPart("word/document.xml", "ru")
        XCTAssertTrue(body.contains("w:orient=\"landscape\""), "the matrix section is landscape")
        XCTAssertTrue(body.contains("<w:tblHeader/>"), "header rows repeat")
        XCTAssertTrue(body.contains("TOC \\o"), "a contents field")
        let styles = try docxPart("word/styles.xml", "ru")
        XCTAssertTrue(styles.contains("w:val=\"ru-RU\""), "the document language")
        for style in ["Title", "Heading1", "Heading2", "Heading3", "Caption"] {
            XCTAssertTrue(styles.contains("w:styleId=\"\(style)\""), style)
        }
    }
}
