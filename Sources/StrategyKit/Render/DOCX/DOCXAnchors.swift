/// The bookmarks of the review copy: one per section, entity and numbered paragraph, named
/// after the ids of the comment forms so that a commented copy can be read back.
///
/// Word allows bookmark names of at most 40 letters, digits and underscores, starting with a
/// letter (others are renamed or dropped when a file is saved), so an id is spelled with `_`
/// for every other character: `sec.situation` is `sec_situation`, `A-07` is `A_07`. A reader
/// maps names back through the ids of the version (``bookmarkName(_:)`` of each). A numbered
/// paragraph's id is its section's and its number, `sec.situation#4`, and its bookmark
/// `par_4_sec_situation`.
public enum DOCXAnchors {
    /// The id of the first anchor bookmark: far above the ids of heading bookmarks.
    static let firstID = 1_000_000
    /// What a paragraph's id puts between its section and its number.
    public static let paragraphSeparator: Character = "#"
    /// What every paragraph bookmark starts with.
    public static let paragraphPrefix = "par_"
    /// What ids of the end markers of table rows add to the row bookmark's id.
    static let endMarkerOffset = 500_000
    /// What every end marker starts with.
    public static let endPrefix = "z_"

    /// Whether `id` names a numbered paragraph (whose bookmark holds it whole).
    public static func isParagraph(_ id: String) -> Bool {
        guard let separator = id.lastIndex(of: paragraphSeparator) else { return false }
        return Int(id[id.index(after: separator)...]) != nil
    }

    /// The name of the empty bookmark that marks where the section or entity `id` ends.
    public static func endName(_ id: String) -> String {
        fitted(endPrefix + spelled(id), id: id + "\u{0}end")
    }

    /// The longest bookmark name Word keeps.
    public static let maximumLength = 40

    /// The id of paragraph `number` of `section`.
    public static func paragraphID(section: String, number: Int) -> String {
        "\(section)\(paragraphSeparator)\(number)"
    }

    /// The bookmark name of an anchor id.
    public static func bookmarkName(_ id: String) -> String {
        if isParagraph(id), let separator = id.lastIndex(of: paragraphSeparator),
           let number = Int(id[id.index(after: separator)...]) {
            return fitted(paragraphPrefix + "\(number)_" + spelled(String(id[..<separator])), id: id)
        }
        var name = spelled(id)
        if name.hasPrefix(paragraphPrefix) || name.hasPrefix(endPrefix) { name = "x" + name }
        return fitted(name, id: id)
    }

    /// The paragraph number a paragraph bookmark names, or nil for any other name.
    public static func paragraphNumber(_ name: String) -> Int? {
        guard name.hasPrefix(paragraphPrefix) else { return nil }
        let digits = name.dropFirst(paragraphPrefix.count).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(paragraphPrefix.count + digits.count).first == "_" else { return nil }
        return Int(digits)
    }

    static func start(id: Int, name: String) -> String {
        "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(name)\"/>"
    }

    static func end(id: Int) -> String {
        "<w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    /// Letters and digits of ASCII kept, everything else `_`, a letter first.
    private static func spelled(_ id: String) -> String {
        var name = ""
        name.unicodeScalars.reserveCapacity(id.unicodeScalars.count + 1)
        for scalar in id.unicodeScalars {
            let isKept = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar))
            name.unicodeScalars.append(isKept ? scalar : "_")
        }
        if let first = name.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first)) {
            name = "x" + name
        }
        return name.isEmpty ? "x" : name
    }

    /// A name past the limit is cut and ends with a hash of the whole id, so it stays unique.
    private static func fitted(_ name: String, id: String) -> String {
        guard name.utf8.count > maximumLength else { return name }
        var hash: UInt32 = 2_166_136_261
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String(name.prefix(maximumLength - 9)) + "_" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
