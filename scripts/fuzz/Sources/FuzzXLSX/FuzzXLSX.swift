import Foundation
import FuzzSupport
import StrategyKit

/// The XLSX table reader (and the comment form's use of it) on arbitrary bytes: nothing may
/// trap; a refused workbook gives exactly one `xlsx.unreadable` diagnostic; a read one gives
/// tables whose every field is located at a cell of its sheet, rows going down, within the
/// reader's cell limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.data(data, size)
    let file = "fuzz.xlsx"
    let (sheets, diagnostics) = XLSXTableReader.read(bytes, file: file)
    if !diagnostics.isEmpty {
        Fuzz.require(sheets.isEmpty && diagnostics.count == 1
                        && diagnostics[0].code == "xlsx.unreadable", "\(diagnostics)")
        Fuzz.checkLocation(diagnostics[0].location, file: file)
    }
    var cells = 0
    for sheet in sheets {
        guard let table = sheet.table else { continue }
        var previous = 0
        for row in [CSVRow(fields: table.header, line: table.header.first?.location.line ?? 1)] + table.rows {
            Fuzz.require(row.line > previous || previous == 0, "rows go back: \(previous) then \(row.line)")
            previous = row.line
            cells += row.fields.count
            for field in row.fields {
                Fuzz.checkLocation(field.location, file: file)
                Fuzz.require(field.location.place?.contains("!") == true && field.location.line == row.line,
                             "field located at \(field.location)")
            }
        }
    }
    Fuzz.require(cells <= XLSXTableReader.cellLimit + 2 * sheets.count, "\(cells) cells")
    let form = CommentFormReader.read(bytes, file: file, vocabulary: vocabulary)
    Fuzz.checkDiagnostics(form.diagnostics, file: file)
    return 0
}

private let vocabulary = CommentVocabulary(templates: TemplateSet.builtIn().0)
