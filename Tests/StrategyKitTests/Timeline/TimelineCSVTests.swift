import Foundation
@testable import StrategyKit
import XCTest

final class TimelineCSVTests: XCTestCase {
    func testCSV_hasBOMCRLFAndOneRowPerBarOrMilestone() throws {
        let csv = TimelineCSV.render(try TimelineFixture.mini().contractPlan("en"))
        XCTAssertTrue(Data(csv.utf8).starts(with: [0xEF, 0xBB, 0xBF]))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertFalse(csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(Array(lines), [
            "id,label,start,end,lead,kind,group",
            "T1,Schedule (days: 1),2023-10-11,2023-10-31,Consultant,bar,Tasks and duration",
            "T2,Draft (days: 2),2023-11-01,2023-12-22,Consultant,bar,Tasks and duration",
            "D1,Schedule,2023-10-20,2023-10-20,Consultant,milestone,Expected products",
            "D2,Draft,2023-12-22,2023-12-22,Consultant,milestone,Expected products",
            "T1,Initial (30%),2023-10-20,2023-10-20,DPI,milestone,Payment schedule",
            "T2,Final (70%),2023-12-22,2023-12-22,DPI,milestone,Payment schedule",
        ])
    }

    func testCSV_neutralisesFormulasAndQuotes() throws {
        let workspace = try TestWorkspace.copyOfMini()
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "Press tour", with: "=cmd|' /C calc'!A0")
        try TestWorkspace.edit(workspace, "actions.csv", replacing: "\"Report \"\"on LSG\"\"\"", with: "\"Report, \"\"on LSG\"\"\"")
        let csv = TimelineCSV.render(try TimelineFixture.open(workspace).strategyPlan("en"))
        XCTAssertTrue(csv.contains("\r\nA-02,'=cmd|' /C calc'!A0,2024-03-01,2024-03-15,ULSG,bar,O1.1 Reports\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\nA-01,\"Report, \"\"on LSG\"\"\",2024-01-01,2024-06-30,DPI,bar,O1.1 Reports\r\n"), csv)
    }
}
