import Foundation
@testable import StrategyCLI
import XCTest

final class BudgetCommandTests: XCTestCase {
    func testBudget_byYearAsText() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["budget", "--lang", "en"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, """
            Budget by year, KGS

            Year   Amount, KGS    Share
            2024     71,789.00  100.0 %
            ---------------------------
            Total    71,789.00  100.0 %

            Amounts are rounded to the cent so that the rows add up exactly to the total (largest-remainder method).
            1 USD = 89 KGS (rate of 11 October 2023, NBKR)

            """)
    }

    func testBudget_csvHasBOMAndCRLFAndNeutralisesFormulas() throws {
        let project = try CLI.miniProject()
        let risks = project.appendingPathComponent("strategy/strategy.json")
        let text = try String(contentsOf: risks, encoding: .utf8)
        try text.replacingOccurrences(of: "\"Development Policy Institute\"", with: "\"=HYPERLINK(1)\"")
            .write(to: risks, atomically: true, encoding: .utf8)
        let result = CLI.run(["budget", "--by", "member", "--format", "csv", "--lang", "en"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("\u{FEFF}Coalition member,key,Currency,amount\r\n"), result.out)
        XCTAssertTrue(result.out.contains("'=HYPERLINK(1),ipr,KGS,45000.00\r\n"), result.out)
        XCTAssertTrue(result.out.hasSuffix("Total,,KGS,71789.00\r\n"), result.out)
    }

    func testBudget_markdownInUSD() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["budget", "--by", "source", "--currency", "usd", "--format", "md", "--lang", "en"], in: project)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("| SDC grant | 806.62 | 100.0 % |"), result.out)
    }

    func testBudget_usageErrors() throws {
        let project = try CLI.miniProject()
        XCTAssertEqual(CLI.run(["budget", "--by", "colour"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["budget", "--format", "pdf"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["budget", "--currency", "XYZ"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["budget", "--lang", "de"], in: project).status, 64)
        XCTAssertEqual(CLI.run(["budget", "--help"], in: project).status, 0)
    }

    func testBudget_currencyWithoutRate_isADiagnosticNotOneToOne() throws {
        let project = try CLI.miniProject()
        let result = CLI.run(["budget", "--currency", "EUR"], in: project)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix(
            "costs.csv:2:44: error: cost line C-001 (2024, KGS) cannot be shown in EUR: no exchange rate dated in or before 2024 [money.missing-rate]\n"),
            result.err)
    }
}
