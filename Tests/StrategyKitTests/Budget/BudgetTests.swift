import Foundation
@testable import StrategyKit
import XCTest

final class BudgetTests: XCTestCase {
    private func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    func testApportionment_partsSumToTheRoundedTotal() {
        let (parts, total) = Apportionment.round(["0.895", "0.895", "0.895"].map(decimal), scale: 2)
        XCTAssertEqual(total, decimal("2.69"))
        XCTAssertEqual(parts, ["0.90", "0.90", "0.89"].map(decimal), "ties go to the earlier amount")
    }

    func testApportionment_largestRemainderWinsAndZeroIsExact() {
        let (parts, total) = Apportionment.round(["1.004", "2.006", "3.003"].map(decimal), scale: 2)
        XCTAssertEqual(total, decimal("6.01"))
        XCTAssertEqual(parts, ["1.00", "2.01", "3.00"].map(decimal))
        XCTAssertEqual(Apportionment.round([], scale: 2).total, 0)
        XCTAssertEqual(Apportionment.round(["10", "20"].map(decimal), scale: 0).parts, [10, 20])
    }

    /// Three lines of 0.01 USD at 89.5 KGS: 0.895 KGS each, 2.685 in all. Every grouping must
    /// still add up to 2.69 KGS, and back in USD every grouping to 0.03.
    func testTinyForeignLines_reconcileInEveryGrouping() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.untrackTranslations(workspace)
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"rate\": \"89.0000\"", with: "\"rate\": \"89.5\"")
        try TestWorkspace.write(workspace, "costs.csv", """
            id,action,item.ru,item.en,unit.ru,unit.en,quantity,unit_cost,currency,year,member,source
            C-001,A-01,Марка,Stamp,шт,piece,1,0.01,USD,2024,ipr,src.sdc
            C-002,A-02,Марка,Stamp,шт,piece,1,0.01,USD,2024,smsu,src.sdc
            C-003,A-01,Марка,Stamp,шт,piece,1,0.01,USD,2024,smsu,src.sdc

            """)
        let opened = Workspace.open(workspace)
        XCTAssertEqual(opened.diagnostics, [])
        let strategy = try XCTUnwrap(opened.strategy)
        for grouping in BudgetGrouping.allCases {
            let report = BudgetReport(strategy, by: grouping, language: Language("en"))
            XCTAssertEqual(report.total, decimal("2.69"), "\(grouping)")
            XCTAssertEqual(report.rows.reduce(Decimal(0)) { $0 + $1.amount }, report.total, "\(grouping)")
            let dollars = BudgetReport(strategy, by: grouping, currency: CurrencyCode("USD"), language: Language("en"))
            XCTAssertEqual(dollars.total, decimal("0.03"), "\(grouping)")
            XCTAssertEqual(dollars.rows.reduce(Decimal(0)) { $0 + $1.amount }, decimal("0.03"), "\(grouping)")
        }
        let members = BudgetReport(strategy, by: .member, language: Language("en")).rows.map(\.amount)
        XCTAssertEqual(members, ["0.90", "1.79"].map(decimal))
    }

    func testRateBook_usesTheRateOfTheYearOrTheNearestEarlier() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(
            workspace, "strategy.json",
            replacing: "{\"currency\": \"USD\", \"rate\": \"89.0000\", \"date\": \"2023-10-11\", \"source\": {\"ru\": \"НБКР\", \"en\": \"NBKR\"}}",
            with: """
                {"currency": "USD", "rate": "89.0000", "date": "2023-10-11"},
                    {"currency": "USD", "rate": "87.5", "date": "2025-01-09"}
                """)
        let strategy = try XCTUnwrap(Workspace.open(workspace).strategy)
        let book = RateBook(strategy)
        let usd = CurrencyCode("USD")
        XCTAssertNil(book.rate(usd, year: 2022), "a later rate is never used for an earlier year")
        XCTAssertEqual(book.rate(usd, year: 2023)?.rate.value, decimal("89"))
        XCTAssertEqual(book.rate(usd, year: 2024)?.rate.value, decimal("89"), "the nearest earlier")
        XCTAssertEqual(book.rate(usd, year: 2026)?.rate.value, decimal("87.5"))
        XCTAssertEqual(book.toHome(decimal("2"), CurrencyCode("KGS"), year: 2020)?.0, decimal("2"))
    }

    func testLedger_leavesOutLinesWithoutARateForTheirYear() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"date\": \"2023-10-11\"", with: "\"date\": \"2025-10-11\"")
        let strategy = try XCTUnwrap(Workspace.open(workspace).strategy)
        let ledger = BudgetLedger(strategy)
        XCTAssertEqual(ledger.unconverted.map(\.id.value.rawValue), ["C-002"])
        XCTAssertEqual(ledger.total, decimal("45000"))
    }

    func testChannelSplit_reconciles() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "ch.reports,ipr", with: "ch.reports ch.media,ipr")
        let strategy = try XCTUnwrap(Workspace.open(workspace).strategy)
        let report = BudgetReport(strategy, by: .channel, language: Language("en"))
        XCTAssertEqual(report.rows.map(\.key), ["ch.reports", "ch.media"])
        XCTAssertEqual(report.rows.map(\.amount), ["22500", "49289"].map(decimal))
        XCTAssertEqual(report.rows.reduce(Decimal(0)) { $0 + $1.amount }, report.total)
    }
}
