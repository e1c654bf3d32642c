import Foundation

/// The comment form a member fills in: a CSV that opens in Excel, with ISO-style columns
/// (version, member, section or entity, title, paragraph, type, comment, proposed wording) and
/// one pre-filled row per section and entity of the version, so the member only types into
/// cells.
public enum CommentForm {
    /// How the form's bytes are written.
    public enum Encoding: String, CaseIterable, Sendable {
        /// UTF-8 with a byte order mark: what Excel opens as Unicode by double-click.
        case utf8
        /// Windows-1251: what Russian Excel opens by double-click without a BOM.
        case cp1251
    }

    /// Characters the chosen encoding cannot write, each with the cell it is in.
    public struct EncodingFailure: Error, Sendable, CustomStringConvertible {
        /// One message per cell.
        public var problems: [String]

        public var description: String { problems.joined(separator: "\n") }
    }

    /// The columns, in the order the form has them.
    public static let columns: [CommentVocabulary.Column] = [
        .version, .member, .target, .title, .paragraph, .type, .comment, .proposal,
    ]

    /// The form for `member` on version `version`, labelled in `language`.
    ///
    /// - Parameters:
    ///   - separator: `,` or `;` (Russian Excel splits on `;`).
    /// - Returns: the bytes, or every cell that the encoding cannot write.
    public static func make(
        version: String, member: MemberID, outline: ReviewOutline, language: Language, labels: Labels,
        encoding: Encoding, separator: Character
    ) -> Result<Data, EncodingFailure> {
        var rows: [[String]] = [columns.map { labels[$0.labelKey] }]
        rows.reserveCapacity(outline.targets.count + 1)
        for target in outline.targets {
            let title = target.titles[language] ?? target.titles.keys.sorted().first.flatMap { target.titles[$0] } ?? ""
            rows.append([version, member.rawValue, target.id, title, "", "", "", ""])
        }
        var text = ""
        text.reserveCapacity(rows.count * 80)
        for row in rows {
            text += row.map { CSVEscaping.cell($0, separator: separator) }.joined(separator: String(separator))
            text += "\r\n"
        }
        switch encoding {
        case .utf8:
            return .success(Data((CSVEscaping.byteOrderMark + text).utf8))
        case .cp1251:
            if case .success(let bytes) = Windows1251.encode(text) { return .success(Data(bytes)) }
            // Name the cells, not byte offsets: the user fixes a title, not a file.
            var problems: [String] = []
            for (index, row) in rows.enumerated() {
                for (column, cell) in zip(columns, row) {
                    guard case .failure(let failure) = Windows1251.encode(cell) else { continue }
                    let characters = failure.characters.map { character in
                        let hex = String(character.scalar.value, radix: 16, uppercase: true)
                        return "'\(Character(character.scalar))' (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
                    }
                    let place = index == 0 ? "the header '\(cell)'" : "the \(column.rawValue) of \(row[2])"
                    problems.append("\(place) has \(characters.joined(separator: ", ")), which Windows-1251 cannot "
                        + "write; use --encoding utf8 or change the text")
                }
            }
            return .failure(EncodingFailure(problems: problems))
        }
    }
}
