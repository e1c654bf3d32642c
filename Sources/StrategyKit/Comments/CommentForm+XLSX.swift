import Foundation

extension CommentForm {
    /// How many rows below the pre-filled ones carry the version and member, for comments a
    /// member adds on a place chosen from the list.
    static let spareRows = 50

    /// The form for `member` on version `version` as an Excel workbook, labelled in `language`.
    ///
    /// Three sheets: the comments (the CSV form's columns and rows, the header frozen, the
    /// pre-filled columns grey, drop-down lists on the type and on the section or entity), the
    /// sections and entities (id and title, the list's source) and how to fill it in. The
    /// version, its hash and the member are also document properties.
    public static func workbook(
        version: String, hash: String, member: MemberID, outline: ReviewOutline, language: Language,
        labels: Labels
    ) -> XLSXWorkbook {
        let header = columns.map { XLSXCell.text(labels[$0.labelKey], .header) }
        var rows: [[XLSXCell]] = [header]
        rows.reserveCapacity(outline.targets.count + spareRows + 1)
        var targets: [[XLSXCell]] = [[.text(labels[CommentVocabulary.Column.target.labelKey], .header),
                                      .text(labels[CommentVocabulary.Column.title.labelKey], .header)]]
        for target in outline.targets {
            let title = title(of: target, in: language)
            rows.append([.text(version, .prefilled), .text(member.rawValue, .prefilled),
                         .text(target.id, .prefilled), .text(title, .prefilled),
                         .blank(.input), .blank(.input), .blank(.input), .blank(.input)])
            targets.append([.text(target.id, .prefilled), .text(title, .prefilled)])
        }
        for _ in 0..<spareRows {
            rows.append([.text(version, .prefilled), .text(member.rawValue, .prefilled),
                         .blank(.input), .blank(.prefilled),
                         .blank(.input), .blank(.input), .blank(.input), .blank(.input)])
        }
        let last = rows.count
        let types = CommentType.allCases.map { labels["comments.type.\($0.rawValue)"] }
        let targetsSheet = labels["comments.form.sheet.targets"]
        let targetRange = XLSXWriter.quotedSheetName(targetsSheet) + "!$A$2:$A$\(max(targets.count, 2))"
        let comments = XLSXSheet(
            name: labels["comments.form.sheet.comments"],
            widths: [9, 10, 24, 45, 10, 16, 60, 45], rows: rows, frozenRows: 1,
            validations: [
                .init(range: "C2:C\(last)", formula: "Targets", error: labels["comments.form.error.target"]),
                .list(types, range: "F2:F\(last)", error: labels["comments.form.error.type"]),
            ], isLandscape: true)
        let fields = ["member": member.rawValue, "version": version, "hash": hash]
        var help: [[XLSXCell]] = [[.text(labels["comments.form.help.title"], .bold)]]
        for index in 1...6 { help.append([.text(labels.format("comments.form.help.\(index)", fields), .wrapped)]) }
        return XLSXWorkbook(
            sheets: [comments,
                     XLSXSheet(name: targetsSheet, widths: [18, 80], rows: targets, frozenRows: 1),
                     XLSXSheet(name: labels["comments.form.sheet.help"], widths: [110], rows: help)],
            properties: .init(
                title: "\(labels["comments.form.help.title"]): \(member.rawValue), \(version)",
                language: labels.values["language.tag"] ?? language.code,
                custom: [.init("version", version), .init("hash", hash), .init("member", member.rawValue)]),
            definedNames: [.init(name: "Targets", formula: targetRange)])
    }

    /// A target's title in `language`, else in the first language it has.
    static func title(of target: ReviewOutline.Target, in language: Language) -> String {
        target.titles[language] ?? target.titles.keys.sorted().first.flatMap { target.titles[$0] } ?? ""
    }
}

/// The kinds of file `strategy comments import` reads, told apart by extension: a clean switch
/// for each reader (a DOCX review copy can join it).
public enum CommentFormKind: String, Sendable, CaseIterable {
    /// A CSV form (any other extension is read as CSV, as before workbooks were read).
    case csv
    /// An Excel workbook form.
    case xlsx

    /// The kind of the file named `name`.
    public init(fileName name: String) {
        switch (name as NSString).pathExtension.lowercased() {
        case "xlsx": self = .xlsx
        default: self = .csv
        }
    }

    /// The extension its original is kept with in `comments/originals/`.
    public var fileExtension: String { rawValue }
}
