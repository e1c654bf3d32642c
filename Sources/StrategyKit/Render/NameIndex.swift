/// Display names of referenced entities in one language, looked up in constant time.
///
/// Built once per render, with every name already in the render's language, so that tables of
/// thousands of actions stay linear and each name costs one lookup.
struct NameIndex {
    let language: Language
    private let memberShorts: [MemberID: String]
    private let audiences: [AudienceID: String]
    private let audienceShorts: [AudienceID: String]
    private let channels: [ChannelID: String]
    private let channelShorts: [ChannelID: String]
    private let themes: [ThemeID: String]
    private let themeShorts: [ThemeID: String]
    private let indicators: [IndicatorID: String]
    private let indicatorShorts: [IndicatorID: String]
    private let metrics: [PortalMetricID: String]
    let workAreas: [WorkAreaID: WorkArea]

    init(strategy: Strategy, language: Language) {
        self.language = language
        func names<Entity>(
            _ entities: [Entity], _ id: (Entity) -> Identifier<Entity>, _ text: (Entity) -> LocalizedText?
        ) -> [Identifier<Entity>: String] {
            var names: [Identifier<Entity>: String] = [:]
            names.reserveCapacity(entities.count)
            // The first of two entities with one id wins, as the dictionaries by id do.
            for entity in entities where names[id(entity)] == nil {
                let name = text(entity)?[language] ?? ""
                names[id(entity)] = name.isEmpty ? id(entity).rawValue : name
            }
            return names
        }
        memberShorts = names(strategy.members, \.id.value, \.shortName)
        audiences = names(strategy.audiences, \.id.value, \.name)
        audienceShorts = names(strategy.audiences, \.id.value) { $0.shortName ?? $0.name }
        channels = names(strategy.channels, \.id.value, \.name)
        channelShorts = names(strategy.channels, \.id.value) { $0.shortName ?? $0.name }
        themes = names(strategy.themes, \.id.value, \.title)
        themeShorts = names(strategy.themes, \.id.value) { $0.shortName ?? $0.title }
        indicators = names(strategy.indicators, \.id.value, \.name)
        indicatorShorts = names(strategy.indicators, \.id.value) { $0.shortName ?? $0.name }
        metrics = names(strategy.portalMetrics, \.id.value, \.name)
        workAreas = strategy.workAreasByID
    }

    /// Plain names (writers escape them); an unknown id (the checker reports it) shows as the id.
    func memberShort(_ id: MemberID) -> String { memberShorts[id] ?? id.rawValue }
    func audience(_ id: AudienceID) -> String { audiences[id] ?? id.rawValue }
    func channel(_ id: ChannelID) -> String { channels[id] ?? id.rawValue }
    func theme(_ id: ThemeID) -> String { themes[id] ?? id.rawValue }
    func indicator(_ id: IndicatorID) -> String { indicators[id] ?? id.rawValue }
    /// Short forms for dense tables, falling back to the full name.
    func audienceShort(_ id: AudienceID) -> String { audienceShorts[id] ?? id.rawValue }
    func channelShort(_ id: ChannelID) -> String { channelShorts[id] ?? id.rawValue }
    func themeShort(_ id: ThemeID) -> String { themeShorts[id] ?? id.rawValue }
    func indicatorShort(_ id: IndicatorID) -> String { indicatorShorts[id] ?? id.rawValue }
    func metric(_ id: PortalMetricID) -> String { metrics[id] ?? id.rawValue }
}
