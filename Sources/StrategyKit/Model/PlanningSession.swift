/// The planning session of the Coalition's members (seed 000, tasks 3 and 4): its programme
/// and participants, from `session.json`. The consultant's deliverable D2 is rendered from it.
public struct PlanningSession: Hashable, Sendable {
    /// "Planning session on the Coalition's communication strategy".
    public var title: LocalizedText
    /// The day of the session.
    public var date: Located<CalendarDate>
    /// Where it takes place.
    public var venue: LocalizedText
    /// What the session must achieve, one text per objective.
    public var objectives: [LocalizedText]
    /// The programme, in order.
    public var items: [ProgrammeItem]
    /// Who takes part, by organisation and role.
    public var participants: [Participant]
    /// The working language of the session ("русский", "Russian").
    public var workingLanguage: LocalizedText? = nil
    /// What participants read before the session (the ToR's annexes).
    public var preReading: [LocalizedText] = []
    /// Where the file was read from, for messages.
    public var location: SourceLocation
}

/// One item of the session's programme.
public struct ProgrammeItem: Hashable, Sendable {
    /// `10:00`.
    public var start: Located<ClockTime>
    /// `10:30`.
    public var end: Located<ClockTime>
    /// What is discussed.
    public var topic: LocalizedText
    /// How (presentation, group work, plenary); may be empty.
    public var format: LocalizedText?
    /// Who leads it: member ids and/or `consultant`.
    public var leads: [Located<String>]
    /// What the block is expected to produce.
    public var output: LocalizedText? = nil
}

/// A participant: an organisation (a member id or `consultant`), a position, a role in the
/// session, and a name only where the seeds give one.
public struct Participant: Hashable, Sendable {
    /// A member id, or `consultant`.
    public var organisation: Located<String>
    /// The position ("Chair of the Board").
    public var position: LocalizedText
    /// What the person does in the session.
    public var role: LocalizedText
    /// The person's name, when the ToR names them (the Programme implementation specialist).
    public var name: LocalizedText?
    /// How many people of this position take part.
    public var count: Int
}

/// A time of day, `HH:MM` on a 24-hour clock.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0–23.
    public let hour: Int
    /// 0–59.
    public let minute: Int

    /// Parses exactly `HH:MM`; anything else is nil.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = CalendarDate.digits(parts[0]), let minute = CalendarDate.digits(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `09:30`.
    public var description: String { CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2) }

    /// Minutes since midnight.
    public var minutes: Int { hour * 60 + minute }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
