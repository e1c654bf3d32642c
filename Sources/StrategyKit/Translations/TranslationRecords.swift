import Foundation

/// Which source text each translation in one language was made from: `translations/<lang>.csv`.
///
/// ```
/// unit,ru
/// A-01.description,4f1c0a9e2b7d
/// prose.situation.3,09ab44e1c2f0
/// ```
///
/// The header names the source language; each row holds a unit id and the first 12 hex digits
/// of the SHA-256 of the source text (UTF-8) that the translation was last made or checked
/// against. Rows are sorted by id (byte order), UTF-8 without BOM, `\n` line ends: one line
/// changes when one translation is accepted, so the file diffs well in git. A language without
/// a file is not tracked: its translations are never reported stale.
public struct TranslationRecords: Hashable, Sendable {
    /// The folder of the record files inside a workspace.
    public static let folder = "translations"

    /// The language whose translations are recorded.
    public var language: Language
    /// The language the recorded hashes are of.
    public var source: Language
    /// The hash by unit id.
    public var hashes: [String: String]

    /// Empty records of `language`, translated from `source`.
    public init(language: Language, source: Language, hashes: [String: String] = [:]) {
        self.language = language
        self.source = source
        self.hashes = hashes
    }

    /// The workspace-relative path of `language`'s records.
    public static func path(of language: Language) -> String { "\(folder)/\(language.code).csv" }

    /// The short hash of a source text: the first 12 hex digits of its SHA-256.
    public static func hash(_ text: String) -> String {
        String(SHA256.hex(Array(text.utf8)).prefix(12))
    }

    /// Reads `language`'s records from `files`; nil when the file does not exist (or cannot be
    /// read at all, which is reported).
    static func read(
        _ language: Language, source: Language, files: WorkspaceFiles, sink: DiagnosticSink
    ) -> TranslationRecords? {
        let path = path(of: language)
        guard FileManager.default.fileExists(atPath: files.root.appendingPathComponent(path).path) else { return nil }
        guard let table = files.csv(path, required: false) else { return TranslationRecords(language: language, source: source) }
        return read(table, language: language, source: source, sink: sink)
    }

    static func read(
        _ table: CSVTable, language: Language, source: Language, sink: DiagnosticSink
    ) -> TranslationRecords {
        var records = TranslationRecords(language: language, source: source)
        let path = path(of: language)
        let header = table.header.map(\.value)
        guard header == ["unit", source.code] else {
            sink.report(.error(
                "translation.records",
                "\(path) must have the columns 'unit,\(source.code)' (the source language), found '\(header.joined(separator: ","))'",
                at: table.header.first?.location ?? .file(path)))
            return records
        }
        for row in table.rows where row.fields.count == 2 {
            let unit = row.fields[0].value.trimmedWhitespace
            let hash = row.fields[1].value.trimmedWhitespace
            guard hash.utf8.count == 12, hash.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
            else {
                sink.report(.error(
                    "translation.records", "the hash of '\(unit)' must be 12 lowercase hex digits, found '\(hash)'",
                    at: row.fields[1].location))
                continue
            }
            if records.hashes[unit] != nil {
                sink.report(.error(
                    "translation.records", "'\(unit)' is recorded twice in \(path)", at: row.fields[0].location))
                continue
            }
            records.hashes[unit] = hash
        }
        return records
    }

    /// The file's bytes: header, rows sorted by id.
    public func data() -> Data {
        var text = "unit,\(source.code)\n"
        for id in hashes.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let hash = hashes[id] else { continue }
            text += SourceCSV.cell(id, separator: ",", lineBreak: "\n") + "," + hash + "\n"
        }
        return Data(text.utf8)
    }
}
