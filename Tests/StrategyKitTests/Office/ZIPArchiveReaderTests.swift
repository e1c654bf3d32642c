import Foundation
@testable import StrategyKit
import XCTest

final class ZIPArchiveReaderTests: XCTestCase {
    private typealias Failure = ZIPArchiveReader.Failure

    func testZIPReader_readsWhatTheWriterWrites() throws {
        var archive = ZIPArchive()
        let sheet = Data(String(repeating: "<row><c t=\"s\"><v>1</v></c></row>", count: 500).utf8)
        archive.add("[Content_Types].xml", Data("<Types/>".utf8))
        archive.add("xl/worksheets/sheet1.xml", sheet)
        archive.add("empty", Data())
        let reader = try ZIPArchiveReader(try archive.data())
        XCTAssertEqual(reader.entries.map(\.name),
                       ["[Content_Types].xml", "empty", "xl/worksheets/sheet1.xml"])
        XCTAssertEqual(reader.entries.map(\.method), [0, 0, 8])
        XCTAssertEqual(try reader.contents(ofEntryNamed: "xl/worksheets/sheet1.xml"), [UInt8](sheet))
        XCTAssertEqual(try reader.contents(ofEntryNamed: "empty"), [])
        XCTAssertNil(try reader.contents(ofEntryNamed: "missing"))
    }

    func testZIPReader_storedAndDeflatedRawEntries_andACommentAtTheEnd() throws {
        var zip = RawZIP()
        zip.add("a.xml", "<a>Коалиция</a>", method: 0)
        zip.add("b.xml", String(repeating: "b", count: 3_000))
        var bytes = zip.bytes()
        // A 5-byte archive comment: the end record's comment length, then the comment.
        bytes[bytes.count - 2] = 5
        bytes += Array("hello".utf8)
        let reader = try ZIPArchiveReader(bytes: bytes)
        XCTAssertEqual(try reader.contents(ofEntryNamed: "a.xml").map { String(decoding: $0, as: UTF8.self) },
                       "<a>Коалиция</a>")
        XCTAssertEqual(try reader.contents(ofEntryNamed: "b.xml")?.count, 3_000)
    }

    func testZIPReader_notAZIP_isRefused() {
        assertRefused(Array("name,comment\nsmsu,a comment that is long enough\n".utf8), .notZIP, "ZIP archive: not a ZIP archive")
        assertRefused([], .notZIP, "ZIP archive: not a ZIP archive (too short)")
    }

    func testZIPReader_everyTruncation_isRefusedNeverTraps() throws {
        var zip = RawZIP()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("xl/workbook.xml", String(repeating: "<sheet/>", count: 100))
        let bytes = zip.bytes()
        for length in 0..<bytes.count {
            let cut = Array(bytes[..<length])
            if let reader = try? ZIPArchiveReader(bytes: cut) {
                for entry in reader.entries { _ = try? reader.contents(of: entry) }
                XCTFail("\(length) bytes read as an archive")
            }
        }
        XCTAssertThrowsError(try ZIPArchiveReader(bytes: Array(bytes.prefix(40)))) { error in
            XCTAssertEqual((error as? Failure)?.kind, .truncated)
        }
    }

    func testZIPReader_pathTraversalNames_areRefused() {
        let names = ["../x", "xl/../../x", "/etc/passwd", "xl\\sheet.xml", "C:/x", "a//b", "./a",
                     "a\u{0}b"]
        for name in names {
            var zip = RawZIP()
            zip.add(name, "x")
            assertRefused(zip.bytes(), .invalidName, nil, name)
        }
        var zip = RawZIP()
        zip.add("../x", "x")
        assertRefused(zip.bytes(), .invalidName, "ZIP entry '../x': the name holds a '..' segment")
    }

    func testZIPReader_duplicateNames_areRefused() {
        var zip = RawZIP()
        zip.add("xl/workbook.xml", "<a/>")
        zip.add("xl/workbook.xml", "<b/>")
        assertRefused(zip.bytes(), .duplicateName, "ZIP entry 'xl/workbook.xml': the name occurs twice")
    }

    func testZIPReader_tooManyEntries_isRefusedBeforeReadingThem() {
        var zip = RawZIP()
        for index in 0..<5 { zip.add("e\(index)", "x") }
        var limits = ZIPArchiveReader.Limits()
        limits.entries = 4
        XCTAssertThrowsError(try ZIPArchiveReader(bytes: zip.bytes(), limits: limits)) { error in
            XCTAssertEqual((error as? Failure)?.description,
                           "ZIP archive: 5 entries, more than the limit of 4")
        }
    }

    func testZIPReader_bombThatLiesAboutItsSize_stopsAtTheDeclaredSize() {
        // 16 MiB of zeros deflate to about 16 KiB; the headers claim 100 bytes.
        var zip = RawZIP()
        let zeros = [UInt8](repeating: 0, count: 16 << 20)
        zip.entries.append(RawZIP.Entry(name: "xl/sharedStrings.xml", data: zeros,
                                        declaredSize: 100))
        let bytes = zip.bytes()
        XCTAssertLessThan(bytes.count, 100_000)
        let start = Date()
        XCTAssertThrowsError(try ZIPArchiveReader(bytes: bytes).contents(ofEntryNamed: "xl/sharedStrings.xml")) { error in
            XCTAssertEqual((error as? Failure)?.kind, .entryTooLarge)
            XCTAssertEqual((error as? Failure)?.description,
                           "ZIP entry 'xl/sharedStrings.xml': inflates to more than its declared 100 bytes")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "refused quickly")
    }

    func testZIPReader_declaredSizePastTheEntryLimit_isRefusedBeforeInflating() {
        var zip = RawZIP()
        zip.entries.append(RawZIP.Entry(name: "big.xml", data: [0], declaredSize: (64 << 20) + 1))
        assertRefused(zip.bytes(), .entryTooLarge,
                      "ZIP entry 'big.xml': declares 67108865 bytes, more than the limit of 67108864")
    }

    func testZIPReader_declaredSizesPastTheTotalLimit_areRefused() {
        var zip = RawZIP()
        for index in 0..<5 {
            zip.entries.append(RawZIP.Entry(name: "part\(index)", data: [0], declaredSize: 60 << 20))
        }
        assertRefused(zip.bytes(), .totalTooLarge,
                      "ZIP archive: the entries declare more than the limit of 268435456 bytes in all")
    }

    func testZIPReader_encryptedEntry_isRefused() {
        var zip = RawZIP()
        zip.entries.append(RawZIP.Entry(name: "xl/workbook.xml", data: [1, 2], flags: 0x0801))
        assertRefused(zip.bytes(), .encrypted, "ZIP entry 'xl/workbook.xml': the entry is encrypted")
    }

    func testZIPReader_zip64_isRefused() {
        var zip = RawZIP()
        zip.add("a", "x")
        zip.declaredCount = 0xFFFF
        assertRefused(zip.bytes(), .zip64, "ZIP archive: ZIP64 archives are not supported")
        var sized = RawZIP()
        sized.entries.append(RawZIP.Entry(name: "a", data: [1], declaredSize: 0xFFFF_FFFF))
        assertRefused(sized.bytes(), .zip64, "ZIP entry 'a': ZIP64 entries are not supported")
        var located = RawZIP()
        located.add("a", "x")
        located.beforeEnd = [0x50, 0x4B, 6, 7] + [UInt8](repeating: 0, count: 16)
        assertRefused(located.bytes(), .zip64, "ZIP archive: ZIP64 archives are not supported")
    }

    func testZIPReader_wrongCRCAndUnknownMethod_areRefusedWhenRead() throws {
        var zip = RawZIP()
        zip.entries.append(RawZIP.Entry(name: "a", data: Array("abc".utf8), crc: 12))
        zip.entries.append(RawZIP.Entry(name: "b", data: Array("abc".utf8), method: 12))
        let reader = try ZIPArchiveReader(bytes: zip.bytes())
        XCTAssertThrowsError(try reader.contents(ofEntryNamed: "a")) { error in
            XCTAssertEqual((error as? Failure)?.description, "ZIP entry 'a': the CRC-32 does not match")
        }
        XCTAssertThrowsError(try reader.contents(ofEntryNamed: "b")) { error in
            XCTAssertEqual((error as? Failure)?.kind, .unsupportedMethod)
        }
    }

    private func assertRefused(
        _ bytes: [UInt8], _ kind: Failure.Kind, _ description: String?, _ context: String = "",
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try ZIPArchiveReader(bytes: bytes), context, file: file, line: line) { error in
            let failure = error as? Failure
            XCTAssertEqual(failure?.kind, kind, context, file: file, line: line)
            if let description {
                XCTAssertEqual(failure?.description, description, file: file, line: line)
            }
        }
    }
}
