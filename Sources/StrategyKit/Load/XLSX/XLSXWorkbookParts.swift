import Foundation

/// The parts of a workbook a table reader needs: the sheets in workbook order, the shared
/// strings, which cell formats are dates, and the date system; and each sheet's cells as text.
struct XLSXWorkbookParts {
    /// A worksheet: its name and part.
    struct SheetPart {
        var name: String
        var part: String
    }

    /// A non-empty row of a sheet: its number and its cells in column order.
    struct Row {
        var number: Int
        var cells: [Cell]
    }

    /// A cell's column and text.
    struct Cell {
        var column: Int
        var value: String
    }

    let file: String
    let sheets: [SheetPart]
    private let package: OPCPackage
    private let sharedStrings: [String]
    /// Per cell format (the `s` of a cell), whether it shows a date.
    private let dateStyles: [Bool]
    private let isDate1904: Bool

    init(bytes: [UInt8], file: String) throws(XLSXReadFailure) {
        self.file = file
        let whole = SourceLocation.file(file)
        func fail(_ failure: OPCPackage.Failure) -> XLSXReadFailure {
            XLSXReadFailure(location: whole, message: "the workbook cannot be read: \(failure)")
        }
        do {
            package = try OPCPackage(bytes: bytes)
            let main = try package.mainPart()
            guard let workbook = try package.xml(main),
                  workbook.name.local == "workbook", OOXMLNamespace.spreadsheet.contains(workbook.name.namespace)
            else {
                throw XLSXReadFailure(location: whole,
                                      message: "the file is not an Excel workbook (its main part is \(main))")
            }
            let relationships = try package.relationships(of: main)
            var sheets: [SheetPart] = []
            let listed = workbook.element("sheets")?.elements("sheet") ?? []
            for sheet in listed {
                let id = sheet.attributes.first { $0.name.local == "id"
                    && OOXMLNamespace.relationships.contains($0.name.namespace) }?.value
                guard let name = sheet.attribute("name"),
                      let relationship = relationships.first(where: { $0.id == id }),
                      !relationship.isExternal
                else { continue }
                // Chart sheets and dialog sheets have no cells.
                if relationship.kind == "worksheet" { sheets.append(SheetPart(name: name, part: relationship.target)) }
            }
            self.sheets = sheets
            let properties = workbook.element("workbookPr")?.attribute("date1904")
            isDate1904 = properties == "1" || properties == "true"
            let package = self.package
            if let strings = relationships.first(where: { $0.kind == "sharedStrings" }) {
                sharedStrings = try Self.sharedStrings(package.part(strings.target) ?? [], part: strings.target)
            } else {
                sharedStrings = []
            }
            if let styles = relationships.first(where: { $0.kind == "styles" }),
               let root = try package.xml(styles.target) {
                dateStyles = Self.dateStyles(root)
            } else {
                dateStyles = []
            }
        } catch let failure as OPCPackage.Failure {
            throw fail(failure)
        } catch let failure as XLSXReadFailure {
            throw failure
        } catch {
            throw XLSXReadFailure(location: whole, message: "the workbook cannot be read: \(error)")
        }
    }

    /// The strings of `xl/sharedStrings.xml`: each `si`'s `t`, or its runs' `t` joined (the
    /// phonetic `rPh` runs left out).
    private static func sharedStrings(_ bytes: [UInt8], part: String) throws(OPCPackage.Failure) -> [String] {
        do {
            var reader = try XMLPullReader(bytes)
            var strings: [String] = []
            var path: [String] = []
            var current = ""
            var isInItem = false
            while let event = try reader.next() {
                switch event {
                case .start(let tag):
                    path.append(tag.name.local)
                    if tag.name.local == "si", path.count == 2 {
                        isInItem = true
                        current = ""
                    }
                case .end(let name):
                    path.removeLast()
                    if name.local == "si", path.count == 1 {
                        strings.append(XLSXText.unescaping(current))
                        isInItem = false
                    }
                case .text(let text):
                    guard isInItem, path.last == "t", !path.contains("rPh") else { break }
                    current += text
                }
            }
            return strings
        } catch {
            throw OPCPackage.Failure(error, part: part)
        }
    }

    /// Whether each cell format shows a date: built-in formats 14–22 and 45–47, or a custom
    /// format with a day, month or year outside quotes and brackets.
    private static func dateStyles(_ styles: XMLTreeElement) -> [Bool] {
        var custom: [Int: Bool] = [:]
        for format in styles.element("numFmts")?.elements("numFmt") ?? [] {
            guard let id = format.attribute("numFmtId").flatMap({ Int($0) }) else { continue }
            custom[id] = isDateFormat(format.attribute("formatCode") ?? "")
        }
        return (styles.element("cellXfs")?.elements("xf") ?? []).map { format in
            let id = format.attribute("numFmtId").flatMap { Int($0) } ?? 0
            return custom[id] ?? ((14...22).contains(id) || (45...47).contains(id))
        }
    }

    static func isDateFormat(_ code: String) -> Bool {
        var isQuoted = false
        var isBracketed = false
        var previous: Character = " "
        for character in code {
            defer { previous = character }
            if previous == "\\" { continue }
            switch character {
            case "\"": isQuoted.toggle()
            case "[" where !isQuoted: isBracketed = true
            case "]" where !isQuoted: isBracketed = false
            case "d", "D", "m", "M", "y", "Y":
                if !isQuoted && !isBracketed { return true }
            default: break
            }
        }
        return false
    }

    /// The non-empty rows of `sheet`, read as events: only cells that are present cost memory.
    mutating func cells(of sheet: SheetPart) throws(XLSXReadFailure) -> [Row] {
        let whole = SourceLocation.file(file)
        let bytes: [UInt8]
        do {
            guard let part = try package.part(sheet.part) else {
                throw XLSXReadFailure(location: whole, message: "the workbook lists the sheet '\(sheet.name)' "
                                          + "but has no part \(sheet.part)")
            }
            bytes = part
        } catch let failure as OPCPackage.Failure {
            throw XLSXReadFailure(location: whole, message: "the workbook cannot be read: \(failure)")
        } catch let failure as XLSXReadFailure {
            throw failure
        } catch {
            throw XLSXReadFailure(location: whole, message: "the workbook cannot be read: \(error)")
        }
        var scanner = XLSXSheetScanner(parts: self, sheet: sheet)
        do {
            return try scanner.rows(bytes)
        } catch let failure as XMLReadError {
            throw XLSXReadFailure(location: whole,
                                  message: "the sheet '\(sheet.name)' cannot be read: \(sheet.part): \(failure)")
        } catch let failure as XLSXReadFailure {
            throw failure
        } catch {
            throw XLSXReadFailure(location: whole, message: "the sheet '\(sheet.name)' cannot be read: \(error)")
        }
    }

    /// The shared string `index`, or nil when there is none.
    func sharedString(_ index: Int) -> String? {
        sharedStrings.indices.contains(index) ? sharedStrings[index] : nil
    }

    /// The number of shared strings.
    var sharedStringCount: Int { sharedStrings.count }

    /// Whether the cell format `style` shows a date.
    func isDate(style: Int) -> Bool {
        dateStyles.indices.contains(style) && dateStyles[style]
    }

    /// A date serial as `YYYY-MM-DD` (with ` HH:MM` when it has a time of day), or nil when it
    /// is outside 1900–9999.
    func date(serial: Decimal) -> String? {
        let value = NSDecimalNumber(decimal: serial).doubleValue
        guard value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        var days = Int(value.rounded(.down))
        let minutes = Int(((value - Double(days)) * 1_440).rounded())
        // Excel's 1900 system counts a 29 February 1900 that never was (serial 60).
        if !isDate1904 {
            guard days != 60 else { return nil }
            if days < 60 { days += 1 }
        }
        // Days from 1970-01-01 of the system's day 0 (1899-12-30, or 1904-01-01).
        let epoch = isDate1904 ? -24_107 : -25_569
        let day = Self.civilDate(daysSince1970: epoch + days + minutes / 1_440)
        let time = minutes % 1_440
        guard let day else { return nil }
        guard time != 0 else { return day.description }
        return "\(day) \(CalendarDate.pad(time / 60, 2)):\(CalendarDate.pad(time % 60, 2))"
    }

    /// The Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970 days: Int) -> CalendarDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }
}
