import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import StrategyKit
import XCTest

final class TimelineSVGTests: XCTestCase {
    func testSVG_strategyPlan_en() throws {
        let fixture = try TimelineFixture.mini()
        let svg = TimelineSVG.render(fixture.strategyPlan("en"), labels: fixture.labels("en"),
                                     today: TimelineFixture.date("2024-03-10"))
        Golden.assert(svg, suite: "Timeline", name: "strategy-today.en.svg")
    }

    func testSVG_contractPlan_ru() throws {
        let fixture = try TimelineFixture.mini()
        let svg = TimelineSVG.render(try fixture.contractPlan("ru"), labels: fixture.labels("ru"))
        Golden.assert(svg, suite: "Timeline", name: "contract.ru.svg")
    }

    func testSVG_parsesAsXMLWithTitleDescAndViewBox() throws {
        let fixture = try TimelineFixture.mini()
        for svg in [
            TimelineSVG.render(fixture.strategyPlan("ru"), labels: fixture.labels("ru")),
            TimelineSVG.render(try fixture.contractPlan("en"), labels: fixture.labels("en"),
                               today: TimelineFixture.date("2023-11-20")),
        ] {
            let document = try XMLDocument(data: Data(svg.utf8))
            let root = try XCTUnwrap(document.rootElement())
            XCTAssertEqual(root.name, "svg")
            // FoundationXML's attribute(forName:) misses attributes under a default namespace.
            let attributes = Dictionary(
                (root.attributes ?? []).compactMap { node in node.name.map { ($0, node.stringValue ?? "") } },
                uniquingKeysWith: { first, _ in first })
            XCTAssertEqual(attributes["width"], "1123")
            XCTAssertNotNil(attributes["height"].flatMap(Int.init))
            XCTAssertTrue(attributes["viewBox"]?.hasPrefix("0 0 1123 ") == true)
            XCTAssertEqual(root.elements(forName: "title").count, 1)
            XCTAssertEqual(root.elements(forName: "desc").count, 1)
        }
    }

    func testSVG_escapesUserText() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Press tour", with: "\"Tour <b> & \"\"co\"\" ]]>\"")
        let fixture = try TimelineFixture.open(workspace)
        let svg = TimelineSVG.render(fixture.strategyPlan("en"), labels: fixture.labels("en"))
        XCTAssertTrue(svg.contains("Tour &lt;b&gt; &amp; \"co\" ]]&gt;"))
        XCTAssertFalse(svg.contains("<b>"))
        let document = try XMLDocument(data: Data(svg.utf8))
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        XCTAssertTrue(texts.contains("Tour <b> & \"co\" ]]>"))
    }
}
