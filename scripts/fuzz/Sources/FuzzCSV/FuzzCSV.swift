import Foundation
import FuzzSupport
import StrategyKit

/// `CSVReader` on arbitrary bytes, with encoding detection (`TextDecoding`) as the loader uses
/// it; the text entry point must agree with the bytes one on UTF-8 input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = "strategy/fuzz.csv"
    let bytes = Fuzz.data(data, size)
    let decoded = TextDecoding.decode(bytes)
    if decoded.encoding == .utf8 {
        Fuzz.require(String(data: bytes, encoding: .utf8) == decoded.text,
                     "UTF-8 decoding differs from Foundation's")
    }

    let (table, diagnostics) = CSVReader.read(bytes, file: file)
    Fuzz.checkDiagnostics(diagnostics, file: file)
    guard let table else {
        Fuzz.require(diagnostics.contains { $0.code == "csv.header" }, "no table, no csv.header")
        return 0
    }
    Fuzz.require(table.encoding == decoded.encoding, "table encoding \(table.encoding)")
    Fuzz.require([",", ";", "\t"].contains(table.separator), "separator \(table.separator)")
    Fuzz.require(!table.header.isEmpty, "a table without header fields")
    var previousLine = 0
    for field in table.header { Fuzz.checkLocation(field.location, file: file) }
    for row in table.rows {
        Fuzz.require(!row.fields.isEmpty, "a row without fields")
        Fuzz.require(row.line > previousLine, "row lines do not increase: \(row.line)")
        previousLine = row.line
        for field in row.fields {
            Fuzz.checkLocation(field.location, file: file)
            Fuzz.require(field.location.line >= row.line, "a field before its row")
        }
        if row.fields.count != table.header.count {
            Fuzz.require(diagnostics.contains { $0.code == "csv.field-count" },
                         "a short or long row without csv.field-count")
        }
    }

    if decoded.encoding == .utf8 {
        let fromText = CSVReader.read(decoded.text, file: file)
        Fuzz.require(fromText.table == table, "text and bytes give different tables")
        Fuzz.require(fromText.diagnostics == diagnostics, "text and bytes give different diagnostics")
    }
    return 0
}
