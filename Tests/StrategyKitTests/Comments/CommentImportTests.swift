import Foundation
@testable import StrategyKit
import XCTest

final class CommentImportTests: XCTestCase {
    private typealias Support = CommentTestSupport

    private func filledForm(_ workspace: URL, member: String = "ipr", comments: [(String, String)]) throws -> [[String]] {
        var rows = try Support.cells(try Support.form(workspace, member: member, language: "en"))
        for (target, text) in comments { Support.fill(&rows, target: target, type: "general", comment: text) }
        return rows
    }

    func testImport_sameFileTwiceOrSameRowsInAnotherFileAddNothing() throws {
        let workspace = try Support.workspaceWithV1()
        let rows = try filledForm(workspace, comments: [("A-01", "One"), ("sec.situation", "Two")])
        let file = Support.utf8BOM(Support.excelText(rows, separator: ","))
        XCTAssertEqual(try Support.importForms(workspace, [("a.csv", file)]).added.count, 2)
        let stored = Support.bytes(workspace, CommentStore.commentsPath)

        let again = try Support.importForms(workspace, [("a.csv", file)])
        XCTAssertEqual(again.added.count, 0)
        XCTAssertEqual(again.files[0].duplicates, 2)
        XCTAssertTrue(again.files[0].wasImportedBefore)

        // The same comments in Russian Excel's format, plus rows of padding, are the same comments.
        let other = try Support.cp1251(Support.excelText(rows, separator: ";") + ";;;;;;;\r\n")
        let moved = try Support.importForms(workspace, [("b.csv", other)])
        XCTAssertEqual(moved.added.count, 0)
        XCTAssertEqual(moved.files[0].duplicates, 2)
        XCTAssertFalse(moved.files[0].wasImportedBefore)
        XCTAssertEqual(Support.bytes(workspace, CommentStore.commentsPath), stored, "nothing was rewritten")
        let originals = try FileManager.default.contentsOfDirectory(
            atPath: workspace.appendingPathComponent(CommentStore.originalsPath).path)
        XCTAssertEqual(originals, [SHA256.hex(file) + ".csv"], "a file that added nothing is not kept")
    }

    func testImport_numbersPerVersionAndMemberInImportOrder() throws {
        let workspace = try Support.workspaceWithV1()
        let first = try filledForm(workspace, comments: [("A-01", "One"), ("A-02", "Two")])
        try Support.importForms(workspace, [("a.csv", Data(Support.excelText(first, separator: ",").utf8))])
        var second = try filledForm(workspace, comments: [("A-01", "One"), ("G1", "Three")])
        second += try filledForm(workspace, member: "smsu", comments: [("G1", "Union's")]).dropFirst()
        let report = try Support.importForms(workspace, [("b.csv", Data(Support.excelText(second, separator: ",").utf8))])
        XCTAssertEqual(report.added.map(\.id), ["v1-ipr-003", "v1-smsu-001"])
        XCTAssertEqual(report.files[0].duplicates, 1)
        XCTAssertEqual(CommentStore(workspace: workspace).read().comments.map(\.id),
                       ["v1-ipr-001", "v1-ipr-002", "v1-ipr-003", "v1-smsu-001"])
    }

    func testImport_oneBadRowImportsNothingAndEveryProblemIsListedWithItsPlace() throws {
        let workspace = try Support.workspaceWithV1()
        try TestWorkspace.edit(workspace, "risks.json", replacing: "Смена кадров", with: "Смена кадров!")
        try VersionStore(workspace: workspace).cut("v2", note: "Later", date: Support.v2Date)
        let good = try filledForm(workspace, comments: [("A-01", "Fine")])
        let text = """
            Version,Member,Section or entity,Paragraph,Type of comment,Comment,Proposed wording
            v1,ipr,A-01,,general,Fine,
            v1,ipr,A-99,,general,No such action,
            v1,nobody,A-01,,editorial,Who?,
            v9,ipr,A-01,,editorial,Which version?,
            v1,ipr,A-02,3,kind of,Bad type,
            v1,ipr,A-02,3,general,,Only a proposal
            ,ipr,A-02,,general,No version,
            v1,ipr,A-02,,,No type,
            v1,ipr,A-01,,general,Extra,,surplus
            v1,ИПР,doc,,общее,Short name and Russian type are fine,

            """
        let failure = try XCTUnwrap(Support.importFailure(workspace, [
            ("good.csv", Data(Support.excelText(good, separator: ",").utf8)), ("bad.csv", Data(text.utf8)),
        ]))
        XCTAssertEqual(failure.diagnostics.map(\.description), [
            "bad.csv:3:8: error: version v1 has no section or entity 'A-99' [comments.unknown-target]",
            "bad.csv:4:4: error: 'nobody' is not a Coalition member in version v1 (one of: ipr, smsu) [comments.unknown-member]",
            "bad.csv:5:1: error: there is no version 'v9' to comment on [comments.unknown-version]\n"
                + "    note: did you mean 'v1'?",
            "bad.csv:6:15: error: 'kind of' is not a type of comment (one of: general / общее, "
                + "substantive / по существу, editorial / редакционное) [comments.unknown-type]",
            "bad.csv:7:23: error: row has a type, paragraph or proposed wording but no comment [comments.missing-value]",
            "bad.csv:8:1: error: row has a comment but no value in column 'Version' [comments.missing-value]",
            "bad.csv:9:14: error: row has a comment but no value in column 'Type of comment' (one of: general / общее, "
                + "substantive / по существу, editorial / редакционное) [comments.missing-value]",
            "bad.csv:10:29: error: row has a value beyond the form's 7 columns (it has 8 fields) [comments.field-count]",
        ])
        XCTAssertTrue(failure.description.contains("nothing was imported"), failure.description)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("comments").path))
    }

    func testImport_entityOfALaterVersionIsNotInTheEarlierOne() throws {
        let workspace = try Support.workspaceWithV1()
        try TestWorkspace.edit(workspace, "risks.json", replacing: "\"R-01\"", with: "\"R-02\"")
        try VersionStore(workspace: workspace).cut("v2", note: "Later", date: Support.v2Date)
        let text = "version,member,target,type,comment\nv1,ipr,R-02,general,New risk?\nv2,ipr,R-02,general,New risk\n"
        let failure = try XCTUnwrap(Support.importFailure(workspace, [("f.csv", Data(text.utf8))]))
        XCTAssertEqual(failure.diagnostics.map(\.description), [
            "f.csv:2:8: error: version v1 has no section or entity 'R-02' [comments.unknown-target]\n"
                + "    note: did you mean 'A-02'?",
        ])
        let fixed = "version,member,target,type,comment\nv1,ipr,R-01,general,Old risk\nv2,ipr,R-02,general,New risk\n"
        XCTAssertEqual(try Support.importForms(workspace, [("f.csv", Data(fixed.utf8))]).added.map(\.id),
                       ["v1-ipr-001", "v2-ipr-001"])
    }

    func testImport_acceptsRussianHeadersInAnyOrderAndRowsExcelCutShort() throws {
        let workspace = try Support.workspaceWithV1()
        let text = "Замечание;Тип замечания;Раздел или элемент;Версия;Член Коалиции;Абзац\r\n"
            + "Коротко;Общее;A-01;v1;ipr\r\n"          // Excel dropped the empty last cell
            + ";;A-02;v1;ipr;\r\n"
            + "\r\n"
            + "\"Две\r\nстроки\";РЕДАКЦИОННОЕ;sec.situation;v1;smsu;4\r\n"
        let report = try Support.importForms(workspace, [("ru.csv", try Support.cp1251(text))])
        XCTAssertEqual(report.added.map(\.id), ["v1-ipr-001", "v1-smsu-001"])
        XCTAssertEqual(report.added.map(\.text), ["Коротко", "Две\nстроки"])
        XCTAssertEqual(report.added.map(\.type), [.general, .editorial])
        XCTAssertEqual(report.files[0].skipped, 1)
    }

    func testImport_formulasAreNeutralisedInTheStoreAndReadBackUnchanged() throws {
        let workspace = try Support.workspaceWithV1()
        let texts = ["=1+1", "+7 996", "-minus", "@handle", "'quoted", "''twice", "plain"]
        var text = "version,member,target,type,comment,proposal\n"
        for (index, value) in texts.enumerated() {
            text += "v1,ipr,A-01,general,\(value),=SUM(A\(index))\n"
        }
        try Support.importForms(workspace, [("f.csv", Data(text.utf8))])
        let stored = String(decoding: try XCTUnwrap(Support.bytes(workspace, CommentStore.commentsPath)), as: UTF8.self)
        for line in stored.split(separator: "\r\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            XCTAssertFalse(cells.contains { "=+-@".contains($0.first ?? " ") }, "a cell that runs as a formula: \(line)")
        }
        let contents = CommentStore(workspace: workspace).read()
        XCTAssertEqual(contents.diagnostics, [])
        XCTAssertEqual(contents.comments.map(\.text), texts)
        XCTAssertEqual(contents.comments.map(\.proposal), texts.indices.map { "=SUM(A\($0))" })
    }

    func testImport_aCrashBeforeTheRenameLeavesTheStoreAsItWas() throws {
        let workspace = try Support.workspaceWithV1()
        let rows = try filledForm(workspace, comments: [("A-01", "Kept")])
        try Support.importForms(workspace, [("a.csv", Data(Support.excelText(rows, separator: ",").utf8))])
        let before = Support.bytes(workspace, CommentStore.commentsPath)
        // What a process killed while writing leaves: a partial temporary file beside the store
        // (AtomicFile writes `.<name>.<pid>.partial` and renames only when it is complete).
        let partial = workspace.appendingPathComponent("comments/.comments.csv.99999.partial")
        try Data("id,version,member,target\nv1-ipr-002,v1,ipr,A-0".utf8).write(to: partial)
        let orphan = workspace.appendingPathComponent("comments/originals/.abc.csv.99999.partial")
        try Data("half".utf8).write(to: orphan)

        let contents = CommentStore(workspace: workspace).read()
        XCTAssertEqual(contents.diagnostics, [])
        XCTAssertEqual(contents.comments.map(\.id), ["v1-ipr-001"])
        XCTAssertEqual(Support.bytes(workspace, CommentStore.commentsPath), before)
        XCTAssertEqual(Workspace.open(workspace).errorCount, 0)

        // The next change, under the lock, clears what the dead process left.
        let next = try filledForm(workspace, comments: [("A-02", "Next")])
        try Support.importForms(workspace, [("b.csv", Data(Support.excelText(next, separator: ",").utf8))])
        XCTAssertFalse(FileManager.default.fileExists(atPath: partial.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: orphan.path))
        XCTAssertEqual(CommentStore(workspace: workspace).read().comments.map(\.id), ["v1-ipr-001", "v1-ipr-002"])
    }

    func testImport_isRefusedWhileTheStoreHasADamagedLine() throws {
        let workspace = try Support.workspaceWithV1()
        let rows = try filledForm(workspace, comments: [("A-01", "One"), ("A-02", "Two")])
        try Support.importForms(workspace, [("a.csv", Data(Support.excelText(rows, separator: ",").utf8))])
        let url = workspace.appendingPathComponent(CommentStore.commentsPath)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: ",general,Two,", with: ",generous,Two,")
        try Data(text.utf8).write(to: url)
        let damaged = try Data(contentsOf: url)

        let contents = CommentStore(workspace: workspace).read()
        XCTAssertEqual(contents.comments.map(\.id), ["v1-ipr-001"])
        XCTAssertEqual(contents.diagnostics.map(\.description), [
            "comments/comments.csv:3:25: error: 'generous' is not general, substantive or editorial [comments.store]",
        ])
        let more = try filledForm(workspace, comments: [("G1", "Three")])
        let failure = try XCTUnwrap(Support.importFailure(workspace, [("b.csv", Data(Support.excelText(more, separator: ",").utf8))]))
        XCTAssertTrue(failure.description.contains("repair"), failure.description)
        XCTAssertEqual(try Data(contentsOf: url), damaged, "the damaged line is not dropped by a rewrite")
        XCTAssertTrue(TestWorkspace.diagnostics(workspace).contains {
            $0.hasPrefix("comments/comments.csv:3:25: error:")
        })
    }

    func testImport_waitsForTheLockOrFailsClearly() throws {
        let workspace = try Support.workspaceWithV1()
        let rows = try filledForm(workspace, comments: [("A-01", "One")])
        let file = Data(Support.excelText(rows, separator: ",").utf8)
        let lock = try WorkspaceLock(workspace)
        XCTAssertThrowsError(try CommentStore(workspace: workspace).importForms(
            [(name: "a.csv", data: file)], date: Support.importDate, lockTimeout: 0.2)) { error in
            XCTAssertTrue("\(error)".contains("locked by another strategy command"), "\(error)")
        }
        XCTAssertNil(Support.bytes(workspace, CommentStore.commentsPath))
        withExtendedLifetime(lock) {}
    }
}
