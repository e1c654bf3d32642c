import Foundation
@testable import StrategyKit
import XCTest

final class CommentRulesTests: XCTestCase {
    private typealias Support = CommentTestSupport

    func testCheck_warnsOncePerVersionWithOpenCommentsAndFlagsRemovedEntities() throws {
        let workspace = try Support.workspaceWithV1()
        let text = "version,member,target,type,comment\n"
            + "v1,ipr,A-01,general,One\nv1,ipr,R-01,general,Two\nv1,smsu,R-01,general,Three\n"
        try Support.importForms(workspace, [("f.csv", Data(text.utf8))])
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "comments/comments.csv:2:1: warning: version v1 has 3 open comments: v1-ipr-001, v1-ipr-002, v1-smsu-001 "
                + "[comments.open]\n    note: record a decision with 'strategy comments resolve ID --decision … --response …'",
        ])

        try TestWorkspace.write(workspace, "risks.json", "{\n  \"risks\": []\n}\n")
        try VersionStore(workspace: workspace).cut("v2", note: "Without risks", date: Support.v2Date)
        let store = CommentStore(workspace: workspace)
        _ = try store.resolve("v1-ipr-001", decision: .accepted, response: "Да", language: Language("ru"),
                              date: Support.v2Date)
        _ = try store.resolve("v1-ipr-002", decision: .accepted, response: "Риск убран", language: Language("ru"),
                              date: Support.v2Date)
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [
            "comments/comments.csv:3:1: note: comment v1-ipr-002 is on 'R-01', which version v2 no longer has "
                + "[comments.removed-target]",
            "comments/comments.csv:4:1: warning: version v1 has 1 open comment: v1-smsu-001 [comments.open]\n"
                + "    note: record a decision with 'strategy comments resolve ID --decision … --response …'",
            "comments/comments.csv:4:1: warning: comment v1-smsu-001 is on 'R-01', which version v2 no longer has "
                + "[comments.removed-target]",
        ])
        _ = try store.resolve("v1-smsu-001", decision: .noted, response: "Ок", language: Language("ru"),
                              date: Support.v2Date)
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.errorCount + opened.warningCount, 0)
    }

    func testCheck_reportsRecordsThatNoLongerMatchTheVersions() throws {
        let workspace = try Support.workspaceWithV1()
        let text = "version,member,target,type,comment\nv1,ipr,A-01,general,One\n"
        try Support.importForms(workspace, [("f.csv", Data(text.utf8))])
        let url = workspace.appendingPathComponent(CommentStore.commentsPath)
        let stored = try String(contentsOf: url, encoding: .utf8)
        try Data(stored.replacingOccurrences(of: ",A-01,", with: ",A-77,").utf8).write(to: url)
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains(
            "comments/comments.csv:2:1: error: comment v1-ipr-001 is on 'A-77', which version v1 does not have "
                + "[comments.unknown-target]"))
        try FileManager.default.removeItem(at: VersionStore(workspace: workspace).versionFolder("v1"))
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains(
            "comments/comments.csv:2:1: error: 1 comment(s) are on version 'v1', which the workspace does not have "
                + "(versions/v1) [comments.unknown-version]"))
    }

    func testCheck_aWorkspaceWithoutCommentsHasNoCommentDiagnostics() throws {
        let workspace = try Support.workspaceWithV1()
        XCTAssertEqual(TestWorkspace.diagnostics(workspace), [])
    }
}
