/// Display names of referenced entities in one language, looked up in constant time.
///
/// Built once per render so tables of thousands of actions stay linear.
struct NameIndex {
    let language: Language
    private let members: [MemberID: Member]
    private let audiences: [AudienceID: Audience]
    private let channels: [ChannelID: Channel]
    private let themes: [ThemeID: AdvocacyTheme]
    private let indicators: [IndicatorID: Indicator]
    private let metrics: [PortalMetricID: PortalMetric]
    let workAreas: [WorkAreaID: WorkArea]

    init(strategy: Strategy, language: Language) {
        self.language = language
        members = strategy.membersByID
        audiences = strategy.audiencesByID
        channels = strategy.channelsByID
        themes = strategy.themesByID
        indicators = strategy.indicatorsByID
        metrics = strategy.portalMetricsByID
        workAreas = strategy.workAreasByID
    }

    /// Plain names (writers escape them); an unknown id (the checker reports it) shows as the id.
    func memberShort(_ id: MemberID) -> String { name(members[id]?.shortName, id) }
    func audience(_ id: AudienceID) -> String { name(audiences[id]?.name, id) }
    func channel(_ id: ChannelID) -> String { name(channels[id]?.name, id) }
    func theme(_ id: ThemeID) -> String { name(themes[id]?.title, id) }
    func indicator(_ id: IndicatorID) -> String { name(indicators[id]?.name, id) }
    /// Short forms for dense tables, falling back to the full name.
    func audienceShort(_ id: AudienceID) -> String { name(audiences[id].map { $0.shortName ?? $0.name }, id) }
    func channelShort(_ id: ChannelID) -> String { name(channels[id].map { $0.shortName ?? $0.name }, id) }
    func themeShort(_ id: ThemeID) -> String { name(themes[id].map { $0.shortName ?? $0.title }, id) }
    func indicatorShort(_ id: IndicatorID) -> String { name(indicators[id].map { $0.shortName ?? $0.name }, id) }
    func metric(_ id: PortalMetricID) -> String { name(metrics[id]?.name, id) }

    private func name<Entity>(_ text: LocalizedText?, _ id: Identifier<Entity>) -> String {
        let name = text?[language] ?? ""
        return name.isEmpty ? id.rawValue : name
    }
}
