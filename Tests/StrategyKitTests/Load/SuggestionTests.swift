@testable import StrategyKit
import XCTest

/// "Did you mean": the closest candidate within the edit-distance limit, the same whatever the
/// order the candidates come in.
final class SuggestionTests: XCTestCase {
    func testClosest_findsATypo_ignoringCase() {
        XCTAssertEqual(Suggestion.closest(to: "Sumbit", in: ["accept", "submit", "return"]), "submit")
        XCTAssertEqual(Suggestion.closest(to: "ACEPT", in: ["accept", "submit"]), "accept")
        XCTAssertEqual(Suggestion.closest(to: "Замечане", in: ["Замечание", "Абзац"]), "Замечание")
    }

    func testClosest_nothingWhenTooFar() {
        XCTAssertNil(Suggestion.closest(to: "xyz", in: ["accept", "submit"]))
        // Words of four characters or fewer allow one edit only.
        XCTAssertNil(Suggestion.closest(to: "pya", in: ["pay!"] + ["xpayx"]))
        XCTAssertEqual(Suggestion.closest(to: "pya", in: ["pa"]), "pa")
        XCTAssertNil(Suggestion.closest(to: "word", in: [String]()))
    }

    /// The closest wins; among equally close candidates the least in sorted order, in any
    /// order of the candidates (the search no longer sorts them first).
    func testClosest_tiesGoToTheLeastCandidate_inAnyOrder() {
        let candidates = ["sec.situatiox", "sec.situatioz", "sec.situatiob", "sec.situation", "sec.situatioa"]
        for permutation in [candidates, candidates.reversed(), candidates.shuffled(), candidates.shuffled()] {
            XCTAssertEqual(Suggestion.closest(to: "sec.situation", in: permutation), "sec.situation")
            XCTAssertEqual(Suggestion.closest(to: "sec.situatioq", in: permutation.filter { $0 != "sec.situation" }),
                           "sec.situatioa")
        }
        let ties = ["abx", "abw", "aby", "xyz"]
        for permutation in [ties, ties.reversed(), ["aby", "xyz", "abw", "abx"]] {
            XCTAssertEqual(Suggestion.closest(to: "abc", in: permutation), "abw")
        }
        XCTAssertEqual(Suggestion.closest(to: "abc", in: ["abd", "abd", "abc"]), "abc")
    }
}
