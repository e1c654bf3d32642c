/// A Gantt chart as values: rows of bars and milestones between two days, in groups.
///
/// Built by ``strategyPlan(_:language:labels:groupBy:)`` or ``contractPlan(_:language:labels:)``
/// and written by ``TimelineText``, ``TimelineSVG`` and ``TimelineCSV``. All text is already in
/// the chosen language; writers only lay it out and escape it.
public struct Timeline: Hashable, Sendable {
    /// Which plan a timeline shows.
    public enum Plan: String, CaseIterable, Hashable, Sendable {
        /// The action plan over the strategy period, by quarter.
        case strategy
        /// The consultancy, by day.
        case contract
    }

    /// How the action plan is grouped.
    public enum Grouping: String, CaseIterable, Hashable, Sendable {
        /// Under the objective each action serves.
        case objective
        /// Under the lead member.
        case member
        /// Under each advocacy theme the action advances (an action with several themes appears
        /// under each of them; one with none under a "no theme" group).
        case theme
    }

    /// One bar or milestone.
    public struct Row: Hashable, Sendable {
        /// A span of days, or a single day.
        public enum Kind: String, CaseIterable, Hashable, Sendable {
            case bar, milestone
        }

        /// What the row stands for; writers colour by it.
        public enum Entity: String, CaseIterable, Hashable, Sendable {
            case action, task, deliverable, tranche
        }

        /// The entity's id as users write it (`A-07`, `T3`, `D4`).
        public var id: String
        /// The text shown beside the bar.
        public var label: String
        /// The label of the group it is shown under.
        public var group: String
        /// The lead member's short name (or who carries the task).
        public var lead: String
        /// The first day.
        public var start: CalendarDate
        /// The last day (equal to `start` for a milestone).
        public var end: CalendarDate
        /// Bar or milestone.
        public var kind: Kind
        /// What it stands for.
        public var entity: Entity

        /// Creates a row; an end before the start is taken as the start.
        public init(
            id: String, label: String, group: String, lead: String, start: CalendarDate,
            end: CalendarDate, kind: Kind, entity: Entity
        ) {
            self.id = id
            self.label = label
            self.group = group
            self.lead = lead
            self.start = start
            self.end = max(start, end)
            self.kind = kind
            self.entity = entity
        }
    }

    /// Which plan this is.
    public var plan: Plan
    /// The chart's title.
    public var title: String
    /// A one-sentence description (for `<desc>` and screen readers).
    public var summary: String
    /// The first day shown.
    public var start: CalendarDate
    /// The last day shown.
    public var end: CalendarDate
    /// The rows, group after group.
    public var rows: [Row]

    /// Creates a timeline.
    public init(
        plan: Plan, title: String, summary: String, start: CalendarDate, end: CalendarDate,
        rows: [Row]
    ) {
        self.plan = plan
        self.title = title
        self.summary = summary
        self.start = start
        self.end = max(start, end)
        self.rows = rows
    }

    /// The rows in runs of the same group label, in order.
    public var groups: [(label: String, rows: [Row])] {
        var result: [(label: String, rows: [Row])] = []
        for row in rows {
            if let last = result.last, last.label == row.group {
                result[result.count - 1].rows.append(row)
            } else {
                result.append((row.group, [row]))
            }
        }
        return result
    }

    /// The kinds of row present, for legends.
    public var entities: [Row.Entity] {
        let present = Set(rows.map(\.entity))
        return Row.Entity.allCases.filter(present.contains)
    }
}
