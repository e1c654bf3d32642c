import Foundation

/// The review copy: a version's strategy document as DOCX for one member to comment in Word.
///
/// It is the version's own document (from its snapshot), with what the import needs carried
/// invisibly: custom document properties naming the version, its hash and the member, and a
/// bookmark (``DOCXAnchors``) around every section, entity and numbered prose paragraph.
/// Prose paragraphs show their number (`¶ 4`, counted within the section) and the title page
/// says, in the member's language, how to comment.
public enum ReviewCopy {
    /// The custom property that names the version.
    public static let versionProperty = "StrategyVersion"
    /// The custom property that holds the version's content hash.
    public static let hashProperty = "StrategyVersionHash"
    /// The custom property that names the member.
    public static let memberProperty = "StrategyMember"
    /// What a paragraph's number looks like: `¶ 4` and a space before the text.
    public static func numberMark(_ number: Int) -> String { "¶\u{00A0}\(number) " }

    /// The review copy of `strategy` (version `version`) for `member`, in `language`.
    public static func make(
        strategy: Strategy, version: StrategyVersion, member: MemberID, language: Language, templates: TemplateSet
    ) throws -> Data {
        let document = try document(strategy: strategy, version: version, member: member, language: language,
                                    templates: templates)
        let set = try templates.templates(for: language)
        return try writer(version: version, member: member).write(document, labels: set.labels)
    }

    /// The writer of the review copy: anchors as bookmarks, the version and member as properties.
    public static func writer(version: StrategyVersion, member: MemberID) -> DOCXWriter {
        DOCXWriter(reviewProperties: [
            .init(name: versionProperty, value: version.name),
            .init(name: hashProperty, value: version.hash),
            .init(name: memberProperty, value: member.rawValue),
        ])
    }

    /// The review copy of `strategy` with its changes since `since` tracked (``Redline``):
    /// the member comments on the new version and sees what changed, in one document.
    public static func make(
        strategy: Strategy, version: StrategyVersion, member: MemberID, language: Language, templates: TemplateSet,
        since: Strategy, author: String
    ) throws -> Data {
        let redline = try Redline.document(old: since, new: strategy, language: language, templates: templates)
        let document = try document(
            strategy: strategy, version: version, member: member, language: language, templates: templates,
            built: redline)
        var writer = writer(version: version, member: member)
        writer.trackedChanges = (author, version.date)
        writer.customProperties.append(.init(name: DOCXReview.redlineAuthorProperty, value: author))
        return try writer.write(document, labels: templates.templates(for: language).labels)
    }

    /// The document of the review copy, before it is written; `built` is the strategy's
    /// document when the caller has it (a redline).
    public static func document(
        strategy: Strategy, version: StrategyVersion, member: MemberID, language: Language, templates: TemplateSet,
        built: Document? = nil
    ) throws -> Document {
        let set = try templates.templates(for: language)
        let context = RenderContext(language: language, templates: set, date: strategy.edition.date)
        var document = try built ?? DocumentBuilder(strategy: strategy, context: context, drawsFigures: false).build()
        let labels = set.labels
        let memberName = strategy.members.first { $0.id.value == member }.map { $0.name[language] } ?? member.rawValue
        let notice = [
            labels.format("comments.review.title", ["member": memberName]),
            labels.format("comments.review.version", ["version": version.name, "date": labels.date(version.date)]),
            labels["comments.review.how"],
            labels["comments.review.return"],
        ]
        document.blocks = anchored(document.blocks, sections: ReviewOutline.sections(of: set.strategy))
        if case .titlePage(var page) = document.blocks.first {
            page.notice = notice
            document.blocks[0] = .titlePage(page)
        } else {
            document.blocks.insert(.quote(notice.map { .paragraph([.text($0)]) }), at: 0)
        }
        return document
    }

    /// The blocks with each template section (from its `##` heading to the next) inside its
    /// anchor, and each paragraph of a section that belongs to no entity numbered and anchored.
    static func anchored(_ blocks: [Block], sections: [ReviewOutline.Section]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        var next = 0
        var current: (id: String, blocks: [Block])?
        var paragraphs = 0
        func close() {
            if let section = current { result.append(.anchored(id: section.id, blocks: section.blocks)) }
            current = nil
        }
        for block in blocks {
            if case .heading(2, let content, _) = block, next < sections.count,
               CommentVocabulary.normalized(content.plainText) == CommentVocabulary.normalized(sections[next].title) {
                close()
                current = (sections[next].id, [block])
                next += 1
                paragraphs = 0
                continue
            }
            guard let section = current?.id else {
                result.append(block)
                continue
            }
            func numbered(_ content: [Inline]) -> Block {
                paragraphs += 1
                return .anchored(
                    id: DOCXAnchors.paragraphID(section: section, number: paragraphs),
                    blocks: [.paragraph([.text(numberMark(paragraphs))] + content)])
            }
            switch block {
            case .paragraph(let content):
                current?.blocks.append(numbered(content))
            case .tracked(.inserted, let inner):
                // A paragraph the redline inserts is one of the version's: it has its number.
                current?.blocks.append(.tracked(.inserted, inner.map { block in
                    if case .paragraph(let content) = block { return numbered(content) }
                    return block
                }))
            default:
                current?.blocks.append(block)
            }
        }
        close()
        return result
    }
}
