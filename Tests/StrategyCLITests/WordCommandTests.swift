import Foundation
@testable import StrategyCLI
import StrategyKit
import XCTest

/// The Word side of the review loop as a user runs it: the review copy, its import, the
/// redline, and their usage errors.
final class WordCommandTests: XCTestCase {
    private func project() throws -> URL {
        let root = try CLI.miniProject()
        try VersionStore(workspace: root.appendingPathComponent("strategy"))
            .cut("v1", note: "Draft", date: CalendarDate(year: 2023, month: 11, day: 20)!)
        return root
    }

    func testUsageErrors_exit64() throws {
        let project = try project()
        let cases: [([String], String)] = [
            (["comments", "template", "--version", "v1", "--member", "ipr", "--format", "pdf"], "unknown format 'pdf'"),
            (["comments", "template", "--version", "v1", "--member", "ipr", "--format", "docx", "--encoding", "cp1251"],
             "--encoding is for the CSV form"),
            (["comments", "template", "--version", "v1", "--member", "ipr", "--redline-since", "v0"],
             "--redline-since is for --format docx"),
            (["comments", "template", "--version", "v1", "--member", "ipr", "--format", "docx", "--out", "-"],
             "a DOCX review copy cannot go to standard output"),
            (["version", "diff", "v1", "--redline"], "--redline needs --format docx"),
            (["version", "diff", "v1", "--format", "docx", "--author", "X", "--out", "x.docx"], "--author is for --redline"),
        ]
        for (arguments, message) in cases {
            let result = CLI.run(arguments, in: project)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.contains("Error: \(message)"), "\(arguments): \(result.err)")
        }
    }

    func testReviewCopyImportAndRedline_endToEnd() throws {
        let project = try project()
        let copy = project.appendingPathComponent("ipr-v1.docx")
        var result = CLI.run(["comments", "template", "--version", "v1", "--member", "ipr", "--format", "docx",
                              "--lang", "en", "--out", copy.path], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("the review copy of v1 for ipr (en)"), result.out)
        // A file that is not a Word document: exit 1, nothing recorded.
        let broken = project.appendingPathComponent("broken.docx")
        try Data("PK\u{3}\u{4}not really".utf8).write(to: broken)
        result = CLI.run(["comments", "import", broken.path, "--date", "2023-11-27"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("broken.docx") && result.err.contains("comments.docx-unreadable"), result.err)
        // The copy as it was sent (no comments yet): nothing to record, exit 0.
        result = CLI.run(["comments", "import", copy.path, "--date", "2023-11-27"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("nothing new was recorded"), result.out)
        // The redline of the workspace (edited) against v1.
        try TestFiles.replace(in: project.appendingPathComponent("strategy/prose/en/situation.md"),
                              "Section situation.", with: "Section situation, revised.")
        let redline = project.appendingPathComponent("redline.docx")
        result = CLI.run(["version", "diff", "v1", "--format", "docx", "--redline", "--lang", "en", "--author", "A. Consultant",
                          "--out", redline.path], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        let bytes = try Data(contentsOf: redline)
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B])
    }
}

private enum TestFiles {
    static func replace(in url: URL, _ old: String, with new: String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }
}
