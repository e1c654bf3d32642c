import Foundation
@testable import StrategyKit
import XCTest

/// `check` warns about the particulars an act needs once one is due, at each `null` of
/// contract.json, and says nothing while no act is due.
final class ContractBlanksTests: XCTestCase {
    private func shippedCopy() throws -> URL {
        let workspace = try TestWorkspace.temporaryFolder().appendingPathComponent("strategy")
        try FileManager.default.copyItem(at: TestWorkspace.packageRoot.appendingPathComponent("strategy"), to: workspace)
        return workspace
    }

    func testBlanks_warnedOnceAnActIsDue() throws {
        let workspace = try shippedCopy()
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).filter { $0.contains("contract.blank") }, [])
        try TestWorkspace.write(workspace, ContractJournal.path, ContractJournal.header + "\n"
            + "2023-10-19,submit,D1,,,,consultant,,,\n2023-10-20,accept,D1,,,,specialist,,,\n")
        XCTAssertEqual(TestWorkspace.diagnostics(workspace).filter { $0.contains("contract.blank") }, [],
                       "D2 is not accepted yet: no act is due")
        try TestWorkspace.write(workspace, ContractJournal.path, ContractJournal.header + "\n"
            + "2023-10-19,submit,D1,,,,consultant,,,\n2023-10-20,accept,D1,,,,specialist,,,\n"
            + "2023-10-24,submit,D2,,,,consultant,,,\n2023-10-26,accept,D2,,,,specialist,,,\n")
        let warnings = TestWorkspace.diagnostics(workspace).filter { $0.contains("contract.blank") }
        let text = try String(contentsOf: workspace.appendingPathComponent("contract.json"), encoding: .utf8)
        func line(of key: String) -> Int {
            (text.components(separatedBy: "\n").firstIndex { $0.contains("\"\(key)\": null") } ?? -1) + 1
        }
        XCTAssertEqual(warnings.count, 13, warnings.joined(separator: "\n"))
        XCTAssertTrue(warnings.contains(
            "contract.json:\(line(of: "number")):13: warning: 'number' is not filled in, and act № 1 (T1) is due: "
                + "the act shows a blank there [contract.blank]"), warnings.joined(separator: "\n"))
        XCTAssertTrue(warnings.contains { $0.hasPrefix("contract.json:\(line(of: "inn")):") && $0.contains("'parties.customer.inn'") },
                      warnings.joined(separator: "\n"))
        XCTAssertTrue(warnings.contains { $0.contains("'tax.basis'") && $0.contains("act № 1 (T1) is due") })
    }
}

/// The new texts of the act and the programme are checked for translations like the rest.
final class PaperworkTranslationTests: XCTestCase {
    func testTranslations_ofOutputsReadingAndParties() throws {
        let workspace = try TestWorkspace.temporaryFolder().appendingPathComponent("strategy")
        try FileManager.default.copyItem(at: TestWorkspace.packageRoot.appendingPathComponent("strategy"), to: workspace)
        try TestWorkspace.edit(workspace, "session.json", replacing: #", "en": "Agreed objectives and expected results of the session; shared advocacy principles""#, with: "")
        try TestWorkspace.edit(workspace, "session.json", replacing: #"{"ru": "русский", "en": "Russian"}"#, with: #"{"ru": "русский"}"#)
        try TestWorkspace.edit(workspace, "contract.json", replacing: #"{"ru": "Устава", "en": "its Charter"}"#, with: #"{"ru": "Устава"}"#)
        let lines = TestWorkspace.diagnostics(workspace).filter { $0.contains("translation.missing") }
        XCTAssertEqual(lines.count, 3, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("session.json:") && $0.contains("'programme[2].output'") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("'workingLanguage'") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("contract.json:") && $0.contains("'parties.customer.basis'") },
                      lines.joined(separator: "\n"))
    }
}

/// Particulars filled in replace the blanks, and the tax treatment is computed from the act's
/// amount: withheld half-up, net payable, VAT.
final class ActParticularsTests: XCTestCase {
    func testAct_filledParticularsAndGrossTaxTreatment() throws {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        var strategy = try XCTUnwrap(opened.strategy)
        var contract = try XCTUnwrap(strategy.contract)
        let here = SourceLocation.file("contract.json")
        func text(_ ru: String, _ en: String) -> Fillable<LocalizedText> {
            Fillable(LocalizedText([Language("ru"): ru, Language("en"): en], at: here), at: here)
        }
        contract.number = Fillable("17/2023", at: here)
        contract.signed = Fillable(CalendarDate(year: 2023, month: 10, day: 10), at: here)
        contract.parties?.consultantName = text("Иванова Айгуль", "Aigul Ivanova")
        contract.parties?.consultantINN = Fillable("12345678901234", at: here)
        contract.tax = TaxTreatment(
            basis: Fillable(.gross, at: here),
            withheld: [.init(name: LocalizedText([Language("ru"): "подоходный налог", Language("en"): "personal income tax"], at: here),
                             rate: Located(10, at: here))],
            vat: Fillable(.exempt, at: here), vatRate: nil)
        strategy.contract = contract
        let files = try Workspace.renderPaperwork(
            strategy, templates: TemplateSet.builtIn().0, kinds: [.act], languages: strategy.languages,
            formats: [.md], records: PaperworkTests.records)
        let russian = String(decoding: try XCTUnwrap(files.first { $0.path == "ru/act-1.md" }).data, as: UTF8.self)
        XCTAssertTrue(russian.contains("№ 17/2023 от 10 октября 2023 г."), russian)
        XCTAssertTrue(russian.contains("и Иванова Айгуль,"), russian)
        XCTAssertTrue(russian.contains("ИНН 12345678901234,"), russian)
        XCTAssertTrue(russian.contains("**4.** Стоимость указана до удержания налогов. Заказчик как налоговый агент удерживает "
            + "подоходный налог (10 %): 11 700,00 KGS. К перечислению Исполнителю: 105 300,00 KGS. НДС не облагается."), russian)
        let english = String(decoding: try XCTUnwrap(files.first { $0.path == "en/act-2.md" }).data, as: UTF8.self)
        XCTAssertTrue(english.contains("withholds personal income tax (10 %): 27,300.00 KGS. Payable to the Contractor: "
            + "245,700.00 KGS. Not subject to VAT."), english)
        XCTAssertFalse(english.contains("(contract number)"), english)
    }

    /// Copies: in words where the labels have them, the figure alone beyond; zero is refused.
    func testAct_copies() throws {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        var strategy = try XCTUnwrap(opened.strategy)
        strategy.contract?.copies = Located(5, at: .file("contract.json"))
        let files = try Workspace.renderPaperwork(
            strategy, templates: TemplateSet.builtIn().0, kinds: [.act], languages: [Language("ru")],
            formats: [.md], records: PaperworkTests.records)
        let act = String(decoding: try XCTUnwrap(files.first).data, as: UTF8.self)
        XCTAssertTrue(act.contains("составлен в 5 экземплярах, имеющих"), act)
        let workspace = try TestWorkspace.temporaryFolder().appendingPathComponent("strategy")
        try FileManager.default.copyItem(at: TestWorkspace.packageRoot.appendingPathComponent("strategy"), to: workspace)
        try TestWorkspace.edit(workspace, "contract.json", replacing: #""copies": 2"#, with: #""copies": 0"#)
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains {
            $0.hasPrefix("contract.json:") && $0.contains("error: the contract's 'copies' must be 1 or more, found 0 [value.number]")
        })
    }
}
