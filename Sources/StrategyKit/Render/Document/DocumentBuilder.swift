import Foundation
import Synchronization

/// Builds the strategy ``Document`` in one language from the template: literal Markdown is
/// parsed, inline placeholders become escaped text, block placeholders become generated blocks.
public struct DocumentBuilder: Sendable {
    /// Placeholders that stand for a word or phrase inside the template's text.
    public static let inlinePlaceholders: Set<String> = [
        "title", "subtitle", "period", "edition.version", "edition.status", "edition.date",
        "coalition.name", "coalition.funder",
    ]
    /// Placeholders that stand for whole blocks (tables, sections, lists).
    public static let blockPlaceholders: Set<String> = [
        "title-page", "toc", "members.list", "coalition.members", "work-areas", "goals",
        "audiences", "channels", "themes", "actions.matrix", "budget.summary", "indicators",
        "risks", "contract", "coverage.audiences-channels", "coverage.themes-actions",
        "members.annex", "timeline.plan", "changes.annex", "summary", "abbreviations", "sources", "stakeholders",
    ]
    /// Every placeholder without an argument.
    public static var placeholders: Set<String> { inlinePlaceholders.union(blockPlaceholders) }
    /// Placeholders with an argument after the colon: `{{prose:ID}}`, `{{label:KEY}}`.
    public static let prefixes: Set<String> = ["prose", "label"]

    let strategy: Strategy
    let context: RenderContext
    let labels: Labels
    let language: Language
    let names: NameIndex
    /// The cost lines converted and summed once: the matrix, the budget and the annexes show them.
    let costs: DocumentCosts
    var ledger: BudgetLedger { costs.ledger }
    /// Whether charts get their SVG (only HTML shows it; other formats use the fallback).
    let drawsFigures: Bool
    /// Periods already put into words: a few dozen distinct ones serve thousands of actions.
    private let periods = PeriodTexts()

    /// Creates a builder for one language.
    ///
    /// - Parameters:
    ///   - costs: the strategy's budget sums, when the caller already has them (they do not
    ///     depend on the language).
    ///   - drawsFigures: `false` leaves charts' SVG empty, for writers that show their fallback.
    public init(strategy: Strategy, context: RenderContext, costs: DocumentCosts? = nil, drawsFigures: Bool = true) {
        self.strategy = strategy
        self.context = context
        self.labels = context.labels
        self.language = context.language
        self.names = NameIndex(strategy: strategy, language: context.language)
        self.costs = costs ?? DocumentCosts(strategy)
        self.drawsFigures = drawsFigures
    }

    /// The whole document.
    public func build() throws -> Document {
        var blocks: [Block] = []
        var markdown = ""
        var images: [String: DocumentImage] = [:]
        func flush() {
            if !markdown.isEmpty { blocks += withImagesResolved(MarkdownParser.parse(markdown), into: &images) }
            markdown = ""
        }
        for part in context.templates.strategy.parts {
            switch part {
            case .text(let text):
                markdown += text
            case .placeholder(let name, let location):
                if let text = inlineValue(name) {
                    markdown += MarkdownEscaping.inline(text)
                } else if name.hasPrefix("prose:") {
                    // Prose is Markdown by design: parsed with the template's text around it.
                    let id = String(name.dropFirst("prose:".count))
                    markdown += "\n\n" + shiftHeadings(withCitations(strategy.prose[language]?[id]?.markdown ?? "")) + "\n\n"
                } else if let generated = blockValue(name) {
                    flush()
                    blocks += generated
                } else {
                    throw RenderError(diagnostic: TemplateRules.unknownPlaceholder(name, at: location))
                }
            }
        }
        flush()
        return Document(
            language: language, title: strategy.title[language],
            blocks: Self.withContents(Self.withAnchors(blocks)), images: images)
            .withIllustrationNotice(strategy.illustrationNotice(language))
    }

    /// The blocks with each image's source made the workspace path the loader read it from
    /// (sources are relative to the prose folder of the language, as in an editor's preview);
    /// an image the workspace does not have keeps its source and shows its alternative text.
    /// The pictures shown are added to `images`.
    private func withImagesResolved(_ blocks: [Block], into images: inout [String: DocumentImage]) -> [Block] {
        guard !strategy.images.isEmpty else { return blocks }
        let folder = "\(WorkspaceLoader.FileName.prose)/\(language.code)"
        return blocks.map { block in
            block.mappingInlines { inline in
                guard case .image(let source, let alternative, let title) = inline,
                      let path = WorkspaceFiles.workspacePath(source, from: folder),
                      let image = strategy.images[path] else { return inline }
                images[path] = image
                return .image(source: path, alternative: alternative, title: title)
            }
        }
    }

    private func inlineValue(_ name: String) -> String? {
        if name.hasPrefix("label:") { return labels[String(name.dropFirst("label:".count))] }
        switch name {
        case "title": return strategy.title[language]
        case "subtitle": return strategy.subtitle[language]
        case "period": return labels.period(strategy.period)
        case "edition.version": return strategy.edition.version
        case "edition.status": return strategy.edition.status[language]
        case "edition.date": return labels.date(context.date)
        case "coalition.name": return strategy.coalition.name[language]
        case "coalition.funder": return strategy.coalition.funder[language]
        default: return nil
        }
    }

    private func blockValue(_ name: String) -> [Block]? {
        switch name {
        case "title-page": return [.titlePage(titlePage)]
        case "toc": return [.contents([])]
        case "members.list": return [membersList]
        case "coalition.members": return coalitionMembers
        case "work-areas": return workAreas
        case "goals": return goals
        case "audiences": return audiences
        case "channels": return channels
        case "themes": return themes
        case "actions.matrix": return actionMatrix
        case "budget.summary": return budgetSummary
        case "indicators": return indicators
        case "risks": return risks
        case "contract": return contract
        case "coverage.audiences-channels": return audienceChannelCoverage
        case "coverage.themes-actions": return themeActionCoverage
        case "members.annex": return memberAnnex
        case "timeline.plan": return calendarPlan
        case "changes.annex": return changesAnnex
        case "summary": return executiveSummary
        case "abbreviations": return abbreviationList
        case "sources": return sourceList
        case "stakeholders": return stakeholderMap
        default: return nil
        }
    }

    /// A period in this language's words, formatted once per distinct period.
    func period(_ period: PlanPeriod) -> String {
        let key = PeriodTexts.Key(start: period.start.value, end: period.end.value)
        return periods.texts.withLock { texts in
            if let text = texts[key] { return text }
            let text = labels.period(period)
            texts[key] = text
            return text
        }
    }

    /// Prose uses `###` and deeper; anything shallower is pushed under the template's `##`.
    private func shiftHeadings(_ markdown: String) -> String {
        // Most prose has no such heading: one pass over its bytes, and the text as it is.
        var markdown = markdown
        let hasShallowHeading = markdown.withUTF8 { bytes in
            var atLineStart = true
            var index = 0
            while index < bytes.count {
                if atLineStart, bytes[index] == UInt8(ascii: "#") {
                    var end = index
                    while end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
                    if end - index <= 2, end < bytes.count, bytes[end] == UInt8(ascii: " ") { return true }
                }
                atLineStart = bytes[index] == UInt8(ascii: "\n")
                index += 1
            }
            return false
        }
        guard hasShallowHeading else { return markdown }
        return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let level = line.prefix { $0 == "#" }.count
            guard (1...2).contains(level), line.dropFirst(level).first == " " else { return String(line) }
            return "###" + line.dropFirst(level)
        }.joined(separator: "\n")
    }
}

/// The builder's memo of formatted periods (the builder is a value; its memo is shared, also
/// by the rows a writer makes later, maybe on another thread).
private final class PeriodTexts: Sendable {
    struct Key: Hashable {
        var start: PlanDate
        var end: PlanDate
    }

    let texts = Mutex<[Key: String]>([:])
}
