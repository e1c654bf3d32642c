import Foundation

/// A workbook to be written by ``XLSXWriter``: sheets of typed cells with a small fixed set of
/// styles, plus what makes a sheet usable (frozen panes, autofilter, column widths, drop-down
/// lists) and the document properties.
public struct XLSXWorkbook: Sendable {
    /// The core and custom document properties (File ▸ Properties in Excel).
    public struct Properties: Sendable, Hashable {
        public var title: String
        /// The `dc:language` tag (`ru-RU`).
        public var language: String
        /// Custom properties, written in this order (name, text value).
        public var custom: [Custom]

        /// One custom property.
        public struct Custom: Sendable, Hashable {
            public var name: String
            public var value: String

            public init(_ name: String, _ value: String) {
                self.name = name
                self.value = value
            }
        }

        public init(title: String, language: String, custom: [Custom] = []) {
            self.title = title
            self.language = language
            self.custom = custom
        }
    }

    /// A workbook-wide name (`Targets` → `'Sections'!$A$2:$A$40`), for a drop-down's source.
    public struct DefinedName: Sendable, Hashable {
        public var name: String
        public var formula: String

        public init(name: String, formula: String) {
            self.name = name
            self.formula = formula
        }
    }

    public var sheets: [XLSXSheet]
    public var properties: Properties
    /// A notice printed at the top of every page of every sheet and kept as the document's
    /// description (an illustration's "this is a worked example"), or nil.
    public var notice: String?
    public var definedNames: [DefinedName]
    /// The ISO code shown by the ``XLSXStyle/money`` number format (`KGS` → `1 234,50 KGS`).
    public var currency: String

    public init(
        sheets: [XLSXSheet], properties: Properties, definedNames: [DefinedName] = [],
        currency: String = ""
    ) {
        self.sheets = sheets
        self.properties = properties
        self.definedNames = definedNames
        self.currency = currency
    }
}

/// One worksheet.
public struct XLSXSheet: Sendable {
    /// A drop-down list on a range: `formula` is a quoted list (`"a,b"`) or a reference.
    public struct Validation: Sendable, Hashable {
        /// The cells (`F2:F200`).
        public var range: String
        public var formula: String
        /// The message Excel shows when a value is not in the list.
        public var error: String

        public init(range: String, formula: String, error: String) {
            self.range = range
            self.formula = formula
            self.error = error
        }

        /// A list of literal values (Excel allows 255 characters in all; none may hold a comma
        /// or a quote).
        public static func list(_ values: [String], range: String, error: String) -> Validation {
            let cleaned = values.map { $0.replacingOccurrences(of: ",", with: " ")
                .replacingOccurrences(of: "\"", with: "") }
            return Validation(range: range, formula: "\"" + cleaned.joined(separator: ",") + "\"",
                              error: error)
        }
    }

    /// The sheet's name (at most 31 characters, none of `[]:*?/\`; the writer cleans it).
    public var name: String
    /// Column widths in characters, from column A.
    public var widths: [Double]
    /// The rows from row 1; a row may be shorter than others.
    public var rows: [[XLSXCell]]
    /// Rows and columns kept in view when scrolling (0 for none).
    public var frozenRows: Int
    public var frozenColumns: Int
    /// Whether row 1 heads an autofilter over all rows and columns.
    public var hasAutoFilter: Bool
    public var validations: [Validation]
    /// Landscape pages when printed.
    public var isLandscape: Bool

    public init(
        name: String, widths: [Double] = [], rows: [[XLSXCell]] = [], frozenRows: Int = 0,
        frozenColumns: Int = 0, hasAutoFilter: Bool = false, validations: [Validation] = [],
        isLandscape: Bool = false
    ) {
        self.name = name
        self.widths = widths
        self.rows = rows
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.hasAutoFilter = hasAutoFilter
        self.validations = validations
        self.isLandscape = isLandscape
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { max(widths.count, rows.map(\.count).max() ?? 0) }
}

/// The look of a cell; the writer's stylesheet has exactly these.
public enum XLSXStyle: Int, CaseIterable, Sendable {
    /// No formatting.
    case normal
    /// A column header: bold on a blue fill, wrapped, bordered.
    case header
    /// A pre-filled cell the reader does not change: grey fill, wrapped, bordered.
    case prefilled
    /// A cell to fill in: text format (so Excel keeps `2.3` as typed), wrapped, bordered.
    case input
    /// Wrapped text, top-aligned.
    case wrapped
    /// An amount in the workbook's currency (`#,##0.00 "KGS"`).
    case money
    /// A total amount: bold money.
    case moneyTotal
    /// A number as it is (General).
    case number
    /// Bold text (a total's label, a heading).
    case bold
    /// A share as a percentage with one decimal (`12.5%`).
    case percent
}

/// A cell: a value and a style.
public struct XLSXCell: Sendable, Hashable {
    /// What a cell holds.
    public enum Value: Sendable, Hashable {
        case empty
        case text(String)
        case number(Decimal)
        /// A formula (without `=`) and the value it computes, written as its cached value so
        /// the file shows it before any recalculation.
        case formula(String, cached: Decimal)
    }

    public var value: Value
    public var style: XLSXStyle

    public init(_ value: Value, style: XLSXStyle = .normal) {
        self.value = value
        self.style = style
    }

    /// Text in `style`.
    public static func text(_ text: String, _ style: XLSXStyle = .normal) -> XLSXCell {
        XLSXCell(.text(text), style: style)
    }

    /// A number in `style`.
    public static func number(_ value: Decimal, _ style: XLSXStyle = .number) -> XLSXCell {
        XLSXCell(.number(value), style: style)
    }

    /// An empty cell in `style` (a fill or a border without a value).
    public static func blank(_ style: XLSXStyle = .normal) -> XLSXCell {
        XLSXCell(.empty, style: style)
    }
}
