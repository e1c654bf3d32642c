/// Inline content compared word by word: the new content with what the old one had and the
/// new one has not as deleted text, and what is new as inserted text, formatting kept.
///
/// Content is cut into tokens (a word, a run of white space, or one other character), each
/// with the formatting around it (bold, italic, code, a link); tokens that differ only in
/// formatting are different tokens. Changes sit inside the formatting, so a link keeps its
/// target around inserted words (Word allows a change inside a link, not a link inside one).
enum WordDiff {
    /// Formatting around a token, outermost first.
    enum Wrap: Hashable {
        case strong, emphasis, code, link(String), lineBreak
    }

    struct Token: Hashable {
        var text: String
        var wraps: [Wrap]
    }

    /// `new` with the differences from `old` as tracked changes.
    static func redline(_ old: [Inline], _ new: [Inline]) -> [Inline] {
        if old == new { return new }
        let (before, after) = (tokens(old), tokens(new))
        let pairs = SequenceDiff.matches(before, after)
        var marked: [(Token, TrackedChange?)] = []
        marked.reserveCapacity(before.count + after.count)
        var (oldIndex, newIndex) = (0, 0)
        for (oldMatch, newMatch) in pairs + [(before.count, after.count)] {
            while oldIndex < oldMatch {
                marked.append((before[oldIndex], .deleted))
                oldIndex += 1
            }
            while newIndex < newMatch {
                marked.append((after[newIndex], .inserted))
                newIndex += 1
            }
            if oldMatch < before.count {
                marked.append((after[newMatch], nil))
                oldIndex += 1
                newIndex += 1
            }
        }
        return rebuild(marked)
    }

    /// `text` as one run of tracked inline content.
    static func tracked(_ change: TrackedChange, _ content: [Inline]) -> [Inline] {
        content.isEmpty ? [] : [.tracked(change, content)]
    }

    static func tokens(_ inlines: [Inline], wraps: [Wrap] = []) -> [Token] {
        var result: [Token] = []
        for inline in inlines {
            switch inline {
            case .text(let text): result += words(text, wraps: wraps)
            case .code(let text): result += words(text, wraps: wraps + [.code])
            case .strong(let inner): result += tokens(inner, wraps: wraps + [.strong])
            case .emphasis(let inner): result += tokens(inner, wraps: wraps + [.emphasis])
            case .link(let target, let inner): result += tokens(inner, wraps: wraps + [.link(target)])
            case .lineBreak: result.append(Token(text: "", wraps: wraps + [.lineBreak]))
            case .chart(_, let alternative), .image(_, let alternative, _): result += words(alternative, wraps: wraps)
            case .tracked(.inserted, let inner): result += tokens(inner, wraps: wraps)
            case .tracked(.deleted, _): break
            }
        }
        return result
    }

    /// A word (letters and digits), a run of white space, or one other character each.
    private static func words(_ text: String, wraps: [Wrap]) -> [Token] {
        var result: [Token] = []
        var current = ""
        var currentKind = 0
        for character in text {
            let kind = character.isLetter || character.isNumber ? 1 : character.isWhitespace ? 2 : 3
            if kind != currentKind || kind == 3, !current.isEmpty {
                result.append(Token(text: current, wraps: wraps))
                current = ""
            }
            current.append(character)
            currentKind = kind
        }
        if !current.isEmpty { result.append(Token(text: current, wraps: wraps)) }
        return result
    }

    /// Runs of tokens with the same formatting and change, as inline content.
    private static func rebuild(_ marked: [(Token, TrackedChange?)]) -> [Inline] {
        var result: [Inline] = []
        var index = 0
        while index < marked.count {
            let (token, change) = marked[index]
            var text = token.text
            var end = index + 1
            if token.wraps.last != .lineBreak {
                while end < marked.count, marked[end].0.wraps == token.wraps, marked[end].1 == change {
                    text += marked[end].0.text
                    end += 1
                }
            }
            var wraps = token.wraps[...]
            var inline: Inline
            if wraps.last == .lineBreak {
                inline = .lineBreak
                wraps = wraps.dropLast()
            } else if wraps.last == .code {
                inline = .code(text)
                wraps = wraps.dropLast()
            } else {
                inline = .text(text)
            }
            if let change { inline = .tracked(change, [inline]) }
            for wrap in wraps.reversed() {
                switch wrap {
                case .strong: inline = .strong([inline])
                case .emphasis: inline = .emphasis([inline])
                case .code: inline = .code(text)
                case .link(let target): inline = .link(target: target, content: [inline])
                case .lineBreak: break
                }
            }
            result.append(inline)
            index = end
        }
        return result
    }
}
