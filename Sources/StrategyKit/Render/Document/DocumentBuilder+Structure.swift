extension DocumentBuilder {
    /// Gives every heading a unique GitHub-style anchor, in document order.
    static func withAnchors(_ blocks: [Block]) -> [Block] {
        var used: [String: Int] = [:]
        func unique(_ title: String) -> String {
            let base = MarkdownTOC.slug(title)
            guard let count = used[base] else {
                used[base] = 1
                return base
            }
            used[base] = count + 1
            return "\(base)-\(count)"
        }
        func walk(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .heading(let level, let content, _):
                    return .heading(level: level, content: content, anchor: unique(content.plainText))
                case .landscape(let inner):
                    return .landscape(walk(inner))
                case .anchored(let id, let inner):
                    return .anchored(id: id, blocks: walk(inner))
                case .quote(let inner):
                    return .quote(walk(inner))
                default:
                    return block
                }
            }
        }
        return walk(blocks)
    }

    /// Fills each contents block with the `##` headings that follow it.
    static func withContents(_ blocks: [Block]) -> [Block] {
        guard let position = blocks.firstIndex(where: {
            if case .contents = $0 { true } else { false }
        }) else { return blocks }
        var entries: [ContentsEntry] = []
        func collect(_ blocks: ArraySlice<Block>) {
            for block in blocks {
                switch block {
                case .heading(2, let content, let anchor):
                    entries.append(ContentsEntry(level: 2, title: content.plainText, anchor: anchor))
                case .landscape(let inner), .anchored(_, let inner), .tracked(.inserted, let inner):
                    collect(inner[...])
                default:
                    break
                }
            }
        }
        // Only what follows is listed, so the heading that introduces the contents is not.
        collect(blocks[(position + 1)...])
        var result = blocks
        result[position] = .contents(entries)
        return result
    }
}

/// Shorthands for building inline content.
extension Inline {
    /// Plain text as inline content.
    static func plain(_ text: String) -> [Inline] { text.isEmpty ? [] : [.text(text)] }
    /// Bold text.
    static func bold(_ text: String) -> Inline { .strong([.text(text)]) }
}
