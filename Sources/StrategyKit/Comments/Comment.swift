/// A Coalition member's comment on a version of the strategy, as imported from a comment form.
///
/// The id (`v1-ipr-007`) is stable: it is given once, on import, and never reused.
public struct Comment: Hashable, Sendable {
    /// `v1-ipr-007`: version, member, and a number counted per version and member.
    public var id: String
    /// The version commented on.
    public var version: String
    /// The member who made it.
    public var member: MemberID
    /// What it is about: `doc`, a section (`sec.situation`) or an entity id (`A-07`).
    public var target: String
    /// The paragraph, table or figure as the member wrote it (`3`, `2–4`, `Table 5`); may be empty.
    public var paragraph: String
    /// General, substantive or editorial.
    public var type: CommentType
    /// The comment.
    public var text: String
    /// The wording the member proposes; may be empty.
    public var proposal: String
    /// The SHA-256 of the file it was imported from (kept in `comments/originals/`).
    public var source: String
    /// The line of that file where its row starts.
    public var sourceLine: Int
    /// The day it was imported.
    public var imported: CalendarDate
    /// Where it is recorded in `comments/comments.csv` (line 1 column 1 when not read from there).
    public var location: SourceLocation
    /// The text the comment was made on, as the member's document showed it (a Word comment's
    /// range, a tracked change's paragraph); empty for a form row.
    public var quote: String = ""
    /// Who wrote it in Word (the document's author name); empty for a form row.
    public var author: String = ""

    /// Creates a comment.
    public init(
        id: String, version: String, member: MemberID, target: String, paragraph: String,
        type: CommentType, text: String, proposal: String, source: String, sourceLine: Int,
        imported: CalendarDate, location: SourceLocation, quote: String = "", author: String = ""
    ) {
        self.id = id
        self.version = version
        self.member = member
        self.target = target
        self.paragraph = paragraph
        self.type = type
        self.text = text
        self.proposal = proposal
        self.source = source
        self.sourceLine = sourceLine
        self.imported = imported
        self.location = location
        self.quote = quote
        self.author = author
    }

    /// What makes two comments the same comment, whatever file or row they came from: version,
    /// member, target, paragraph, type, text and proposed wording.
    public var identity: Identity {
        Identity(
            version: version, member: member.rawValue, target: target, paragraph: paragraph,
            type: type, text: text, proposal: proposal)
    }

    /// The fields that identify a comment; a re-import of the same content adds nothing.
    public struct Identity: Hashable, Sendable {
        public var version: String
        public var member: String
        public var target: String
        public var paragraph: String
        public var type: CommentType
        public var text: String
        public var proposal: String
    }
}

/// The kind of a comment, as ISO comment forms have it.
public enum CommentType: String, CaseIterable, Hashable, Sendable {
    /// About the document as a whole or its approach.
    case general
    /// About content: facts, substance, what the strategy commits to.
    case substantive
    /// About wording, spelling, layout.
    case editorial
}

/// What the consultant decided about a comment.
public enum CommentDecision: String, CaseIterable, Hashable, Sendable {
    /// Taken into account in full.
    case accepted
    /// Taken into account in part.
    case partly
    /// Not taken into account, with the reason in the response.
    case rejected
    /// Acknowledged; nothing to change (a remark, a question answered).
    case noted
}

/// Where a comment stands: open until a decision is recorded.
public enum CommentStatus: Hashable, Sendable, CaseIterable {
    case open
    case decided(CommentDecision)

    /// Every status, open first.
    public static var allCases: [CommentStatus] { [.open] + CommentDecision.allCases.map { .decided($0) } }

    /// `open`, `accepted`, `partly`, `rejected`, `noted`.
    public var rawValue: String {
        switch self {
        case .open: "open"
        case .decided(let decision): decision.rawValue
        }
    }

    /// The status spelled as `rawValue`, or nil.
    public init?(rawValue: String) {
        if rawValue == "open" {
            self = .open
        } else if let decision = CommentDecision(rawValue: rawValue) {
            self = .decided(decision)
        } else {
            return nil
        }
    }
}

/// The consultant's disposition of one comment: the decision in force, its responses per
/// language, and the decisions it replaced (never erased: the journal keeps every line).
public struct CommentResolution: Hashable, Sendable {
    /// The decision in force.
    public var decision: CommentDecision
    /// The day it was taken.
    public var date: CalendarDate
    /// The response per language; a language given later is a translation of the same decision.
    public var responses: [Language: String]
    /// Earlier decisions this one replaced, oldest first.
    public var replaced: [Replaced]
    /// The journal line of the decision in force.
    public var location: SourceLocation

    /// A decision that a later one replaced.
    public struct Replaced: Hashable, Sendable {
        public var decision: CommentDecision
        public var date: CalendarDate
        public var responses: [Language: String]
    }
}
