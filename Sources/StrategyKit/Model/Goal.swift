/// A strategic goal, tied to one of the Programme's work areas.
public struct Goal: Hashable, Sendable {
    /// `G1`.
    public var id: Located<GoalID>
    /// The work area it serves.
    public var workArea: Located<WorkAreaID>
    /// The goal.
    public var title: LocalizedText
    /// What reaching it means.
    public var description: LocalizedText
    /// Its objectives, in order.
    public var objectives: [Objective]
}

public typealias GoalID = Identifier<Goal>

/// A measurable objective under a goal.
public struct Objective: Hashable, Sendable {
    /// `O1.1`.
    public var id: Located<ObjectiveID>
    /// The goal it belongs to.
    public var goal: GoalID
    /// The objective.
    public var title: LocalizedText
    /// How it is measured.
    public var indicators: [Located<IndicatorID>]
}

public typealias ObjectiveID = Identifier<Objective>
