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
