import Foundation
import FuzzSupport
import StrategyKit

/// The Markdown prose reader: the bytes of `prose/<lang>/<id>.md` decoded as the loader decodes
/// them, `MarkdownParser`, the three writers on what it read, and the text as a prose section of
/// a small strategy document (as `Workspace.render` renders it: heading shifting, anchors,
/// contents). Also `MarkdownEscaping`, whose output must parse back to the text it escaped.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let markdown = prose(Fuzz.data(data, size)) else { return 0 }
    let fixture = ProseDocument.fixture
    let labels = fixture.languageTemplates.labels

    checkEscaping(markdown)

    let blocks = MarkdownParser.parse(markdown)
    Fuzz.require(depth(blocks) <= 40, "nesting deeper than the parser's limit")
    let document = Document(language: fixture.language, title: "Fuzz", blocks: blocks)
    checkMarkdown(MarkdownWriter().text(document))
    Fuzz.checkXML(Data(HTMLWriter().html(document, labels: labels).utf8), "HTML")
    for part in DOCXWriter().parts(of: document, labels: labels) where part.path.hasSuffix(".xml") {
        Fuzz.checkXMLOnce(part.data, part.path)
    }

    var strategy = fixture.strategy
    strategy.prose[fixture.language]?["introduction"]?.markdown = markdown
    do {
        // What `Workspace.render` does for one language and Markdown, without adding up the
        // budget again and handing the work to another thread on every run.
        let context = RenderContext(
            language: fixture.language, templates: fixture.languageTemplates, date: strategy.edition.date)
        let renderer = StrategyDocumentRenderer(writers: [MarkdownWriter()], costs: fixture.costs)
        let files = try renderer.render(strategy, in: context)
        Fuzz.require(files.count == 1, "\(files.count) files rendered")
        for file in files {
            checkMarkdown(String(decoding: file.data, as: UTF8.self))
        }
    } catch {
        Fuzz.require(false, "rendering failed: \(error)")
    }
    return 0
}

/// `MarkdownEscaping.inline` promises text that parses back to itself (line breaks as spaces,
/// other control characters dropped), wherever it stands in a line.
private func checkEscaping(_ text: String) {
    var expected = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
        defer { previousWasCR = scalar == "\r" }
        if scalar == "\n" && previousWasCR { continue }
        if scalar == "\n" || scalar == "\r" {
            expected.append(" ")
        } else if (scalar.value >= 0x20 && scalar.value != 0x7F) || scalar == "\t" {
            expected.append(scalar)
        }
    }
    let plain = String(expected)
    for startsLine in [true, false] {
        let escaped = MarkdownEscaping.inline(text, startsLine: startsLine)
        Fuzz.require(!escaped.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" },
                     "a line break or control character survives inline escaping")
        let parsed = MarkdownParser.parseInline(escaped)
        Fuzz.require(parsed == (plain.isEmpty ? [] : [.text(plain)]),
                     "\(plain.debugDescription) escapes as \(escaped.debugDescription), which reads back as \(parsed)")
    }
    // At the start of a line, escaped text must not open a block (not even an indented code
    // block): it reads back as one paragraph, which drops the spaces and tabs at its end; a
    // leading one is written as a character reference, so it and the ones after it stay. It
    // follows a first paragraph, as in every document, because the parser drops a byte-order
    // mark at the very start of its input.
    let escaped = MarkdownEscaping.inline(text)
    var trimmed = plain
    let keptLeading = plain.first == " " || plain.first == "\t" ? 1 : 0
    while trimmed.count > keptLeading, let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
    let blocks = MarkdownParser.parse("Title\n\n" + escaped)
    let first: [Block] = [.paragraph([.text("Title")])]
    Fuzz.require(blocks == first + (trimmed.isEmpty ? [] : [.paragraph([.text(trimmed)])]),
                 "\(plain.debugDescription) escapes as \(escaped.debugDescription), which reads back as \(blocks)")
    Fuzz.require(!MarkdownEscaping.cell(text).isEmpty, "an empty table cell")
}

/// The layout the Markdown writer promises: one final newline, no runs of blank lines, no
/// trailing spaces.
private func checkMarkdown(_ text: String) {
    let shown = String(text.debugDescription.prefix(400))
    Fuzz.require(text.utf8.last == UInt8(ascii: "\n"), "no final newline: \(shown)")
    Fuzz.require(!text.hasSuffix("\n\n"), "more than one final newline: \(shown)")
    Fuzz.require(!text.contains("\n\n\n"), "a run of blank lines survives: \(shown)")
    Fuzz.require(!text.contains(" \n"), "a trailing space survives: \(shown)")
}

/// How deep lists and quotes nest in `blocks`.
private func depth(_ blocks: [Block]) -> Int {
    blocks.map { block in
        switch block {
        case .list(_, let items, _, _): 1 + (items.map(depth).max() ?? 0)
        case .quote(let inner), .landscape(let inner): 1 + depth(inner)
        default: 0
        }
    }.max() ?? 0
}

/// What `WorkspaceFiles.prose` does with a file's bytes (mirrored here because it is inline in
/// that loader): strict UTF-8 or nothing, a leading BOM dropped, CRLF to LF.
private func prose(_ data: Data) -> String? {
    guard var text = String(data: data, encoding: .utf8) else { return nil }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
}

/// The `mini` workspace with a template that holds only what prose reaches: the title, the
/// contents and two prose sections (the first is replaced by the input on every run).
private enum ProseDocument {
    static let fixture: MiniWorkspace.Fixture = {
        var fixture = MiniWorkspace.english
        let text = """
            # {{title}}

            ## Contents

            {{toc}}

            ## 1. Introduction

            {{prose:introduction}}

            ## 2. Situation

            {{prose:situation}}

            """
        let (template, diagnostics) = Template.parse(text, path: "fuzz/strategy.md")
        Fuzz.require(diagnostics.isEmpty, "the prose template does not parse")
        fixture.languageTemplates.strategy = template
        return fixture
    }()
}
