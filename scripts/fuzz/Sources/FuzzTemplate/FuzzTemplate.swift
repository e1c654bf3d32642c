import Foundation
import FuzzSupport
import StrategyKit

/// The template engine: `Template.parse` on a fuzzed `strategy.md`, fuzzed `labels.json` values
/// through every `Labels` formatter, and the `mini` strategy built into a document with both
/// (`DocumentBuilder`: the template's text goes through the Markdown parser), written as
/// Markdown, and as HTML and DOCX (well-formed XML) when the labels are fuzzed.
///
/// Input: the template's bytes, then optionally a NUL byte and the labels file's bytes (seeds
/// are sections of `templates/<lang>/strategy.md`, alone or with NUL and a few of its labels).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let split = input.firstIndex(of: 0) ?? size
    // As `TemplateSet.load` reads both files: strict UTF-8 or nothing.
    guard let text = String(bytes: input[..<split], encoding: .utf8) else { return 0 }
    let labelText = split < size ? String(bytes: input[(split + 1)...], encoding: .utf8) : nil

    let path = "templates/en/strategy.md"
    let (template, diagnostics) = Template.parse(text, path: path)
    Fuzz.checkDiagnostics(diagnostics, file: path)
    var line = 1
    for (name, location) in template.placeholders {
        Fuzz.checkLocation(location, file: path)
        Fuzz.require(location.line >= line, "placeholder lines go backwards")
        line = location.line
        Fuzz.require(!name.contains("\n") && !name.contains("}}"), "placeholder name '\(name)'")
    }
    for case .text(let literal) in template.parts {
        Fuzz.require(!literal.isEmpty, "an empty text part")
    }

    var fixture = MiniWorkspace.english
    var hasFuzzedLabels = false
    if let labelText, let labels = parseLabels(labelText) {
        let old = fixture.languageTemplates.labels
        fixture.languageTemplates.labels = Labels(
            old.values.merging(labels) { _, fuzzed in fuzzed }, path: old.path)
        exerciseLabels(fixture.languageTemplates.labels, strategy: fixture.strategy)
        hasFuzzedLabels = true
    }

    fixture.languageTemplates.strategy = template
    let labels = fixture.languageTemplates.labels
    let context = RenderContext(
        language: fixture.language, templates: fixture.languageTemplates,
        date: fixture.strategy.edition.date)
    let document: Document
    do {
        document = try DocumentBuilder(strategy: fixture.strategy, context: context, costs: fixture.costs).build()
    } catch let error as RenderError {
        Fuzz.require(error.diagnostic.code.hasPrefix("template."), "render error \(error)")
        Fuzz.checkLocation(error.diagnostic.location, file: path)
        return 0
    } catch {
        Fuzz.require(false, "unexpected error \(error)")
        return 0
    }
    let markdown = MarkdownWriter().text(document)
    Fuzz.require(markdown.utf8.last == UInt8(ascii: "\n"), "the document does not end with a newline")
    // Labels reach every writer (the DOCX language tag, HTML captions): with fuzzed ones, the
    // XML formats must stay well-formed. Without, the writers are FuzzProse's business.
    if hasFuzzedLabels {
        Fuzz.checkXML(Data(HTMLWriter().html(document, labels: labels).utf8), "HTML")
        for part in DOCXWriter().parts(of: document, labels: labels) where part.path.hasSuffix(".xml") {
            Fuzz.checkXMLOnce(part.data, part.path)
        }
    }
    return 0
}

/// What `TemplateSet` keeps of a labels file: the string members of a top-level object.
private func parseLabels(_ text: String) -> [String: String]? {
    guard case .object(let members)? = JSONReader.parse(text, file: "labels.json").root?.value
    else { return nil }
    var labels: [String: String] = [:]
    for member in members {
        if case .string(let value) = member.value.value { labels[member.key] = value }
    }
    return labels
}

/// Every formatter of `Labels`, on values from the strategy and on edge values.
private func exerciseLabels(_ labels: Labels, strategy: Strategy) {
    for amount in amounts {
        _ = labels.number(amount, scale: 2)
        _ = labels.number(amount)
        _ = labels.money(Money(amount, CurrencyCode("JPY")))
    }
    _ = labels.period(strategy.period)
    for date in dates {
        _ = labels.planDate(date)
        _ = labels.date(date.lastDay)
    }
    _ = labels.format("date.day", ["d": "{d}", "month": "{year}", "year": "{month}"])
}

private let amounts: [Decimal] = [
    0, -1, Decimal(string: "-1234567.895")!,
    Decimal(string: "99999999999999999999999999999999999999")!,
    Decimal(string: "0.00000000000000000000000000000000000001")!,
]

private let dates: [PlanDate] = ["2024-02-29", "0001-01-01", "9999-12-31", "2024-03", "2024-Q4"]
    .compactMap(PlanDate.init)
