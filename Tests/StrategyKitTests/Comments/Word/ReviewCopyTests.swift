import Foundation
@testable import StrategyKit
import XCTest

final class ReviewCopyTests: XCTestCase {
    /// The parts of the review copy of v1 for `member` in `language`.
    static func parts(_ workspace: URL, member: String = "ipr", language: String) throws -> [String: String] {
        let store = VersionStore(workspace: workspace)
        let (version, strategy) = try store.load("v1")
        let templates = CommentStore.templates(nil)
        let document = try ReviewCopy.document(
            strategy: strategy, version: version, member: MemberID(member), language: Language(language),
            templates: templates)
        let labels = try templates.templates(for: Language(language)).labels
        let parts = ReviewCopy.writer(version: version, member: MemberID(member)).parts(of: document, labels: labels)
        return Dictionary(uniqueKeysWithValues: parts.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// Bookmark names with their start and end offsets in `xml`.
    static func bookmarks(_ xml: String) -> [String: (start: Int, end: Int)] {
        var starts: [String: (String, Int)] = [:]
        var result: [String: (Int, Int)] = [:]
        let text = xml as NSString
        let regex = try? NSRegularExpression(pattern: "<w:bookmark(Start|End) w:id=\"(\\d+)\"(?: w:name=\"([^\"]+)\")?/>")
        for match in regex?.matches(in: xml, range: NSRange(location: 0, length: text.length)) ?? [] {
            let kind = text.substring(with: match.range(at: 1)), id = text.substring(with: match.range(at: 2))
            if kind == "Start" {
                starts[id] = (text.substring(with: match.range(at: 3)), match.range.location)
            } else if let (name, start) = starts[id] {
                result[name] = (start, match.range.location)
            }
        }
        return result
    }

    static func index(_ text: String, _ offset: Int) -> String.Index {
        String.Index(utf16Offset: offset, in: text)
    }

    func testReviewCopy_marksEverySectionShownEntityAndProseParagraph() throws {
        let workspace = try CommentTestSupport.workspaceWithV1()
        let (version, strategy) = try VersionStore(workspace: workspace).load("v1")
        for language in ["ru", "en"] {
            let parts = try Self.parts(workspace, language: language)
            let document = try XCTUnwrap(parts["word/document.xml"])
            let marks = Self.bookmarks(document)
            let outline = ReviewOutline(strategy: strategy, templates: CommentStore.templates(nil))
            for target in outline.targets where [.section, .action, .audience, .goal, .theme, .channel, .indicator, .risk]
                .contains(target.kind) {
                let name = DOCXAnchors.bookmarkName(target.id)
                XCTAssertNotNil(marks[name], "\(language): no bookmark \(name) for \(target.id)")
                XCTAssertNotNil(marks[DOCXAnchors.endName(target.id)], "\(language): no end marker for \(target.id)")
                XCTAssertLessThanOrEqual(name.count, DOCXAnchors.maximumLength)
            }
            // An entity lies between its section's bookmark and its end marker; each bookmark holds
            // one paragraph (LibreOffice keeps no other).
            let section = try XCTUnwrap(marks["sec_actions_matrix"]), end = try XCTUnwrap(marks["z_sec_actions_matrix"])
            let action = try XCTUnwrap(marks["A_01"]), actionEnd = try XCTUnwrap(marks["z_A_01"])
            XCTAssertTrue(section.start < action.start && action.start < actionEnd.start && actionEnd.start < end.start)
            for (name, range) in marks where !name.hasPrefix("_") {
                XCTAssertFalse(document[Self.index(document, range.start)..<Self.index(document, range.end)].contains("</w:p>"),
                               "\(language): \(name) spans paragraphs")
            }
            let paragraph = try XCTUnwrap(marks["par_1_sec_situation"], "situation ¶ 1")
            XCTAssertTrue(document.contains("¶\u{00A0}1 "))
            let situation = try XCTUnwrap(marks["sec_situation"]), situationEnd = try XCTUnwrap(marks["z_sec_situation"])
            XCTAssertTrue(situation.start < paragraph.start && paragraph.end < situationEnd.start)
            let custom = try XCTUnwrap(parts["docProps/custom.xml"])
            XCTAssertTrue(custom.contains(">v1<") && custom.contains(version.hash) && custom.contains(">ipr<"), custom)
            XCTAssertTrue(parts["[Content_Types].xml"]?.contains("/docProps/custom.xml") ?? false)
            XCTAssertTrue(parts["_rels/.rels"]?.contains("custom-properties") ?? false)
        }
        let russian = try Self.parts(workspace, language: "ru")["word/document.xml"] ?? ""
        XCTAssertTrue(russian.contains("Рецензирование → Создать примечание"), "the instructions, in Russian")
        let english = try Self.parts(workspace, language: "en")["word/document.xml"] ?? ""
        XCTAssertTrue(english.contains("Review → New Comment"), "the instructions, in English")
    }

    func testBookmarkNames_areWhatWordKeeps() {
        XCTAssertEqual(DOCXAnchors.bookmarkName("sec.situation"), "sec_situation")
        XCTAssertEqual(DOCXAnchors.bookmarkName("A-07"), "A_07")
        XCTAssertEqual(DOCXAnchors.bookmarkName("sec.situation#4"), "par_4_sec_situation")
        XCTAssertEqual(DOCXAnchors.paragraphNumber("par_4_sec_situation"), 4)
        XCTAssertNil(DOCXAnchors.paragraphNumber("A_07"))
        XCTAssertEqual(DOCXAnchors.bookmarkName("7-up"), "x7_up")
        XCTAssertEqual(DOCXAnchors.bookmarkName("par-1-x"), "xpar_1_x")
        let long = DOCXAnchors.bookmarkName("sec.coverage.audiences-channels-and-something-longer")
        XCTAssertEqual(long.count, 40)
        XCTAssertNotEqual(long, DOCXAnchors.bookmarkName("sec.coverage.audiences-channels-and-something-longer2"))
    }

    func testOrdinaryRender_hasNoReviewBookmarksOrProperties() throws {
        let workspace = try CommentTestSupport.workspaceWithV1()
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        let set = try opened.templates.templates(for: Language("en"))
        let document = try DocumentBuilder(
            strategy: strategy, context: RenderContext(language: Language("en"), templates: set, date: strategy.edition.date)
        ).build()
        let parts = DOCXWriter().parts(of: document, labels: set.labels)
        XCTAssertFalse(parts.contains { $0.path == "docProps/custom.xml" })
        let xml = String(decoding: parts.first { $0.path == "word/document.xml" }?.data ?? Data(), as: UTF8.self)
        XCTAssertFalse(xml.contains("sec_situation") || xml.contains("\"A_01\""))
    }
}
