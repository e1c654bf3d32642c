/// The names of a currency's units in one language, with what grammar needs to agree numerals
/// with them: the data behind ``AmountInWords``.
public struct CurrencyWords: Hashable, Sendable {
    /// The grammatical gender of a noun (Russian numerals 1 and 2 agree with it).
    public enum Gender: String, Hashable, Sendable {
        case masculine, feminine, neuter
    }

    /// A noun's forms after a number. Russian uses three (1 сом, 2 сома, 5 сомов); English two
    /// (`few` is then the same as `many`).
    public struct Noun: Hashable, Sendable {
        /// After 1, 21, 101 … (not 11): «сом», "som".
        public var one: String
        /// After 2–4, 22–24 … (not 12–14): «сома»; English: the plural.
        public var few: String
        /// After 0, 5–20, 25–30 …: «сомов»; English: the plural.
        public var many: String
        /// Its gender.
        public var gender: Gender

        /// Creates a noun.
        public init(_ one: String, _ few: String, _ many: String, _ gender: Gender = .masculine) {
            self.one = one
            self.few = few
            self.many = many
            self.gender = gender
        }
    }

    /// The main unit: сом, доллар, франк, евро.
    public var major: Noun
    /// The hundredth: тыйын, цент, сантим.
    public var minor: Noun

    /// Creates the words of a currency.
    public init(major: Noun, minor: Noun) {
        self.major = major
        self.minor = minor
    }

    /// The words of `currency` in `language`, if the table has them.
    public static func of(_ currency: CurrencyCode, in language: Language) -> CurrencyWords? {
        table[language.code]?[currency.code]
    }

    /// The currencies the workspace uses (the contract in KGS; rates and costs in USD, CHF,
    /// EUR), in every language that has a speller. Indeclinable «евро» has one form for all.
    static let table: [String: [String: CurrencyWords]] = [
        "ru": [
            "KGS": CurrencyWords(major: Noun("сом", "сома", "сомов"), minor: Noun("тыйын", "тыйына", "тыйынов")),
            "USD": CurrencyWords(
                major: Noun("доллар США", "доллара США", "долларов США"), minor: Noun("цент", "цента", "центов")),
            "CHF": CurrencyWords(
                major: Noun("швейцарский франк", "швейцарских франка", "швейцарских франков"),
                minor: Noun("сантим", "сантима", "сантимов")),
            "EUR": CurrencyWords(major: Noun("евро", "евро", "евро"), minor: Noun("цент", "цента", "центов")),
        ],
        "en": [
            "KGS": CurrencyWords(major: Noun("som", "soms", "soms"), minor: Noun("tyiyn", "tyiyn", "tyiyn")),
            "USD": CurrencyWords(
                major: Noun("US dollar", "US dollars", "US dollars"), minor: Noun("cent", "cents", "cents")),
            "CHF": CurrencyWords(
                major: Noun("Swiss franc", "Swiss francs", "Swiss francs"),
                minor: Noun("centime", "centimes", "centimes")),
            "EUR": CurrencyWords(major: Noun("euro", "euros", "euros"), minor: Noun("cent", "cents", "cents")),
        ],
    ]
}
