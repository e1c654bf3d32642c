/// An XLIFF file as a translation import needs it: its languages and, per unit, the id, the
/// source and target as text and codes, whether the translator confirmed the target, and
/// where the unit is in the file.
public struct XLIFFDocument: Hashable, Sendable {
    /// A piece of a source or target.
    public enum Inline: Hashable, Sendable {
        /// Text.
        case text(String)
        /// An inline code whose original data the file carries.
        case data(String)
        /// An inline code known by id only (`<x/>`, a `<ph/>` without data): the code with that
        /// id in the unit's current source.
        case code(String)
    }

    /// One unit (2.0 `<unit>`, 1.2 `<trans-unit>`).
    public struct Unit: Hashable, Sendable {
        /// The `id` attribute.
        public var id: String
        /// Other names the unit goes by, tried when the id is not one of the workspace's:
        /// 2.0 `name`, 1.2 `resname`, 1.2 location contexts (which a trip through PO keeps).
        public var aliases: [String]
        /// The source, when present.
        public var source: [Inline]?
        /// The target, when present.
        public var target: [Inline]?
        /// Whether the state says the target is a translation (2.0 translated, reviewed, final;
        /// 1.2 translated, signed-off, final, needs-review-*, or `approved="yes"`).
        public var isConfirmed: Bool
        /// The source hash from the unit's `source-hash` note, when present.
        public var sourceHash: String?
        /// Where the unit starts in the XLIFF file.
        public var location: SourceLocation
    }

    /// 2.0, or 1.2 (which also stands for 1.1, its identical predecessor).
    public var version: XLIFFWriter.Version
    /// `srcLang` / `source-language`.
    public var sourceLanguage: String?
    /// `trgLang` / `target-language`.
    public var targetLanguage: String?
    /// The units in file order.
    public var units: [Unit]
}

extension XLIFFDocument.Unit {
    /// The pieces as text: codes resolved against `sourceCodes` (the current source's codes,
    /// by 1-based position), nil when a code id is unknown.
    static func text(_ pieces: [XLIFFDocument.Inline], sourceCodes: [String]) -> String? {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text), .data(let text): out += text
            case .code(let id):
                let digits = id.drop { !$0.isNumber }
                guard let number = Int(digits), number >= 1, number <= sourceCodes.count else { return nil }
                out += sourceCodes[number - 1]
            }
        }
        return out
    }
}
