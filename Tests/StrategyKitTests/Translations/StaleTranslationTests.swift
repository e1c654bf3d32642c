import Foundation
@testable import StrategyKit
import XCTest

/// Which source text each translation was made from, and `check`'s warning when it changed.
final class StaleTranslationTests: XCTestCase {
    /// The 1-based character column of `needle` on line `line` of a workspace file.
    private func column(of needle: String, line: Int, in workspace: URL, _ path: String) throws -> Int {
        let text = try String(contentsOf: workspace.appendingPathComponent(path), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let range = try XCTUnwrap(lines[line - 1].range(of: needle), "\(needle) is not on line \(line) of \(path)")
        return lines[line - 1].distance(from: lines[line - 1].startIndex, to: range.lowerBound) + 1
    }

    func testMiniAndShippedWorkspaces_areCleanWithEveryTranslationRecorded() throws {
        for folder in [TestWorkspace.fixture("mini"), TestWorkspace.packageRoot.appendingPathComponent("strategy")] {
            let opened = Workspace.open(folder)
            XCTAssertEqual(opened.diagnostics.filter { $0.code.hasPrefix("translation.") }, [], folder.path)
            let english = try XCTUnwrap(opened.translations?.state(of: Language("en")))
            XCTAssertTrue(english.isTracked)
            XCTAssertEqual(english.entries, [])
            XCTAssertGreaterThan(english.total, 50)
            XCTAssertEqual(english.records.hashes.count, english.total, "one record per text, none left over")
        }
    }

    func testSourceChange_makesExactlyThatTranslationStale_atTheTranslatedText() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "\"Два региона, *одна* неделя\"",
                               with: "\"Три региона, *одна* неделя\"")
        let csvColumn = try column(of: "\"Two regions", line: 3, in: workspace, "actions.csv")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "actions.csv:3:\(csvColumn): warning: A-02.description (en) was translated from an earlier ru text; ru changed [translation.stale]\n"
                + "    note: review it, then 'strategy translate accept A-02.description --lang en'",
        ])

        try TestWorkspace.edit(workspace, "audiences.json", replacing: "\"ru\": \"СМИ\"", with: "\"ru\": \"Средства массовой информации\"")
        try TestWorkspace.write(workspace, "prose/ru/situation.md", "Раздел situation, дополненный.\n")
        let jsonLine = try String(contentsOf: workspace.appendingPathComponent("audiences.json"), encoding: .utf8)
            .components(separatedBy: "\n").firstIndex { $0.contains("Средства массовой информации") }.map { $0 + 1 }
        let line = try XCTUnwrap(jsonLine)
        let jsonColumn = try column(of: "\"Media\"", line: line, in: workspace, "audiences.json")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).map { $0.components(separatedBy: "\n")[0] }, [
            "actions.csv:3:\(csvColumn): warning: A-02.description (en) was translated from an earlier ru text; ru changed [translation.stale]",
            "audiences.json:\(line):\(jsonColumn): warning: aud.media.name (en) was translated from an earlier ru text; ru changed [translation.stale]",
            "prose/en/situation.md:1:1: warning: prose.situation.1 (en) was translated from an earlier ru text; ru changed [translation.stale]",
        ])
    }

    func testAccept_recordsTheCurrentSource_andTheWorkspaceIsCleanAgain() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let records = workspace.appendingPathComponent("translations/en.csv")
        let before = try String(contentsOf: records, encoding: .utf8)
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "\"Два региона, *одна* неделя\"",
                               with: "\"Три региона, *одна* неделя\"")
        let store = TranslationStore(workspace: workspace)

        XCTAssertThrowsError(try store.accept(["A-2.description"], language: "en", allCurrent: false)) { error in
            XCTAssertEqual((error as? TranslationFailure)?.description,
                           "'A-2.description' is neither a text nor an entity of this workspace (did you mean 'A-02.description'?)\n"
                               + "nothing was recorded")
        }
        XCTAssertThrowsError(try store.accept(["A-01.description"], language: "en", allCurrent: false)) { error in
            XCTAssertTrue((error as? TranslationFailure)?.description.hasPrefix("A-01.description has no ru text") == true)
        }
        XCTAssertThrowsError(try store.accept(["A-02"], language: "ru", allCurrent: false))
        XCTAssertEqual(try String(contentsOf: records, encoding: .utf8), before, "a refusal writes nothing")

        let acceptance = try store.accept(["A-02"], language: "en", allCurrent: false)
        XCTAssertEqual(acceptance.accepted[Language("en")], ["A-02.title", "A-02.description"])
        XCTAssertEqual(acceptance.files, ["translations/en.csv"])
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
        let after = try String(contentsOf: records, encoding: .utf8)
        let changed = zip(before.components(separatedBy: "\n"), after.components(separatedBy: "\n")).filter { $0 != $1 }
        XCTAssertEqual(changed.count, 1, "one line per accepted text that changed")
        XCTAssertEqual(changed.first?.1, "A-02.description," + TranslationRecords.hash("Три региона, *одна* неделя"))

        let again = try store.accept([], language: "en", allCurrent: true)
        XCTAssertEqual(again.files, [], "accepting what is recorded already writes nothing")
    }

    func testStaleTexts_nameTheVersionWhereTheSourceChanged() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let store = VersionStore(workspace: workspace)
        try store.cut("v1", note: "Draft", date: CalendarDate(year: 2023, month: 11, day: 20)!)
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур,", with: "Пресс-тур в регионы,")
        try store.cut("v2", note: "Revised", date: CalendarDate(year: 2023, month: 12, day: 5)!)
        try TestWorkspace.edit(workspace, "costs.csv", replacing: "Эксперт,", with: "Эксперт-юрист,")
        let messages = Workspace.open(workspace).diagnostics.map(\.message)
        XCTAssertEqual(messages, [
            "A-02.title (en) was translated from an earlier ru text; ru changed in v2",
            "C-001.item (en) was translated from an earlier ru text; ru changed after v2",
        ])
    }

    func testUntrackedLanguage_hasNoStaleTexts_andANewTextIsUnrecordedInATrackedOne() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур,", with: "Пресс-тур в регионы,")
        try TestWorkspace.edit(workspace, "translations/en.csv", replacing: "A-01.title,", with: "A-01.old-title,")
        let first = try column(of: "\"Report", line: 2, in: workspace, "actions.csv")
        let second = try column(of: "Press tour", line: 3, in: workspace, "actions.csv")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).map { $0.components(separatedBy: "\n")[0] }, [
            "actions.csv:2:\(first): warning: A-01.title (en) has no record of the ru text it was translated from [translation.stale]",
            "actions.csv:3:\(second): warning: A-02.title (en) was translated from an earlier ru text; ru changed [translation.stale]",
        ])
        try TestWorkspace.untrackTranslations(workspace)
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [])
        XCTAssertEqual(opened.translations?.state(of: Language("en"))?.isTracked, false)
    }

    func testRecordsFile_withAnotherSourceLanguageOrABadHash_isAnError() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "translations/en.csv", replacing: "unit,ru", with: "unit,en")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "translations/en.csv:1:1: error: translations/en.csv must have the columns 'unit,ru' (the source language), found 'unit,en' [translation.records]",
        ])
        try TestWorkspace.edit(workspace, "translations/en.csv", replacing: "unit,en", with: "unit,ru")
        try TestWorkspace.edit(workspace, "translations/en.csv", replacing: "A-01.title,", with: "A-01.title,XYZ")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "translations/en.csv:2:12: error: the hash of 'A-01.title' must be 12 lowercase hex digits, found 'XYZ8d9d374720f9' [translation.records]",
        ])
    }

    func testSourceLanguage_isConfigurable_andMustBeListed() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"currency\"", with: "\"sourceLanguage\": \"de\", \"currency\"")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).filter { $0.contains("source language") }.count, 1)
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"sourceLanguage\": \"de\"", with: "\"sourceLanguage\": \"en\"")
        try TestWorkspace.untrackTranslations(workspace)
        let state = try XCTUnwrap(Workspace.open(workspace).translations)
        XCTAssertEqual(state.catalog.source, Language("en"))
        XCTAssertEqual(state.catalog.targets, [Language("ru")])
    }
}
