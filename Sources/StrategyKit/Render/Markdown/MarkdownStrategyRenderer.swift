import Foundation

/// Renders the strategy document as Markdown in one language, from that language's template.
public struct MarkdownStrategyRenderer: Renderer {
    /// The placeholders a strategy template may use; `prose:ID` and `label:KEY` take an argument.
    public static let placeholders: Set<String> = [
        "title", "subtitle", "period", "edition.version", "edition.status", "edition.date",
        "coalition.name", "coalition.funder", "members.list", "toc", "coalition.members",
        "work-areas", "goals", "audiences", "channels", "themes", "actions.matrix",
        "budget.summary", "indicators", "risks", "contract",
    ]
    /// Placeholders with an argument after the colon.
    public static let prefixes: Set<String> = ["prose", "label"]

    /// Creates the renderer.
    public init() {}

    public func render(_ strategy: Strategy, in context: RenderContext) throws -> [RenderedFile] {
        let text = try document(strategy, in: context)
        return [RenderedFile(path: "\(context.language)/strategy.md", data: Data(text.utf8))]
    }

    /// The whole document as text.
    public func document(_ strategy: Strategy, in context: RenderContext) throws -> String {
        let blocks = MarkdownBlocks(strategy: strategy, context: context)
        var output = ""
        for part in context.templates.strategy.parts {
            switch part {
            case .text(let text):
                output += text
            case .placeholder(let name, let location):
                guard let value = blocks.value(for: name) else {
                    throw RenderError(diagnostic: TemplateRules.unknownPlaceholder(name, at: location))
                }
                output += value
            }
        }
        output = output.replacingOccurrences(
            of: MarkdownBlocks.tocMarker, with: MarkdownTOC.contents(of: output))
        return Self.normalized(output)
    }

    /// One trailing newline, no runs of more than one blank line, no trailing spaces.
    static func normalized(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " { line = line.dropLast() }
            if line.isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Contents from the document's `##` headings, linked by GitHub-style anchors.
enum MarkdownTOC {
    static func contents(of document: String) -> String {
        var used: [String: Int] = [:]
        var items: [String] = []
        for line in document.split(separator: "\n") where line.hasPrefix("#") {
            let level = line.prefix { $0 == "#" }.count
            let title = line.dropFirst(level).trimmingCharacters(in: .whitespaces)
            var anchor = slug(title)
            if let count = used[anchor] {
                used[anchor] = count + 1
                anchor += "-\(count)"
            } else {
                used[anchor] = 1
            }
            guard level == 2, line != "## " + tocTitle(document) else { continue }
            items.append("- [\(title)](#\(anchor))")
        }
        return items.joined(separator: "\n")
    }

    /// The heading that holds the contents (the `##` just before the marker), skipped in it.
    private static func tocTitle(_ document: String) -> String {
        guard let marker = document.range(of: MarkdownBlocks.tocMarker) else { return "" }
        let before = document[..<marker.lowerBound]
        let heading = before.split(separator: "\n").last { $0.hasPrefix("## ") }
        return heading.map { String($0.dropFirst(3)) } ?? ""
    }

    /// GitHub's anchor rule: lowercase, drop punctuation, spaces to hyphens.
    static func slug(_ title: String) -> String {
        var result = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            } else if character == " " {
                result.append("-")
            }
        }
        return result
    }
}
