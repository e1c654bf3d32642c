import Foundation
@testable import StrategyKit
import XCTest

final class DOCXCommentImportTests: XCTestCase {
    /// `mini` with two situation paragraphs, and v1 cut from it.
    static func workspace() throws -> URL {
        // Untracked translations: the committed python-docx copy was made from this version, and
        // its hash covers every file of the snapshot.
        let workspace = try TestWorkspace.copyOfMiniUntracked()
        try TestWorkspace.edit(workspace, "prose/en/situation.md", replacing: "Section situation.",
                               with: "Section situation.\n\nSecond paragraph of the situation.")
        try TestWorkspace.edit(workspace, "prose/ru/situation.md", replacing: "Раздел situation.",
                               with: "Раздел situation.\n\nВторой абзац.")
        try VersionStore(workspace: workspace).cut("v1", note: "Draft", date: CommentTestSupport.v1Date)
        return workspace
    }

    /// Every case of the issue in one copy, written the way Word writes them.
    static func commented(_ workspace: URL) throws -> WordCommentedCopy {
        var copy = try WordCommentedCopy(workspace: workspace)
        let plain = "<w:r><w:rPr><w:lang w:val=\"en-US\"/></w:rPr>"
        // An insertion and a deletion inside one paragraph.
        try copy.replaceRun("Second paragraph of the situation.", after: "par_2_sec_situation", with:
            plain + "<w:t xml:space=\"preserve\">Second </w:t></w:r>"
            + copy.change("del", plain + "<w:delText>paragraph</w:delText></w:r>")
            + copy.change("ins", plain + "<w:t>part</w:t></w:r>")
            + plain + "<w:t xml:space=\"preserve\"> of the situation.</w:t></w:r>")
        // A deletion across runs of different formatting ("Coalition " plain, "joins" bold).
        let bold = try copy.run("joins", after: "par_1_sec_introduction")
        copy.document.replaceSubrange(bold, with: copy.change(
            "del", "<w:r><w:rPr><w:b/><w:bCs/><w:lang w:val=\"en-US\"/></w:rPr><w:delText>joins</w:delText></w:r>"))
        try copy.replaceRun("The Coalition ", after: "par_1_sec_introduction", with:
            plain + "<w:t xml:space=\"preserve\">The </w:t></w:r>"
            + copy.change("del", plain + "<w:delText xml:space=\"preserve\">Coalition </w:delText></w:r>"))
        // Comments: in body text with a reply, in a table cell, across two paragraphs, on a
        // heading, and one marked done.
        try copy.comment("substantive: add budget figures", on: "Section situation.", after: "par_1_sec_situation")
        try copy.comment("Agreed, with 2023 data", by: "Nurlan K.", on: "Section situation.", after: "par_1_sec_situation",
                         parent: 0)
        try copy.comment("[editorial] Say which regions", on: "Press tour", after: "\"A_02\"")
        try copy.comment("These two paragraphs repeat each other", on: "Section situation.",
                         through: " of the situation.", after: "par_1_sec_situation")
        try copy.comment("по существу: переименовать раздел", on: "3. Situation analysis", after: "\"sec_situation\"")
        try copy.comment("A typo here", on: "Section approach.", after: "par_1_sec_approach", isDone: true)
        return copy
    }

    private func rows(_ comments: [Comment]) -> [String] {
        comments.map {
            [$0.target, $0.paragraph, $0.type.rawValue, $0.text, $0.proposal, $0.quote, $0.author]
                .joined(separator: " | ")
        }.sorted()
    }

    func testImport_readsCommentsRepliesDoneAndTrackedChangesOntoTheirAnchors() throws {
        let workspace = try Self.workspace()
        let data = try Self.commented(workspace).data()
        let store = CommentStore(workspace: workspace)
        let report = try store.importForms([("ipr-v1.docx", data)], date: CommentTestSupport.importDate)
        XCTAssertEqual(rows(report.added), [
            "A-02 |  | editorial | Say which regions |  | Press tour | Aigul T.",
            "sec.approach | 1 | general | A typo here\n✓ |  | Section approach. | Aigul T.",
            "sec.introduction | 1 | editorial | − «Coalition joins» | The  efforts. | The Coalition joins efforts. | Aigul T.",
            "sec.situation |  | substantive | переименовать раздел |  | 3. Situation analysis | Aigul T.",
            "sec.situation | 1 | substantive | add budget figures\n— Nurlan K.: Agreed, with 2023 data |  | Section situation. | Aigul T.",
            "sec.situation | 1–2 | general | These two paragraphs repeat each other |  | Section situation.\nSecond paragraph of the situation. | Aigul T.",
            "sec.situation | 2 | editorial | + «part»\n− «paragraph» | Second part of the situation. | Second paragraph of the situation. | Aigul T.",
        ])
        XCTAssertTrue(report.added.allSatisfy { $0.member == MemberID("ipr") && $0.version == "v1" })
        // Kept byte for byte, and read back from the record files with quote and author.
        let original = store.originalURL(sha256: SHA256.hex(data), kind: .docx)
        XCTAssertEqual(FileManager.default.contents(atPath: original.path), data)
        XCTAssertEqual(rows(store.read().comments), rows(report.added))
        // The same file again adds nothing; the next round of the same copy adds only what is new.
        let again = try store.importForms([("ipr-v1.docx", data)], date: CommentTestSupport.importDate)
        XCTAssertEqual(again.added.count, 0)
        XCTAssertEqual(again.files.first?.duplicates, 7)
        var next = try Self.commented(workspace)
        try next.comment("One more", on: "Section monitoring.", after: "par_1_sec_monitoring")
        let round = try store.importForms([("ipr-v1-round2.docx", try next.data())], date: CommentTestSupport.importDate)
        XCTAssertEqual(round.added.map(\.text), ["One more"])
        XCTAssertEqual(round.added.first?.id, "v1-ipr-008")
    }

    func testImport_withoutProperties_needsTheMemberAndVersionGiven() throws {
        let workspace = try Self.workspace()
        var copy = try WordCommentedCopy(workspace: workspace)
        try copy.comment("Plain", on: "Section situation.", after: "par_1_sec_situation")
        let data = try copy.data(keepingProperties: false)
        let store = CommentStore(workspace: workspace)
        XCTAssertThrowsError(try store.importForms([("bare.docx", data)], date: CommentTestSupport.importDate)) { error in
            let failure = error as? CommentStore.Failure
            XCTAssertEqual(failure?.diagnostics.map(\.code), ["comments.docx-no-version"])
        }
        let report = try store.importForms([("bare.docx", data)], date: CommentTestSupport.importDate,
                                           version: "v1", member: "smsu")
        XCTAssertEqual(report.added.map(\.id), ["v1-smsu-001"])
        XCTAssertEqual(report.added.first?.target, "sec.situation")
    }

    func testImport_isAllOrNothingAcrossWordAndCSVFiles() throws {
        let workspace = try Self.workspace()
        var copy = try WordCommentedCopy(workspace: workspace)
        try copy.comment("editorial:", by: "Empty E.", on: "Section situation.", after: "par_1_sec_situation")
        try copy.comment("Fine", on: "Section approach.", after: "par_1_sec_approach")
        var form = try CommentTestSupport.cells(try CommentTestSupport.form(workspace, member: "smsu", language: "en"))
        CommentTestSupport.fill(&form, target: "sec.situation", type: "nonsense", comment: "x")
        let csv = Data(CommentTestSupport.excelText(form, separator: ",").utf8)
        let store = CommentStore(workspace: workspace)
        XCTAssertThrowsError(try store.importForms(
            [("ipr.docx", try copy.data()), ("smsu.csv", csv)], date: CommentTestSupport.importDate)
        ) { error in
            let diagnostics = (error as? CommentStore.Failure)?.diagnostics ?? []
            let lines = diagnostics.map(\.description).joined(separator: "\n")
            XCTAssertTrue(lines.contains("ipr.docx") && lines.contains("comment 1 by Empty E. on «Section situation.»"), lines)
            XCTAssertTrue(lines.contains("smsu.csv"), lines)
        }
        XCTAssertEqual(store.read().comments.count, 0, "nothing recorded")
    }

    func testImport_refusesHostileFilesWithADiagnostic() throws {
        let workspace = try Self.workspace()
        let store = CommentStore(workspace: workspace)
        let copy = try WordCommentedCopy(workspace: workspace)
        let commentsRelationship = copy.parts["word/_rels/document.xml.rels"]?.replacingOccurrences(
            of: "</Relationships>",
            with: "<Relationship Id=\"rId90\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "comments\" Target=\"comments.xml\"/></Relationships>")
        let word = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        // A DOCTYPE with an entity in the comments part.
        var doctype = copy
        doctype.parts["word/comments.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:comments \(word)/>"
        doctype.parts["word/_rels/document.xml.rels"] = commentsRelationship
        // An entry that climbs out of the package.
        var climbing = copy
        climbing.parts["../evil.xml"] = "<x/>"
        let cases: [(String, Data)] = [
            ("not-a-zip.docx", Data("PK\u{3}\u{4}garbage".utf8)),
            ("doctype.docx", try doctype.data()),
            ("climbing.docx", try climbing.data()),
        ]
        for (name, data) in cases {
            XCTAssertThrowsError(try store.importForms([(name, data)], date: CommentTestSupport.importDate), name) { error in
                let diagnostics = (error as? CommentStore.Failure)?.diagnostics ?? []
                XCTAssertEqual(diagnostics.map(\.code), ["comments.docx-unreadable"], name)
                XCTAssertEqual(diagnostics.first?.location.file, name)
            }
        }
        // More comments than any review has.
        var many = copy
        var xml = "<?xml version=\"1.0\"?><w:comments \(word)>"
        for index in 0...DOCXReview.commentLimit { xml += "<w:comment w:id=\"\(index)\"/>" }
        many.parts["word/comments.xml"] = xml + "</w:comments>"
        many.parts["word/_rels/document.xml.rels"] = commentsRelationship
        let started = Date()
        XCTAssertThrowsError(try store.importForms([("many.docx", try many.data())], date: CommentTestSupport.importDate)) { error in
            let lines = ((error as? CommentStore.Failure)?.diagnostics ?? []).map(\.description).joined()
            XCTAssertTrue(lines.contains("more than 100000 comments"), lines)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(store.read().comments.count, 0)
    }

    func testImport_ofAFileCommentedByPythonDocx_andItsLibreOfficeResave() throws {
        let workspace = try Self.workspace()
        let store = CommentStore(workspace: workspace)
        let folder = TestWorkspace.fixture("Word")
        let written = try Data(contentsOf: folder.appendingPathComponent("python-docx-commented.docx"))
        let report = try store.importForms([("python-docx-commented.docx", written)], date: CommentTestSupport.importDate)
        XCTAssertEqual(rows(report.added), [
            "A-02 |  | general | Which regions? |  | Press tour | Aigul Toktosunova",
            "sec.situation |  | editorial | Раздел лучше назвать «Контекст» |  | 3. Situation analysis | Aigul Toktosunova",
            "sec.situation | 1 | substantive | add the 2023 budget figures |  | Section situation. | Aigul Toktosunova",
        ])
        let resaved = try Data(contentsOf: folder.appendingPathComponent("python-docx-commented-libreoffice-resave.docx"))
        let again = try store.importForms([("resaved.docx", resaved)], date: CommentTestSupport.importDate)
        XCTAssertEqual(again.added.count, 0, "\(again.added.map(\.target))")
        XCTAssertEqual(again.files.first?.duplicates, 3)
    }
}
