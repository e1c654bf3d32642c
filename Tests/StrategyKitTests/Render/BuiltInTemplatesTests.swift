import Foundation
@testable import StrategyKit
import XCTest

/// The compiled-in templates are the shipped `templates/` folder, byte for byte.
final class BuiltInTemplatesTests: XCTestCase {
    private static let source = TestWorkspace.packageRoot
        .appendingPathComponent("Sources/StrategyKit/Render/Templates/BuiltInTemplates.swift")

    private func filesOnDisk() throws -> [String: String] {
        let folder = TestWorkspace.packageRoot.appendingPathComponent("templates")
        var files: [String: String] = [:]
        for code in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            for name in [TemplateSet.FileName.labels, TemplateSet.FileName.strategy]
                + PaperworkKind.allCases.map(TemplateSet.FileName.document) {
                let url = folder.appendingPathComponent("\(code)/\(name)")
                // The paperwork templates are optional in a templates folder.
                guard name == TemplateSet.FileName.labels || name == TemplateSet.FileName.strategy
                    || FileManager.default.fileExists(atPath: url.path) else { continue }
                files["\(code)/\(name)"] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return files
    }

    static func generate(_ files: [String: String]) -> String {
        var lines = [
            "// Generated from templates/ by BuiltInTemplatesTests; do not edit.",
            "// Re-generate with STRATEGY_RECORD_GOLDEN=1 swift test --filter BuiltInTemplatesTests.",
            "",
            "/// The shipped templates, compiled in so the binary works outside the repository.",
            "enum BuiltInTemplates {",
            "    /// File contents by path inside `templates/`.",
            "    static let files: [String: String] = [",
        ]
        for path in files.keys.sorted() {
            lines.append("        \"\(path)\": ##\"\"\"")
            lines.append(files[path] ?? "")
            lines.append("\"\"\"##,")
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    func testBuiltIn_equalsTheTemplatesFolder() throws {
        let files = try filesOnDisk()
        if ProcessInfo.processInfo.environment["STRATEGY_RECORD_GOLDEN"] == "1" {
            try Data(Self.generate(files).utf8).write(to: Self.source)
            XCTFail("recorded BuiltInTemplates.swift, re-run")
            return
        }
        XCTAssertEqual(BuiltInTemplates.files, files,
                       "templates/ changed: regenerate with STRATEGY_RECORD_GOLDEN=1")
    }

    func testBuiltIn_hasNoDiagnostics() {
        let (set, diagnostics) = TemplateSet.builtIn()
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.languages.keys.map(\.code).sorted(), ["en", "ru"])
    }
}
