/// The document's headings as Word sees them: the bookmark each anchor becomes and the
/// `Heading1`–`Heading3` level each heading level maps to.
///
/// Levels are shifted so the document's top heading level is `Heading1`: the templates write
/// sections as Markdown level 2 (level 1 being the title, which the title page shows in the
/// `Title` style), and Word's navigation pane and `TOC \o "1-3"` should see them as level 1.
/// Deeper levels than three share `Heading3`.
struct DOCXOutline {
    /// Bookmark names by heading anchor.
    private(set) var bookmarks: [String: String] = [:]
    /// Subtracted from a model level to get a Word level.
    let levelOffset: Int

    /// Collects the headings of `blocks`, in document order.
    init(_ blocks: [Block]) {
        var anchors: [String] = []
        var minimum = Int.max
        Self.collect(blocks, anchors: &anchors, minimum: &minimum)
        levelOffset = minimum == Int.max ? 0 : max(0, minimum - 1)
        var taken = Set<String>()
        for anchor in anchors where bookmarks[anchor] == nil {
            let base = Self.bookmarkBase(anchor)
            var name = base
            var suffix = 2
            while taken.contains(name) {
                name = base + "_" + String(suffix)
                suffix += 1
            }
            taken.insert(name)
            bookmarks[anchor] = name
        }
    }

    /// The bookmark of the heading with `anchor`, or nil when no heading has it.
    func bookmark(for anchor: String) -> String? { bookmarks[anchor] }

    /// The Word heading level (1–3) of a model heading level.
    func wordLevel(_ level: Int) -> Int { min(3, max(1, level - levelOffset)) }

    /// `_Toc` and the FNV-1a hash of the anchor in hexadecimal: stable when other headings are
    /// added or moved (so goldens change only where the text does), a letter or underscore
    /// first, `[A-Za-z0-9_]` only and well under Word's 40 characters. The leading underscore
    /// hides the bookmark in Word's bookmark list, as Word does with its own TOC bookmarks.
    /// Swift's `Hasher` is seeded per process, so the hash is computed here.
    static func bookmarkBase(_ anchor: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in anchor.utf8 {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        let hex = String(hash, radix: 16, uppercase: false)
        return "_Toc" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func collect(_ blocks: [Block], anchors: inout [String], minimum: inout Int) {
        for block in blocks {
            switch block {
            case .heading(let level, _, let anchor):
                anchors.append(anchor)
                minimum = min(minimum, level)
            case .list(_, let items, _, _):
                for item in items { collect(item, anchors: &anchors, minimum: &minimum) }
            case .quote(let inner), .landscape(let inner):
                collect(inner, anchors: &anchors, minimum: &minimum)
            case .figure(let figure):
                collect(figure.fallback, anchors: &anchors, minimum: &minimum)
            case .paragraph, .table, .rule, .titlePage, .contents, .code:
                break
            }
        }
    }
}
