/// An abbreviation the text of one language uses, and its expansion (`abbreviations.json`).
///
/// Lists are per language: Russian writes «ЛПР» where English writes "decision makers", so an
/// abbreviation of one language need not have a counterpart in another.
public struct Abbreviation: Hashable, Sendable {
    /// The short form: «МСУ», "LSG".
    public var short: String
    /// What it stands for.
    public var full: String
    /// Where the entry is written.
    public var location: SourceLocation
}
