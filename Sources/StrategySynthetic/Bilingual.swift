/// A text in Russian and English, written together so the two always say the same thing.
struct Bilingual: Hashable, Sendable {
    var ru: String
    var en: String

    init(_ ru: String, _ en: String) {
        self.ru = ru
        self.en = en
    }

    /// The two texts joined part by part.
    static func + (lhs: Bilingual, rhs: Bilingual) -> Bilingual {
        Bilingual(lhs.ru + rhs.ru, lhs.en + rhs.en)
    }

    /// The parts joined with `separator` in both languages.
    static func joined(_ parts: [Bilingual], separator: String) -> Bilingual {
        Bilingual(
            parts.map(\.ru).joined(separator: separator), parts.map(\.en).joined(separator: separator))
    }

    /// The text with a suffix in both languages (a number, an id).
    func appending(_ suffix: String) -> Bilingual {
        Bilingual(ru + suffix, en + suffix)
    }
}
