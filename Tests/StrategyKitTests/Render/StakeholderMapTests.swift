import Foundation
@testable import StrategyKit
import XCTest

/// `stakeholders.json`: checked references, a table and a position × influence map (SVG in
/// HTML, a table of the same grid elsewhere).
final class StakeholderMapTests: XCTestCase {
    private func mini(_ stakeholders: String) throws -> URL {
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try Data(("{\"stakeholders\": [" + stakeholders + "]}\n").utf8)
            .write(to: workspace.appendingPathComponent("stakeholders.json"))
        return workspace
    }

    private let finance = """
        {"id": "sh.finance", "name": {"ru": "Минфин <бюджет>", "en": "Finance <budget>"}, "position": "sceptical",
         "influence": "high", "interest": "medium", "relationship": {"ru": "Записки", "en": "Papers"},
         "themes": ["th.services"], "audiences": ["aud.decision-makers"]}
        """

    private func files(_ workspace: URL, _ formats: [Workspace.Format]) throws -> [String: String] {
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics.map(\.description), [])
        let strategy = try XCTUnwrap(opened.strategy)
        var texts: [String: String] = [:]
        for file in try Workspace.render(strategy, templates: opened.templates, languages: [Language("en")], formats: formats) {
            texts[file.path] = String(decoding: file.data, as: UTF8.self)
        }
        return texts
    }

    func testStakeholders_tableAndGridInMarkdown() throws {
        let text = try XCTUnwrap(try files(try mini(finance), [.md])["en/strategy.md"])
        XCTAssertTrue(text.contains("| Finance \\<budget\\> | sceptical | high | medium | Papers | Local services | Decision makers |"), text)
        XCTAssertTrue(text.contains("| high | — | — | Finance \\<budget\\> |"), text)
    }

    func testStakeholders_mapIsEscapedSVGInHTML() throws {
        let html = try XCTUnwrap(try files(try mini(finance), [.html])["en/strategy.html"])
        XCTAssertTrue(html.contains("<text x=\"536\" y=\"46\">Finance &lt;budget&gt;</text>"), html)
        XCTAssertFalse(html.contains("Finance <budget>"))
    }

    func testRefUnknownID_aStakeholderNamingAnUnknownTheme() throws {
        let workspace = try mini(finance.replacingOccurrences(of: "th.services", with: "th.servces"))
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains { $0.contains("stakeholder sh.finance names unknown theme 'th.servces'") },
                      "\(TestWorkspace.diagnostics(workspace))")
    }

    func testNoStakeholders_noSection() throws {
        let text = try XCTUnwrap(try files(try TestWorkspace.copyOfMiniUntracked(), [.md])["en/strategy.md"])
        XCTAssertFalse(text.contains("### Stakeholders"))
    }
}
