import Foundation
@testable import StrategyKit
import XCTest

/// The mini fixture (or an edited copy) opened with its labels, for timeline tests.
struct TimelineFixture {
    let strategy: Strategy
    let templates: TemplateSet

    static func mini(file: StaticString = #filePath, line: UInt = #line) throws -> TimelineFixture {
        try open(TestWorkspace.fixture("mini"), file: file, line: line)
    }

    static func open(_ workspace: URL, file: StaticString = #filePath, line: UInt = #line) throws -> TimelineFixture {
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.errorCount, 0, "\(opened.diagnostics)", file: file, line: line)
        return TimelineFixture(strategy: try XCTUnwrap(opened.strategy, file: file, line: line), templates: opened.templates)
    }

    func labels(_ code: String) -> Labels { templates.languages[Language(code)]?.labels ?? Labels([:], path: "") }

    func strategyPlan(_ code: String, groupBy grouping: Timeline.Grouping = .objective) -> Timeline {
        Timeline.strategyPlan(strategy, language: Language(code), labels: labels(code), groupBy: grouping)
    }

    func contractPlan(_ code: String) throws -> Timeline {
        try XCTUnwrap(Timeline.contractPlan(strategy, language: Language(code), labels: labels(code)))
    }

    func ics(_ code: String) -> String {
        TimelineICS.render(strategy, language: Language(code), labels: labels(code))
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(text) ?? .epoch }
}
