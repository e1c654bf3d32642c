import Foundation

/// Writes a ``Document`` as one self-contained, printable HTML page.
///
/// The output is polyglot markup: valid HTML5 that is also well-formed XML (every element
/// closed, void elements self-closed, attributes quoted, only the XML entities), so an XML
/// parser can check it. The CSS is inline (``HTMLStyle``); there are no scripts, fonts or
/// images to fetch. All text goes through ``XMLEscaping``. Pure and deterministic: the same
/// document gives the same bytes.
public struct HTMLWriter: DocumentWriter {
    /// `html`.
    public let fileExtension = "html"

    /// The pictures of the document being written, by source.
    var images: [String: DocumentImage] = [:]

    /// Creates a writer.
    public init() {}

    /// The page's UTF-8 bytes.
    public func write(_ document: Document, labels: Labels) -> Data {
        Data(html(document, labels: labels).utf8)
    }

    /// The page as text.
    public func html(_ document: Document, labels: Labels) -> String {
        var writer = self
        writer.images = document.images
        return writer.page(document, labels: labels)
    }

    private func page(_ document: Document, labels: Labels) -> String {
        var out = ""
        let language = XMLEscaping.attribute(document.language.code)
        out += "<!DOCTYPE html>\n"
        out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\""
        out += " xml:lang=\"\(language)\">\n"
        out += "<head>\n"
        out += "<meta charset=\"utf-8\" />\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        out += "<title>\(XMLEscaping.text(document.title))</title>\n"
        out += "<style>\n\(HTMLStyle.css)</style>\n"
        out += "</head>\n"
        out += "<body>\n<main class=\"document\">\n"
        var context = HTMLBlockContext(labels: labels)
        writeBlocks(document.blocks, to: &out, context: &context)
        out += "</main>\n</body>\n</html>\n"
        return out
    }
}

/// What a block needs to know about its neighbours while the page is written.
struct HTMLBlockContext {
    /// The document's labels.
    var labels: Labels
    /// The anchor of the heading just written, if the last block was one: the contents that
    /// follow are named by it.
    var previousHeadingAnchor: String?
}

extension HTMLWriter {
    func writeBlocks(_ blocks: [Block], to out: inout String, context: inout HTMLBlockContext) {
        for block in Self.headingsMovedIntoLandscape(blocks) {
            writeBlock(block, to: &out, context: &context)
        }
    }

    /// The headings right before a landscape block, moved inside it. A change of named page
    /// forces a page break, so a heading left outside ("9. Action matrix") would print alone
    /// on a portrait page and its table would start on the next, landscape one.
    static func headingsMovedIntoLandscape(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            guard case .landscape(let inner) = block else {
                result.append(block)
                continue
            }
            var headings: [Block] = []
            while let last = result.last, case .heading = last {
                headings.insert(result.removeLast(), at: 0)
            }
            result.append(.landscape(headings + inner))
        }
        return result
    }

    func writeBlock(_ block: Block, to out: inout String, context: inout HTMLBlockContext) {
        var headingAnchor: String?
        switch block {
        case .heading(let level, let content, let anchor):
            let tag = "h\(min(max(level, 1), 6))"
            let id = anchor.isEmpty ? "" : " id=\"\(XMLEscaping.attribute(anchor))\""
            out += "<\(tag)\(id)>"
            writeInlines(content, to: &out)
            out += "</\(tag)>\n"
            headingAnchor = anchor
        case .paragraph(let content):
            out += "<p>"
            writeInlines(content, to: &out)
            out += "</p>\n"
        case .list(let ordered, let items, let start, let isLoose):
            writeList(ordered: ordered, items: items, start: start, isLoose: isLoose, to: &out, context: &context)
        case .code(let language, let text):
            // `white-space: pre` (HTMLStyle) keeps the spaces and line breaks as written.
            out += "<pre><code"
            if !language.isEmpty { out += " class=\"language-\(XMLEscaping.attribute(language))\"" }
            out += ">" + XMLEscaping.text(text) + "</code></pre>\n"
        case .table(let table):
            writeTable(table, to: &out)
        case .quote(let blocks):
            out += "<blockquote>\n"
            writeBlocks(blocks, to: &out, context: &context)
            out += "</blockquote>\n"
        case .rule:
            out += "<hr />\n"
        case .titlePage(let page):
            writeTitlePage(page, to: &out)
        case .contents(let entries):
            writeContents(entries, to: &out, context: context)
        case .landscape(let blocks):
            out += "<section class=\"landscape\">\n"
            writeBlocks(blocks, to: &out, context: &context)
            out += "</section>\n"
        case .figure(let figure):
            // The SVG comes from the package's own chart writer, already escaped; only its XML
            // declaration is dropped so it can stand inline.
            var svg = Substring(figure.svg)
            if svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") { svg = svg[end.upperBound...] }
            out += "<figure class=\"chart\">\n" + svg.trimmingCharacters(in: .whitespacesAndNewlines)
                + "\n<figcaption>" + XMLEscaping.text(figure.caption) + "</figcaption>\n</figure>\n"
        }
        context.previousHeadingAnchor = headingAnchor
    }

    /// A list; in a tight list an item's paragraphs are written without `<p>`, as CommonMark
    /// renders them; an ordered list not counting from 1 says where it starts.
    private func writeList(
        ordered: Bool, items: [[Block]], start: Int, isLoose: Bool, to out: inout String,
        context: inout HTMLBlockContext
    ) {
        let tag = ordered ? "ol" : "ul"
        out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
        for item in items {
            out += "<li>"
            var rest = item[...]
            if !isLoose, case .paragraph(let content)? = rest.first {
                writeInlines(content, to: &out)
                rest = rest.dropFirst()
            }
            if !rest.isEmpty {
                out += "\n"
                writeBlocks(Array(rest), to: &out, context: &context)
            }
            out += "</li>\n"
        }
        out += "</\(tag)>\n"
    }

    private func writeTitlePage(_ page: TitlePage, to out: inout String) {
        out += "<header class=\"title-page\">\n"
        if !page.members.isEmpty {
            out += "<ul class=\"members\">\n"
            for member in page.members {
                out += "<li>\(XMLEscaping.text(member))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h1 class=\"title\">\(XMLEscaping.text(page.title))</h1>\n"
        if !page.subtitle.isEmpty {
            out += "<p class=\"subtitle\">\(XMLEscaping.text(page.subtitle))</p>\n"
        }
        if !page.facts.isEmpty {
            out += "<dl class=\"facts\">\n"
            for fact in page.facts {
                out += "<div><dt>\(XMLEscaping.text(fact.label))</dt>"
                out += "<dd>\(XMLEscaping.text(fact.value))</dd></div>\n"
            }
            out += "</dl>\n"
        }
        out += "</header>\n"
    }

    /// The contents as a nested list of links. The `<nav>` is named by the heading written
    /// just before it ("Contents" in the template); without one, by the `contents` label.
    private func writeContents(
        _ entries: [ContentsEntry], to out: inout String, context: HTMLBlockContext
    ) {
        out += "<nav class=\"toc\""
        if let anchor = context.previousHeadingAnchor, !anchor.isEmpty {
            out += " aria-labelledby=\"\(XMLEscaping.attribute(anchor))\""
        } else if let label = context.labels.values["contents"] {
            out += " aria-label=\"\(XMLEscaping.attribute(label))\""
        }
        out += ">\n"
        if !entries.isEmpty { writeContentsList(entries[...], to: &out) }
        out += "</nav>\n"
    }

    /// Each entry owns the entries after it that are deeper, up to the next entry at its
    /// level or above; level jumps (2 → 4) nest one list deep, never produce empty items.
    private func writeContentsList(_ entries: ArraySlice<ContentsEntry>, to out: inout String) {
        out += "<ul>\n"
        var index = entries.startIndex
        while index < entries.endIndex {
            let entry = entries[index]
            let end = entries[(index + 1)...].firstIndex { $0.level <= entry.level }
                ?? entries.endIndex
            out += "<li><a href=\"#\(XMLEscaping.attribute(entry.anchor))\">"
            out += XMLEscaping.text(entry.title) + "</a>"
            if index + 1 < end {
                out += "\n"
                writeContentsList(entries[(index + 1)..<end], to: &out)
            }
            out += "</li>\n"
            index = end
        }
        out += "</ul>\n"
    }
}
