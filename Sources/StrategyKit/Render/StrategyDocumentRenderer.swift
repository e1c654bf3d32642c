import Foundation

/// Renders the strategy document in one language and several formats: builds the
/// ``Document`` once, then hands it to each format's writer.
public struct StrategyDocumentRenderer: Renderer {
    /// The writers, one per output format.
    public var writers: [any DocumentWriter]
    /// The budget sums, when the caller already has them (they serve every language).
    public var costs: DocumentCosts?

    /// Creates a renderer for some formats.
    public init(writers: [any DocumentWriter], costs: DocumentCosts? = nil) {
        self.writers = writers
        self.costs = costs
    }

    public func render(_ strategy: Strategy, in context: RenderContext) throws -> [RenderedFile] {
        guard !writers.isEmpty else { return [] }
        // Only HTML draws charts; building their SVG for other formats would be wasted.
        let drawsFigures = writers.contains { $0 is HTMLWriter }
        let document = try DocumentBuilder(
            strategy: strategy, context: context, costs: costs, drawsFigures: drawsFigures).build()
        var files = try writers.map { writer in
            RenderedFile(path: "\(context.language)/strategy.\(writer.fileExtension)",
                         data: try writer.write(document, labels: context.labels))
        }
        // The Markdown links its pictures: a copy of each goes beside it (HTML and DOCX carry
        // theirs inside).
        if writers.contains(where: { $0 is MarkdownWriter }) {
            for (source, image) in document.images.sorted(by: { $0.key < $1.key }) {
                files.append(RenderedFile(
                    path: "\(context.language)/" + MarkdownWriter.imagePath(source), data: image.data))
            }
        }
        return files
    }
}

/// Markdown conventions shared by the writer and the contents.
enum MarkdownText {
    /// One trailing newline, no runs of more than one blank line, no trailing spaces.
    static func normalized(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            // The output is never longer than the input plus its final newline.
            String(unsafeUninitializedCapacity: input.count + 1) { output in
                // A capacity of at least one byte always has an address.
                guard let base = output.baseAddress else { return 0 }
                return normalize(input, into: base)
            }
        }
    }

    /// ``normalized(_:)`` as the bytes of a file: written straight into the buffer the `Data`
    /// keeps, with neither the UTF-8 validation of a new String nor a copy (the Markdown of
    /// 20,000 actions is tens of megabytes).
    static func normalizedData(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { input in
            let capacity = input.count + 1
            guard let output = malloc(capacity)?.bindMemory(to: UInt8.self, capacity: capacity) else {
                return Data(normalized(String(decoding: input, as: UTF8.self)).utf8)
            }
            let count = normalize(input, into: output)
            return Data(bytesNoCopy: output, count: count, deallocator: .free)
        }
    }

    /// Writes the normalized `input` to `output`, which has room for one byte more than the
    /// input, and returns the number of bytes written.
    ///
    /// One pass over the UTF-8 bytes: spaces are held back until something other than a line
    /// end follows them. Only ASCII bytes are added or dropped, so valid UTF-8 stays valid.
    private static func normalize(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Int {
        let space = UInt8(ascii: " ")
        let newline = UInt8(ascii: "\n")
        var count = 0
        var pendingSpaces = 0
        var pendingNewlines = 0
        guard let base = input.baseAddress else {
            output[0] = newline
            return 1
        }
        var index = 0
        while index < input.count {
            // With nothing held back, eight bytes without a space or line feed are copied as
            // they are. The output never runs ahead of the input, so the store stays inside it.
            if pendingSpaces == 0, pendingNewlines == 0 {
                while index &+ 8 <= input.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if hasByte(word, space) || hasByte(word, newline) { break }
                    UnsafeMutableRawPointer(output + count).storeBytes(of: word, as: UInt64.self)
                    index &+= 8
                    count &+= 8
                }
                if index >= input.count { break }
            }
            let byte = base[index]
            index &+= 1
            if byte == space {
                pendingSpaces += 1
            } else if byte == newline {
                pendingSpaces = 0
                pendingNewlines += 1
            } else {
                // Leading blank lines are dropped; inside, at most one blank line.
                if count > 0 {
                    for _ in 0..<min(pendingNewlines, 2) {
                        output[count] = newline
                        count += 1
                    }
                }
                for _ in 0..<pendingSpaces {
                    output[count] = space
                    count += 1
                }
                pendingSpaces = 0
                pendingNewlines = 0
                output[count] = byte
                count += 1
            }
        }
        output[count] = newline
        return count + 1
    }

    /// Whether any of the eight bytes of `word` is `byte` (the classic SWAR zero-byte test).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let masked = word ^ (ones &* UInt64(byte))
        return (masked &- ones) & ~masked & (ones &* 0x80) != 0
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
