import Foundation
@testable import StrategyKit
import XCTest

/// Export to XLIFF and import back: nothing changes unless a translator changed it, and then
/// exactly the translated values change, byte for byte.
final class XLIFFRoundTripTests: XCTestCase {
    /// Every source file of a workspace, by path (records included).
    private func snapshot(_ workspace: URL) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try VersionStore.sourceFiles(of: workspace).map { ($0.path, $0.data) })
    }

    private func export(_ workspace: URL, _ language: String = "en", version: XLIFFWriter.Version = .v2, stale: Bool = false) throws -> String {
        try TranslationStore(workspace: workspace).export(language: language, staleOnly: stale, version: version)
    }

    @discardableResult
    private func importText(_ text: String, into workspace: URL, dryRun: Bool = false) throws -> TranslationStore.ImportPlan {
        try TranslationStore(workspace: workspace).importXLIFF(Data(text.utf8), file: "en.xlf", dryRun: dryRun)
    }

    /// Replaces the target of unit `id` in an exported 2.0 document.
    private func translate(_ xliff: String, unit id: String, to target: String) throws -> String {
        let start = try XCTUnwrap(xliff.range(of: "<unit id=\"\(id)\""), "no unit \(id)")
        let end = try XCTUnwrap(xliff.range(of: "</unit>", range: start.upperBound..<xliff.endIndex))
        var unit = String(xliff[start.lowerBound..<end.upperBound])
        let open = try XCTUnwrap(unit.range(of: "<target xml:space=\"preserve\">"))
        let close = try XCTUnwrap(unit.range(of: "</target>"))
        unit.replaceSubrange(open.upperBound..<close.lowerBound, with: target)
        unit = unit.replacingOccurrences(of: "state=\"initial\" subState=\"sw:needs-translation\"", with: "state=\"translated\"")
        return xliff.replacingCharacters(in: start.lowerBound..<end.upperBound, with: unit)
    }

    func testExportThenImportOfTheUnchangedFile_changesNoByte_inBothVersions() throws {
        let workspace = try TestWorkspace.copyOfMini()
        // A stale text too: exported as needing translation, it must stay stale and unrecorded.
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур,", with: "Пресс-тур в регионы,")
        let before = try snapshot(workspace)
        for version in XLIFFWriter.Version.allCases {
            let plan = try importText(try export(workspace, version: version), into: workspace)
            XCTAssertEqual(plan.changed, [], "\(version)")
            XCTAssertEqual(plan.confirmed, [], "\(version)")
            XCTAssertEqual(try snapshot(workspace), before, "\(version)")
        }
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).count, 1, "A-02.title is still stale")
    }

    func testImportOfTranslatedFile_changesExactlyTheTargetedValues() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур,", with: "Пресс-тур в регионы,")
        let before = try snapshot(workspace)
        var xliff = try export(workspace, stale: false)
        // CSV: a comma and quotes make the cell quoted; JSON: quotes, a backslash and a line
        // break escaped; prose: Markdown kept, the file's other lines untouched.
        xliff = try translate(xliff, unit: "A-02.title", to: "Press tour, &quot;two&quot; regions")
        xliff = try translate(xliff, unit: "aud.media.description", to: "Journalists \"and\" editors \\ bloggers\nand producers")
        xliff = try translate(xliff, unit: "prose.situation.1", to: "The *situation* section.")
        let plan = try importText(xliff, into: workspace)
        // In the order of the file: JSON files, CSV files, prose.
        XCTAssertEqual(plan.changed.map(\.id), ["aud.media.description", "A-02.title", "prose.situation.1"])
        let after = try snapshot(workspace)
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        func text(_ data: Data?) -> String { String(decoding: data ?? Data(), as: UTF8.self) }
        let changedFiles = after.keys.filter { after[$0] != before[$0] }.sorted()
        XCTAssertEqual(changedFiles, ["actions.csv", "audiences.json", "prose/en/situation.md", "translations/en.csv"])
        // Outside each changed value, every byte is as it was.
        XCTAssertEqual(text(after["actions.csv"]), text(before["actions.csv"]).replacingOccurrences(
            of: "Пресс-тур в регионы,Press tour,", with: "Пресс-тур в регионы,\"Press tour, \"\"two\"\" regions\","))
        XCTAssertEqual(text(after["audiences.json"]), text(before["audiences.json"]).replacingOccurrences(
            of: "\"en\": \"Journalists\"", with: #""en": "Journalists \"and\" editors \\ bloggers\nand producers""#))
        XCTAssertEqual(text(after["prose/en/situation.md"]), text(before["prose/en/situation.md"]).replacingOccurrences(
            of: "Section situation.", with: "The *situation* section."))
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [], "the translated texts are current")
        let media = try XCTUnwrap(opened.strategy?.audiences.first { $0.id.value.rawValue == "aud.media" })
        XCTAssertEqual(media.description[Language("en")], "Journalists \"and\" editors \\ bloggers\nand producers")
        XCTAssertEqual(opened.strategy?.actions.last?.title[Language("en")], "Press tour, \"two\" regions")
    }

    func testDryRun_listsTheChanges_andWritesNothing() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let before = try snapshot(workspace)
        let xliff = try translate(try export(workspace), unit: "G1.title", to: "A new goal title")
        let plan = try importText(xliff, into: workspace, dryRun: true)
        XCTAssertEqual(plan.changed.map(\.id), ["G1.title"])
        XCTAssertEqual(plan.changed.first?.old, "LSG priorities")
        XCTAssertEqual(plan.files, ["goals.json"])
        XCTAssertEqual(try snapshot(workspace), before)
    }

    func testImport_fromAnOutdatedSource_isRefusedAtTheUnit_andNothingIsWritten() throws {
        let workspace = try TestWorkspace.copyOfMini()
        var xliff = try export(workspace)
        xliff = try translate(xliff, unit: "G1.title", to: "A new goal title")
        xliff = try translate(xliff, unit: "A-02.title", to: "Press tour (new)")
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Пресс-тур,", with: "Пресс-тур в регионы,")
        let before = try snapshot(workspace)
        XCTAssertThrowsError(try importText(xliff, into: workspace)) { error in
            let failure = error as? TranslationFailure
            XCTAssertEqual(failure?.description, "1 unit(s) of en.xlf cannot be imported; nothing was changed")
            let line = xliff.components(separatedBy: "\n").firstIndex { $0.contains("<unit id=\"A-02.title\"") }.map { $0 + 1 }
            XCTAssertEqual(failure?.diagnostics.map(\.description), [
                "en.xlf:\(line ?? 0):5: error: A-02.title (en) was translated from an outdated ru text; "
                    + "export it again ('strategy translate export --lang en --stale') [translation.outdated]",
            ])
        }
        XCTAssertEqual(try snapshot(workspace), before)
    }

    func testToolkitMadeFile_isImported() throws {
        // Made by translate-toolkit (xliff2po, a PO edit, pomerge): see Fixtures/XLIFF/toolkit/make.sh.
        let folder = TestWorkspace.fixture("XLIFF/toolkit")
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "A-02,O1.1,Пресс-тур,", with: "A-02,O1.1,Пресс-тур в два региона,")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).count, 1, "A-02.title is stale")
        let before = try snapshot(workspace)
        let data = try Data(contentsOf: folder.appendingPathComponent("mini-en-translated.xlf"))
        let plan = try TranslationStore(workspace: workspace).importXLIFF(data, file: "mini-en-translated.xlf")
        XCTAssertEqual(plan.changed.map(\.id), ["A-02.title"])
        XCTAssertEqual(plan.changed.first?.new, "Press tour to two regions, \"with a stop\" in Naryn")
        let after = try snapshot(workspace)
        XCTAssertEqual(after.keys.filter { after[$0] != before[$0] }.sorted(), ["actions.csv", "translations/en.csv"])
        XCTAssertEqual(String(decoding: after["actions.csv"] ?? Data(), as: UTF8.self),
                       String(decoding: before["actions.csv"] ?? Data(), as: UTF8.self).replacingOccurrences(
                        of: "в два региона,Press tour,", with: "в два региона,\"Press tour to two regions, \"\"with a stop\"\" in Naryn\","))
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
    }

    func testKyrgyz_addedByData_isExportedWhole_andImportedIntoItsDocuments() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"languages\": [\"ru\", \"en\"]",
                               with: "\"languages\": [\"ru\", \"en\", \"ky\"]")
        let missing = Workspace.open(workspace).diagnostics.filter { $0.code == "translation.missing" }
        XCTAssertGreaterThan(missing.count, 70)
        let state = try XCTUnwrap(Workspace.open(workspace).translations)
        let texts = try XCTUnwrap(state.state(of: Language("ky"))).total

        // The translator gets every text, each new; here "translates" each by a marked copy of
        // the source with its inline codes kept.
        let xliff = try export(workspace, "ky")
        XCTAssertEqual(xliff.components(separatedBy: "<unit id=").count - 1, texts)
        XCTAssertEqual(xliff.components(separatedBy: "subState=\"sw:new\"").count - 1, texts)
        var translated = ""
        var rest = Substring(xliff)
        while let source = rest.range(of: "<source xml:space=\"preserve\">"), let end = rest.range(of: "</source>", range: source.upperBound..<rest.endIndex) {
            let content = rest[source.upperBound..<end.lowerBound]
            translated += rest[..<end.upperBound]
            translated += "\n        <target xml:space=\"preserve\">КЫ: \(content)</target>"
            rest = rest[end.upperBound...]
        }
        translated += rest
        translated = translated.replacingOccurrences(of: "state=\"initial\" subState=\"sw:new\"", with: "state=\"translated\"")
        let plan = try TranslationStore(workspace: workspace).importXLIFF(Data(translated.utf8), file: "ky.xlf")
        XCTAssertEqual(plan.changed.count, texts)
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("prose/ky/situation.md").path))
        XCTAssertTrue(try String(contentsOf: workspace.appendingPathComponent("actions.csv"), encoding: .utf8)
            .hasPrefix("id,objective,title.ru,title.en,title.ky,description.ru,description.en,description.ky,"))

        // Kyrgyz labels are a template matter: the fixture borrows the English ones.
        let templates = workspace.deletingLastPathComponent().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestWorkspace.packageRoot.appendingPathComponent("templates"), to: templates)
        try FileManager.default.copyItem(at: templates.appendingPathComponent("en"), to: templates.appendingPathComponent("ky"))
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [], "every Kyrgyz text is there and current")
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(strategy, templates: opened.templates, languages: [Language("ky")], formats: [.md])
        let document = String(decoding: try XCTUnwrap(files.first { $0.path == "ky/strategy.md" }).data, as: UTF8.self)
        XCTAssertTrue(document.contains("КЫ: Пресс-тур"), "the action matrix is in Kyrgyz")
        XCTAssertTrue(document.contains("КЫ: Раздел situation."), "the prose is in Kyrgyz")
    }
}
