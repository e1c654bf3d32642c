import Foundation
import StrategyKit
import StrategySynthetic
import XCTest

final class SyntheticWorkspaceTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        super.tearDown()
    }

    /// A fresh folder with no `templates/` beside the workspace, so the built-in ones apply.
    private func temporaryWorkspace() -> URL {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("synthetic-tests-\(UUID().uuidString)")
        folders.append(base)
        return base.appendingPathComponent("workspace")
    }

    func testFiles_sameSeedGivesIdenticalBytes() {
        let first = SyntheticWorkspace.files(actions: 200, seed: 42)
        let second = SyntheticWorkspace.files(actions: 200, seed: 42)
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for path in first.keys.sorted() {
            XCTAssertEqual(first[path], second[path], "\(path) differs between two runs with one seed")
        }
        let other = SyntheticWorkspace.files(actions: 200, seed: 43)
        XCTAssertNotEqual(first["actions.csv"], other["actions.csv"], "another seed must give other actions")
    }

    func testFiles_haveTheWorkspaceLayout() {
        let paths = Set(SyntheticWorkspace.files(actions: 7).keys)
        let expected: Set<String> = [
            "strategy.json", "goals.json", "indicators.json", "audiences.json", "channels.json",
            "themes.json", "risks.json", "contract.json", "portal.json", "actions.csv", "costs.csv",
        ]
        XCTAssertTrue(expected.isSubset(of: paths), "missing: \(expected.subtracting(paths).sorted())")
        for section in ["introduction", "situation", "principles", "approach", "monitoring", "implementation"] {
            XCTAssertTrue(paths.contains("prose/ru/\(section).md"))
            XCTAssertTrue(paths.contains("prose/en/\(section).md"))
        }
        XCTAssertEqual(paths.count, expected.count + 12)
    }

    func testWorkspace_isCleanAndRenders_1() throws { try assertCleanAndRenders(actions: 1) }
    func testWorkspace_isCleanAndRenders_7() throws { try assertCleanAndRenders(actions: 7) }
    func testWorkspace_isCleanAndRenders_200() throws { try assertCleanAndRenders(actions: 200) }

    private func assertCleanAndRenders(actions: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = temporaryWorkspace()
        let counts = try SyntheticWorkspace.write(actions: actions, to: folder)
        let opened = Workspace.open(folder)
        XCTAssertEqual(
            opened.diagnostics.map(\.description), [], "the workspace must be clean", file: file, line: line)
        let strategy = try XCTUnwrap(opened.strategy, file: file, line: line)
        XCTAssertEqual(strategy.actions.count, counts.actions, file: file, line: line)
        XCTAssertEqual(strategy.costLines.count, counts.costLines, file: file, line: line)
        XCTAssertEqual(strategy.members.count, counts.members, file: file, line: line)
        XCTAssertEqual(strategy.workAreas.count, counts.workAreas, file: file, line: line)
        XCTAssertEqual(strategy.goals.count, counts.goals, file: file, line: line)
        XCTAssertEqual(strategy.objectives.count, counts.objectives, file: file, line: line)
        XCTAssertEqual(strategy.audiences.count, counts.audiences, file: file, line: line)
        XCTAssertEqual(strategy.channels.count, counts.channels, file: file, line: line)
        XCTAssertEqual(strategy.themes.count, counts.themes, file: file, line: line)
        XCTAssertEqual(strategy.indicators.count, counts.indicators, file: file, line: line)
        XCTAssertEqual(strategy.risks.count, counts.risks, file: file, line: line)
        XCTAssertEqual(strategy.portalMetrics.count, counts.portalMetrics, file: file, line: line)
        XCTAssertEqual(strategy.contract?.tasks.count, 8, file: file, line: line)
        XCTAssertEqual(strategy.contract?.deliverables.count, 6, file: file, line: line)
        XCTAssertEqual(strategy.contract?.tranches.count, 2, file: file, line: line)
        for language in strategy.languages {
            XCTAssertEqual(strategy.prose[language]?.count, counts.proseSections, file: file, line: line)
        }
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: strategy.languages, formats: [.md])
        XCTAssertEqual(files.map(\.path), ["en/strategy.md", "ru/strategy.md"], file: file, line: line)
        for rendered in files {
            let text = String(decoding: rendered.data, as: UTF8.self)
            XCTAssertTrue(text.contains("| A-"), "\(rendered.path) has no action matrix", file: file, line: line)
        }
    }

    func testWorkspace_isCleanForSmallSizesAndOtherSeeds() throws {
        for actions in [2, 3, 4, 5, 11, 21, 41] {
            for seed: UInt64 in [0, 99, .max] {
                let folder = temporaryWorkspace()
                try SyntheticWorkspace.write(actions: actions, seed: seed, to: folder)
                XCTAssertEqual(
                    Workspace.open(folder).diagnostics.map(\.description), [],
                    "\(actions) actions, seed \(seed)")
            }
        }
    }

    func testCounts_scaleWithActions() {
        let small = SyntheticWorkspace.Counts(actions: 200)
        XCTAssertEqual(small.members, 3)
        XCTAssertEqual(small.workAreas, 3)
        XCTAssertEqual(small.objectives, 10)
        XCTAssertEqual(small.audiences, 10)
        XCTAssertEqual(small.channels, 12)
        XCTAssertEqual(small.themes, 4)
        XCTAssertEqual(small.indicators, 10)
        XCTAssertEqual(small.costLines, 500)
        XCTAssertEqual(small.paragraphsPerSection, 4)

        let large = SyntheticWorkspace.Counts(actions: 20000)
        XCTAssertEqual(large.objectives, 1000)
        XCTAssertEqual(large.goals, 200)
        XCTAssertEqual(large.audiences, 200)
        XCTAssertEqual(large.channels, 200)
        XCTAssertEqual(large.indicators, 1000)
        XCTAssertEqual(large.costLines, 50000)
        XCTAssertEqual(large.paragraphsPerSection, 400)
        XCTAssertEqual(large.risks, 40)

        // Fewer actions than members or work areas: each still has work to do.
        let tiny = SyntheticWorkspace.Counts(actions: 1)
        XCTAssertEqual([tiny.members, tiny.workAreas, tiny.goals, tiny.objectives], [1, 1, 1, 1])
        XCTAssertEqual(SyntheticWorkspace.Counts(actions: 0), tiny)
        XCTAssertEqual(SyntheticWorkspace.Counts(actions: 7).objectives, 3)
    }

    func testFiles_holdTextThatNeedsEscaping() throws {
        let files = SyntheticWorkspace.files(actions: 200)
        let actions = try XCTUnwrap(files["actions.csv"].map { String(decoding: $0, as: UTF8.self) })
        for needle in ["\"\"", "|", "*", "<", "«", "Подготовить"] {
            XCTAssertTrue(actions.contains(needle), "actions.csv has no \(needle)")
        }
        let costs = try XCTUnwrap(files["costs.csv"].map { String(decoding: $0, as: UTF8.self) })
        XCTAssertTrue(costs.contains(",USD,"), "some cost lines must be in USD")
        let strategy = try XCTUnwrap(files["strategy.json"].map { String(decoding: $0, as: UTF8.self) })
        XCTAssertTrue(strategy.contains("\"currency\": \"USD\""), "the USD rate must be present")
    }

    func testMarkdownDocument_holdsBothLanguages() throws {
        let folder = temporaryWorkspace()
        try SyntheticWorkspace.write(actions: 7, to: folder)
        let document = try SyntheticWorkspace.markdownDocument(of: folder)
        XCTAssertTrue(document.contains("Communication Strategy of the Coalition"))
        XCTAssertTrue(document.contains("Коммуникационная стратегия Коалиции"))
        XCTAssertTrue(document.contains("| A-07 |"))
    }
}
