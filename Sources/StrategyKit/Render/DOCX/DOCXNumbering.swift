/// `word/numbering.xml`: one bulleted and one numbered list definition of nine levels, and one
/// list instance (`w:num`) per list in the document.
///
/// Every list gets its own instance, and a numbered one starts its level at the list's start
/// number (1, or 3 for a list resumed at "3.") with a `w:startOverride`: Word otherwise
/// continues numbering across instances that share a definition. Nested lists are instances of
/// their own at a deeper level.
struct DOCXNumbering {
    /// The definition ids (`w:abstractNumId`).
    private static let bulletDefinition = 0
    private static let decimalDefinition = 1

    /// The instances in document order: (ordered, level).
    private var instances: [(ordered: Bool, level: Int, start: Int)] = []
    /// The letters of second-level numbering: а), б), в) in Russian, a), b), c) otherwise.
    private let letterFormat: String

    /// Numbering for a document in `languageTag`.
    init(languageTag: String) {
        letterFormat = languageTag.lowercased().hasPrefix("ru") ? "russianLower" : "lowerLetter"
    }

    /// Adds a list instance whose items are at `level` (0-based) and returns its `w:numId`.
    mutating func addList(ordered: Bool, level: Int, start: Int = 1) -> Int {
        instances.append((ordered, min(level, 8), max(0, start)))
        return instances.count
    }

    /// The left indent of list text at `level`; the number or bullet hangs 360 twips left of it.
    static func indent(level: Int) -> Int { 567 * (min(level, 8) + 1) + 153 }

    /// How far the number or bullet hangs left of the text.
    static let hanging = 360

    /// The part's XML.
    func xml() -> String {
        var xml = DOCXParts.declaration + "<w:numbering \(DOCXParts.wordNamespaces)>"
        xml += Self.definition(Self.bulletDefinition) { level in
            let bullets = ["\u{2022}", "\u{25E6}", "\u{25AA}"]
            return ("bullet", bullets[level % 3])
        }
        xml += Self.definition(Self.decimalDefinition) { level in
            let formats = ["decimal", letterFormat, "lowerRoman"]
            return (formats[level % 3], "%\(level + 1)" + (level % 3 == 1 ? ")" : "."))
        }
        for (offset, instance) in instances.enumerated() {
            let definition = instance.ordered ? Self.decimalDefinition : Self.bulletDefinition
            xml += "<w:num w:numId=\"\(offset + 1)\"><w:abstractNumId w:val=\"\(definition)\"/>"
            if instance.ordered {
                xml += "<w:lvlOverride w:ilvl=\"\(instance.level)\">"
                    + "<w:startOverride w:val=\"\(instance.start)\"/></w:lvlOverride>"
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    private static func definition(_ id: Int, _ format: (Int) -> (String, String)) -> String {
        var xml = "<w:abstractNum w:abstractNumId=\"\(id)\">"
            + "<w:multiLevelType w:val=\"hybridMultilevel\"/>"
        for level in 0..<9 {
            let (kind, text) = format(level)
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"\(kind)\"/><w:lvlText w:val=\"\(text)\"/>"
                + "<w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(indent(level: level))\""
                + " w:hanging=\"\(hanging)\"/></w:pPr>"
            if kind == "bullet" {
                xml += "<w:rPr><w:rFonts w:ascii=\"\(DOCXStyles.bodyFont)\""
                    + " w:hAnsi=\"\(DOCXStyles.bodyFont)\" w:hint=\"default\"/></w:rPr>"
            }
            xml += "</w:lvl>"
        }
        return xml + "</w:abstractNum>"
    }
}
