import Foundation
@testable import StrategyKit
import XCTest

/// Every out-of-order act is refused with its rule and a sentence that says why.
final class ContractLedgerTests: XCTestCase {
    private typealias F = ContractFixture

    private func refusal(
        _ act: ContractAct, after acts: [ContractAct], file: StaticString = #filePath, line: UInt = #line
    ) -> ContractRefusal? {
        let ledger = F.ledger(acts, file: file, line: line)
        let refusal = ledger.check(act)
        XCTAssertNotNil(refusal, "\(act.kind.rawValue) \(act.subject) was not refused", file: file, line: line)
        return refusal
    }

    func testLedger_theWholeConsultancyInOrderIsAccepted() {
        let acts = F.allAccepted + [
            F.pay("T1", "2023-10-30", "117000.00"), F.pay("T2", "2023-12-22", "273000.00"),
            F.work("T6", "2023-11-03", "1", "Situation analysis"),
        ]
        let ledger = F.ledger(acts)
        XCTAssertEqual(ledger.product(DeliverableID("D4")).state, .accepted)
        XCTAssertEqual(ledger.payments.count, 2)
        XCTAssertEqual(ledger.daysWorked(ContractTaskID("T6")), 1)
    }

    func testLedger_acceptingWhatWasNeverSubmitted_isRefused() {
        let refusal = refusal(F.accept("D1", "2023-10-20"), after: [])
        XCTAssertEqual(refusal?.code, "contract.not-submitted")
        XCTAssertEqual(refusal?.message, "D1 cannot be accepted: it has not been submitted")
    }

    func testLedger_returningWhatWasNeverSubmitted_isRefused() {
        XCTAssertEqual(refusal(F.returned("D4", "2023-12-08", "Add the budget"), after: [])?.code, "contract.not-submitted")
    }

    func testLedger_acceptingAReturnedProductBeforeItIsResubmitted_isRefused() {
        let acts = [F.submit("D2", "2023-10-24"), F.returned("D2", "2023-10-25", "Add the Portal administrators")]
        let refusal = refusal(F.accept("D2", "2023-10-26"), after: acts)
        XCTAssertEqual(refusal?.message,
                       "D2 cannot be accepted: it was returned for revision on 2023-10-25 and has not been submitted again")
        // Submitting it again is the way forward.
        XCTAssertNil(F.ledger(acts).check(F.submit("D2", "2023-10-25")))
        XCTAssertNil(F.ledger(acts + [F.submit("D2", "2023-10-25")]).check(F.accept("D2", "2023-10-26")))
    }

    func testLedger_submittingTwiceOrAfterAcceptance_isRefused() {
        XCTAssertEqual(refusal(F.submit("D1", "2023-10-19"), after: [F.submit("D1", "2023-10-19")])?.code,
                       "contract.already-submitted")
        let accepted = refusal(F.submit("D1", "2023-10-21"), after: Array(F.initialAccepted.prefix(2)))
        XCTAssertEqual(accepted?.code, "contract.already-accepted")
        XCTAssertEqual(accepted?.message, "D1 was accepted on 2023-10-20; an accepted product cannot be submitted again")
        XCTAssertEqual(refusal(F.returned("D1", "2023-10-21", "Late"), after: Array(F.initialAccepted.prefix(2)))?.code,
                       "contract.already-accepted")
    }

    func testLedger_aReturnNeedsItsReason() {
        let refusal = refusal(F.returned("D1", "2023-10-20", "  "), after: [F.submit("D1", "2023-10-19")])
        XCTAssertEqual(refusal?.code, "contract.reason-missing")
        XCTAssertEqual(refusal?.message, "return D1 needs the reason (--reason)")
    }

    func testLedger_payingAnUnpayableTranche_namesWhatItWaitsFor() {
        let acts = F.initialAccepted + [F.submit("D3", "2023-11-20", version: "v1"), F.accept("D3", "2023-11-24"),
                                        F.submit("D4", "2023-12-05", version: "v2")]
        let refusal = refusal(F.pay("T2", "2023-12-06", "273000.00"), after: acts)
        XCTAssertEqual(refusal?.code, "contract.not-payable")
        XCTAssertEqual(refusal?.message,
                       "tranche T2 is not payable: it waits for D4 revised strategy — submitted 2023-12-05, not accepted; "
                        + "D5 operational report and acts — not submitted; D6 final versions (RU, EN) — not submitted")
    }

    func testLedger_payingTwice_isRefused() {
        let acts = F.initialAccepted + [F.pay("T1", "2023-10-30", "117000.00")]
        let refusal = refusal(F.pay("T1", "2023-10-31", "117000.00"), after: acts)
        XCTAssertEqual(refusal?.code, "contract.already-paid")
        XCTAssertEqual(refusal?.message, "tranche T1 was paid on 2023-10-30 (117000.00); a tranche is paid once")
    }

    func testLedger_aDifferentAmountNeedsAReason() {
        let refusal = refusal(F.pay("T1", "2023-10-30", "100000"), after: F.initialAccepted)
        XCTAssertEqual(refusal?.code, "contract.amount")
        XCTAssertEqual(refusal?.message, "tranche T1 is 117000.00 KGS, not 100000.00; to pay a different amount give "
            + "--amount and say why with --reason")
        let ledger = F.ledger(F.initialAccepted)
        XCTAssertNil(ledger.check(F.pay("T1", "2023-10-30", "100000", reason: "Withholding agreed with DPI")))
        XCTAssertEqual(ledger.check(F.pay("T1", "2023-10-30", "117000.001"))?.code, "contract.amount")
        var noAmount = F.pay("T1", "2023-10-30", "1")
        noAmount.amount = nil
        XCTAssertEqual(ledger.check(noAmount)?.code, "contract.amount")
    }

    func testLedger_datesOutsideTheContract_areRefused() {
        let early = refusal(F.submit("D1", "2023-10-10"), after: [])
        XCTAssertEqual(early?.code, "contract.date-outside")
        XCTAssertEqual(early?.message, "submit D1 on 2023-10-10 is outside the contract: the contract runs 2023-10-11 – 2023-12-22")
        XCTAssertEqual(refusal(F.work("T8", "2023-12-23", "1", "Act"), after: [])?.code, "contract.date-outside")
        XCTAssertEqual(refusal(F.pay("T1", "2023-10-01", "117000"), after: [])?.code, "contract.date-outside")
        // Post-payment: a tranche may be paid after the services end.
        let ledger = F.ledger(F.allAccepted + [F.pay("T1", "2023-10-30", "117000")])
        XCTAssertNil(ledger.check(F.pay("T2", "2024-01-15", "273000")))
    }

    func testLedger_actsOnAProductGoForwardInTime() {
        let refusal = refusal(F.accept("D1", "2023-10-18"), after: [F.submit("D1", "2023-10-19")])
        XCTAssertEqual(refusal?.code, "contract.date-order")
        // A payment cannot come before the acceptances it depends on.
        XCTAssertEqual(self.refusal(F.pay("T1", "2023-10-25", "117000"), after: F.initialAccepted)?.code,
                       "contract.date-order")
    }

    func testLedger_unknownIds_areRefusedWithASuggestion() {
        let product = refusal(F.submit("D7", "2023-10-19"), after: [])
        XCTAssertEqual(product?.code, "contract.unknown-id")
        XCTAssertEqual(product?.message, "there is no deliverable 'D7' in the contract (it has D1, D2, D3, D4, D5, D6)")
        XCTAssertEqual(refusal(F.pay("T3", "2023-10-30", "1"), after: [])?.message,
                       "there is no tranche 'T3' in the contract (it has T1, T2)")
        XCTAssertEqual(refusal(F.work("T9", "2023-10-30", "1", "x"), after: [])?.code, "contract.unknown-id")
        XCTAssertEqual(refusal(F.submit("d1", "2023-10-19"), after: [])?.notes, ["did you mean 'D1'?"])
    }

    func testLedger_theStrategyIsSubmittedAsAVersion_andOnlyIt() {
        XCTAssertEqual(refusal(F.submit("D4", "2023-12-05"), after: [])?.code, "contract.version")
        XCTAssertEqual(refusal(F.submit("D1", "2023-10-19", version: "v1"), after: [])?.message,
                       "D1 is not a version of the strategy; --version applies only to the products that are "
                        + "(their 'strategyStage' in contract.json)")
    }

    func testLedger_aWorklogNeedsDaysAndWhatWasDone_andMayExceedTheTask() {
        XCTAssertEqual(refusal(F.work("T6", "2023-11-03", "1", ""), after: [])?.code, "contract.reason-missing")
        XCTAssertEqual(refusal(F.work("T6", "2023-11-03", "0.125", "x"), after: [])?.code, "contract.days")
        let over = F.ledger([F.work("T1", "2023-10-12", "1", "Read"), F.work("T1", "2023-10-13", "0.5", "Read more")])
        XCTAssertEqual(over.daysWorked(ContractTaskID("T1")), Decimal(string: "1.5"))
    }

    func testLedger_replayReportsARefusedJournalLineAtItsPlace() {
        var act = F.accept("D1", "2023-10-20")
        act.locations = [.date: SourceLocation(file: ContractJournal.path, line: 2, column: 1),
                         .act: SourceLocation(file: ContractJournal.path, line: 2, column: 12)]
        let (ledger, diagnostics) = ContractLedger.replay(F.shipped, acts: [act, F.submit("D1", "2023-10-21")])
        XCTAssertEqual(diagnostics.map(\.description), [
            "contract/journal.csv:2:12: error: D1 cannot be accepted: it has not been submitted [contract.not-submitted]",
        ])
        XCTAssertEqual(ledger.product(DeliverableID("D1")).state, .submitted)
    }
}
