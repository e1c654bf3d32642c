import Foundation
@testable import StrategyKit
import XCTest

final class ParagraphDiffTests: XCTestCase {
    private func summary(_ old: [String], _ new: [String]) -> [String] {
        ParagraphDiff.changes(from: old, to: new).map { change in
            switch change.change {
            case .added: "+\(change.newNumber ?? 0) \(change.new ?? "")"
            case .removed: "-\(change.oldNumber ?? 0) \(change.old ?? "")"
            case .changed: "~\(change.oldNumber ?? 0)>\(change.newNumber ?? 0) \(change.new ?? "")"
            }
        }
    }

    func testParagraphs_splitOnBlankLinesKeepingFencesWhole() {
        let markdown = "First line\nsame paragraph  \r\n\r\n### Heading\n\n```\ncode\n\nmore code\n```\n\n\n- a\n- b\n"
        XCTAssertEqual(ProseDiff.paragraphs(of: markdown), [
            "First line\nsame paragraph", "### Heading", "```\ncode\n\nmore code\n```", "- a\n- b",
        ])
        XCTAssertEqual(ProseDiff.paragraphs(of: ""), [])
    }

    func testChanges_identicalTexts_areNone() {
        XCTAssertEqual(summary(["a", "b"], ["a", "b"]), [])
        XCTAssertEqual(summary([], []), [])
    }

    func testChanges_insertBeforeAnEditedParagraph_pairsTheEditNotTheInsert() {
        let old = ["Intro stays.", "The budget is ten thousand som for the pilot.", "End stays."]
        let new = ["Intro stays.", "A brand new paragraph about youth media.",
                   "The budget is twelve thousand som for the pilot.", "End stays."]
        XCTAssertEqual(summary(old, new), [
            "+2 A brand new paragraph about youth media.",
            "~2>3 The budget is twelve thousand som for the pilot.",
        ])
    }

    func testChanges_unrelatedReplacement_isRemovedThenAdded() {
        XCTAssertEqual(summary(["one two three"], ["four five six"]), ["-1 one two three", "+1 four five six"])
    }

    func testChanges_movedParagraph_isRemovedAndAddedAroundUniqueAnchors() {
        XCTAssertEqual(summary(["a", "b", "c", "d"], ["b", "c", "a", "d"]), ["-1 a", "+3 a"])
    }

    func testChanges_repeatedParagraphs_matchInOrder() {
        XCTAssertEqual(summary(["x", "y", "x", "y"], ["x", "y", "z", "x", "y"]), ["+3 z"])
    }

    func testLongestIncreasing_isTheLongestChain() {
        let chain = ParagraphDiff.longestIncreasing([(0, 3), (1, 0), (2, 1), (3, 4), (4, 2), (5, 5)])
        XCTAssertEqual(chain.map(\.1), [0, 1, 2, 5])
    }

    func testChanges_largeTextWithScatteredEdits_findsEachEdit() {
        let old = (0..<20_000).map { "Paragraph number \($0) of the synthetic text." }
        var new = old
        for index in stride(from: 100, to: 20_000, by: 1_000) {
            new[index] = "Paragraph number \(index) of the synthetic text, revised."
        }
        new.insert("An inserted paragraph.", at: 5_000)
        let changes = ParagraphDiff.changes(from: old, to: new)
        XCTAssertEqual(changes.filter { $0.change == .changed }.count, 20)
        XCTAssertEqual(changes.filter { $0.change == .added }.map(\.new), ["An inserted paragraph."])
        XCTAssertEqual(changes.filter { $0.change == .removed }.count, 0)
    }
}
