import Foundation

/// One line of the contract journal: something that happened to a product, a tranche or a task.
///
/// Which id `subject` names depends on the act: a deliverable (`D4`) for submit, return and
/// accept; a tranche (`T2`) for pay; a task (`T6`) for worklog. (Tasks and tranches both use
/// `T…` ids in seed 000's numbering; the act says which is meant.)
public struct ContractAct: Hashable, Sendable {
    /// What happened.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// The consultant hands a product in (again, after a return).
        case submit
        /// The Coalition sends a submitted product back for revision, with a reason.
        case returnForRevision = "return"
        /// The Coalition accepts a submitted product.
        case accept
        /// ИПР pays a tranche.
        case pay
        /// The consultant records days worked on a task.
        case worklog

        /// The kind of id the act's subject is.
        public var subjectKind: String {
            switch self {
            case .submit, .returnForRevision, .accept: "deliverable"
            case .pay: "tranche"
            case .worklog: "task"
            }
        }

        /// Who records it unless told otherwise.
        public var defaultRole: Role {
            switch self {
            case .submit, .worklog: .consultant
            case .returnForRevision, .accept, .pay: .specialist
            }
        }
    }

    /// Who did it: the roles of seed 000.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        /// The consultant.
        case consultant
        /// The Programme implementation specialist of ИПР (operational matters).
        case specialist
        /// The Chair of the Board of ИПР (approves the final products and acts).
        case chair
    }

    /// The day it happened.
    public var date: CalendarDate
    /// What happened.
    public var kind: Kind
    /// The deliverable, tranche or task (see the type's summary).
    public var subject: String
    /// The version of the strategy submitted (submit only).
    public var version: String?
    /// The amount paid (pay only).
    public var amount: Decimal?
    /// Days worked (worklog only).
    public var days: Decimal?
    /// Who did it.
    public var who: Role
    /// The reason of a return or of an unusual amount; what was done, for a worklog.
    public var note: String
    /// The file submitted, relative to the project (submit only).
    public var file: String?
    /// The SHA-256 of that file when it was submitted.
    public var sha256: String?
    /// Where each field was read (empty for an act not yet written).
    public var locations: [ContractJournal.Column: SourceLocation]

    /// Creates an act.
    public init(
        date: CalendarDate, kind: Kind, subject: String, version: String? = nil,
        amount: Decimal? = nil, days: Decimal? = nil, who: Role? = nil, note: String = "",
        file: String? = nil, sha256: String? = nil,
        locations: [ContractJournal.Column: SourceLocation] = [:]
    ) {
        self.date = date
        self.kind = kind
        self.subject = subject
        self.version = version
        self.amount = amount
        self.days = days
        self.who = who ?? kind.defaultRole
        self.note = note
        self.file = file
        self.sha256 = sha256
        self.locations = locations
    }

    /// Where a field was read, else where the line starts, else the journal itself.
    public func location(_ column: ContractJournal.Column) -> SourceLocation {
        locations[column] ?? locations[.date] ?? .file(ContractJournal.path)
    }
}
