import Foundation
@testable import StrategyKit
import XCTest

/// The mini fixture as version v1 and after a consultant's edits: an action added (A-03), one
/// removed with its cost line (A-02, C-002), A-01's title changed in Russian only, C-001's
/// quantity changed, and in the Russian situation analysis a paragraph changed and one added.
enum VersionDiffFixture {
    static let day = CalendarDate(year: 2023, month: 11, day: 20)!

    /// A copy of mini with version v1 cut, then edited; the workspace is clean.
    static func editedWorkspace(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let workspace = try TestWorkspace.copyOfMini()
        try VersionStore(workspace: workspace).cut("v1", note: "Draft for the Coalition", date: day)
        try edit(workspace, file: file, line: line)
        return workspace
    }

    /// Applies the edits to a workspace laid out like mini.
    static func edit(_ workspace: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        // The edits change Russian only; the diff, not the English left behind, is under test.
        try? TestWorkspace.untrackTranslations(workspace)
        try TestWorkspace.edit(
            workspace, "actions.csv", replacing: #"A-01,O1.1,"Доклад ""о МСУ"""#,
            with: #"A-01,O1.1,"Доклад ""о местном самоуправлении"""#, file: file, line: line)
        try TestWorkspace.edit(
            workspace, "actions.csv",
            replacing: #"A-02,O1.1,Пресс-тур,Press tour,"Два региона, *одна* неделя","Two regions, *one* week",th.services,aud.media,ch.media,smsu,,2024-03,2024-03-15,ind.reports ind.portal"#,
            with: "A-03,O1.1,Семинар для МСУ,Seminar for LSG,,,th.services,aud.media,ch.media,smsu,ipr,2024-Q3,2024-Q4,ind.portal",
            file: file, line: line)
        try TestWorkspace.edit(
            workspace, "costs.csv", replacing: "C-001,A-01,Эксперт,Expert,день,day,10,",
            with: "C-001,A-01,Эксперт,Expert,день,day,12,", file: file, line: line)
        try TestWorkspace.edit(
            workspace, "costs.csv", replacing: "C-002,A-02,Транспорт,Transport,поездка,trip,2,\"150,50\",USD,2024,smsu,src.sdc\n",
            with: "", file: file, line: line)
        try TestWorkspace.write(
            workspace, "prose/ru/situation.md",
            "Раздел situation, дополненный.\n\nНовый абзац о климатической адаптации.\n")
    }

    /// v1 and the workspace after the edits, compared.
    static func changes() throws -> VersionChanges {
        let workspace = try editedWorkspace()
        let store = VersionStore(workspace: workspace)
        let old = try store.load("v1")
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [])
        let new = try XCTUnwrap(opened.strategy)
        return VersionChanges(since: old.version, to: nil, diff: StrategyDiff(from: old.strategy, to: new))
    }

    /// A localized text for expectations (equality ignores the location).
    static func text(_ ru: String, _ en: String) -> LocalizedText {
        LocalizedText([Language("ru"): ru, Language("en"): en], at: .file("x"))
    }
}
