import Foundation
import XCTest

@testable import StrategyKit

final class JSONReaderTests: XCTestCase {
    // MARK: Helpers

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "a.json", line: line, column: column)
    }

    /// Parses text that must be valid and have no diagnostics.
    private func root(
        _ text: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> JSONNode {
        let result = JSONReader.parse(text, file: "a.json")
        XCTAssertEqual(result.diagnostics.map(\.description), [], file: file, line: line)
        return try XCTUnwrap(result.root, file: file, line: line)
    }

    /// The diagnostics of text that must fail, as `description` lines; the root must be nil.
    private func failure(
        _ text: String, file: StaticString = #filePath, line: UInt = #line
    ) -> [String] {
        let result = JSONReader.parse(text, file: "a.json")
        XCTAssertNil(result.root, "expected a syntax error", file: file, line: line)
        return result.diagnostics.map(\.description)
    }

    private func assertSyntaxError(
        _ text: String, _ position: String, _ message: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(
            failure(text, file: file, line: line),
            ["a.json:\(position): error: \(message) [json.syntax]"], file: file, line: line)
    }

    // MARK: Values and positions

    func testParse_scalarsAndContainers() throws {
        let node = try root(
            #"{"s": "x", "n": -12.50, "t": true, "f": false, "z": null, "a": [1, {}]}"#)
        XCTAssertEqual(node["s"]?.stringValue, "x")
        XCTAssertEqual(node["n"]?.value, .number("-12.50"))
        XCTAssertEqual(node["t"]?.boolValue, true)
        XCTAssertEqual(node["f"]?.boolValue, false)
        XCTAssertEqual(node["z"]?.isNull, true)
        XCTAssertEqual(node["a"]?.elements?.count, 2)
        XCTAssertEqual(node["a"]?.elements?[1].members, [])
        XCTAssertNil(node["missing"])
        XCTAssertEqual(node.members?.map(\.key), ["s", "n", "t", "f", "z", "a"])
        let kinds = try ["a", "s", "n", "t", "z"].map { try XCTUnwrap(node[$0]).kindName }
        XCTAssertEqual(
            [node.kindName] + kinds, ["object", "array", "string", "number", "boolean", "null"])
    }

    func testParse_positionsOfKeysAndValues() throws {
        let node = try root("{\n  \"id\": \"g1\",\n  \"list\": [ 1,\n\t true ]\n}")
        XCTAssertEqual(node.location, location(1, 1))
        let members = try XCTUnwrap(node.members)
        XCTAssertEqual(members[0].keyLocation, location(2, 3))
        XCTAssertEqual(members[0].value.location, location(2, 9))
        XCTAssertEqual(members[1].keyLocation, location(3, 3))
        let list = try XCTUnwrap(members[1].value.elements)
        XCTAssertEqual(members[1].value.location, location(3, 11))
        XCTAssertEqual(list.map(\.location), [location(3, 13), location(4, 3)])
    }

    func testParse_cyrillicColumnsCountCharacters() throws {
        let node = try root(#"{"название": "Коалиция", "цель": "Рост"}"#)
        let members = try XCTUnwrap(node.members)
        XCTAssertEqual(members[0].key, "название")
        XCTAssertEqual(members[0].value.stringValue, "Коалиция")
        XCTAssertEqual(members[0].value.location, location(1, 14))
        XCTAssertEqual(members[1].keyLocation, location(1, 26))
        XCTAssertEqual(members[1].value.location, location(1, 34))
    }

    func testParse_graphemeClustersAreOneColumn() throws {
        // "é" as e + combining acute, then a flag: two Characters before the closing quote.
        let node = try root("[\"e\u{301}🇰🇬\", 1]")
        XCTAssertEqual(node.elements?[1].location, location(1, 8))
        // A Russian stress mark (U+0301) joins its vowel.
        let stressed = try root("[\"за\u{301}мок\", \"ü\", 1]")
        XCTAssertEqual(stressed.elements?.map(\.location.column), [2, 11, 16])
    }

    func testParse_crlfLineEndings() throws {
        let node = try root("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    2\r\n  ]\r\n}\r\n")
        XCTAssertEqual(node["a"]?.location, location(2, 8))
        XCTAssertEqual(node.members?[1].keyLocation, location(3, 3))
        XCTAssertEqual(node["b"]?.elements?.first?.location, location(4, 5))
        assertSyntaxError("{\r\n  \"a\": 1,\r\n}", "2:9", "trailing comma before '}'")
    }

    func testParse_loneCarriageReturnEndsLine() throws {
        let node = try root("[1,\r2]")
        XCTAssertEqual(node.elements?[1].location, location(2, 1))
    }

    func testParse_numbersKeepTheirLexeme() throws {
        let lexemes = [
            "0", "-0", "12", "-12.50", "0.0001", "1e10", "1E+2", "-3.5e-7",
            "123456789012345678901234567890.123456789", "1e999999",
        ]
        for lexeme in lexemes {
            XCTAssertEqual(try root(lexeme).value, .number(lexeme))
        }
    }

    func testParse_topLevelScalarsWithWhitespace() throws {
        XCTAssertEqual(try root(" \t\n\"x\"\r\n ").value, .string("x"))
        XCTAssertEqual(try root("null").value, .null)
        XCTAssertEqual(try root("\n\n  7").location, location(3, 3))
    }

    // MARK: Strings

    func testParse_escapes() throws {
        let node = try root(#"["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u0416", "a\u0000b"]"#)
        XCTAssertEqual(
            node.elements?.compactMap(\.stringValue),
            ["\"\\/\u{8}\u{C}\n\r\t", "AéЖ", "a\u{0}b"])
    }

    func testParse_surrogatePairs() throws {
        let node = try root(#"["\ud83d\ude00", "x\uD83C\uDDF0\uD83C\uDDEC"]"#)
        XCTAssertEqual(node.elements?.compactMap(\.stringValue), ["😀", "x🇰🇬"])
    }

    func testParse_invalidSurrogates() {
        let highAlone = #"unpaired surrogate '\uD83D': a high surrogate must be followed by"#
            + #" a low surrogate escape (\uDC00 to \uDFFF)"#
        let lowAlone = #"unpaired surrogate '\uDE00': a low surrogate must follow"#
            + #" a high surrogate escape (\uD800 to \uDBFF)"#
        assertSyntaxError(
            #"["ab\ud83d"]"#, "1:5",
            highAlone)
        assertSyntaxError(
            #"["\uD83D\u0041"]"#, "1:3",
            highAlone)
        assertSyntaxError(
            #"["\uDE00"]"#, "1:3",
            lowAlone)
    }

    func testParse_invalidEscapes() {
        assertSyntaxError(#"{"a": "x\q"}"#, "1:9", #"invalid escape '\q'"#)
        assertSyntaxError(#"["д\ж"]"#, "1:4", #"invalid escape '\ж'"#)
        assertSyntaxError("[\"\\\t\"]", "1:3", #"invalid escape: '\' followed by U+0009"#)
        assertSyntaxError(
            #"["\u12G4"]"#, "1:3",
            #"invalid escape: '\u' must be followed by four hexadecimal digits"#)
        assertSyntaxError(
            #"["\u12"]"#, "1:3",
            #"invalid escape: '\u' must be followed by four hexadecimal digits"#)
    }

    func testParse_controlCharactersInStrings() {
        assertSyntaxError(
            "{\"a\": \"line\nbreak\"}", "1:12",
            #"control character U+000A in a string (escape it as \n)"#)
        assertSyntaxError(
            "[\"tab\there\"]", "1:6", #"control character U+0009 in a string (escape it as \t)"#)
        assertSyntaxError(
            "[\"ж\u{1}\"]", "1:4", #"control character U+0001 in a string (escape it as \u0001)"#)
        assertSyntaxError(
            "[\"\\n\u{0}\"]", "1:5", #"control character U+0000 in a string (escape it as \u0000)"#)
    }

    func testParse_unterminatedString() {
        assertSyntaxError("{\n  \"a\": \"abc", "2:8", "unterminated string")
        assertSyntaxError("[\"abc\\", "1:2", "unterminated string")
        assertSyntaxError("[\"\\u00", "1:2", "unterminated string")
        assertSyntaxError("[\"\\uD83D", "1:2", "unterminated string")
    }

    // MARK: Syntax errors

    func testParse_missingCommaOrBracket() {
        assertSyntaxError(
            "{\n  \"a\": 1\n  \"b\": 2\n}", "3:3", "expected ',' or '}' after an object member")
        assertSyntaxError("[1 2]", "1:4", "expected ',' or ']' after an array element")
        assertSyntaxError("[1}", "1:3", "expected ',' or ']' after an array element")
        assertSyntaxError("[12abc]", "1:4", "expected ',' or ']' after an array element")
    }

    func testParse_trailingCommas() {
        assertSyntaxError("{\n  \"a\": 1,\n  \"b\": 2,\n}", "3:9", "trailing comma before '}'")
        assertSyntaxError("[1, 2 , ]", "1:7", "trailing comma before ']'")
        assertSyntaxError("[,]", "1:2", "expected a value, found ','")
    }

    func testParse_keysAndColons() {
        assertSyntaxError("{a: 1}", "1:2", "expected a key in double quotes or '}', found 'a'")
        assertSyntaxError(
            "{'a': 1}", "1:2", #"expected a key in double quotes or '}', found "'""#)
        assertSyntaxError(
            #"{"a": 1, название: 2}"#, "1:10",
            "expected a key in double quotes after ',', found 'название'")
        assertSyntaxError(#"{"a" 1}"#, "1:6", #"expected ':' after the key "a", found '1'"#)
        assertSyntaxError(#"{"a"= 1}"#, "1:5", #"expected ':' after the key "a", found '='"#)
    }

    func testParse_invalidValues() {
        assertSyntaxError("[x]", "1:2", "expected a value, found 'x'")
        assertSyntaxError("{\"a\": True}", "1:7", "expected a value, found 'True'")
        assertSyntaxError("[nul]", "1:2", "expected a value, found 'nul'")
        assertSyntaxError("[truex]", "1:2", "expected a value, found 'truex'")
        assertSyntaxError("[NaN]", "1:2", "expected a value, found 'NaN'")
        assertSyntaxError("['x']", "1:2", #"expected a value, found "'""#)
        assertSyntaxError("[+1]", "1:2", "expected a value, found '+'")
        assertSyntaxError("[.5]", "1:2", "expected a value, found '.'")
        assertSyntaxError("[\u{A0}1]", "1:2", "expected a value, found U+00A0")
        assertSyntaxError("\u{0}", "1:1", "expected a value, found U+0000")
        assertSyntaxError("{\"a\": }", "1:7", "expected a value, found '}'")
    }

    func testParse_invalidNumbers() {
        assertSyntaxError("[01]", "1:2", "leading zeros are not allowed in numbers")
        assertSyntaxError("[-007]", "1:3", "leading zeros are not allowed in numbers")
        assertSyntaxError("[1.]", "1:4", "expected a digit after '.', found ']'")
        assertSyntaxError("[-]", "1:3", "expected a digit after '-', found ']'")
        assertSyntaxError("-Infinity", "1:2", "expected a digit after '-', found 'Infinity'")
        assertSyntaxError("[1e]", "1:4", "expected a digit in the exponent, found ']'")
        assertSyntaxError("[1e+]", "1:5", "expected a digit in the exponent, found ']'")
        assertSyntaxError("1.5.3", "1:4", "unexpected text after the top-level value")
    }

    func testParse_unexpectedEndOfFile() {
        XCTAssertEqual(failure(""), ["a.json:1:1: error: unexpected end of file [json.syntax]"])
        XCTAssertEqual(
            failure(" \n "), ["a.json:2:2: error: unexpected end of file [json.syntax]"])
        XCTAssertEqual(
            failure("{\n  \"a\": [1,\n"),
            [
                "a.json:3:1: error: unexpected end of file [json.syntax]\n"
                    + "    a.json:2:8: note: '[' opened here is never closed"
            ])
        XCTAssertEqual(
            failure("{\"a\""),
            [
                "a.json:1:5: error: unexpected end of file [json.syntax]\n"
                    + "    a.json:1:1: note: '{' opened here is never closed"
            ])
        XCTAssertEqual(failure("-"), ["a.json:1:2: error: unexpected end of file [json.syntax]"])
    }

    func testParse_textAfterTopLevelValue() {
        assertSyntaxError("{}\n{}", "2:1", "unexpected text after the top-level value")
        assertSyntaxError("[1]]", "1:4", "unexpected text after the top-level value")
        assertSyntaxError("null x", "1:6", "unexpected text after the top-level value")
    }

    func testParse_syntaxErrorDropsEarlierDuplicateKeys() {
        assertSyntaxError(#"{"a": 1, "a": 2,}"#, "1:16", "trailing comma before '}'")
    }

    // MARK: Duplicate keys

    func testParse_duplicateKeysAreReportedAndKept() throws {
        let result = JSONReader.parse(
            "{\n  \"id\": 1,\n  \"x\": {\"k\": 1, \"k\": 2},\n  \"id\": 3\n}", file: "a.json")
        XCTAssertEqual(
            result.diagnostics.map(\.description),
            [
                "a.json:3:17: error: duplicate key \"k\" [json.duplicate-key]\n"
                    + "    a.json:3:9: note: first defined here",
                "a.json:4:3: error: duplicate key \"id\" [json.duplicate-key]\n"
                    + "    a.json:2:3: note: first defined here",
            ])
        let node = try XCTUnwrap(result.root)
        XCTAssertEqual(node.members?.map(\.key), ["id", "x", "id"])
        XCTAssertEqual(node["id"]?.numberLexeme, "1")
        XCTAssertEqual(node["x"]?.members?.compactMap(\.value.numberLexeme), ["1", "2"])
    }

    func testParse_duplicateKeysInLargeObject() throws {
        let keys = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0", "\"k39\": 0", "\"k7\": 1"]
        let result = JSONReader.parse("{" + keys.joined(separator: ",") + "}", file: "a.json")
        XCTAssertEqual(result.root?.members?.count, 43)
        XCTAssertEqual(result.diagnostics.map(\.message), [
            #"duplicate key "k7""#, #"duplicate key "k39""#, #"duplicate key "k7""#,
        ])
        XCTAssertEqual(result.diagnostics.map { $0.notes.first?.location?.column }, [58, 372, 58])
    }

    func testParse_duplicateKeyMessageEscapesTheKey() throws {
        let result = JSONReader.parse(#"{"a\nb": 1, "a\u000ab": 2}"#, file: "a.json")
        XCTAssertEqual(result.diagnostics.map(\.message), [#"duplicate key "a\nb""#])
    }

    // MARK: Nesting

    func testParse_nestingLimit() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        XCTAssertNotNil(JSONReader.parse(deepest, file: "a.json").root)
        assertSyntaxError(
            String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
            "1:513", "nesting deeper than 512 levels")
        assertSyntaxError(
            String(repeating: "[", count: 10_000), "1:513", "nesting deeper than 512 levels")
        assertSyntaxError(
            String(repeating: "{\"a\":", count: 10_000), "1:2561",
            "nesting deeper than 512 levels")
    }

    // MARK: Encodings

    func testParseData_byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
        let result = JSONReader.parse(Data(bytes), file: "a.json")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.root?.location, location(1, 1))
        XCTAssertEqual(result.root?["a"]?.location, location(1, 7))
        let text = JSONReader.parse("\u{FEFF}[1]", file: "a.json")
        XCTAssertEqual(text.root?.elements?.first?.location, location(1, 2))
        let doubleMark: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\u{FEFF}1".utf8)
        let twice = JSONReader.parse(Data(doubleMark), file: "a.json")
        XCTAssertEqual(
            twice.diagnostics.map(\.description),
            ["a.json:1:1: error: expected a value, found U+FEFF [json.syntax]"])
    }

    func testParseData_matchesText() throws {
        let text = "{\"название\": [\"Коалиция\", 1.50]}"
        let fromData = JSONReader.parse(Data(text.utf8), file: "a.json")
        XCTAssertEqual(fromData.root, try root(text))
    }

    func testParseData_invalidUTF8() {
        let bytes = Array("{\n  \"имя\": \"".utf8) + [0xCF, 0xF0] + Array("\"}".utf8)
        XCTAssertEqual(
            JSONReader.parse(Data(bytes), file: "a.json").diagnostics.map(\.description),
            [
                "a.json:2:11: error: the file is not valid UTF-8 (byte 0xCF); save it as UTF-8"
                    + " [json.encoding]"
            ])
        let cases: [([UInt8], String)] = [
            ([0x80], "1:1: error: the file is not valid UTF-8 (byte 0x80)"),
            ([0x5B, 0xC0, 0xAF], "1:2: error: the file is not valid UTF-8 (byte 0xC0)"),
            ([0x5B, 0xED, 0xA0, 0x80], "1:2: error: the file is not valid UTF-8 (byte 0xED)"),
            ([0x5B, 0xF4, 0x90, 0x80, 0x80], "1:2: error: the file is not valid UTF-8 (byte 0xF4)"),
            ([0x0A, 0xD0], "2:1: error: the file is not valid UTF-8 (byte 0xD0)"),
            ([0xEF, 0xBB, 0xBF, 0x22, 0xFF], "1:2: error: the file is not valid UTF-8 (byte 0xFF)"),
            ([0xFF, 0xFE, 0x5B, 0x00], "1:1: error: the file is encoded as UTF-16"),
        ]
        for (bytes, expected) in cases {
            let result = JSONReader.parse(Data(bytes), file: "a.json")
            XCTAssertNil(result.root)
            XCTAssertEqual(
                result.diagnostics.map(\.description),
                ["a.json:\(expected); save it as UTF-8 [json.encoding]"])
        }
    }

    func testParseData_emptyAndNulBytes() {
        XCTAssertEqual(
            JSONReader.parse(Data(), file: "a.json").diagnostics.map(\.description),
            ["a.json:1:1: error: unexpected end of file [json.syntax]"])
        XCTAssertEqual(
            JSONReader.parse(Data([0x5B, 0x00, 0x5D]), file: "a.json")
                .diagnostics.map(\.description),
            ["a.json:1:2: error: expected a value, found U+0000 [json.syntax]"])
    }

    // MARK: Scale and robustness

    func testParse_longSingleLineKeepsColumns() throws {
        let count = 20_000
        let elements = Array(repeating: "\"Коалиция\"", count: count)
        let text = "[" + elements.joined(separator: ",") + "]"
        let parsed = try XCTUnwrap(try root(text).elements)
        XCTAssertEqual(parsed.count, count)
        // "[" then, per element, 10 characters and a comma.
        XCTAssertEqual(parsed.last?.location, location(1, 2 + (count - 1) * 11))
    }

    func testParse_randomInputsNeverCrash() {
        var generator = LinearCongruentialGenerator(seed: 0x5EED)
        let sampleText = #"{"id": "g1", "название": ["Коалиция", -12.50e+3, true, null, "#
            + #"{"a\u0041\ud83d\ude00": []}]}"#
        let sample = Array(sampleText.utf8)
        let alphabet =
            Array(#"{}[],:"\ u0123456789-+.eEtrfalsnD8\#u{0}"#.utf8) + [0x0D, 0x0A, 0xD0, 0xFF]
        for round in 0..<3_000 {
            var bytes: [UInt8]
            if round % 3 == 0 {
                bytes = (0..<generator.next(below: 40)).map { _ in
                    UInt8(truncatingIfNeeded: generator.next(below: 256))
                }
            } else {
                bytes = sample
                for _ in 0...generator.next(below: 4) {
                    let position = generator.next(below: bytes.count + 1)
                    let byte = alphabet[generator.next(below: alphabet.count)]
                    switch generator.next(below: 3) {
                    case 0: bytes.insert(byte, at: position)
                    case 1: if position < bytes.count { bytes.remove(at: position) }
                    default: if position < bytes.count { bytes[position] = byte }
                    }
                }
            }
            for result in [
                JSONReader.parse(Data(bytes), file: "a.json"),
                JSONReader.parse(String(decoding: bytes, as: UTF8.self), file: "a.json"),
            ] {
                if result.root == nil {
                    XCTAssertEqual(result.diagnostics.count, 1, "\(bytes)")
                }
                for diagnostic in result.diagnostics {
                    XCTAssertTrue(
                        ["json.syntax", "json.encoding", "json.duplicate-key"]
                            .contains(diagnostic.code))
                    XCTAssertGreaterThanOrEqual(diagnostic.location.line, 1)
                    XCTAssertGreaterThanOrEqual(diagnostic.location.column, 1)
                }
            }
        }
    }
}

/// A deterministic pseudo-random source (Knuth's MMIX constants), so failures reproduce.
private struct LinearCongruentialGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }
}
