import Foundation
@testable import StrategyKit
import XCTest

/// Workspaces with versions, comment forms, and forms filled in the way spreadsheets save them.
enum CommentTestSupport {
    static let v1Date = CalendarDate(year: 2023, month: 11, day: 20)!
    static let v2Date = CalendarDate(year: 2023, month: 12, day: 5)!
    static let importDate = CalendarDate(year: 2023, month: 11, day: 27)!

    /// A copy of `mini` with version `v1` cut from it.
    static func workspaceWithV1() throws -> URL {
        let workspace = try TestWorkspace.copyOfMini()
        try VersionStore(workspace: workspace).cut("v1", note: "Draft for the Coalition", date: v1Date)
        return workspace
    }

    /// The form of `member` on `version`, as the template command writes it.
    static func form(
        _ workspace: URL, version: String = "v1", member: String, language: String,
        encoding: CommentForm.Encoding = .utf8, separator: Character = ","
    ) throws -> Data {
        let opened = try VersionStore(workspace: workspace).open(version)
        let strategy = try XCTUnwrap(opened.strategy)
        let labels = try XCTUnwrap(opened.templates.languages[Language(language)]?.labels)
        let outline = ReviewOutline(strategy: strategy, templates: opened.templates)
        return try CommentForm.make(
            version: version, member: MemberID(member), outline: outline, language: Language(language), labels: labels,
            encoding: encoding, separator: separator
        ).get()
    }

    /// The header and rows of a CSV, as a spreadsheet shows them.
    static func cells(_ data: Data) throws -> [[String]] {
        let (table, diagnostics) = CSVReader.read(data, file: "form.csv")
        XCTAssertEqual(diagnostics, [])
        let read = try XCTUnwrap(table)
        return [read.header.map(\.value)] + read.rows.map { $0.fields.map(\.value) }
    }

    /// Types into the row whose third cell (section or entity) is `target`: paragraph, type,
    /// comment, proposed wording (the template's last four columns).
    static func fill(
        _ rows: inout [[String]], target: String, paragraph: String = "", type: String, comment: String,
        proposal: String = "", file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let index = rows.firstIndex(where: { $0.count > 2 && $0[2] == target }) else {
            XCTFail("no row for \(target)", file: file, line: line)
            return
        }
        rows[index][4] = paragraph
        rows[index][5] = type
        rows[index][6] = comment
        rows[index][7] = proposal
    }

    /// What Excel writes for "CSV": fields quoted only when they hold the separator, a quote or
    /// a line break; CRLF after every record.
    static func excelText(_ rows: [[String]], separator: Character) -> String {
        rows.map { row in
            row.map { cell in
                guard cell.contains(separator) || cell.contains("\"") || cell.contains("\n") else { return cell }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: String(separator))
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// What LibreOffice writes with "quote all text cells": every field quoted, LF line ends.
    static func libreOfficeText(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// Windows-1251 bytes from Foundation's own encoder, independent of the package's.
    static func cp1251(_ text: String) throws -> Data {
        try XCTUnwrap(text.data(using: .windowsCP1251), "Foundation cannot encode the text as Windows-1251")
    }

    /// UTF-8 with a byte order mark.
    static func utf8BOM(_ text: String) -> Data {
        Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// Imports files into `workspace` and returns the report, failing the test on an error.
    @discardableResult
    static func importForms(
        _ workspace: URL, _ files: [(String, Data)], date: CalendarDate = importDate,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> CommentImportReport {
        do {
            return try CommentStore(workspace: workspace).importForms(files.map { (name: $0.0, data: $0.1) }, date: date)
        } catch {
            XCTFail("import failed: \(error)\n\(error.diagnostics.map(\.description).joined(separator: "\n"))",
                    file: file, line: line)
            throw error
        }
    }

    /// The import's failure, failing the test when it succeeds.
    static func importFailure(_ workspace: URL, _ files: [(String, Data)]) -> CommentStore.Failure? {
        do {
            _ = try CommentStore(workspace: workspace).importForms(files.map { (name: $0.0, data: $0.1) }, date: importDate)
            XCTFail("the import succeeded")
            return nil
        } catch {
            return error
        }
    }

    /// The bytes of a workspace file, or nil.
    static func bytes(_ workspace: URL, _ path: String) -> Data? {
        FileManager.default.contents(atPath: workspace.appendingPathComponent(path).path)
    }
}
