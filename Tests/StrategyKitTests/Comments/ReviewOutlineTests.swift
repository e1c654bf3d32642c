import Foundation
@testable import StrategyKit
import XCTest

final class ReviewOutlineTests: XCTestCase {
    func testOutline_sectionsFromTheTemplateThenTheirEntitiesInDocumentOrder() throws {
        let opened = Workspace.open(TestWorkspace.fixture("mini"))
        let outline = ReviewOutline(strategy: try XCTUnwrap(opened.strategy), templates: opened.templates)
        let ids = outline.targets.map(\.id)
        XCTAssertEqual(Array(ids.prefix(7)), [
            "doc", "sec.introduction", "sec.coalition.members", "sec.situation", "sec.principles", "sec.work-areas", "G1",
        ])
        XCTAssertTrue(ids.contains("sec.actions.matrix"))
        XCTAssertFalse(ids.contains { $0.hasPrefix("sec.toc") }, "the contents are not commented on")
        XCTAssertEqual(Set(ids).count, ids.count)
        let action = try XCTUnwrap(outline.target("A-02"))
        XCTAssertEqual(action.kind, .action)
        XCTAssertEqual(action.section, "sec.actions.matrix")
        XCTAssertEqual(action.titles[Language("ru")], "Пресс-тур")
        XCTAssertEqual(outline.target("sec.situation")?.titles[Language("en")], "3. Situation analysis")
        XCTAssertEqual(outline.target("sec.situation")?.titles[Language("ru")], "3. Ситуационный анализ")
        XCTAssertLessThan(try XCTUnwrap(outline.position(of: "sec.actions.matrix")), try XCTUnwrap(outline.position(of: "A-01")))
        XCTAssertEqual(outline.target("C-002")?.section, "sec.budget.summary")
        XCTAssertNil(outline.target("A-99"))
    }

    func testSections_idsComeFromTheFirstPlaceholderAndSurviveRenumbering() {
        let (template, _) = Template.parse("""
            {{title-page}}
            ## Contents
            {{toc}}
            ## 1. Intro
            {{prose:introduction}}
            ## 7. Renumbered audiences
            {{audiences}}
            ## Boilerplate only
            Text.
            """, path: "t.md")
        let sections = ReviewOutline.sections(of: template)
        XCTAssertEqual(sections.map(\.id), ["sec.introduction", "sec.audiences", "sec.3"])
        XCTAssertEqual(sections.map(\.title), ["1. Intro", "7. Renumbered audiences", "Boilerplate only"])
    }
}
