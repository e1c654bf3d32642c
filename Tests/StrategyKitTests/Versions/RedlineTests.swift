import Foundation
@testable import StrategyKit
import XCTest

final class RedlineTests: XCTestCase {
    /// `mini` with v1 and a v2 that adds, removes and reorders actions, changes a title, a
    /// prose paragraph, a list item and the edition.
    static func workspaceWithV1AndV2() throws -> URL {
        let workspace = try CommentTestSupport.workspaceWithV1()
        let actions = """
            id,objective,title.ru,title.en,description.ru,description.en,themes,audiences,channels,lead,partners,start,end,indicators
            A-03,O1.1,Новый доклад,New report,,,th.services,aud.decision-makers,ch.reports,ipr,,2024-Q3,2024-Q4,ind.reports
            A-02,O1.1,Пресс-тур по регионам,Press tour to the regions,"Два региона, *одна* неделя","Two regions, *one* week",th.services,aud.media,ch.media,smsu,,2024-03,2024-03-15,ind.reports ind.portal
            A-04,O1.1,Семинар,Seminar,,,th.services,aud.media,ch.media,smsu,ipr,2025-Q1,2025-Q1,ind.portal

            """
        try Data(actions.utf8).write(to: workspace.appendingPathComponent("actions.csv"))
        try TestWorkspace.edit(workspace, "costs.csv", replacing: "C-001,A-01,", with: "C-001,A-03,")
        try TestWorkspace.edit(workspace, "prose/en/situation.md", replacing: "Section situation.",
                           with: "Section situation, revised.\n\nA second paragraph.")
        try TestWorkspace.edit(workspace, "prose/ru/situation.md", replacing: "Раздел situation.",
                           with: "Раздел situation, исправленный.\n\nВторой абзац.")
        try TestWorkspace.edit(workspace, "prose/en/introduction.md", replacing: "- second", with: "- second, longer\n- third")
        try TestWorkspace.edit(workspace, "strategy.json", replacing: "\"version\": \"v1\", \"date\": \"2023-11-20\"",
                           with: "\"version\": \"v2\", \"date\": \"2023-12-05\"")
        try VersionStore(workspace: workspace).cut("v2", note: "Revised", date: CommentTestSupport.v2Date)
        return workspace
    }

    /// The non-empty paragraphs of a document.xml outside the contents, with every change
    /// accepted (`accept`), rejected (`!accept`), or as written when there are none.
    static func paragraphs(_ xml: String, accept: Bool) -> [String] {
        var xml = xml
        func remove(_ pattern: String) {
            xml = xml.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        // Rows: a deleted row goes on accepting, an inserted one on rejecting.
        let gone = accept ? "del" : "ins"
        remove("<w:tr><w:trPr>(?:(?!</w:trPr>).)*<w:\(gone) [^>]*/></w:trPr>(?:(?!</w:tr>).)*</w:tr>")
        // Runs: deleted text goes on accepting, inserted text on rejecting.
        remove("<w:\(gone) [^>]*[^/]>(?:(?!</w:\(gone)>).)*</w:\(gone)>")
        var result: [String] = []
        var carried = ""
        let paragraph = try? NSRegularExpression(pattern: "<w:p>(.*?)</w:p>|<w:p><w:pPr>(.*?)</w:pPr>(.*?)</w:p>")
        let text = try? NSRegularExpression(pattern: "<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>")
        let ns = xml as NSString
        for match in paragraph?.matches(in: xml, range: NSRange(location: 0, length: ns.length)) ?? [] {
            let properties = match.range(at: 2).location == NSNotFound ? "" : ns.substring(with: match.range(at: 2))
            let body = ns.substring(with: match.range(at: match.range(at: 1).location == NSNotFound ? 3 : 1))
            if properties.contains("<w:pStyle w:val=\"TOC") { continue }
            let bodyNS = body as NSString
            var content = carried
            for piece in text?.matches(in: body, range: NSRange(location: 0, length: bodyNS.length)) ?? [] {
                content += bodyNS.substring(with: piece.range(at: 1))
            }
            // A paragraph mark that goes joins the paragraph to the next one.
            if properties.contains("<w:rPr><w:\(gone) ") {
                carried = content
                continue
            }
            carried = ""
            let decoded = content.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            if !decoded.trimmingCharacters(in: .whitespaces).isEmpty { result.append(decoded) }
        }
        return result
    }

    static func documentXML(_ parts: [DOCXWriter.Part]) -> String {
        String(decoding: parts.first { $0.path == "word/document.xml" }?.data ?? Data(), as: UTF8.self)
    }

    /// The plain render of `version`'s document in `language`, as paragraphs.
    static func plain(_ strategy: Strategy, language: Language) throws -> [String] {
        let set = try CommentStore.templates(nil).templates(for: language)
        let document = try DocumentBuilder(
            strategy: strategy, context: RenderContext(language: language, templates: set, date: strategy.edition.date),
            drawsFigures: false
        ).build()
        return paragraphs(documentXML(DOCXWriter().parts(of: document, labels: set.labels)), accept: true)
    }

    func testRedline_acceptAllGivesTheNewVersionAndRejectAllTheOld_inBothLanguages() throws {
        let workspace = try Self.workspaceWithV1AndV2()
        let store = VersionStore(workspace: workspace)
        let (old, new) = (try store.load("v1").strategy, try store.load("v2").strategy)
        let templates = CommentStore.templates(nil)
        for code in ["ru", "en"] {
            let language = Language(code)
            let document = try Redline.document(old: old, new: new, language: language, templates: templates)
            var writer = DOCXWriter()
            writer.trackedChanges = ("Консультант & Co", CommentTestSupport.v2Date)
            let xml = Self.documentXML(writer.parts(of: document, labels: try templates.templates(for: language).labels))
            XCTAssertTrue(xml.contains("w:author=\"Консультант &amp; Co\" w:date=\"2023-12-05T00:00:00Z\""))
            let (accepted, rejected) = (Self.paragraphs(xml, accept: true), Self.paragraphs(xml, accept: false))
            let (v2, v1) = (try Self.plain(new, language: language), try Self.plain(old, language: language))
            XCTAssertNotEqual(v1, v2)
            XCTAssertGreaterThan(v2.count, 40, "the whole document is compared")
            XCTAssertEqual(accepted, v2, "\(code): accept all")
            XCTAssertEqual(rejected, v1, "\(code): reject all")
            for (got, want) in zip(accepted, v2) where got != want { XCTFail("\(code) accepted: \(got) ≠ \(want)"); break }
            for (got, want) in zip(rejected, v1) where got != want { XCTFail("\(code) rejected: \(got) ≠ \(want)"); break }
            // Word level inside a paragraph, rows whole.
            XCTAssertTrue(xml.contains("<w:ins ") && xml.contains("<w:delText"))
            XCTAssertTrue(xml.range(of: "<w:trPr><w:cantSplit/><w:ins ") != nil, "an inserted action row")
            XCTAssertTrue(xml.range(of: "<w:trPr><w:cantSplit/><w:del ") != nil, "a deleted action row")
        }
    }

    func testRedline_ofEqualVersions_hasNoChanges() throws {
        let workspace = try CommentTestSupport.workspaceWithV1()
        let strategy = try VersionStore(workspace: workspace).load("v1").strategy
        let document = try Redline.document(old: strategy, new: strategy, language: Language("en"),
                                            templates: CommentStore.templates(nil))
        var writer = DOCXWriter()
        writer.trackedChanges = ("Consultant", CommentTestSupport.v1Date)
        let xml = Self.documentXML(writer.parts(of: document, labels: try CommentStore.templates(nil).templates(for: Language("en")).labels))
        XCTAssertFalse(xml.contains("<w:ins ") || xml.contains("<w:del "))
    }

    func testWordDiff_marksOnlyTheChangedWordsAndKeepsFormatting() {
        let old: [Inline] = [.text("The Coalition "), .strong([.text("joins")]), .text(" efforts.")]
        let new: [Inline] = [.text("The whole Coalition "), .strong([.text("joins")]), .text(" its efforts.")]
        let redline = WordDiff.redline(old, new)
        XCTAssertEqual(redline.plainText, "The whole Coalition joins its efforts.")
        XCTAssertTrue(redline.contains(.strong([.text("joins")])), "\(redline)")
        XCTAssertTrue(redline.contains(.tracked(.inserted, [.text("whole ")])), "\(redline)")
    }

    func testSequenceDiff_matchesLongUniqueSequencesByPatience() {
        let old = (0..<5000).map { "A-\($0)" }
        var new = old
        new.remove(at: 10)
        new.insert("A-new", at: 2000)
        new.swapAt(3000, 3001)
        let pairs = SequenceDiff.matches(old, new)
        XCTAssertEqual(pairs.count, 4998)
        XCTAssertTrue(pairs.allSatisfy { old[$0.0] == new[$0.1] })
    }

    func testReviewCopySinceAVersion_isTheNewCopyWhenAccepted_withItsAnchors() throws {
        let workspace = try Self.workspaceWithV1AndV2()
        let store = VersionStore(workspace: workspace)
        let (version, new) = try store.load("v2")
        let old = try store.load("v1").strategy
        let templates = CommentStore.templates(nil)
        for code in ["ru", "en"] {
            let language = Language(code)
            let labels = try templates.templates(for: language).labels
            let redline = try Redline.document(old: old, new: new, language: language, templates: templates)
            let tracked = try ReviewCopy.document(strategy: new, version: version, member: MemberID("ipr"),
                                                  language: language, templates: templates, built: redline)
            var writer = ReviewCopy.writer(version: version, member: MemberID("ipr"))
            writer.trackedChanges = ("Consultant", version.date)
            let xml = Self.documentXML(writer.parts(of: tracked, labels: labels))
            let plain = try ReviewCopy.document(strategy: new, version: version, member: MemberID("ipr"),
                                                language: language, templates: templates)
            let expected = Self.paragraphs(Self.documentXML(ReviewCopy.writer(version: version, member: MemberID("ipr"))
                .parts(of: plain, labels: labels)), accept: true)
            XCTAssertEqual(Self.paragraphs(xml, accept: true), expected, code)
            XCTAssertTrue(xml.contains("w:name=\"par_2_sec_situation\"") && xml.contains("w:name=\"A_04\""), code)
            XCTAssertTrue(xml.contains("<w:del ") && xml.contains("<w:ins "), code)
        }
    }

    func testReviewCopySinceAVersion_importsOnlyTheMembersOwnChanges() throws {
        let workspace = try Self.workspaceWithV1AndV2()
        let store = VersionStore(workspace: workspace)
        let (version, new) = try store.load("v2")
        let data = try ReviewCopy.make(
            strategy: new, version: version, member: MemberID("ipr"), language: Language("en"),
            templates: CommentStore.templates(nil), since: try store.load("v1").strategy, author: "A. Consultant")
        // As sent: the consultant's tracked changes are not the member's comments.
        let comments = CommentStore(workspace: workspace)
        let sent = try comments.importForms([("ipr-v2.docx", data)], date: CommentTestSupport.importDate)
        XCTAssertEqual(sent.added.count, 0, "\(sent.added.map(\.text))")
        // A member's own change in the same copy is one.
        let entries = try ZIPReader.read(data)
        var archive = ZIPArchive()
        for entry in entries {
            var bytes = entry.data
            if entry.path == "word/document.xml" {
                let xml = String(decoding: entry.data, as: UTF8.self).replacingOccurrences(
                    of: ">A second paragraph.</w:t></w:r>",
                    with: ">A second paragraph.</w:t></w:r><w:ins w:id=\"7\" w:author=\"Aigul\"><w:r><w:t> Indeed.</w:t></w:r></w:ins>")
                XCTAssertNotEqual(Data(xml.utf8), entry.data)
                bytes = Data(xml.utf8)
            }
            archive.add(entry.path, bytes)
        }
        let edited = try comments.importForms([("ipr-v2-edited.docx", try archive.data())], date: CommentTestSupport.importDate)
        XCTAssertEqual(edited.added.map(\.text), ["+ « Indeed.»"])
        XCTAssertEqual(edited.added.first?.proposal, "A second paragraph. Indeed.")
        XCTAssertEqual(edited.added.first?.target, "sec.situation")
    }
}
