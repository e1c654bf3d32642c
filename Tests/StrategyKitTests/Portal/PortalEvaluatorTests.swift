import Foundation
@testable import StrategyKit
import XCTest

/// Each kind of target on its boundaries, and a trend that turns "at risk".
final class PortalEvaluatorTests: XCTestCase {
    typealias F = PortalFixture

    // MARK: Monthly minimum

    func testMonthly_exactlyTwoInTheMonth_isMet_oneIsMissed() {
        let target = F.target("pt.requests", metric: "m", .monthly(minimum: 2, countsAudiences: false))
        // The first and the last day of June count for June; 31 May and 1 July do not.
        let edges = [F.row("2022-05-31", "m"), F.row("2022-06-01", "m"), F.row("2022-06-30", "m"), F.row("2022-07-01", "m")]
        XCTAssertEqual(F.evaluate(target, edges, in: "2022-06").actual, 2)
        XCTAssertEqual(F.status(target, edges, in: "2022-06"), .met)
        XCTAssertEqual(F.status(target, Array(edges.dropFirst(2)), in: "2022-06"), .missed)
        // A value of 2 on one row is 2 in the month.
        XCTAssertEqual(F.status(target, [F.row("2022-06-15", "m", 2), F.row("2022-07-01", "m")], in: "2022-06"), .met)
    }

    func testMonthly_countsDistinctAudiences_notMessages() {
        let target = F.target("pt.informed", metric: "m", .monthly(minimum: 2, countsAudiences: true))
        let same = [F.row("2022-03-01", "m", audience: "pa.lsg"), F.row("2022-03-20", "m", 3, audience: "pa.lsg")]
        XCTAssertEqual(F.evaluate(target, same, in: "2022-03").actual, 1)
        XCTAssertEqual(F.status(target, same, in: "2022-03"), .missed)
        let two = same + [F.row("2022-03-25", "m", audience: "pa.donors")]
        XCTAssertEqual(F.status(target, two, in: "2022-03"), .met)
        // A row with value 0 informed no one.
        let zero = same + [F.row("2022-03-25", "m", 0, audience: "pa.donors")]
        XCTAssertEqual(F.status(target, zero, in: "2022-03"), .missed)
    }

    func testMonthly_monthTheDataDoesNotReach_isAtRiskOnlyWhenTheAverageFallsShort() {
        let target = F.target("pt.requests", metric: "m", .monthly(minimum: 2, countsAudiences: false))
        let good = F.monthly("m", [2, 3, 2])
        XCTAssertEqual(F.status(target, good, in: "2022-04"), .notYetDue)
        XCTAssertNil(F.evaluate(target, good, in: "2022-04").actual)
        let poor = F.monthly("m", [2, 1, 1, 2])
        XCTAssertEqual(F.status(target, poor, in: "2022-05"), .atRisk, "1.3 a month over Feb–Apr")
        XCTAssertEqual(F.status(target, poor, in: "2022-01"), .met)
        XCTAssertEqual(F.status(target, [], in: "2022-04"), .notYetDue, "no data at all: no trend")
    }

    func testMonthly_beforeAndAfterThePlan() {
        let target = F.target("pt.requests", metric: "m", .monthly(minimum: 2, countsAudiences: false))
        let rows = F.monthly("m", Array(repeating: 2, count: 12)) + [F.row("2021-12-05", "m")]
        XCTAssertEqual(F.status(target, rows, in: "2021-12"), .notYetDue)
        let after = F.evaluate(target, rows, in: "2023-02")
        XCTAssertEqual(after.status, .met)
        XCTAssertEqual(after.actual, 12)
        XCTAssertEqual(after.required, 12)
        var one = rows
        one.removeAll { $0.date == CalendarDate("2022-08-10") }
        XCTAssertEqual(F.status(target, one + [F.row("2022-08-11", "m")], in: "2023-02"), .missed)
    }

    // MARK: Cumulative, with stages

    func testCumulative_secondStageAddsToTheFirst_andTheDueDayIsTheLastThatCounts() {
        let first = F.target(
            "pt.bodies-1", metric: "reg", .cumulative(value: 40, due: PlanDate("2022-12-30")!, after: nil))
        let second = F.target("pt.bodies-2", metric: "reg", .cumulative(
            value: 90, due: PlanDate("2022-12-30")!, after: Located(PortalTargetID("pt.bodies-1"), at: F.here)))
        let plan = F.plan([first, second])
        let rows = [F.row("2022-03-01", "reg", 100), F.row("2022-12-30", "reg", 29), F.row("2022-12-31", "reg", 5)]
        let results = PortalEvaluator(plan: plan, data: PortalData(observations: rows)).evaluate(in: F.month("2022-12"))
        XCTAssertEqual(results.map(\.required), [40, 130])
        XCTAssertEqual(results.map(\.actual), [129, 129], "the row of 31 December is after the due day")
        XCTAssertEqual(results.map(\.status), [.met, .missed])
        let exactly = [F.row("2022-03-01", "reg", 100), F.row("2022-12-30", "reg", 30)]
        XCTAssertEqual(
            PortalEvaluator(plan: plan, data: PortalData(observations: exactly)).evaluate(in: F.month("2022-12")).map(\.status),
            [.met, .met])
    }

    func testCumulative_trendTurnsAtRisk_whenProgressSlows() {
        let target = F.target("pt.total", metric: "reg", .cumulative(value: 100, due: PlanDate("2022-12-30")!, after: nil))
        // 10 a month to June: 60, and 10 a month more would make 120 by December.
        let rows = F.monthly("reg", [10, 10, 10, 10, 10, 10, 2, 2, 2])
        let june = F.evaluate(target, rows, in: "2022-06")
        XCTAssertEqual(june.status, .notYetDue)
        XCTAssertEqual(june.trend, .projection(perMonth: 10, projected: 120, by: CalendarDate("2022-12-30")!))
        XCTAssertEqual(F.status(target, rows, in: "2022-07"), .atRisk, "(62 − 40) / 3 a month for 5 months makes 98.7")
        let september = F.evaluate(target, rows, in: "2022-09")
        XCTAssertEqual(september.status, .atRisk)
        XCTAssertEqual(september.trend, .projection(perMonth: 2, projected: 72, by: CalendarDate("2022-12-30")!))
        XCTAssertEqual(F.status(target, rows, in: "2022-12"), .atRisk, "the data stops in September: December is not judged yet")
        XCTAssertEqual(F.status(target, [], in: "2022-03"), .atRisk, "no data: no progress")
        XCTAssertEqual(F.status(target, [], in: "2021-11"), .notYetDue, "before the plan")
    }

    // MARK: Qualifying count

    func testQualifying_anEventWithNineParticipantsDoesNotCount() {
        let target = F.target("pt.events", metric: "ev", .qualifying(count: 50, due: PlanDate("2022-12")!, minimumParticipants: 10))
        let fortyNine = (1...49).map { F.row(String(format: "2022-%02d-15", $0 % 12 + 1), "ev", participants: 10) }
        let withNine = fortyNine + [F.row("2022-12-20", "ev", participants: 9)]
        let result = F.evaluate(target, withNine, in: "2022-12")
        XCTAssertEqual(result.actual, 49)
        XCTAssertEqual(result.status, .missed)
        let withTen = fortyNine + [F.row("2022-12-31", "ev", participants: 10)]
        XCTAssertEqual(F.status(target, withTen, in: "2022-12"), .met, "exactly 10 counts, and 31 December is still December")
        XCTAssertEqual(F.status(target, fortyNine + [F.row("2023-01-01", "ev", participants: 40)], in: "2023-01"), .missed)
    }

    // MARK: Share

    func testShare_exactly25PercentIsMet_24point99IsMissed() {
        let target = F.target("pt.share", metric: "sh", .share(percent: 25, due: PlanDate("2022-03")!))
        XCTAssertEqual(F.status(target, [F.row("2022-03-31", "sh", Decimal(string: "25")!)], in: "2022-03"), .met)
        XCTAssertEqual(F.status(target, [F.row("2022-03-31", "sh", Decimal(string: "25.00")!)], in: "2022-06"), .met)
        XCTAssertEqual(F.status(target, [F.row("2022-03-31", "sh", Decimal(string: "24.99")!)], in: "2022-03"), .missed)
        // The latest reading by the due date counts; a later one does not repair it.
        let late = [F.row("2022-02-28", "sh", 20), F.row("2022-04-01", "sh", 30)]
        XCTAssertEqual(F.status(target, late, in: "2022-04"), .missed)
        // A reading that falls below the share again before the due date is what counts.
        let fell = [F.row("2022-01-31", "sh", 26), F.row("2022-03-15", "sh", 24)]
        XCTAssertEqual(F.status(target, fell, in: "2022-01"), .met)
        XCTAssertEqual(F.status(target, fell, in: "2022-03"), .missed)
    }

    func testShare_trendFromTheReadingsOfTheLastMonths() {
        let target = F.target("pt.share", metric: "sh", .share(percent: 25, due: PlanDate("2022-03")!))
        let rising = [F.row("2022-01-31", "sh", Decimal(string: "18.5")!), F.row("2022-02-28", "sh", 22)]
        XCTAssertEqual(F.status(target, rising, in: "2022-01"), .atRisk, "one reading: no change, 18.5 stays short")
        let february = F.evaluate(target, rising, in: "2022-02")
        XCTAssertEqual(february.status, .notYetDue)
        XCTAssertEqual(february.trend, .projection(perMonth: Decimal(string: "3.5")!, projected: Decimal(string: "25.5")!,
                                                   by: CalendarDate("2022-03-31")!))
        XCTAssertEqual(F.status(target, [], in: "2022-02"), .atRisk)
    }

    // MARK: Periodic

    func testPeriodic_everyTwoMonthsStartingMidQuarter() {
        // Windows Feb–Mar, Apr–May, …, Dec (the last cut at the plan's end).
        let target = F.target("pt.notes", metric: "note", .periodic(everyMonths: 2, from: F.month("2022-02")))
        let evaluator = PortalEvaluator(plan: F.plan([target]), data: nil)
        XCTAssertEqual(evaluator.windows(every: 2, from: F.month("2022-02")).map { "\($0.lowerBound)…\($0.upperBound)" },
                       ["2022-02…2022-03", "2022-04…2022-05", "2022-06…2022-07", "2022-08…2022-09",
                        "2022-10…2022-11", "2022-12…2022-12"])
        let january = [F.row("2022-01-20", "note"), F.row("2022-06-01", "note")]
        XCTAssertEqual(F.status(target, january, in: "2022-01"), .notYetDue, "before the first window")
        XCTAssertEqual(F.status(target, january, in: "2022-02"), .notYetDue, "the window is still open")
        XCTAssertEqual(F.status(target, january, in: "2022-03"), .missed, "January's note is before the window")
        let onTheEdge = [F.row("2022-03-31", "note"), F.row("2022-04-01", "note"), F.row("2022-06-01", "note")]
        XCTAssertEqual(F.status(target, onTheEdge, in: "2022-02"), .notYetDue, "the note of 31 March is after February")
        XCTAssertEqual(F.status(target, onTheEdge, in: "2022-03"), .met)
        XCTAssertEqual(F.status(target, onTheEdge, in: "2022-04"), .met, "1 April opens Apr–May")
        XCTAssertEqual(F.evaluate(target, onTheEdge, in: "2022-05").tally, PortalResult.Tally(met: 2, of: 2))
        let december = onTheEdge + [F.row("2022-12-31", "note")]
        XCTAssertEqual(F.status(target, december, in: "2022-12"), .met)
        XCTAssertEqual(F.evaluate(target, december, in: "2023-01").status, .missed, "Jun–Jul had its note, Aug–Sep not")
    }

    // MARK: Deadline and per event

    func testDeadline_onTheDayIsMet_laterIsMissed() {
        let target = F.target("pt.study", metric: "study", .deadline(due: CalendarDate("2022-01-31")!))
        XCTAssertEqual(F.status(target, [F.row("2022-01-31", "study")], in: "2022-01"), .met)
        let late = [F.row("2022-02-01", "study")]
        XCTAssertEqual(F.status(target, late + [F.row("2022-01-05", "other")], in: "2022-01"), .missed)
        XCTAssertEqual(F.evaluate(target, late, in: "2022-02").latest, CalendarDate("2022-02-01"))
        XCTAssertEqual(F.status(target, late, in: "2022-02"), .missed)
        XCTAssertEqual(F.status(target, [F.row("2021-12-01", "other")], in: "2021-12"), .notYetDue)
    }

    func testPerEvent_aProtocolForEveryContestByTheEndOfItsMonth() {
        let target = F.target("pt.protocols", metric: "protocol", .perEvent(event: Located(PortalMetricID("contest"), at: F.here)))
        XCTAssertEqual(F.status(target, [F.row("2022-02-01", "other")], in: "2022-02"), .notYetDue, "no contest yet")
        let rows = [
            F.row("2022-04-20", "contest", ref: "spring"), F.row("2022-04-30", "protocol", ref: "spring"),
            F.row("2022-10-15", "contest", ref: "autumn"), F.row("2022-11-01", "protocol", ref: "autumn"),
        ]
        XCTAssertEqual(F.status(target, rows, in: "2022-04"), .met)
        XCTAssertEqual(F.status(target, rows, in: "2022-10"), .missed)
        let result = F.evaluate(target, rows, in: "2022-11")
        XCTAssertEqual(result.status, .missed, "the autumn protocol came a month late")
        XCTAssertEqual(result.tally, PortalResult.Tally(met: 1, of: 2))
    }

    func testHistory_givesEveryMonthOfThePlan() {
        let target = F.target("pt.requests", metric: "m", .monthly(minimum: 2, countsAudiences: false))
        let evaluator = PortalEvaluator(plan: F.plan([target], from: "2022-01", to: "2022-04"),
                                        data: PortalData(observations: F.monthly("m", [2, 1, 2])))
        XCTAssertEqual(evaluator.history(target).map(\.status), [.met, .missed, .met, .atRisk],
                       "April has no data yet, and 5 in 3 months is below 2 a month")
    }
}
