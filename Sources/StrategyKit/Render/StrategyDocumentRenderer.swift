import Foundation

/// Renders the strategy document in one language and format: builds the ``Document`` once,
/// then hands it to the format's writer.
public struct StrategyDocumentRenderer: Renderer {
    /// The writer for the output format.
    public var writer: any DocumentWriter

    /// Creates a renderer for one format.
    public init(writer: any DocumentWriter) {
        self.writer = writer
    }

    public func render(_ strategy: Strategy, in context: RenderContext) throws -> [RenderedFile] {
        let document = try DocumentBuilder(strategy: strategy, context: context).build()
        let data = try writer.write(document, labels: context.labels)
        return [RenderedFile(path: "\(context.language)/strategy.\(writer.fileExtension)", data: data)]
    }
}

/// Markdown conventions shared by the writer and the contents.
enum MarkdownText {
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

/// GitHub's anchor rule for headings.
enum MarkdownTOC {
    /// Lowercase, drop punctuation, spaces to hyphens.
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
