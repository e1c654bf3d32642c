import Foundation
@testable import StrategyKit
import XCTest

final class ZIPArchiveTests: XCTestCase {
    func testZIP_compressibleEntriesAreDeflated_othersStored() throws {
        let paragraph = "<w:p><w:r><w:t>Стратегия</w:t></w:r></w:p>"
        let xml = Data(String(repeating: paragraph, count: 2_000).utf8)
        let noise = Data([0x7A, 0x11, 0xC3, 0x05, 0x99])
        var archive = ZIPArchive()
        archive.add("word/document.xml", xml)
        archive.add("empty.txt", Data())
        archive.add("[Content_Types].xml", Data("<Types/>".utf8))
        archive.add("media/noise.bin", noise)
        let data = try archive.data()
        let entries = try ZIPReader.read(data)
        XCTAssertEqual(entries.map(\.path),
                       ["[Content_Types].xml", "empty.txt", "media/noise.bin", "word/document.xml"])
        XCTAssertEqual(entries.map(\.method), [0, 0, 0, 8])
        XCTAssertEqual(entries.map(\.data), [Data("<Types/>".utf8), Data(), noise, xml])
        XCTAssertLessThan(data.count, xml.count / 20)
    }

    func testZIP_sameEntries_sameBytes() throws {
        func archive() throws -> Data {
            var archive = ZIPArchive()
            archive.add("b.xml", Data(String(repeating: "<b/>", count: 999).utf8))
            archive.add("a.xml", Data("<a>Коалиция</a>".utf8))
            return try archive.data()
        }
        XCTAssertEqual(try archive(), try archive())
    }

    func testZIP_largeEntry_roundTripsAndShrinks() throws {
        let text = (1...60_000).map { number in
            "<w:tr><w:tc><w:p><w:r><w:t xml:space=\"preserve\">A-\(number) · Действие</w:t>"
                + "</w:r></w:p></w:tc></w:tr>"
        }.joined()
        var archive = ZIPArchive()
        archive.add("word/document.xml", Data(text.utf8))
        let data = try archive.data()
        let entries = try ZIPReader.read(data)
        XCTAssertEqual(entries.first?.data, Data(text.utf8))
        XCTAssertLessThan(data.count * 10, text.utf8.count)
    }
}
