import Foundation
@testable import StrategyCLI
import StrategyKit
import XCTest

final class CommentsCommandTests: XCTestCase {
    private let v1Date = CalendarDate(year: 2023, month: 11, day: 20)!

    /// A project folder (`strategy/` from the mini fixture) with version v1.
    private func project() throws -> URL {
        let root = try CLI.miniProject()
        try VersionStore(workspace: root.appendingPathComponent("strategy")).cut("v1", note: "Draft", date: v1Date)
        return root
    }

    private func store(_ project: URL) -> CommentStore {
        CommentStore(workspace: project.appendingPathComponent("strategy"))
    }

    /// The cells of a form file, parsed as a spreadsheet would.
    private func cells(_ url: URL) throws -> [[String]] {
        let (table, diagnostics) = CSVReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
        XCTAssertEqual(diagnostics, [])
        let read = try XCTUnwrap(table)
        return [read.header.map(\.value)] + read.rows.map { $0.fields.map(\.value) }
    }

    /// Rows written as Excel writes them, with `separator`.
    private func excel(_ rows: [[String]], separator: Character) -> String {
        rows.map { row in
            row.map { cell in
                guard cell.contains(separator) || cell.contains("\"") || cell.contains("\n") else { return cell }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: String(separator))
        }.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: Help and usage

    func testHelp_everySubcommandHasIt() {
        for arguments in [["comments"], ["comments", "--help"], ["help", "comments"]] {
            let result = CLI.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.out.contains("USAGE: strategy comments <subcommand>"), result.out)
            XCTAssertTrue(result.out.contains("SUBCOMMANDS:"), result.out)
        }
        for name in ["template", "import", "list", "resolve", "matrix"] {
            for arguments in [["comments", name, "--help"], ["help", "comments", name], ["comments", "help", name]] {
                let result = CLI.run(arguments)
                XCTAssertEqual(result.status, 0, "\(arguments)")
                XCTAssertTrue(result.out.hasPrefix("OVERVIEW: "), result.out)
                XCTAssertTrue(result.out.contains("USAGE: strategy comments \(name)"), result.out)
                XCTAssertTrue(result.out.contains("EXAMPLES:"), result.out)
            }
        }
        XCTAssertTrue(CLI.run(["--help"]).out.contains("  comments "))
    }

    func testUsageErrors_exit64WithTheUsageLine() throws {
        let project = try project()
        let cases: [([String], String)] = [
            (["comments", "frobnicate"], "unknown subcommand 'frobnicate'"),
            (["help", "comments", "frobnicate"], "unknown subcommand 'comments frobnicate'"),
            (["comments", "template", "--member", "ipr"], "missing '--version <name>'"),
            (["comments", "template", "--version", "v1", "--member", "ipr", "--encoding", "latin1"], "unknown encoding 'latin1'"),
            (["comments", "template", "--version", "v1", "--member", "ipr", "--separator", "|"], "the separator must be"),
            (["comments", "template", "--version", "v1", "--member", "ipr", "--encoding", "cp1251", "--out", "-"],
             "a Windows-1251 form cannot go to standard output"),
            (["comments", "import"], "missing the form(s) to import"),
            (["comments", "import", "a.csv", "--wait", "soon"], "'soon' is not a number of seconds"),
            (["comments", "list", "--status", "closed"], "unknown status 'closed'"),
            (["comments", "resolve", "v1-ipr-001", "--decision", "maybe", "--response", "x"], "unknown decision 'maybe'"),
            (["comments", "resolve", "v1-ipr-001", "--decision", "noted"], "missing '--response <text>'"),
            (["comments", "resolve", "--decision", "noted", "--response", "x"], "missing the comment id"),
            (["comments", "resolve", "a", "b", "--decision", "noted", "--response", "x"], "unexpected argument 'b'"),
            (["comments", "resolve", "v1-ipr-001", "--decision", "noted", "--response", "x", "--lang", "de"],
             "language 'de' is not one of the workspace's: ru, en"),
            (["comments", "resolve", "v1-ipr-001", "--decision", "noted", "--response", "x", "--date", "2023-02-30"],
             "'2023-02-30' is not a date"),
            (["comments", "matrix", "--version", "v1", "--out", "m.md"], "--out writes one file"),
            (["comments", "matrix", "--version", "v1", "--format", "pdf"], "unknown format 'pdf'"),
            (["comments", "matrix", "--version", "v1", "--lang", "de"], "language 'de' is not one of the version's"),
        ]
        for (arguments, message) in cases {
            let result = CLI.run(arguments, in: project)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.contains("Error: \(message)"), "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.contains("Usage: strategy"), result.err)
            XCTAssertEqual(result.out, "")
        }
    }

    // MARK: The loop, in-process

    func testLoop_templateImportListResolveMatrixAndCheck() throws {
        let project = try project()
        let template = CLI.run(["comments", "template", "--version", "v1", "--member", "ipr", "--encoding", "cp1251",
                                "--out", "ipr.csv"], in: project)
        XCTAssertEqual(template.status, 0, template.err)
        XCTAssertTrue(template.out.hasPrefix("wrote ipr.csv: "), template.out)
        XCTAssertTrue(template.out.contains("(cp1251, ';', ru)"), template.out)
        let byDefault = CLI.run(["comments", "template", "--version", "v1", "--member", "smsu"], in: project)
        XCTAssertEqual(byDefault.out.components(separatedBy: ":").first, "wrote exports/ru/comments-form-v1-smsu.csv")

        var rows = try cells(project.appendingPathComponent("ipr.csv"))
        for (index, row) in rows.enumerated() where row[2] == "A-01" || row[2] == "sec.situation" {
            rows[index][5] = "общее"
            rows[index][6] = row[2] == "A-01" ? "=2+2" : "Добавить; уточнить"
        }
        let filled = project.appendingPathComponent("ipr-filled.csv")
        try XCTUnwrap(excel(rows, separator: ";").data(using: .windowsCP1251)).write(to: filled)

        let imported = CLI.run(["comments", "import", "ipr-filled.csv", "--date", "2023-11-27"], in: project)
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertEqual(imported.out, """
            ipr-filled.csv: 2 new (v1-ipr-001 … v1-ipr-002), \(rows.count - 3) empty template rows skipped
            recorded 2 comments

            """)
        let again = CLI.run(["comments", "import", "ipr-filled.csv", "--json"], in: project)
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertTrue(again.out.contains("\"importedBefore\" : true"), again.out)
        XCTAssertTrue(again.out.contains("\"duplicates\" : 2"), again.out)
        XCTAssertTrue(again.out.contains("\"imported\" : [\n\n      ]"), again.out)

        let list = CLI.run(["comments", "list"], in: project)
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(list.out, """
            v1-ipr-001  open      sec.situation  general      Добавить; уточнить
            v1-ipr-002  open      A-01           general      =2+2
            2 comments: 2 open

            """)
        let check = CLI.run(["check"], in: project)
        XCTAssertEqual(check.status, 0)
        XCTAssertTrue(check.err.contains("warning: version v1 has 2 open comments: v1-ipr-001, v1-ipr-002 [comments.open]"),
                      check.err)
        XCTAssertEqual(CLI.run(["check", "--strict"], in: project).status, 1)

        let resolve = CLI.run(["comments", "resolve", "v1-ipr-002", "--decision", "rejected", "--response", "Нет",
                               "--date", "2023-11-30"], in: project)
        XCTAssertEqual(resolve.status, 0, resolve.err)
        XCTAssertEqual(resolve.out, "v1-ipr-002: rejected on 2023-11-30, response in ru\n")
        let overwrite = CLI.run(["comments", "resolve", "v1-ipr-002", "--decision", "accepted", "--response", "Да"],
                                in: project)
        XCTAssertEqual(overwrite.status, 1)
        XCTAssertTrue(overwrite.err.contains("Error: v1-ipr-002 was already decided 'rejected' on 2023-11-30"), overwrite.err)
        let translated = CLI.run(["comments", "resolve", "v1-ipr-002", "--decision", "rejected", "--lang", "en",
                                  "--response", "No"], in: project)
        XCTAssertEqual(translated.out, "v1-ipr-002: added the en response to the rejected decision\n")
        let changed = CLI.run(["comments", "resolve", "v1-ipr-002", "--decision", "accepted", "--response", "Да",
                               "--date", "2023-12-01", "--change"], in: project)
        XCTAssertEqual(changed.status, 0, changed.err)
        XCTAssertTrue(changed.out.hasPrefix("v1-ipr-002: rejected → accepted on 2023-12-01"), changed.out)
        let unknown = CLI.run(["comments", "resolve", "v1-ipr-020", "--decision", "noted", "--response", "x"], in: project)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.err.contains("there is no comment 'v1-ipr-020'"), unknown.err)

        let accepted = CLI.run(["comments", "list", "--status", "accepted", "--json"], in: project)
        XCTAssertTrue(accepted.out.contains("\"replaced\" : [\n      \"rejected\"\n    ]"), accepted.out)
        XCTAssertTrue(CLI.run(["comments", "list", "--member", "smsu"], in: project).out.hasSuffix("0 comments\n"))

        let matrix = CLI.run(["comments", "matrix", "--version", "v1", "--format", "md,csv,html,docx"], in: project)
        XCTAssertEqual(matrix.status, 0, matrix.err)
        XCTAssertEqual(matrix.out.split(separator: "\n").count, 8)
        for path in ["ru/comments-v1.md", "en/comments-v1.csv", "ru/comments-v1.html", "en/comments-v1.docx"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: project.appendingPathComponent("exports/\(path)").path), path)
        }
        let csv = try String(contentsOf: project.appendingPathComponent("exports/ru/comments-v1.csv"), encoding: .utf8)
        XCTAssertTrue(csv.contains(",'=2+2,"), csv)
        let single = CLI.run(["comments", "matrix", "--version", "v1", "--lang", "en", "--out", "-"], in: project)
        XCTAssertTrue(single.out.hasPrefix("# Comments on version v1 and their disposition\n"), single.out)
        XCTAssertEqual(CLI.run(["comments", "matrix", "--version", "v7"], in: project).status, 1)
    }

    func testImport_aBadFileExitsOneListsEveryProblemAndRecordsNothing() throws {
        let project = try project()
        try Data("version,member,target,type,comment\nv1,ipr,A-99,general,x\nv1,ipr,A-01,sometimes,y\n".utf8)
            .write(to: project.appendingPathComponent("bad.csv"))
        try Data("version,member,target,type,comment\nv1,ipr,A-01,general,fine\n".utf8)
            .write(to: project.appendingPathComponent("good.csv"))
        let result = CLI.run(["comments", "import", "good.csv", "bad.csv"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.contains("bad.csv:2:8: error: version v1 has no section or entity 'A-99'"), result.err)
        XCTAssertTrue(result.err.contains("bad.csv:3:13: error: 'sometimes' is not a type of comment"), result.err)
        XCTAssertTrue(result.err.contains("2 errors, 0 warnings\nError: nothing was imported: 1 of 2 file(s) have errors"),
                      result.err)
        XCTAssertEqual(store(project).read().comments.count, 0)
        XCTAssertEqual(CLI.run(["comments", "import", "missing.csv"], in: project).status, 1)
    }

    // MARK: The lock

    func testLock_aSecondCommandWaitsOrFailsClearlyAndNothingIsLost() throws {
        let project = try project()
        let workspace = project.appendingPathComponent("strategy")
        try Data("version,member,target,type,comment\nv1,ipr,A-01,general,one\n".utf8)
            .write(to: project.appendingPathComponent("a.csv"))
        do {
            let lock = try WorkspaceLock(workspace)
            let result = CLI.run(["comments", "import", "a.csv", "--wait", "0.3"], in: project)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.err.contains("Error: the workspace is locked by another strategy command"), result.err)
            XCTAssertNil(FileManager.default.contents(atPath: workspace.appendingPathComponent(CommentStore.commentsPath).path))
            let resolve = CLI.run(["comments", "resolve", "v1-ipr-001", "--decision", "noted", "--response", "x",
                                   "--wait", "0"], in: project)
            XCTAssertEqual(resolve.status, 1)
            XCTAssertTrue(resolve.err.contains("locked"), resolve.err)
            withExtendedLifetime(lock) {}
        }
        // Held by another thread for a second: the import waits for it, then goes ahead.
        let holding = expectation(description: "lock taken")
        let holder = Thread {
            guard let lock = try? WorkspaceLock(workspace) else { return }
            holding.fulfill()
            Thread.sleep(forTimeInterval: 1)
            withExtendedLifetime(lock) {}
        }
        holder.start()
        wait(for: [holding], timeout: 5)
        let start = Date()
        let result = CLI.run(["comments", "import", "a.csv"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertGreaterThan(Date().timeIntervalSince(start), 0.5, "it waited for the lock")
        XCTAssertEqual(store(project).read().comments.map(\.id), ["v1-ipr-001"])
    }

    func testListLine_isTheFirstNonEmptyLineAsCharactersSplitIt() {
        let texts = ["", "\n", "\n\nТретья строка\nещё", "one", "a\r\nb\nc", "\r\nx\ny", "a\rb\nc", "й\u{301}\nz",
                     "«Цитата» — 👍🏽 и т. д.\n2", "\n\r\n", "x\n"]
        for text in texts {
            let reference = text.split(separator: "\n").first.map(String.init) ?? ""
            XCTAssertEqual(CommentsListCommand.firstLine(text), reference, text.debugDescription)
        }
    }
}

/// The Excel form through the CLI: template, usage errors, import beside a CSV.
final class CommentsWorkbookCommandTests: XCTestCase {
    func testTemplateXLSX_thenImport_andItsUsageErrors() throws {
        let project = try CLI.miniProject()
        try VersionStore(workspace: project.appendingPathComponent("strategy"))
            .cut("v1", note: "Draft", date: CalendarDate(year: 2023, month: 11, day: 20) ?? .epoch)
        let template = CLI.run(["comments", "template", "--version", "v1", "--member", "ipr", "--format", "xlsx"], in: project)
        XCTAssertEqual(template.status, 0, template.err)
        XCTAssertEqual(template.out, "wrote exports/ru/comments-form-v1-ipr.xlsx: 31 rows for ipr on v1 (Excel workbook, ru)\n")
        let form = project.appendingPathComponent("exports/ru/comments-form-v1-ipr.xlsx")
        let (sheets, diagnostics) = XLSXTableReader.read(try Data(contentsOf: form), file: "f.xlsx")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(sheets.map(\.name), ["Замечания", "Разделы и элементы", "Как заполнить"])
        for (arguments, message) in [
            (["--format", "pdf"], "unknown format 'pdf' (one of: csv, xlsx)"),
            (["--format", "xlsx", "--encoding", "cp1251"], "--encoding and --separator apply to a CSV form"),
            (["--format", "xlsx", "--out", "-"], "a workbook cannot go to standard output"),
        ] {
            let result = CLI.run(["comments", "template", "--version", "v1", "--member", "ipr"] + arguments, in: project)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertTrue(result.err.contains(message), result.err)
        }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StrategyKitTests/Fixtures/XLSX/comments-ru-openpyxl.xlsx")
        let imported = CLI.run(["comments", "import", fixture.path, "--date", "2023-11-27"], in: project)
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.contains(": 3 new (v1-ipr-001 … v1-ipr-003), 78 empty template rows skipped"), imported.out)
    }

    func testBudgetXLSX_needsOut_andWritesAWorkbook() throws {
        let project = try CLI.miniProject()
        let missing = CLI.run(["budget", "--format", "xlsx"], in: project)
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.err.contains("--format xlsx writes a workbook: give --out <file>"), missing.err)
        XCTAssertEqual(CLI.run(["budget", "--out", "b.xlsx"], in: project).status, 64)
        let written = CLI.run(["budget", "--by", "member", "--format", "xlsx", "--out", "b.xlsx"], in: project)
        XCTAssertEqual(written.status, 0, written.err)
        let (sheets, diagnostics) = XLSXTableReader.read(
            try Data(contentsOf: project.appendingPathComponent("b.xlsx")), file: "b.xlsx")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(sheets.first?.table?.header.first?.value, "Член Коалиции")
    }
}
