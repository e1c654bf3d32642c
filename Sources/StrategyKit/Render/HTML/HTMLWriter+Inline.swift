import Foundation

extension HTMLWriter {
    /// Inline content: text escaped, emphasis and code as elements, links checked.
    func writeInlines(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            writeInline(inline, to: &out)
        }
    }

    private func writeInline(_ inline: Inline, to out: inout String) {
        switch inline {
        case .text(let text):
            out += XMLEscaping.text(text)
        case .strong(let content):
            out += "<strong>"
            writeInlines(content, to: &out)
            out += "</strong>"
        case .emphasis(let content):
            out += "<em>"
            writeInlines(content, to: &out)
            out += "</em>"
        case .code(let text):
            out += "<code>\(XMLEscaping.text(text))</code>"
        case .link(let target, let content):
            switch HTMLLinkTarget(target) {
            case .anchor:
                out += "<a href=\"\(XMLEscaping.attribute(target))\">"
            case .external:
                out += "<a href=\"\(XMLEscaping.attribute(target))\" rel=\"noopener\">"
            case .unsafe:
                // A `javascript:` or `data:` link would run code when clicked: keep the words,
                // drop the link.
                writeInlines(content, to: &out)
                return
            }
            writeInlines(content, to: &out)
            out += "</a>"
        case .lineBreak:
            out += "<br />"
        case .image(let source, let alternative, let title):
            guard let image = images[source] else {
                out += XMLEscaping.text(alternative)
                return
            }
            // A data URI keeps the page self-contained (one file to send or print).
            out += "<img src=\"data:\(image.format.mediaType);base64,"
            out += image.data.base64EncodedString()
            out += "\" alt=\"\(XMLEscaping.attribute(alternative))\""
            if !title.isEmpty { out += " title=\"\(XMLEscaping.attribute(title))\"" }
            out += " width=\"\(image.width)\" height=\"\(image.height)\" />"
        case .chart(let svg, _):
            // Drawn by the package, its text already escaped; the SVG's <title> is its text alternative.
            var body = Substring(svg)
            if body.hasPrefix("<?xml"), let end = body.range(of: "?>") { body = body[end.upperBound...] }
            out += "<span class=\"inline-chart\">" + body.trimmingCharacters(in: .whitespacesAndNewlines) + "</span>"
        }
    }
}

/// What kind of place a link points at, judged the way a browser reads the URL.
enum HTMLLinkTarget: Equatable {
    /// `#anchor` inside the page.
    case anchor
    /// A web, mail or phone address, or a relative path.
    case external
    /// A scheme that can run code or smuggle content (`javascript:`, `data:`, `vbscript:` …).
    case unsafe

    /// The schemes a link may use.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp"]

    /// Classifies `target`.
    init(_ target: String) {
        // Browsers ignore ASCII whitespace and controls inside a scheme ("java\tscript:"),
        // so they are removed before the scheme is read.
        let scalars = target.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        let compact = String(String.UnicodeScalarView(scalars)).lowercased()
        if compact.hasPrefix("#") {
            self = .anchor
            return
        }
        guard let colon = compact.firstIndex(of: ":") else {
            self = .external
            return
        }
        let beforeColon = compact[..<colon]
        if beforeColon.contains(where: { "/?#".contains($0) }) {
            self = .external  // A relative path such as `docs/a:b`.
        } else {
            self = Self.allowedSchemes.contains(String(beforeColon)) ? .external : .unsafe
        }
    }
}
