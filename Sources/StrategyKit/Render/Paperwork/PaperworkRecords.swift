import Foundation

/// What the paperwork shows besides the strategy: the contract journal and the comments'
/// outcome. Read from the workspace by ``Workspace/paperworkRecords(of:journal:)``; the
/// renderers only look at it.
public struct PaperworkRecords: Hashable, Sendable {
    /// The journal's acts, in file order.
    public var acts: [ContractAct]
    /// The comments received on the versions and what was decided.
    public var comments: CommentTally

    /// Creates records.
    public init(acts: [ContractAct] = [], comments: CommentTally = CommentTally()) {
        self.acts = acts
        self.comments = comments
    }
}

/// The comments of the members counted by version, member and outcome: the numbers of the
/// operational report.
public struct CommentTally: Hashable, Sendable {
    /// The outcome of a comment.
    public enum Outcome: String, CaseIterable, Hashable, Sendable {
        case accepted, partly, rejected, noted, open
    }

    /// The decision in force on a comment and the day it was taken.
    public struct Decision: Hashable, Sendable {
        /// What was decided.
        public var outcome: Outcome
        /// When.
        public var date: CalendarDate

        /// Creates a decision.
        public init(_ outcome: Outcome, on date: CalendarDate) {
            self.outcome = outcome
            self.date = date
        }
    }

    /// One comment, as counted.
    public struct Entry: Hashable, Sendable {
        /// The version commented on.
        public var version: String
        /// The member who made it.
        public var member: MemberID
        /// The day it was imported.
        public var received: CalendarDate
        /// The decision in force; nil while open.
        public var decision: Decision?

        /// Creates an entry.
        public init(version: String, member: MemberID, received: CalendarDate, decision: Decision?) {
            self.version = version
            self.member = member
            self.received = received
            self.decision = decision
        }
    }

    /// The counts of one version and member.
    public struct Row: Hashable, Sendable {
        /// The version.
        public var version: String
        /// The member.
        public var member: MemberID
        /// Comments by outcome.
        public var counts: [Outcome: Int]

        /// Every comment of the row.
        public var received: Int { counts.values.reduce(0, +) }
    }

    /// Every comment.
    public var entries: [Entry]
    /// The versions in the order they were cut (the rows follow it).
    public var versionOrder: [String]

    /// A tally of `entries`.
    public init(entries: [Entry] = [], versionOrder: [String] = []) {
        self.entries = entries
        self.versionOrder = versionOrder
    }

    /// The counts on `date`: comments received by then, each with the decision in force if it
    /// was taken by then, else open. Rows by version (in cut order), then member (in `members`'
    /// order).
    public func rows(asOf date: CalendarDate, members: [MemberID]) -> [Row] {
        var counts: [String: [MemberID: [Outcome: Int]]] = [:]
        for entry in entries where entry.received <= date {
            let outcome = entry.decision.flatMap { $0.date <= date ? $0.outcome : nil } ?? .open
            counts[entry.version, default: [:]][entry.member, default: [:]][outcome, default: 0] += 1
        }
        let versions = versionOrder.filter { counts[$0] != nil }
            + counts.keys.filter { !versionOrder.contains($0) }.sorted()
        return versions.flatMap { version -> [Row] in
            let byMember = counts[version] ?? [:]
            let order = members.filter { byMember[$0] != nil } + byMember.keys.filter { !members.contains($0) }.sorted()
            return order.map { Row(version: version, member: $0, counts: byMember[$0] ?? [:]) }
        }
    }
}
