import Foundation
import StrategyKit
import StrategySynthetic
import XCTest

final class SyntheticCommentsTests: XCTestCase {
    func testForms_areDeterministicAndImportWhole() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-comments-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let workspace = base.appendingPathComponent("workspace")
        try SyntheticWorkspace.write(actions: 60, to: workspace)
        let versions = VersionStore(workspace: workspace)
        try versions.cut("v1", note: "Synthetic", date: CalendarDate(year: 2023, month: 11, day: 20)!)
        let (_, strategy) = try versions.load("v1")
        let outline = ReviewOutline(strategy: strategy, templates: TemplateSet.builtIn().0)
        let members = strategy.members.map(\.id.value.rawValue)

        let forms = SyntheticComments.forms(version: "v1", members: members, targets: outline.ids, count: 90)
        let again = SyntheticComments.forms(version: "v1", members: members, targets: outline.ids, count: 90)
        XCTAssertEqual(forms.map(\.data), again.map(\.data))
        XCTAssertEqual(forms.map(\.name), members.map { "comments-\($0).csv" })
        XCTAssertEqual(TextDecoding.decode(forms[0].data).encoding, .windows1251)

        let report = try CommentStore(workspace: workspace).importForms(
            forms, date: CalendarDate(year: 2023, month: 11, day: 27)!)
        XCTAssertEqual(report.added.count, 90, "every synthetic comment is new and valid")
        XCTAssertEqual(CommentStore(workspace: workspace).read().diagnostics, [])
    }
}
