extension Strategy {
    /// Members by id; the first definition wins when an id repeats (the checker reports it).
    public var membersByID: [MemberID: Member] { Self.index(members) { $0.id.value } }
    /// Audiences by id.
    public var audiencesByID: [AudienceID: Audience] { Self.index(audiences) { $0.id.value } }
    /// Channels by id.
    public var channelsByID: [ChannelID: Channel] { Self.index(channels) { $0.id.value } }
    /// Themes by id.
    public var themesByID: [ThemeID: AdvocacyTheme] { Self.index(themes) { $0.id.value } }
    /// Indicators by id.
    public var indicatorsByID: [IndicatorID: Indicator] { Self.index(indicators) { $0.id.value } }
    /// Objectives by id.
    public var objectivesByID: [ObjectiveID: Objective] { Self.index(objectives) { $0.id.value } }
    /// Goals by id.
    public var goalsByID: [GoalID: Goal] { Self.index(goals) { $0.id.value } }
    /// Work areas by id.
    public var workAreasByID: [WorkAreaID: WorkArea] { Self.index(workAreas) { $0.id.value } }
    /// Funding sources by id.
    public var fundingSourcesByID: [FundingSourceID: FundingSource] {
        Self.index(fundingSources) { $0.id.value }
    }
    /// Actions by id.
    public var actionsByID: [ActionID: Action] { Self.index(actions) { $0.id.value } }
    /// Portal metrics by id.
    public var portalMetricsByID: [PortalMetricID: PortalMetric] {
        Self.index(portalMetrics) { $0.id.value }
    }

    /// The position of each item by its key; the first of two items with one key keeps it, as
    /// in ``index(_:by:)``.
    static func positions<T, Key: Hashable>(_ items: [T], by key: (T) -> Key) -> [Key: Int] {
        var result: [Key: Int] = [:]
        result.reserveCapacity(items.count)
        for (position, item) in items.enumerated() where result[key(item)] == nil { result[key(item)] = position }
        return result
    }

    static func index<T, Key: Hashable>(_ items: [T], by key: (T) -> Key) -> [Key: T] {
        var result: [Key: T] = [:]
        result.reserveCapacity(items.count)
        for item in items where result[key(item)] == nil { result[key(item)] = item }
        return result
    }
}
