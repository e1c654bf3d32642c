import Foundation
@testable import StrategyKit
import XCTest

final class CommentResolveTests: XCTestCase {
    private typealias Support = CommentTestSupport
    private let day = CalendarDate(year: 2023, month: 11, day: 30)!
    private let ru = Language("ru")
    private let en = Language("en")

    private func workspaceWithComments() throws -> URL {
        let workspace = try Support.workspaceWithV1()
        let text = "version,member,target,type,comment\nv1,ipr,A-01,general,One\nv1,ipr,A-02,general,Two\n"
        try Support.importForms(workspace, [("f.csv", Data(text.utf8))])
        return workspace
    }

    private func journal(_ workspace: URL) -> [String] {
        let data = Support.bytes(workspace, CommentStore.decisionsPath) ?? Data()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func testResolve_aDecisionIsNeverOverwrittenWithoutChange() throws {
        let workspace = try workspaceWithComments()
        let store = CommentStore(workspace: workspace)
        XCTAssertEqual(try store.resolve("v1-ipr-001", decision: .rejected, response: "Нет", language: ru, date: day),
                       .recorded)
        XCTAssertThrowsError(try store.resolve("v1-ipr-001", decision: .accepted, response: "Да", language: ru, date: day)) {
            XCTAssertTrue("\($0)".contains("already decided 'rejected'"), "\($0)")
            XCTAssertTrue("\($0)".contains("--change"), "\($0)")
        }
        XCTAssertThrowsError(try store.resolve("v1-ipr-001", decision: .rejected, response: "Другой ответ", language: ru,
                                               date: day)) {
            XCTAssertTrue("\($0)".contains("already has a 'ru' response"), "\($0)")
        }
        XCTAssertEqual(try store.resolve("v1-ipr-001", decision: .rejected, response: "Нет", language: ru, date: day),
                       .unchanged)
        XCTAssertEqual(try store.resolve("v1-ipr-001", decision: .rejected, response: "No", language: en, date: day),
                       .translated)
        XCTAssertEqual(try store.resolve("v1-ipr-001", decision: .accepted, response: "Да", language: ru,
                                         date: CalendarDate(year: 2023, month: 12, day: 2)!, change: true),
                       .changed(from: .rejected))
        XCTAssertEqual(journal(workspace), [
            "\u{FEFF}id,decision,date,language,response,replaces",
            "v1-ipr-001,rejected,2023-11-30,ru,Нет,",
            "v1-ipr-001,rejected,2023-11-30,en,No,",
            "v1-ipr-001,accepted,2023-12-02,ru,Да,rejected",
        ])
        let resolution = try XCTUnwrap(store.read().resolutions["v1-ipr-001"])
        XCTAssertEqual(resolution.decision, .accepted)
        XCTAssertEqual(resolution.responses, [ru: "Да"], "the old decision's responses stay with it")
        XCTAssertEqual(resolution.replaced.map(\.decision), [.rejected])
        XCTAssertEqual(resolution.replaced.first?.responses, [ru: "Нет", en: "No"])
        XCTAssertEqual(store.read().status(of: "v1-ipr-002"), .open)
    }

    func testResolve_unknownIdOrEmptyResponseIsRefused() throws {
        let workspace = try workspaceWithComments()
        let store = CommentStore(workspace: workspace)
        XCTAssertThrowsError(try store.resolve("v1-ipr-010", decision: .noted, response: "x", language: ru, date: day)) {
            XCTAssertTrue("\($0)".contains("there is no comment 'v1-ipr-010'; did you mean 'v1-ipr-001'?"), "\($0)")
        }
        XCTAssertThrowsError(try store.resolve("v1-ipr-001", decision: .noted, response: "  ", language: ru, date: day))
        XCTAssertNil(Support.bytes(workspace, CommentStore.decisionsPath))
    }

    func testDecisions_aDamagedOrSilentlyOverwritingLineIsReportedWithItsPlace() throws {
        let workspace = try workspaceWithComments()
        let lines = [
            "id,decision,date,language,response,replaces",
            "v1-ipr-001,accepted,2023-11-30,ru,Да,",
            "v1-ipr-001,rejected,2023-12-01,ru,Нет,",             // overwrites without naming the old one
            "v1-ipr-002,maybe,2023-12-01,ru,Может быть,",
            "v1-ipr-009,noted,2023-12-01,ru,?,",
            "v1-ipr-002,noted,2023-02-30,ru,Дата,",
            "v1-ipr-002,noted,2023-12-01,ru,\"Обрыв",              // a crash cut the line short
        ]
        try TestWorkspace.write(workspace, CommentStore.decisionsPath, lines.joined(separator: "\n"))
        let contents = CommentStore(workspace: workspace).read()
        XCTAssertEqual(contents.diagnostics.map(\.description), [
            "comments/decisions.csv:3:12: error: the line changes the decision on v1-ipr-001 from accepted to rejected "
                + "without naming the one it replaces [comments.journal]",
            "comments/decisions.csv:4:12: error: 'maybe' is not accepted, partly, rejected or noted [comments.journal]",
            "comments/decisions.csv:5:1: error: there is no comment 'v1-ipr-009' [comments.journal]",
            "comments/decisions.csv:6:18: error: '2023-02-30' is not a date (YYYY-MM-DD) [comments.journal]",
            "comments/decisions.csv:7:1: warning: line 7 of comments/decisions.csv is incomplete (no line break): a "
                + "command was interrupted while writing it, so that decision was not recorded and is ignored "
                + "[comments.torn-line]\n    note: delete that line, then record the decision again; no decision is added "
                + "until then",
        ])
        XCTAssertEqual(contents.status(of: "v1-ipr-001"), .decided(.accepted))
        XCTAssertThrowsError(try CommentStore(workspace: workspace).resolve(
            "v1-ipr-002", decision: .noted, response: "x", language: ru, date: day)) {
            XCTAssertTrue("\($0)".contains("repair"), "\($0)")
        }
    }

    func testDecisions_aLineWithoutItsLineBreakDoesNotSwallowTheNext() throws {
        let workspace = try workspaceWithComments()
        let store = CommentStore(workspace: workspace)
        _ = try store.resolve("v1-ipr-001", decision: .accepted, response: "Да", language: ru, date: day)
        // A last line whose line break was lost: a write cut short, as in the contract journal,
        // is reported and not trusted, and nothing is appended after it until it is looked at.
        let url = workspace.appendingPathComponent(CommentStore.decisionsPath)
        var data = try Data(contentsOf: url)
        data.removeLast()
        try data.write(to: url)
        XCTAssertEqual(store.read().diagnostics.map(\.code), ["comments.torn-line"])
        XCTAssertEqual(store.read().diagnostics.first?.location.line, 2)
        XCTAssertEqual(store.read().resolutions.count, 0)
        XCTAssertThrowsError(try store.resolve("v1-ipr-002", decision: .noted, response: "Ок", language: ru, date: day)) {
            XCTAssertTrue("\($0)".contains("comments/decisions.csv line 2 is incomplete; nothing was recorded"), "\($0)")
        }
        // Deleting the line, as the warning says, lets decisions be recorded again.
        try Data(data.prefix(through: data.firstIndex(of: 0x0A) ?? 0)).write(to: url)
        _ = try store.resolve("v1-ipr-002", decision: .noted, response: "Ок", language: ru, date: day)
        XCTAssertEqual(store.read().diagnostics, [])
        XCTAssertEqual(store.read().resolutions.count, 1)
    }

    func testDecisions_anEmptyFileIsANewJournal_andAnFsyncFailureIsNotAFalseNothing() throws {
        let workspace = try workspaceWithComments()
        let store = CommentStore(workspace: workspace)
        // What a first resolve killed before its header leaves.
        try Data().write(to: workspace.appendingPathComponent(CommentStore.decisionsPath))
        XCTAssertEqual(store.read().diagnostics, [])
        try FileFaults.withFsyncFailing(.init(errno: EIO)) {
            XCTAssertThrowsError(try store.resolve("v1-ipr-001", decision: .accepted, response: "Да", language: ru, date: day)) {
                XCTAssertEqual(($0 as? CommentStore.Failure)?.isRecorded, true)
                XCTAssertTrue("\($0)".contains("the line was written but may not be durable"), "\($0)")
            }
        }
        // The retry finds it recorded.
        XCTAssertEqual(try store.resolve("v1-ipr-001", decision: .accepted, response: "Да", language: ru, date: day), .unchanged)
        let text = try String(contentsOf: workspace.appendingPathComponent(CommentStore.decisionsPath), encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "id,decision").count, 2, "one header, at the top")
        XCTAssertEqual(store.read().resolutions.count, 1)
    }
}
