import Foundation
@testable import StrategyKit
import XCTest

/// No word is broken inside a table cell of any DOCX the workbench writes, in either language,
/// when LibreOffice sets it: the shipped documents and the acts of a consultancy lived through
/// are converted to PDF (once, a LibreOffice per language in parallel), their text extracted
/// with pdftotext, and every word of every source cell looked for among the PDF's words and
/// across the PDF's line ends. Needs `soffice` and `pdftotext`; skips with a message without
/// them (CI installs both).
final class TypesettingTests: XCTestCase {
    private static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    private static func run(_ tool: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// The DOCX files to check, by language: every shipped export and the acts.
    private func documents() throws -> [Language: [RenderedFile]] {
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        var files = try Workspace.render(
            strategy, templates: opened.templates, languages: strategy.languages, formats: [.docx],
            date: nil, changes: opened.changes)
        files += try Workspace.renderPaperwork(
            strategy, templates: opened.templates, kinds: PaperworkKind.allCases, languages: strategy.languages,
            formats: [.docx], records: PaperworkTests.records)
        return Dictionary(grouping: files) { Language(String($0.path.prefix { $0 != "/" })) }
    }

    /// The words of every table cell of a DOCX's body.
    static func cellWords(_ docx: Data) throws -> [String] {
        let entries = try ZIPReader.read(docx)
        let body = try XCTUnwrap(entries.first { $0.path == "word/document.xml" })
        let xml = String(decoding: body.data, as: UTF8.self)
        var words: [String] = []
        for cell in xml.components(separatedBy: "<w:tc>").dropFirst() {
            let inside = cell.components(separatedBy: "</w:tc>")[0]
            for paragraph in inside.components(separatedBy: "</w:p>") {
                var text = ""
                var rest = Substring(paragraph)
                while let open = rest.range(of: "<w:t") {
                    // A line break inside the paragraph separates words.
                    if rest[..<open.lowerBound].contains("<w:br/>") { text += " " }
                    rest = rest[open.upperBound...]
                    guard rest.first == ">" || rest.first == " ", let close = rest.range(of: ">") else { continue }
                    rest = rest[close.upperBound...]
                    guard let end = rest.range(of: "</w:t>") else { break }
                    text += rest[..<end.lowerBound]
                    rest = rest[end.upperBound...]
                }
                text = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                words += text.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
        return words
    }

    private static let punctuation = CharacterSet(charactersIn: "«»()“”\"'.,;:!?…[]*")

    static func normalized(_ word: Substring) -> String {
        word.trimmingCharacters(in: punctuation)
    }

    /// Source words that the PDF's text shows broken: missing from its words (pdftotext joins
    /// a word broken after a hyphen, so hyphens are ignored when comparing) or split over a
    /// line end anywhere but after a hyphen, dash or slash.
    static func brokenWords(source: [String], pdfText: String) -> [String] {
        let breakAfter: Set<Character> = ["-", "–", "—", "/"]
        let lines = pdfText.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .map { $0.split(whereSeparator: \.isWhitespace) }
        var pdfWords = Set<String>()
        for line in lines { for word in line { pdfWords.insert(normalized(word).replacingOccurrences(of: "-", with: "")) } }
        var pieces = Set<String>()
        for word in pdfWords { for piece in word.split(whereSeparator: { breakAfter.contains($0) }) { pieces.insert(String(piece)) } }
        let sourceWords = Set(source.map { normalized(Substring($0)) }.filter { $0.count > 1 })
        var broken = Set<String>()
        for word in sourceWords {
            let joined = word.replacingOccurrences(of: "-", with: "")
            if pdfWords.contains(joined) { continue }
            let parts = joined.split(whereSeparator: { breakAfter.contains($0) }).map(String.init)
            if !parts.isEmpty, parts.allSatisfy({ $0.count < 2 || pieces.contains($0) }) { continue }
            // A break after the hyphen of "пресс-конференции": pdftotext drops a hyphen at a line
            // end and joins what follows on its line, which may be the next column's first word
            // ("пресспостоянно"), so the first part is found as the start of a word.
            let hyphenParts = word.split(separator: "-").map(String.init)
            if hyphenParts.count > 1, hyphenParts.dropFirst().allSatisfy({ $0.count < 2 || pdfWords.contains($0) }),
               let first = hyphenParts.first, pdfWords.contains(where: { $0.hasPrefix(first) }) { continue }
            broken.insert(word)
        }
        for (first, second) in zip(lines, lines.dropFirst()) {
            // Adjacent numbers of separate cells ("1" above "1") are not a word split in two.
            guard let end = first.last, let start = second.first, let mark = end.last, !breakAfter.contains(mark),
                  end.filter(\.isLetter).count >= 2 || start.filter(\.isLetter).count >= 2 else { continue }
            let joined = normalized(Substring(String(end) + String(start)))
            if sourceWords.contains(joined), !sourceWords.contains(normalized(end)) { broken.insert(joined) }
        }
        return broken.sorted()
    }

    /// The number of actions on each page of the action matrix: an id line ("A-01") followed
    /// by its objective ("O1.1"), which only the matrix shows.
    static func actionMatrixPages(_ text: String) -> [Int] {
        text.components(separatedBy: "\u{0C}").map { page in
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return zip(lines, lines.dropFirst()).filter { id, objective in
                id.hasPrefix("A-") && id.dropFirst(2).allSatisfy(\.isNumber) && objective.hasPrefix("O")
                    && objective.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
            }.count
        }.filter { $0 > 0 }
    }

    /// Body text after a table keeps a gap from its bottom border, text that introduces a table
    /// stays with it, and the empty paragraph between two tables does not grow.
    func testTypesetting_textAfterATableHasSpaceAbove() throws {
        let table = Block.table(Table(columns: [Table.Column([.text("K")])], rows: [Table.Row([[.text("V")]])]))
        let document = Document(language: Language("ru"), title: "T", blocks: [table, .paragraph([.text("После")]), table, table])
        let parts = DOCXWriter().parts(of: document, labels: Labels([:], path: ""))
        let xml = String(decoding: try XCTUnwrap(parts.first { $0.path == "word/document.xml" }).data, as: UTF8.self)
        XCTAssertTrue(xml.contains("</w:tbl><w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\"/></w:pPr>"), xml)
        XCTAssertTrue(xml.contains("</w:tbl><w:p></w:p><w:tbl>"), xml)
    }

    func testTypesetting_brokenWordsAreFound() {
        XCTAssertEqual(Self.brokenWords(source: ["Аналитические", "материалы"], pdfText: "Аналитически\nе материалы\n"),
                       ["Аналитические"])
        XCTAssertEqual(Self.brokenWords(source: ["онлайн-изданиями", "2024–2026"], pdfText: "онлайнизданиями 2024–\n2026\n"), [])
        XCTAssertEqual(Self.brokenWords(source: ["«Муниципалитет»"], pdfText: "«Муниципалит\nет»\n"), ["Муниципалитет"])
    }

    func testTypesetting_noWordBrokenInATableCellByLibreOffice() throws {
        guard let soffice = Self.tool("soffice"), let pdftotext = Self.tool("pdftotext") else {
            throw XCTSkip("soffice or pdftotext is not installed (apt-get install -y libreoffice-writer-nogui poppler-utils); "
                + "the LibreOffice typesetting check did not run")
        }
        let folder = try TestWorkspace.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = try documents()
        XCTAssertEqual(documents.keys.sorted(), [Language("en"), Language("ru")])
        let shippedActions = try XCTUnwrap(
            Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy")).strategy).actions.count
        var processes: [Process] = []
        for (language, files) in documents {
            let input = folder.appendingPathComponent("docx-\(language)")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            var paths: [String] = []
            for file in files {
                let url = input.appendingPathComponent(URL(fileURLWithPath: file.path).lastPathComponent)
                try file.data.write(to: url)
                paths.append(url.path)
            }
            let process = Process()
            process.executableURL = soffice
            process.arguments = [
                "-env:UserInstallation=file://\(folder.path)/profile-\(language)", "--headless",
                "--convert-to", "pdf", "--outdir", folder.appendingPathComponent("pdf-\(language)").path,
            ] + paths
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        var checked = 0
        for (language, files) in documents {
            for file in files {
                let name = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
                let pdf = folder.appendingPathComponent("pdf-\(language)/\(name).pdf")
                guard FileManager.default.fileExists(atPath: pdf.path) else {
                    XCTFail("LibreOffice wrote no PDF of \(file.path)")
                    continue
                }
                let text = String(decoding: try Self.run(pdftotext, [pdf.path, "-"]), as: UTF8.self)
                let source = try Self.cellWords(file.data)
                XCTAssertEqual(Self.brokenWords(source: source, pdfText: text), [], "words broken in \(file.path)")
                checked += 1
                if name == "strategy" {
                    let pages = Self.actionMatrixPages(text)
                    let actions = pages.reduce(0, +)
                    XCTAssertEqual(actions, shippedActions, "every action of the shipped matrix in \(file.path)")
                    XCTAssertGreaterThanOrEqual(Double(actions) / Double(max(1, pages.count)), 6,
                                                "actions a landscape page in \(file.path): \(pages)")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 14)
    }

    /// The shipped dashboard prints on A4 portrait in Chromium on at most four pages, the first
    /// holding more than the title, with the Gantt whole (its last year, 2026, on the page).
    /// Needs `chromium` and `pdftotext`; skips with a message without them.
    func testTypesetting_dashboardPrintsOnFourA4Pages() throws {
        guard let chromium = Self.tool("chromium") ?? Self.tool("chromium-browser"),
              let pdftotext = Self.tool("pdftotext") else {
            throw XCTSkip("chromium or pdftotext is not installed; the dashboard print check did not run")
        }
        let folder = try TestWorkspace.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        for language in strategy.languages {
            let page = try Workspace.dashboard(
                opened, language: language, date: strategy.edition.date,
                workspace: TestWorkspace.packageRoot.appendingPathComponent("strategy"))
            let html = folder.appendingPathComponent("dashboard-\(language).html")
            try page.data.write(to: html)
            let pdf = folder.appendingPathComponent("dashboard-\(language).pdf")
            _ = try Self.run(chromium, [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(folder.path)/chromium-\(language)", "--print-to-pdf=\(pdf.path)", html.absoluteString,
            ])
            let text = String(decoding: try Self.run(pdftotext, ["-layout", pdf.path, "-"]), as: UTF8.self)
            let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            XCTAssertGreaterThan(pages.count, 0, "Chromium printed nothing for \(language)")
            XCTAssertLessThanOrEqual(pages.count, 4, "dashboard pages in \(language)")
            let consultancy = try opened.templates.templates(for: language).labels["dashboard.consultancy"]
            XCTAssertTrue(pages.first?.contains(consultancy) ?? false, "the first page goes on past the title in \(language)")
            XCTAssertTrue(pages.contains { $0.contains("2026") && $0.contains("2023") }, "the Gantt's years in \(language)")
        }
    }

    /// On screen every chart of the dashboard stays inside the text column: Chromium lays the
    /// page out and a script measures each chart. Figures stay in the column at 1400, 1000 and
    /// 700 px; the Portal table's sparklines stay in the column at 1400 and 1000 px and in
    /// their cell at 700 px (a seven-column Russian table is then wider than the column and
    /// scrolls in its own box, by the house style). Needs `chromium`; skips without it.
    func testTypesetting_dashboardChartsStayInTheColumnOnScreen() throws {
        guard let chromium = Self.tool("chromium") ?? Self.tool("chromium-browser") else {
            throw XCTSkip("chromium is not installed; the dashboard screen check did not run")
        }
        let folder = try TestWorkspace.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = Workspace.open(TestWorkspace.packageRoot.appendingPathComponent("strategy"))
        let strategy = try XCTUnwrap(opened.strategy)
        let script = """
            <script>window.addEventListener('load', function () {
              var column = document.querySelector('main.document').getBoundingClientRect();
              var out = 0, seen = 0, narrow = window.innerWidth < 900;
              function outside(box, limit) { return box.left < limit.left - 0.5 || box.right > limit.right + 0.5; }
              document.querySelectorAll('figure.chart svg').forEach(function (svg) {
                seen += 1; if (outside(svg.getBoundingClientRect(), column)) { out += 1; }
              });
              document.querySelectorAll('.inline-chart svg').forEach(function (svg) {
                var limit = narrow ? svg.closest('td, th').getBoundingClientRect() : column;
                seen += 1; if (outside(svg.getBoundingClientRect(), limit)) { out += 1; }
              });
              document.body.setAttribute('data-charts', seen + ' ' + out);
            });</script>
            """
        for language in strategy.languages {
            let page = try Workspace.dashboard(
                opened, language: language, date: strategy.edition.date,
                workspace: TestWorkspace.packageRoot.appendingPathComponent("strategy"))
            let html = String(decoding: page.data, as: UTF8.self).replacingOccurrences(of: "</body>", with: script + "</body>")
            let url = folder.appendingPathComponent("dashboard-\(language).html")
            try Data(html.utf8).write(to: url)
            for width in [1400, 1000, 700] {
                let dom = String(decoding: try Self.run(chromium, [
                    "--headless", "--no-sandbox", "--disable-gpu", "--window-size=\(width),2000",
                    "--user-data-dir=\(folder.path)/chromium-\(language)-\(width)", "--dump-dom", url.absoluteString,
                ]), as: UTF8.self)
                guard let range = dom.range(of: #"data-charts="(\d+) (\d+)""#, options: .regularExpression) else {
                    XCTFail("the page did not report its charts in \(language) at \(width) px")
                    continue
                }
                let numbers = dom[range].dropFirst("data-charts=\"".count).dropLast().split(separator: " ").compactMap { Int($0) }
                XCTAssertGreaterThan(numbers.first ?? 0, 2, "charts measured in \(language) at \(width) px")
                XCTAssertEqual(numbers.last, 0, "charts outside the column in \(language) at \(width) px")
            }
        }
    }
}
