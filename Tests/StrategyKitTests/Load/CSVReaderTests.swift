import Foundation
import XCTest

@testable import StrategyKit

final class CSVReaderTests: XCTestCase {
    // MARK: - Helpers

    private func read(_ text: String, file: String = "a.csv") -> (CSVTable?, [String]) {
        let result = CSVReader.read(text, file: file)
        return (result.table, result.diagnostics.map(\.description))
    }

    private func values(_ table: CSVTable?) -> [[String]] {
        table?.rows.map { $0.fields.map(\.value) } ?? []
    }

    private func position(_ field: CSVField) -> String {
        "\(field.location.line):\(field.location.column)"
    }

    private func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    // MARK: - Structure and positions

    func testRead_headerAndRows_keepPositions() throws {
        let (table, diagnostics) = read("id,название,сумма\nA-1,Союз молодёжи,100\nA-2,,7\n")
        let csv = try XCTUnwrap(table)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(csv.header.map(\.value), ["id", "название", "сумма"])
        XCTAssertEqual(csv.header.map(position), ["1:1", "1:4", "1:13"])
        XCTAssertEqual(values(csv), [["A-1", "Союз молодёжи", "100"], ["A-2", "", "7"]])
        XCTAssertEqual(csv.rows.map(\.line), [2, 3])
        // "A-1," is 4 characters and "Союз молодёжи," is 14: the third field is at column 19.
        XCTAssertEqual(csv.rows[0].fields.map(position), ["2:1", "2:5", "2:19"])
        XCTAssertEqual(csv.rows[1].fields.map(position), ["3:1", "3:5", "3:6"])
        XCTAssertEqual(csv.rows[0].fields[2].location.file, "a.csv")
        XCTAssertEqual(csv.separator, ",")
        XCTAssertEqual(csv.encoding, .utf8)
    }

    func testRead_combiningMarks_countAsOneColumn() throws {
        // "й" written as "и" + U+0306 is one Character, so one column.
        let (table, _) = read("a,b\nи\u{306}й,x\n")
        let csv = try XCTUnwrap(table)
        XCTAssertEqual(csv.rows[0].fields.map(position), ["2:1", "2:4"])
    }

    func testRead_longCyrillicLine_staysLinear() throws {
        let count = 20_000
        let header = (1...count).map { "к\($0)" }.joined(separator: ",")
        let row = Array(repeating: "ё", count: count).joined(separator: ",")
        let (table, diagnostics) = read(header + "\n" + row + "\n")
        let csv = try XCTUnwrap(table)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(csv.rows[0].fields.last?.location.column, 2 * count - 1)
        XCTAssertEqual(csv.columnIndex("к20000"), count - 1)
    }

    func testColumnIndex_findsTrimmedHeaderNames() throws {
        let (table, _) = read(" id , name\t,x\n1,2,3\n")
        let csv = try XCTUnwrap(table)
        XCTAssertEqual(csv.header.map(\.value), ["id", "name", "x"])
        XCTAssertEqual(csv.columnIndex("name"), 1)
        XCTAssertNil(csv.columnIndex(" id "))
        XCTAssertNil(csv.columnIndex("missing"))
    }

    func testRead_headerOnly_hasNoRows() throws {
        let (table, diagnostics) = read("id;name")
        XCTAssertEqual(table?.header.map(\.value), ["id", "name"])
        XCTAssertEqual(table?.rows, [])
        XCTAssertEqual(diagnostics, [])
    }

    // MARK: - Encodings

    func testRead_utf8WithBOM_stripsBOMFromFirstHeader() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("id,name\n1,Ала\n".utf8))
        let result = CSVReader.read(data, file: "a.csv")
        let csv = try XCTUnwrap(result.table)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(csv.encoding, .utf8BOM)
        XCTAssertEqual(csv.header.map(\.value), ["id", "name"])
        XCTAssertEqual(csv.columnIndex("id"), 0)
        XCTAssertEqual(position(csv.header[0]), "1:1")
        XCTAssertEqual(values(csv), [["1", "Ала"]])
    }

    func testRead_textWithBOM_ignoresIt() throws {
        let (table, _) = read("\u{FEFF}id,name\n1,x\n")
        XCTAssertEqual(table?.header.map(\.value), ["id", "name"])
        XCTAssertEqual(table.map { position($0.header[1]) }, "1:4")
    }

    func testRead_utf8WithoutBOM_isUTF8() throws {
        let result = CSVReader.read(Data("id,name\n1,Союз\n".utf8), file: "a.csv")
        XCTAssertEqual(result.table?.encoding, .utf8)
        XCTAssertEqual(values(result.table), [["1", "Союз"]])
    }

    func testRead_windows1251WithSemicolons_decodesRussian() throws {
        // "id;Имя\r\n1;Союз\r\n2;ёЁ№\r\n" in Windows-1251.
        let bytes: [UInt8] =
            [0x69, 0x64, 0x3B, 0xC8, 0xEC, 0xFF, 0x0D, 0x0A]
            + [0x31, 0x3B, 0xD1, 0xEE, 0xFE, 0xE7, 0x0D, 0x0A]
            + [0x32, 0x3B, 0xB8, 0xA8, 0xB9, 0x0D, 0x0A]
        let result = CSVReader.read(Data(bytes), file: "a.csv")
        let csv = try XCTUnwrap(result.table)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(csv.encoding, .windows1251)
        XCTAssertEqual(csv.separator, ";")
        XCTAssertEqual(csv.header.map(\.value), ["id", "Имя"])
        XCTAssertEqual(values(csv), [["1", "Союз"], ["2", "ёЁ№"]])
    }

    func testDecode_windows1251_matchesFoundationForEveryByte() throws {
        let bytes = Data((0...255).map { UInt8($0) } + [0xFF, 0xFF])
        let decoded = TextDecoding.decode(bytes)
        XCTAssertEqual(decoded.encoding, .windows1251)
        let foundation = try XCTUnwrap(String(data: bytes, encoding: .windowsCP1251))
        XCTAssertEqual(
            decoded.text.unicodeScalars.map(\.value), foundation.unicodeScalars.map(\.value))
    }

    func testRead_windows1251Byte0x98_isReportedAsControlCharacter() {
        let result = CSVReader.read(Data([0x61, 0x0A, 0xC0, 0x98]), file: "a.csv")
        XCTAssertEqual(result.table?.rows.first?.fields.first?.value, "А\u{98}")
        XCTAssertEqual(
            result.diagnostics.map(\.description),
            ["a.csv:2:2: error: control character U+0098 in a field [csv.control-character]"])
    }

    func testRead_utf16LEWithBOM_decodes() throws {
        let data = Data(utf16Bytes("id,name\r\nA,Союз\r\n", bigEndian: false))
        let result = CSVReader.read(data, file: "a.csv")
        let csv = try XCTUnwrap(result.table)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(csv.encoding, .utf16LE)
        XCTAssertEqual(csv.header.map(\.value), ["id", "name"])
        XCTAssertEqual(values(csv), [["A", "Союз"]])
    }

    func testRead_utf16BEWithBOM_decodes() throws {
        let data = Data(utf16Bytes("id\tname\nA\t😀\n", bigEndian: true))
        let result = CSVReader.read(data, file: "a.csv")
        XCTAssertEqual(result.table?.encoding, .utf16BE)
        XCTAssertEqual(result.table?.separator, "\t")
        XCTAssertEqual(values(result.table), [["A", "😀"]])
    }

    func testDecode_utf16OddByteCount_endsWithReplacement() {
        let decoded = TextDecoding.decode(Data([0xFF, 0xFE, 0x61, 0x00, 0x62]))
        XCTAssertEqual(decoded.encoding, .utf16LE)
        XCTAssertEqual(decoded.text, "a\u{FFFD}")
        XCTAssertEqual(TextDecoding.decode(Data([0xFF, 0xFE])).text, "")
        XCTAssertEqual(TextDecoding.decode(Data([0xFE, 0xFF, 0xD8])).text, "\u{FFFD}")
    }

    func testDecode_emptyData_isEmptyUTF8() {
        let decoded = TextDecoding.decode(Data())
        XCTAssertEqual(decoded.text, "")
        XCTAssertEqual(decoded.encoding, .utf8)
    }

    // MARK: - Quoting and line ends

    func testRead_quotedFields_keepSeparatorsNewlinesAndQuotes() throws {
        let text =
            "id,text,n\n1,\"line one\r\nline \"\"two\"\"\",x\n"
            + "2,\"a;b,c\",\"\"\n3,\"p\rq\",z\n"
        let (table, diagnostics) = read(text)
        let csv = try XCTUnwrap(table)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(
            values(csv),
            [["1", "line one\nline \"two\"", "x"], ["2", "a;b,c", ""], ["3", "p\nq", "z"]])
        XCTAssertEqual(csv.rows.map(\.line), [2, 4, 5])
        XCTAssertEqual(csv.rows[0].fields.map(position), ["2:1", "2:3", "3:15"])
        XCTAssertEqual(csv.rows[1].fields.map(position), ["4:1", "4:3", "4:11"])
        XCTAssertEqual(csv.rows[2].fields.map(position), ["5:1", "5:3", "6:4"])
    }

    func testRead_lineEnds_crlfLoneCRAndNoFinalNewline() throws {
        let (table, diagnostics) = read("a,b\r\n1,2\r3,4\n5,6")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(values(table), [["1", "2"], ["3", "4"], ["5", "6"]])
        XCTAssertEqual(table?.rows.map(\.line), [2, 3, 4])
        XCTAssertEqual(table?.header.last?.value, "b")
    }

    func testRead_blankLines_areSkipped() throws {
        let (table, diagnostics) = read("\n  \n\ta;b\r\n\r\n   \n1;2\n \t \n3;4\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(table?.header.map(\.value), ["a", "b"])
        XCTAssertEqual(values(table), [["1", "2"], ["3", "4"]])
        XCTAssertEqual(table?.rows.map(\.line), [6, 8])
    }

    func testRead_separatorOnlyLines_skippedAtEndKeptInside() throws {
        let (table, diagnostics) = read("a;b;c\n1;2;3\n;;\n4;5;6\n;;\n; ;\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(values(table), [["1", "2", "3"], ["", "", ""], ["4", "5", "6"]])
    }

    func testRead_separator_detectedFromHeaderOutsideQuotes() {
        XCTAssertEqual(read("a;b;c\n").0?.separator, ";")
        XCTAssertEqual(read("a\tb\n").0?.separator, "\t")
        XCTAssertEqual(read("\"x,y,z\";b\n").0?.separator, ";")
        XCTAssertEqual(read("a,b;c\n").0?.separator, ",")
        XCTAssertEqual(read("a;b\tc\n").0?.separator, ";")
        XCTAssertEqual(read("single\n").0?.separator, ",")
        XCTAssertEqual(read("a;b\n1,5;2\n").0.map(values), [["1,5", "2"]])
    }

    // MARK: - Diagnostics

    func testRead_tooFewFields_reportedAtRowStart() {
        let (table, diagnostics) = read("a,b,c\n1,2,3\nx,y\n")
        XCTAssertEqual(
            diagnostics, ["a.csv:3:1: error: row has 2 fields, the header has 3 [csv.field-count]"])
        XCTAssertEqual(values(table), [["1", "2", "3"], ["x", "y"]])
    }

    func testRead_tooManyFields_reportedAtFirstExtraField() {
        let (table, diagnostics) = read("a,b\n1,2,3,4\nz\n")
        XCTAssertEqual(
            diagnostics,
            [
                "a.csv:2:5: error: row has 4 fields, the header has 2 [csv.field-count]",
                "a.csv:3:1: error: row has 1 field, the header has 2 [csv.field-count]",
            ])
        XCTAssertEqual(values(table), [["1", "2", "3", "4"], ["z"]])
    }

    func testRead_unterminatedQuote_reportedOnceAtOpeningQuote() {
        let (table, diagnostics) = read("a,b\n1,\"open\n2,3\n4,5\n")
        XCTAssertEqual(
            diagnostics,
            [
                "a.csv:2:3: error: quoted field is never closed; the rest of the file was read"
                    + " into it [csv.unterminated-quote]"
            ])
        XCTAssertEqual(values(table), [["1", "open\n2,3\n4,5\n"]])
    }

    func testRead_quoteInsideUnquotedField_isStrayQuote() {
        let (table, diagnostics) = read("a,b\nСо\"юз,x\"y\"z\n")
        XCTAssertEqual(
            diagnostics,
            [
                "a.csv:2:3: error: quote inside an unquoted field; quote the whole field and double"
                    + " the inner quotes [csv.stray-quote]",
                "a.csv:2:8: error: quote inside an unquoted field; quote the whole field and double"
                    + " the inner quotes [csv.stray-quote]",
            ])
        XCTAssertEqual(values(table), [["Со\"юз", "x\"y\"z"]])
    }

    func testRead_textAfterClosingQuote_isStrayQuote() {
        let (table, diagnostics) = read("a,b,c\n\"ab\"cd,\"x\" ,ok\n")
        XCTAssertEqual(
            diagnostics,
            [
                "a.csv:2:5: error: unexpected text after the closing quote [csv.stray-quote]",
                "a.csv:2:11: error: unexpected text after the closing quote [csv.stray-quote]",
            ])
        XCTAssertEqual(values(table), [["abcd", "x ", "ok"]])
    }

    func testRead_controlCharacters_reportedAtTheCharacter() {
        let (table, diagnostics) = read("a,b\nx\u{0}y,ё\u{1}\u{1}\n\"q\n\u{7F}\",\u{85}\n")
        XCTAssertEqual(
            diagnostics,
            [
                "a.csv:2:2: error: control character U+0000 in a field [csv.control-character]",
                "a.csv:2:6: error: control character U+0001 in a field [csv.control-character]",
                "a.csv:4:1: error: control character U+007F in a field [csv.control-character]",
                "a.csv:4:4: error: control character U+0085 in a field [csv.control-character]",
            ])
        XCTAssertEqual(values(table), [["x\u{0}y", "ё\u{1}\u{1}"], ["q\n\u{7F}", "\u{85}"]])
    }

    func testRead_headerProblems_emptyAndDuplicateNames() {
        let (table, diagnostics) = read("id,name, ,id,\n1,2,3,4,5\n")
        XCTAssertEqual(
            diagnostics,
            [
                "a.csv:1:9: error: column 3 of the header has no name [csv.header]",
                "a.csv:1:11: error: duplicate column name 'id' [csv.header]\n"
                    + "    a.csv:1:1: note: first 'id' is here",
                "a.csv:1:14: error: column 5 of the header has no name [csv.header]",
            ])
        XCTAssertEqual(table?.columnIndex("id"), 0)
        XCTAssertEqual(table?.rows.count, 1)
    }

    func testRead_manyProblems_allReportedSorted() {
        let text = "a,a\n1\n\"x\"y,2,3\nq\"r,\u{2}\n\"never"
        let (_, diagnostics) = read(text, file: "strategy/x.csv")
        XCTAssertEqual(
            diagnostics,
            [
                "strategy/x.csv:1:3: error: duplicate column name 'a' [csv.header]\n"
                    + "    strategy/x.csv:1:1: note: first 'a' is here",
                "strategy/x.csv:2:1: error: row has 1 field, the header has 2 [csv.field-count]",
                "strategy/x.csv:3:4: error: unexpected text after the closing quote"
                    + " [csv.stray-quote]",
                "strategy/x.csv:3:8: error: row has 3 fields, the header has 2 [csv.field-count]",
                "strategy/x.csv:4:2: error: quote inside an unquoted field; quote the whole field"
                    + " and double the inner quotes [csv.stray-quote]",
                "strategy/x.csv:4:5: error: control character U+0002 in a field"
                    + " [csv.control-character]",
                "strategy/x.csv:5:1: error: row has 1 field, the header has 2 [csv.field-count]",
                "strategy/x.csv:5:1: error: quoted field is never closed; the rest of the file was"
                    + " read into it [csv.unterminated-quote]",
            ])
    }

    func testRead_emptyFile_hasNoTable() {
        for data in [Data(), Data("\n \r\n\t\n".utf8), Data([0xEF, 0xBB, 0xBF])] {
            let result = CSVReader.read(data, file: "a.csv")
            XCTAssertNil(result.table)
            XCTAssertEqual(
                result.diagnostics.map(\.description),
                ["a.csv:1:1: error: the file has no header line [csv.header]"])
        }
    }

    // MARK: - Robustness

    func testRead_fuzzedInputs_neverCrash() {
        var state: UInt64 = 0x5EED_C5F0_2024
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let alphabet: [UInt8] =
            Array("a;,\t\"\r\n \u{0}я1".utf8) + [0x98, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0xC2, 0x85]
        let seed = Array("id;название;n\r\n1;\"Союз\r\n\"\"x\"\"\";2\n;;\n".utf8)
        var tables = 0
        for iteration in 0..<3_000 {
            var bytes: [UInt8]
            switch iteration % 3 {
            case 0:
                bytes = (0..<next() % 64).map { _ in UInt8(truncatingIfNeeded: next()) }
            case 1:
                bytes = (0..<next() % 96).map { _ in alphabet[next() % alphabet.count] }
            default:
                bytes = seed
                for _ in 0..<(1 + next() % 6) {
                    let index = next() % (bytes.count + 1)
                    switch next() % 3 {
                    case 0: bytes.insert(alphabet[next() % alphabet.count], at: index)
                    case 1 where index < bytes.count: bytes.remove(at: index)
                    default:
                        if index < bytes.count { bytes[index] = UInt8(truncatingIfNeeded: next()) }
                    }
                }
            }
            if next() % 8 == 0 { bytes = [0xFF, 0xFE] + bytes }
            let result = CSVReader.read(Data(bytes), file: "f.csv")
            XCTAssertEqual(result.diagnostics, result.diagnostics.sorted())
            let locations = result.diagnostics.map(\.location)
                + (result.table.map { $0.header + $0.rows.flatMap(\.fields) } ?? []).map(\.location)
            XCTAssertTrue(locations.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "input \(bytes)")
            if result.table != nil { tables += 1 }
        }
        XCTAssertGreaterThan(tables, 1_000)
    }
}
