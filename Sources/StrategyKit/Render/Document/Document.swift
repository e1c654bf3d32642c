import Foundation

/// A rendered document before it becomes Markdown, HTML or DOCX: one model, three writers.
///
/// The builder turns the strategy and its template into a `Document`; each writer turns a
/// `Document` into bytes. All text in the model is plain (unescaped): writers escape it for
/// their format.
public struct Document: Hashable, Sendable {
    /// The language of the text (`lang` in HTML, `w:lang` in DOCX).
    public var language: Language
    /// The document's title, for the HTML `<title>`, the DOCX header and core properties.
    public var title: String
    /// The content, in order.
    public var blocks: [Block]
    /// The pictures the blocks show (``Inline/image(source:alternative:title:)``), by source.
    public var images: [String: DocumentImage]

    /// Creates a document.
    public init(
        language: Language, title: String, blocks: [Block], images: [String: DocumentImage] = [:]
    ) {
        self.language = language
        self.title = title
        self.blocks = blocks
        self.images = images
    }
}

/// A block of a document.
public indirect enum Block: Hashable, Sendable {
    /// A heading, level 1–6, with the anchor links point at (unique in the document).
    case heading(level: Int, content: [Inline], anchor: String)
    /// A paragraph.
    case paragraph([Inline])
    /// A list; each item is a sequence of blocks (usually one paragraph, maybe a nested list).
    /// An ordered list counts from `start`; a loose list (items apart by blank lines in
    /// Markdown) shows its items as paragraphs with space between them.
    case list(ordered: Bool, items: [[Block]], start: Int = 1, isLoose: Bool = false)
    /// Preformatted text shown as written (a fenced or indented code block): every space and
    /// line break kept, in a monospaced font. `language` is the first word of a fence's info
    /// string, or empty.
    case code(language: String, text: String)
    /// A table.
    case table(Table)
    /// A quotation.
    case quote([Block])
    /// A thematic break.
    case rule
    /// The title page: members, title, subtitle and facts (period, version, date …).
    case titlePage(TitlePage)
    /// The table of contents: the entries point at heading anchors.
    case contents([ContentsEntry])
    /// Content laid out on landscape pages (the action matrix); writers return to portrait after.
    case landscape([Block])
    /// A chart: SVG where the format shows it (HTML), else its fallback blocks (a table).
    case figure(Figure)
}

/// A picture's bytes and what writers need to place it.
public struct DocumentImage: Hashable, Sendable {
    /// The file formats a picture may have.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case png, jpeg, svg

        /// The media type (`image/png`).
        public var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .svg: "image/svg+xml"
            }
        }

        /// The file extension writers give a copy.
        public var fileExtension: String {
            switch self {
            case .png: "png"
            case .jpeg: "jpeg"
            case .svg: "svg"
            }
        }
    }

    /// The file's bytes.
    public var data: Data
    /// Its format, read from its first bytes.
    public var format: Format
    /// The size in pixels (for SVG, in CSS pixels from `width`/`height` or the `viewBox`).
    public var width: Int
    public var height: Int

    /// Creates an image.
    public init(data: Data, format: Format, width: Int, height: Int) {
        self.data = data
        self.format = format
        self.width = max(1, width)
        self.height = max(1, height)
    }
}

/// A chart with a text equivalent.
public struct Figure: Hashable, Sendable {
    /// The SVG document, produced by the package's own writers (never user markup): every
    /// text in it is already escaped.
    public var svg: String
    /// A caption and text alternative.
    public var caption: String
    /// What formats without SVG show instead (the calendar plan as a table).
    public var fallback: [Block]

    /// Creates a figure.
    public init(svg: String, caption: String, fallback: [Block]) {
        self.svg = svg
        self.caption = caption
        self.fallback = fallback
    }
}

/// Inline content.
public indirect enum Inline: Hashable, Sendable {
    /// Plain text (never escaped in the model).
    case text(String)
    /// Strong emphasis (bold).
    case strong([Inline])
    /// Emphasis (italic).
    case emphasis([Inline])
    /// Code.
    case code(String)
    /// A link; `target` is a URL or `#anchor` inside the document.
    case link(target: String, content: [Inline])
    /// A line break inside a paragraph or cell.
    case lineBreak
    /// A picture: `source` names it in ``Document/images`` (a workspace-relative path); a
    /// writer shows `alternative` where the document has no such image.
    case image(source: String, alternative: String, title: String)
    /// A small chart drawn by the package's own code (never user markup; its text is already
    /// escaped): inline SVG in HTML, its alternative text in formats without SVG.
    case chart(svg: String, alternative: String)
}

/// A table with per-column widths and alignment.
public struct Table: Hashable, Sendable {
    /// A column: its header, relative width and alignment.
    public struct Column: Hashable, Sendable {
        /// How cell text aligns.
        public enum Alignment: Hashable, Sendable {
            case leading, center, trailing
        }

        /// The header cell.
        public var header: [Inline]
        /// The relative width (the writers share the page width in these proportions).
        public var width: Int
        /// The alignment of the column's cells.
        public var alignment: Alignment

        /// Creates a column.
        public init(_ header: [Inline], width: Int = 1, alignment: Alignment = .leading) {
            self.header = header
            self.width = max(1, width)
            self.alignment = alignment
        }
    }

    /// A row of cells; a cell is one or more paragraphs.
    public struct Row: Hashable, Sendable {
        /// The cells, one per column, as writers read them.
        public var contents: [Cell]
        /// A totals row (shown bold).
        public var isTotal: Bool

        /// The cells as paragraphs of inline content.
        public var cells: [[[Inline]]] {
            get { contents.map(\.paragraphs) }
            set { contents = newValue.map(Cell.init(paragraphs:)) }
        }

        /// Creates a row whose cells are single paragraphs.
        public init(_ cells: [[Inline]], isTotal: Bool = false) {
            self.contents = cells.map { Cell(paragraphs: [$0]) }
            self.isTotal = isTotal
        }

        /// Creates a row whose cells may hold several paragraphs.
        public init(paragraphs: [[[Inline]]], isTotal: Bool = false) {
            self.contents = paragraphs.map(Cell.init(paragraphs:))
            self.isTotal = isTotal
        }

        /// Creates a row of cells.
        public init(contents: [Cell], isTotal: Bool = false) {
            self.contents = contents
            self.isTotal = isTotal
        }
    }

    /// A cell's content: most cells are one plain text, kept as it is instead of in arrays of
    /// paragraphs and inlines (a table of 20,000 rows has hundreds of thousands of cells).
    ///
    /// The form is canonical, so equal cells compare equal: `.text` holds a non-empty text and
    /// stands for exactly one paragraph of that text; everything else is `.paragraphs`.
    public enum Cell: Hashable, Sendable {
        /// One paragraph of plain text, never empty.
        case text(String)
        /// Any other content: several paragraphs, formatting, or nothing.
        case paragraphs([[Inline]])

        /// One paragraph of `text`; an empty text is an empty paragraph, as `Inline.plain`
        /// makes it.
        public static func plain(_ text: String) -> Cell {
            text.isEmpty ? empty : .text(text)
        }

        /// An empty paragraph.
        public static let empty = Cell.paragraphs([[]])

        /// The cell of `paragraphs`, in canonical form.
        public init(paragraphs: [[Inline]]) {
            if paragraphs.count == 1, paragraphs[0].count == 1, case .text(let text) = paragraphs[0][0], !text.isEmpty {
                self = .text(text)
            } else {
                self = .paragraphs(paragraphs)
            }
        }

        /// The content as paragraphs of inline content.
        public var paragraphs: [[Inline]] {
            switch self {
            case .text(let text): [[.text(text)]]
            case .paragraphs(let paragraphs): paragraphs
            }
        }
    }

    /// The columns.
    public var columns: [Column]
    /// The body rows (made as they are read, for the tables of one row per action).
    public var rows: TableRows
    /// An optional caption ("Table 3. Budget by year").
    public var caption: [Inline]?
    /// Whether the header row is shown (a key–value table has none).
    public var hasHeader: Bool
    /// Whether the table is set smaller than other tables (8 pt instead of 9 in DOCX): a wide
    /// table with many columns, such as the action matrix, so that its longest column keeps
    /// room once every other column is as wide as its widest word.
    public var isDense = false

    /// Creates a table.
    public init(columns: [Column], rows: [Row] = [], caption: [Inline]? = nil, hasHeader: Bool = true) {
        self.init(columns: columns, rows: TableRows(rows), caption: caption, hasHeader: hasHeader)
    }

    /// Creates a table whose rows may be made as they are read.
    public init(columns: [Column], rows: TableRows, caption: [Inline]? = nil, hasHeader: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.hasHeader = hasHeader
    }
}

/// The title page of a document.
public struct TitlePage: Hashable, Sendable {
    /// The Coalition's members, one line each.
    public var members: [String]
    /// The title.
    public var title: String
    /// The subtitle.
    public var subtitle: String
    /// Label–value facts: period, version, date, funder.
    public var facts: [Fact]

    /// One fact of the title page.
    public struct Fact: Hashable, Sendable {
        /// "Period".
        public var label: String
        /// "2023–2026".
        public var value: String

        /// Creates a fact.
        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    /// Creates a title page.
    public init(members: [String], title: String, subtitle: String, facts: [Fact]) {
        self.members = members
        self.title = title
        self.subtitle = subtitle
        self.facts = facts
    }
}

/// An entry of the table of contents.
public struct ContentsEntry: Hashable, Sendable {
    /// The heading's level (2 for sections).
    public var level: Int
    /// The heading's text.
    public var title: String
    /// The heading's anchor.
    public var anchor: String

    /// Creates an entry.
    public init(level: Int, title: String, anchor: String) {
        self.level = level
        self.title = title
        self.anchor = anchor
    }
}

extension Inline {
    /// The text without formatting, for anchors, the contents and plain-text uses.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .strong(let content), .emphasis(let content), .link(_, let content):
            content.map(\.plainText).joined()
        case .lineBreak: " "
        case .chart(_, let alternative), .image(_, let alternative, _): alternative
        }
    }
}

extension Array where Element == Inline {
    /// The text without formatting.
    public var plainText: String { map(\.plainText).joined() }
}

extension Block {
    /// The block with `transform` applied to every inline without children (text, code,
    /// images …) in it and in the blocks inside it; table rows are made and mapped now, so use
    /// it on parsed prose, not on the tables of thousands of rows the builder makes.
    func mappingInlines(_ transform: (Inline) -> Inline) -> Block {
        func map(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .strong(let content): .strong(map(content))
                case .emphasis(let content): .emphasis(map(content))
                case .link(let target, let content): .link(target: target, content: map(content))
                default: transform(inline)
                }
            }
        }
        switch self {
        case .heading(let level, let content, let anchor):
            return .heading(level: level, content: map(content), anchor: anchor)
        case .paragraph(let content):
            return .paragraph(map(content))
        case .list(let ordered, let items, let start, let isLoose):
            return .list(
                ordered: ordered, items: items.map { $0.map { $0.mappingInlines(transform) } },
                start: start, isLoose: isLoose)
        case .quote(let blocks):
            return .quote(blocks.map { $0.mappingInlines(transform) })
        case .landscape(let blocks):
            return .landscape(blocks.map { $0.mappingInlines(transform) })
        case .table(var table):
            table.columns = table.columns.map { column in
                var column = column
                column.header = map(column.header)
                return column
            }
            table.rows = TableRows(table.rows.map { row in
                Table.Row(paragraphs: row.cells.map { $0.map(map) }, isTotal: row.isTotal)
            })
            return .table(table)
        case .rule, .titlePage, .contents, .figure, .code:
            return self
        }
    }
}
