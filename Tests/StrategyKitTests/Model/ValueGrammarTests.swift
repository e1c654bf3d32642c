import Foundation
@testable import StrategyKit
import XCTest

final class ValueGrammarTests: XCTestCase {
    func testCalendarDate_rejectsDaysThatDoNotExist() {
        XCTAssertNil(CalendarDate("2023-02-30"))
        XCTAssertNil(CalendarDate("2023-02-29"))
        XCTAssertNotNil(CalendarDate("2024-02-29"))
        XCTAssertNil(CalendarDate("2023-10-11xyz"))
        XCTAssertNil(CalendarDate("2023-1-11"))
        XCTAssertNil(CalendarDate("+023-10-11"))
        XCTAssertEqual(CalendarDate("2023-10-11")?.description, "2023-10-11")
    }

    func testPlanDate_parsesDaysMonthsAndQuarters() {
        XCTAssertEqual(PlanDate("2024-03")?.firstDay.description, "2024-03-01")
        XCTAssertEqual(PlanDate("2024-02")?.lastDay.description, "2024-02-29")
        XCTAssertEqual(PlanDate("2024-Q2")?.firstDay.description, "2024-04-01")
        XCTAssertEqual(PlanDate("2024-Q4")?.lastDay.description, "2024-12-31")
        for bad in ["2024-Q5", "2024-Q0", "2024-13", "2024-00", "2024", "24-03", "2024-q1", ""] {
            XCTAssertNil(PlanDate(bad), bad)
        }
    }

    func testDecimalParseStrict_rejectsWhatDecimalStringAccepts() {
        for bad in ["12abc", "1e3", "+5", " 12.5", "12.5 ", "1 000", "1.2.3", "", "-", ".5", "5.", "1,2,3"] {
            XCTAssertNil(Decimal.parseStrict(bad), bad)
        }
        XCTAssertEqual(Decimal.parseStrict("123456,79"), Decimal(string: "123456.79"))
        XCTAssertEqual(Decimal.parseStrict("-0.5"), Decimal(string: "-0.5"))
        XCTAssertEqual(Decimal.parseStrict("12345678901234.56")?.description, "12345678901234.56")
    }

    func testMoneyRound_halfUpAndBankers() {
        let half = Decimal(string: "0.125")!
        XCTAssertEqual(Money.round(half, scale: 2, rule: .halfUp), Decimal(string: "0.13"))
        XCTAssertEqual(Money.round(half, scale: 2, rule: .bankers), Decimal(string: "0.12"))
        XCTAssertEqual(Money.round(Decimal(string: "-0.125")!, scale: 2, rule: .halfUp), Decimal(string: "-0.13"))
    }

    func testPlainText_keepsTrailingZeros() {
        XCTAssertEqual(Decimal(string: "1234.5")!.plainText(scale: 2), "1234.50")
        XCTAssertEqual(Decimal(0).plainText(scale: 2), "0.00")
        XCTAssertEqual(Decimal(string: "-3.005")!.plainText(scale: 2), "-3.01")
        XCTAssertEqual(Decimal(string: "12345678901234.56")!.plainText(scale: 2), "12345678901234.56")
    }

    func testLabelsNumber_groupsPerLanguage() {
        let ru = Labels(["number.group": "\u{A0}", "number.decimal": ","], path: "ru")
        let en = Labels(["number.group": ",", "number.decimal": "."], path: "en")
        let value = Decimal(string: "1234567.5")!
        XCTAssertEqual(ru.number(value, scale: 2), "1\u{A0}234\u{A0}567,50")
        XCTAssertEqual(en.number(value, scale: 2), "1,234,567.50")
        XCTAssertEqual(en.number(Decimal(string: "-999")!, scale: 0), "-999")
        XCTAssertEqual(en.number(Decimal(string: "6.5")!), "6.5")
    }

    func testTrancheAmounts_sumExactlyToTheTotal() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let contract = try XCTUnwrap(WorkspaceLoader.load(from: workspace).strategy?.contract)
        let amounts = contract.trancheAmounts
        XCTAssertEqual(amounts[TrancheID("T1")]?.amount, Decimal(string: "30000.00"))
        XCTAssertEqual(amounts[TrancheID("T2")]?.amount, Decimal(string: "70000.01"))
        XCTAssertEqual(amounts.values.reduce(Decimal(0)) { $0 + $1.amount }, contract.total.value.amount)
    }

    func testIdentifierOrder_isNatural() {
        let ids = ["A-10", "A-2", "A-01", "B-1"].map { ActionID($0) }.sorted()
        XCTAssertEqual(ids.map(\.rawValue), ["A-01", "A-2", "A-10", "B-1"])
    }
}
