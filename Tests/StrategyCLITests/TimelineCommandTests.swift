import Foundation
@testable import StrategyCLI
import XCTest

final class TimelineCommandTests: XCTestCase {
    func testTimeline_defaultIsTheActionPlanAsText() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["timeline", "--lang", "en"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("Action plan 2023–2026\n"), result.out)
        XCTAssertTrue(result.out.contains("  A-01 Report \"on LSG\" DPI  │············ ██████······"), result.out)
        XCTAssertEqual(result.err, "")
    }

    func testTimeline_contractWithTodayAndEveryFormat() throws {
        let project = try CLI.miniProject()
        let text = CLI.run(["timeline", "--plan", "contract", "--date", "2023-11-20"], in: project)
        XCTAssertEqual(text.status, 0, text.err)
        XCTAssertTrue(text.out.contains("Сегодня: 20 ноября 2023 г."), text.out)
        let svg = CLI.run(["timeline", "--plan", "contract", "--format", "svg", "--lang", "en"], in: project)
        XCTAssertEqual(svg.status, 0, svg.err)
        XCTAssertTrue(svg.out.hasPrefix("<?xml"))
        let csv = CLI.run(["timeline", "--format", "csv", "--group", "theme"], in: project)
        XCTAssertEqual(csv.status, 0, csv.err)
        XCTAssertTrue(csv.out.hasPrefix("\u{FEFF}id,label,start,end,lead,kind,group\r\n"))
        let ics = CLI.run(["timeline", "--format", "ics"], in: project)
        XCTAssertEqual(ics.status, 0, ics.err)
        XCTAssertTrue(ics.out.hasPrefix("BEGIN:VCALENDAR\r\n"))
    }

    func testTimeline_outWritesAtomicallyCreatingTheFolder() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["timeline", "--format", "ics", "--out", "cal/new/strategy.ics"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "Wrote cal/new/strategy.ics\n")
        let written = try Data(contentsOf: project.appendingPathComponent("cal/new/strategy.ics"))
        XCTAssertEqual(written, Data(CLI.run(["timeline", "--format", "ics"], in: project).out.utf8))
    }

    func testTimeline_helpExitsZero() {
        let result = CLI.run(["timeline", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.hasPrefix("OVERVIEW: "))
        XCTAssertTrue(result.out.contains("--plan <plan>"))
        XCTAssertEqual(CLI.run(["help", "timeline"]).out, result.out)
        XCTAssertTrue(CLI.run(["--help"]).out.contains("  timeline "))
    }

    func testTimeline_usageErrorsExit64() throws {
        let project = try CLI.miniProject()
        for arguments in [
            ["--plan", "budget"], ["--format", "pdf"], ["--group", "year"], ["--date", "2023-02-30"],
            ["--plan", "contract", "--group", "member"], ["--lang", "de"], ["--colour"], ["--out"],
        ] {
            let result = CLI.run(["timeline"] + arguments, in: project)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix("Error: "), result.err)
            XCTAssertTrue(result.err.contains("See 'strategy timeline --help'"), result.err)
            XCTAssertEqual(result.out, "")
        }
    }

    func testTimeline_workspaceErrorsExit1() throws {
        let project = try CLI.miniProject()
        let missing = CLI.run(["timeline", "--workspace", "nowhere"], in: project)
        XCTAssertEqual(missing.status, 1, missing.err)
        let actions = project.appendingPathComponent("strategy/actions.csv")
        let text = try String(contentsOf: actions, encoding: .utf8)
        try text.replacingOccurrences(of: "2024-03-15", with: "2024-03-45").write(to: actions, atomically: true, encoding: .utf8)
        let broken = CLI.run(["timeline", "--format", "svg"], in: project)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.err.contains("actions.csv:3:"), broken.err)
        XCTAssertFalse(broken.out.contains("<svg"))
    }

    func testTimeline_contractPlanWithoutContractExits1() throws {
        let project = try CLI.miniProject()
        try FileManager.default.removeItem(at: project.appendingPathComponent("strategy/contract.json"))
        let result = CLI.run(["timeline", "--plan", "contract"], in: project)
        XCTAssertEqual(result.status, 1, result.err + result.out)
    }
}
