import Foundation

/// Writes an ``XLSXWorkbook`` as an Excel workbook (Office Open XML SpreadsheetML, `.xlsx`).
///
/// The package is written by this module alone, on the ZIP writer and DEFLATE of the DOCX
/// writer (``ZIPArchive``): shared strings in order of first use, numbers as numbers, formulas
/// with their cached values, one fixed stylesheet (``XLSXStyle``), frozen panes, autofilters,
/// drop-down lists and the core, app and custom document properties. No clock and no
/// dictionary order: the same workbook always gives the same bytes.
public enum XLSXWriter {
    /// A part of the package: its path and its XML text.
    public struct Part: Hashable, Sendable {
        public var path: String
        public var xml: String
    }

    /// The most characters Excel keeps in a cell; longer text is cut with "…" (Excel would
    /// otherwise offer to repair the file).
    static let maxCellCharacters = 32_767

    /// The workbook's bytes.
    public static func data(_ workbook: XLSXWorkbook) throws -> Data {
        var archive = ZIPArchive()
        for part in parts(workbook) { archive.add(part.path, Data(part.xml.utf8)) }
        return try archive.data()
    }

    /// The parts in archive order (for golden tests, which compare XML rather than ZIP bytes).
    public static func parts(_ workbook: XLSXWorkbook) -> [Part] {
        var strings = XLSXSharedStrings()
        let names = sheetNames(workbook.sheets)
        var parts: [Part] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(Part(path: "xl/worksheets/sheet\(index + 1).xml",
                              xml: XLSXSheetXML.xml(sheet, isSelected: index == 0, notice: workbook.notice,
                                                    strings: &strings)))
        }
        let count = workbook.sheets.count
        parts += [
            Part(path: "[Content_Types].xml", xml: contentTypes(sheets: count)),
            Part(path: "_rels/.rels", xml: packageRelationships),
            Part(path: "docProps/app.xml", xml: app),
            Part(path: "docProps/core.xml", xml: core(workbook.properties, notice: workbook.notice)),
            Part(path: "docProps/custom.xml", xml: custom(workbook.properties.custom)),
            Part(path: "xl/_rels/workbook.xml.rels", xml: workbookRelationships(sheets: count)),
            Part(path: "xl/sharedStrings.xml", xml: strings.xml()),
            Part(path: "xl/styles.xml", xml: XLSXStyles.xml(currency: workbook.currency)),
            Part(path: "xl/workbook.xml", xml: workbookXML(workbook, names: names)),
        ]
        var archive = ZIPArchive()
        for part in parts { archive.add(part.path, Data()) }
        let order = archive.orderedEntries.map(\.path)
        return order.compactMap { path in parts.first { $0.path == path } }
    }

    /// Sheet names Excel accepts: no `[]:*?/\`, at most 31 characters, unique.
    static func sheetNames(_ sheets: [XLSXSheet]) -> [String] {
        var used = Set<String>()
        return sheets.enumerated().map { index, sheet in
            var name = String(sheet.name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(index + 1)" }
            while !used.insert(name.lowercased()).inserted { name = String(name.prefix(28)) + "_\(index + 1)" }
            return name
        }
    }

    /// A sheet name as a formula writes it: quoted when it has more than letters and digits.
    public static func quotedSheetName(_ name: String) -> String {
        let isPlain = name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") }
            && !(name.first?.isNumber ?? true)
        return isPlain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheets: Int) -> String {
        let sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        var xml = declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 1...max(sheets, 1) where index <= sheets {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(sheet)\"/>"
        }
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
            + "</Types>"
        return xml
    }

    private static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "<Relationship Id=\"rId4\" Type=\"\(relationshipNamespace)/custom-properties\" Target=\"docProps/custom.xml\"/>"
        + "</Relationships>"

    private static func workbookRelationships(sheets: Int) -> String {
        var xml = declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheets {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/worksheet\""
                + " Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheets + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
        return xml
    }

    private static func workbookXML(_ workbook: XLSXWorkbook, names: [String]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLEscaping.attribute(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        var defined: [String] = []
        for (index, sheet) in workbook.sheets.enumerated() where sheet.hasAutoFilter && !sheet.rows.isEmpty {
            let range = "$A$1:$\(CellReference.columnName(sheet.columnCount))$\(sheet.rows.count)"
            defined.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + XMLEscaping.text("\(quotedSheetName(names[index]))!\(range)") + "</definedName>")
        }
        for name in workbook.definedNames {
            defined.append("<definedName name=\"\(XMLEscaping.attribute(name.name))\">"
                + XMLEscaping.text(name.formula) + "</definedName>")
        }
        if !defined.isEmpty { xml += "<definedNames>" + defined.joined() + "</definedNames>" }
        // Full calculation on load: Excel and LibreOffice recompute every formula when the file
        // opens, so a total is right even where the cached value was not (it always is).
        xml += "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
        return xml
    }

    private static let app = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>Strategy Workbench</Application><DocSecurity>0</DocSecurity></Properties>"

    private static func core(_ properties: XLSXWorkbook.Properties, notice: String?) -> String {
        declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscaping.text(properties.title))</dc:title>"
            + "<dc:creator>Strategy Workbench</dc:creator>"
            + (notice.map { "<dc:description>\(XMLEscaping.text($0))</dc:description>" } ?? "")
            + "<dc:language>\(XMLEscaping.text(properties.language))</dc:language>"
            + "</cp:coreProperties>"
    }

    private static func custom(_ properties: [XLSXWorkbook.Properties.Custom]) -> String {
        var xml = declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        for (index, property) in properties.enumerated() {
            xml += "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"\(index + 2)\""
                + " name=\"\(XMLEscaping.attribute(property.name))\">"
                + "<vt:lpwstr>\(XMLEscaping.text(property.value))</vt:lpwstr></property>"
        }
        return xml + "</Properties>"
    }
}

/// The shared-string table: each distinct text once, numbered in order of first use.
struct XLSXSharedStrings {
    private var index: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    /// The number of `text` in the table, added if new.
    mutating func number(_ text: String) -> Int {
        uses += 1
        if let number = index[text] { return number }
        index[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    func xml() -> String {
        var xml = XLSXWriter.declaration
            + "<sst xmlns=\"\(XLSXWriter.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
        xml.reserveCapacity(texts.reduce(xml.utf8.count) { $0 + $1.utf8.count + 40 })
        for text in texts {
            let needsSpace = text.first.map { $0.isWhitespace } == true
                || text.last.map { $0.isWhitespace } == true
            xml += needsSpace ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            xml += XMLEscaping.text(text) + "</t></si>"
        }
        return xml + "</sst>"
    }
}
