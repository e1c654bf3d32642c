/// The bounds every Office file (XLSX, DOCX, XLIFF…) is read within, so that a hostile file is
/// refused quickly and in bounded memory instead of exhausting the machine. docs/FORMAT.md
/// ("Office files") documents them for users.
///
/// They are far above what the Coalition's files need: a comment form of 20,000 rows is a ZIP
/// of about 30 entries and 10 MB of XML, a rendered plan of 20,000 actions about 40 MB.
enum OfficeLimits {
    /// The most entries in a ZIP archive: a workbook or document has a few dozen parts; ten
    /// thousand leaves room for embedded images and is still a directory read in milliseconds.
    static let zipEntries = 10_000

    /// The most bytes one ZIP entry may inflate to (64 MiB): ``Inflate`` stops there, whatever
    /// the entry claims, so a "ZIP bomb" costs at most this much memory.
    static let zipEntryBytes = 64 << 20

    /// The most bytes all entries of an archive may claim together (256 MiB): the sum of the
    /// sizes the central directory declares, checked before anything is inflated. An entry
    /// never inflates past its declared size, so this bounds what reading every entry costs.
    static let zipTotalBytes = 256 << 20

    /// The deepest nesting of XML elements: OOXML parts nest a dozen levels; 256 keeps the
    /// reader's stack small and refuses "billion open tags".
    static let xmlDepth = 256

    /// The most nodes (elements and runs of text) in one XML part: a worksheet of 20,000 rows
    /// and 12 columns has under a million.
    static let xmlNodes = 4_000_000

    /// The most attributes on one element (OOXML elements have at most a few dozen); this keeps
    /// the duplicate-attribute check linear in the input.
    static let xmlAttributes = 256
}
