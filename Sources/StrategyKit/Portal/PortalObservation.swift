import Foundation

/// One row of a Portal export: an event or a measurement of one metric on one day.
public struct PortalObservation: Hashable, Sendable {
    /// The day.
    public var date: CalendarDate
    /// The metric.
    public var metric: PortalMetricID
    /// How many (a count), or the share in percent.
    public var value: Decimal
    /// Participants of an event.
    public var participants: Int?
    /// The key audience informed.
    public var audience: PortalAudienceID?
    /// What the row belongs to: the contest a protocol is for.
    public var ref: String?
    /// The Portal's own id of the row, when its export has one.
    public var eventID: String?
    /// Whether the row is example data, not the Portal's real figures.
    public var isExample: Bool
    /// A free remark.
    public var note: String
    /// Which of the identical rows of one file this is (1, 2, …): identical rows without an
    /// `id` are different events only by their count.
    public var occurrence: Int
    /// The SHA-256 of the file it was imported from (empty before it is stored).
    public var source: String
    /// Where it was read.
    public var location: SourceLocation

    /// Creates an observation.
    public init(
        date: CalendarDate, metric: PortalMetricID, value: Decimal, participants: Int? = nil,
        audience: PortalAudienceID? = nil, ref: String? = nil, eventID: String? = nil,
        isExample: Bool = false, note: String = "", occurrence: Int = 1, source: String = "",
        location: SourceLocation = .file("")
    ) {
        self.date = date
        self.metric = metric
        self.value = value
        self.participants = participants
        self.audience = audience
        self.ref = ref
        self.eventID = eventID
        self.isExample = isExample
        self.note = note
        self.occurrence = occurrence
        self.source = source
        self.location = location
    }

    /// What makes two rows the same row, so a second import of it adds nothing: the metric and
    /// the Portal's id when there is one, else every value plus the occurrence. Notes, the
    /// example mark and where it came from are not part of it.
    public var key: String {
        if let eventID { return "id\u{0}\(metric.rawValue)\u{0}\(eventID)" }
        return "row\u{0}\(date)\u{0}\(metric.rawValue)\u{0}\(value)\u{0}\(participants.map(String.init) ?? "")"
            + "\u{0}\(audience?.rawValue ?? "")\u{0}\(ref ?? "")\u{0}\(occurrence)"
    }

    /// Whether two rows with the same ``key`` say the same thing (an `id` row exported again
    /// with other values is a conflict, not a duplicate).
    func agrees(with other: PortalObservation) -> Bool {
        date == other.date && metric == other.metric && value == other.value
            && participants == other.participants && audience == other.audience && ref == other.ref
    }
}

/// The Portal data imported into a workspace (`portal/metrics.csv`), in date order.
public struct PortalData: Hashable, Sendable {
    /// Every row, by date (rows of one day in the order they were imported).
    public var observations: [PortalObservation]

    /// Creates the data; the rows are put in date order.
    public init(observations: [PortalObservation]) {
        self.observations = Self.inDateOrder(observations)
    }

    /// Stable by date: the import order is kept within a day.
    static func inDateOrder(_ rows: [PortalObservation]) -> [PortalObservation] {
        if zip(rows, rows.dropFirst()).allSatisfy({ $0.date <= $1.date }) { return rows }
        return rows.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// Whether nothing has been imported.
    public var isEmpty: Bool { observations.isEmpty }
    /// The day of the latest row.
    public var latestDate: CalendarDate? { observations.last?.date }
    /// The month the data reaches: exports are taken to cover whole months.
    public var coveredMonth: PortalMonth? { latestDate.map(PortalMonth.init) }
    /// How many rows are example data.
    public var exampleCount: Int { observations.reduce(0) { $0 + ($1.isExample ? 1 : 0) } }
}
