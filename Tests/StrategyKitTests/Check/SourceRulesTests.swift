import Foundation
@testable import StrategyKit
import XCTest

/// `sources.json`, citations `[@ref.id]` in prose and `sources` of indicators: checked, numbered
/// in the text and listed at the end.
final class SourceRulesTests: XCTestCase {
    private func mini(citing citation: String, sources: String = "[\"ref.law\"]") throws -> URL {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        let json = """
            {"sources": [
              {"id": "ref.tor", "title": {"ru": "ТЗ консультанта", "en": "The consultant's ToR"}},
              {"id": "ref.law", "title": {"ru": "Закон № 123", "en": "Law No. 123"}}
            ]}

            """
        try Data(json.utf8).write(to: workspace.appendingPathComponent("sources.json"))
        for language in ["ru", "en"] {
            try Data("Text first.\n\nAs the terms say \(citation), it is so.\n".utf8)
                .write(to: workspace.appendingPathComponent("prose/\(language)/situation.md"))
        }
        try TestWorkspace.edit(workspace, "indicators.json", replacing: "\"verification\": {\"ru\": \"Письма\"",
                               with: "\"sources\": \(sources), \"verification\": {\"ru\": \"Письма\"")
        return workspace
    }

    func testCitations_areFoundWithTheirPlace() {
        let found = SourceRules.citations(in: "See [@ref.a] and [link](x), [@ref.b-2]; not [@ nor [@]")
        XCTAssertEqual(found.map(\.id), ["ref.a", "ref.b-2"])
        XCTAssertEqual(found.map(\.offset), [4, 28])
    }

    func testCitedSources_areNumberedInTheTextAndListedAtTheEnd() throws {
        let workspace = try mini(citing: "[@ref.tor]")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
        let opened = Workspace.open(workspace)
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(strategy, templates: opened.templates, languages: [Language("en")], formats: [.md])
        let text = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(text.contains("As the terms say \\[1\\], it is so."), text)
        XCTAssertTrue(text.contains("| Letters \\[2\\] |"), text)
        XCTAssertTrue(text.contains("## Sources\n\n\\[1\\] The consultant's ToR\n\n\\[2\\] Law No. 123\n"), text)
    }

    func testRefUnknownID_aCitationOfNoSourceIsAnErrorAtItsPlace() throws {
        let workspace = try mini(citing: "[@ref.torr]")
        let diagnostics = TestWorkspace.diagnostics(workspace)
        XCTAssertTrue(diagnostics.contains("""
            prose/en/situation.md:3:18: error: prose section 'situation' cites unknown source 'ref.torr' [ref.unknown-id]
                note: did you mean 'ref.tor'?
            """), "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains { $0.hasPrefix("sources.json:2:10: warning: source 'ref.tor' is cited nowhere") },
                      "\(diagnostics)")
    }

    func testRefUnknownID_anIndicatorNamingNoSource() throws {
        let workspace = try mini(citing: "[@ref.tor]", sources: "[\"ref.lwa\"]")
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains { $0.contains("indicator ind.reports names unknown source 'ref.lwa' [ref.unknown-id]") },
                      "\(TestWorkspace.diagnostics(workspace))")
    }
}
