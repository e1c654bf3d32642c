import Foundation
@testable import StrategyKit
import XCTest

/// A product Decimal cannot hold exactly is an error with its place, never a silent rounding.
final class PrecisionTests: XCTestCase {
    func testExactProduct_refusesToRound() {
        XCTAssertEqual(Decimal.exactProduct(Decimal(string: "150.50")!, 2), Decimal(string: "301")!)
        let twenty = Decimal(string: "12345678901234567890")!
        XCTAssertEqual(Decimal.exactProduct(twenty, 10), Decimal(string: "123456789012345678900")!)
        let odd = Decimal(string: "12345678901234567891")!
        XCTAssertEqual(Decimal.exactProduct(twenty, twenty), Decimal(string: "152415787532388367501905199875019052100")!,
                       "39 digits, 37 significant: exact")
        XCTAssertNil(Decimal.exactProduct(odd, Decimal(string: "123456789012345678901")!), "41 significant digits")
        XCTAssertNil(Decimal.exactProduct(Decimal(string: "0.123456789012345678901")!, Decimal(string: "98765432109.8765432101")!))
        XCTAssertEqual(Decimal.exactProduct(Decimal(string: "-2.5")!, 4), -10)
    }

    func testCostLine_beyond38Digits_isAnErrorAtItsQuantity() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "costs.csv", replacing: "day,10,4500,KGS",
                               with: "day,12345678901234567891,123456789012345678901,KGS")
        let problems = TestWorkspace.diagnostics(workspace).filter { $0.contains("[money.precision]") }
        XCTAssertEqual(problems, [
            "costs.csv:2:36: error: cost line C-001: quantity × unit cost needs more than 38 significant digits "
                + "and cannot be computed exactly; check both values [money.precision]",
        ])
    }

    func testConversion_beyond38Digits_isAnError() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "costs.csv", replacing: "trip,2,\"150,50\",USD",
                               with: "trip,3,\"1234567890123456789012345678901234.567\",USD")
        let problems = TestWorkspace.diagnostics(workspace).filter { $0.contains("[money.precision]") }
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.contains("cannot be converted exactly") ?? false, "\(problems)")
    }
}
