import Foundation
@testable import StrategyCLI
import XCTest

/// `strategy portal import | report | targets`: every exit status, in-process.
final class PortalCommandTests: XCTestCase {
    /// A temporary folder with a copy of the shipped workspace as `strategy/` and the shipped
    /// templates, and the example export beside them; the example Portal data imported only
    /// when `withData` (the shipped workspace has none).
    private func project(withData: Bool) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("strategy-portal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLI.packageRoot.appendingPathComponent("strategy"), to: root.appendingPathComponent("strategy"))
        try FileManager.default.copyItem(
            at: CLI.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let fixture = CLI.packageRoot.appendingPathComponent("Tests/StrategyKitTests/Fixtures/portal-example/portal")
        try FileManager.default.copyItem(
            at: fixture.appendingPathComponent(Self.example), to: root.appendingPathComponent(Self.example))
        if withData {
            try FileManager.default.copyItem(at: fixture, to: root.appendingPathComponent("strategy/portal"))
        }
        return root
    }

    static let example = "portal-export-2022-EXAMPLE-not-real-figures.csv"

    private func write(_ text: String, to file: String, in root: URL) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(file))
    }

    func testHelp_everySubcommand() {
        for arguments in [["portal"], ["portal", "--help"], ["portal", "import", "--help"], ["portal", "report", "-h"],
                          ["portal", "targets", "--help"], ["help", "portal", "report"]] {
            let result = CLI.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.out.hasPrefix("OVERVIEW: "), "\(arguments)")
            XCTAssertEqual(result.err, "")
        }
        XCTAssertTrue(CLI.run(["--help"]).out.contains("  portal "))
    }

    func testUsageErrors_exit64() throws {
        let root = try project(withData: true)
        let cases: [([String], String)] = [
            (["portal", "nope"], "Error: unknown subcommand 'nope'"),
            (["portal", "import"], "Error: missing the export: a CSV file or an http(s) URL"),
            (["portal", "import", "a.csv", "b.csv"], "Error: unexpected argument 'b.csv'"),
            (["portal", "import", "a.csv", "--timeout", "soon"], "Error: 'soon' is not a number of seconds between 0 and 3600"),
            (["portal", "report", "--month", "2022-13"], "Error: '2022-13' is not a month (YYYY-MM)"),
            (["portal", "report", "--format", "pdf"], "Error: unknown format 'pdf' (one of: text, md, html, csv)"),
            (["portal", "report", "--json", "--format", "md"], "Error: give either '--json' or '--format', not both"),
            (["portal", "report", "--lang", "de"], "Error: language 'de' is not one of the workspace's: ru, en"),
            (["portal", "targets", "--bogus"], "Error: unknown option '--bogus'"),
        ]
        for (arguments, message) in cases {
            let result = CLI.run(arguments, in: root)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertEqual(result.err.components(separatedBy: "\n").first, message, "\(arguments)")
            XCTAssertEqual(result.out, "")
        }
    }

    func testImport_thenAgain_thenReport() throws {
        let root = try project(withData: false)
        let first = CLI.run(["portal", "import", Self.example, "--date", "2023-01-15"], in: root)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertEqual(first.out, """
            Imported \(Self.example): 430 rows (utf8-bom, ';'), 430 added, 0 already imported.
            The export is kept as strategy/portal/imports/0129412a755e9ddb0ccf99f83357bd05b410a146856c3cea7ccb03e077ca51a1.csv.
            430 of its rows are marked as an example: they are not the Portal's real figures.

            """)
        let again = CLI.run(["portal", "import", Self.example, "--date", "2023-01-15"], in: root)
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.out.hasPrefix("Imported \(Self.example): 430 rows (utf8-bom, ';'), 0 added, 430 already imported; nothing changed.\n"))
        XCTAssertEqual(CLI.run(["check"], in: root).out, "0 errors, 0 warnings\n")

        let report = CLI.run(["portal", "report", "--lang", "en", "--month", "2022-06"], in: root)
        XCTAssertEqual(report.status, 0, report.err)
        XCTAssertTrue(report.out.hasPrefix("Portal targets: report for June 2022\n"))
        XCTAssertTrue(report.out.contains("EXAMPLE DATA: 430 of 430 rows are marked as an example."))
        XCTAssertTrue(report.out.contains("pt.lsg-bodies-2"))
        let json = CLI.run(["portal", "report", "--json"], in: root)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        XCTAssertEqual(object?["month"] as? String, "2022-12")
        let csv = CLI.run(["portal", "report", "--format", "csv", "--lang", "ru"], in: root)
        XCTAssertTrue(csv.out.hasPrefix("\u{FEFF}month,target,"))
        XCTAssertTrue(csv.out.contains(",missed,не выполнено,"))
        let html = CLI.run(["portal", "report", "--format", "html"], in: root)
        XCTAssertTrue(html.out.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.out.contains("ПРИМЕР ДАННЫХ"))
        let md = CLI.run(["portal", "report", "--format", "md", "--month", "2023-01"], in: root)
        XCTAssertTrue(md.out.contains("| п. 1 | Не менее 2 ключевых целевых аудиторий"))
    }

    func testImport_badRows_exit1_withLineAndColumn_andNothingImported() throws {
        let root = try project(withData: false)
        try write("date;metric;value;audience\n2022-01-05;portal.audiences-informed;1;pa.lgs\n31.02.2022;portal.client-requests-handled;1;\n",
                  to: "bad.csv", in: root)
        let result = CLI.run(["portal", "import", "bad.csv"], in: root)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, """
            bad.csv:2:40: error: row 2 names unknown audience 'pa.lgs' (did you mean 'pa.lsg'?) [portal.unknown-audience]
            bad.csv:3:1: error: '31.02.2022' is not a date (YYYY-MM-DD or DD.MM.YYYY that exists) [value.date]
            Error: nothing was imported: bad.csv has 2 errors

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("strategy/portal").path))
    }

    func testImport_failures_exit1() throws {
        let root = try project(withData: false)
        let missing = CLI.run(["portal", "import", "nowhere.csv"], in: root)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "Error: cannot read nowhere.csv: no such file\n")
        let refused = CLI.run(["portal", "import", "http://127.0.0.1:9/export.csv", "--timeout", "2"], in: root)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.hasPrefix("Error: cannot download http://127.0.0.1:9/export.csv: "), refused.err)
        XCTAssertTrue(refused.err.hasSuffix("; nothing was imported\n"), refused.err)
        let noWorkspace = CLI.run(["portal", "import", Self.example, "--workspace", "elsewhere"], in: root)
        XCTAssertEqual(noWorkspace.status, 1)
        XCTAssertEqual(noWorkspace.err, "Error: there is no workspace folder at elsewhere\n")
    }

    func testReportAndTargets_withoutAPlan_exit1() throws {
        let root = try project(withData: false)
        try FileManager.default.removeItem(at: root.appendingPathComponent("strategy/portal-targets.json"))
        for subcommand in ["report", "targets"] {
            let result = CLI.run(["portal", subcommand], in: root)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.err, "Error: the workspace has no portal-targets.json, so there are no Portal targets to report on\n")
        }
    }

    func testReport_withoutData_saysSo() throws {
        let root = try project(withData: false)
        let result = CLI.run(["portal", "report", "--lang", "en"], in: root)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.contains("No Portal data has been imported yet (strategy portal import FILE|URL)"))
    }

    func testTargets_listThePlan() throws {
        let root = try project(withData: false)
        let text = CLI.run(["portal", "targets", "--lang", "en"], in: root)
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.out.contains("pt.lsg-bodies-2"))
        XCTAssertTrue(text.out.contains("130 by 30 December 2022 (40 + 90)"))
        let json = CLI.run(["portal", "targets", "--json"], in: root)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        XCTAssertEqual((object?["targets"] as? [Any])?.count, 17)
        XCTAssertEqual((object?["audiences"] as? [Any])?.count, 9)
    }
}
