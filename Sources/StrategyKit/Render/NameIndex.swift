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

    /// Escaped names; an unknown id (the checker reports it) shows as the id itself.
    func memberShort(_ id: MemberID) -> String { name(members[id]?.shortName, id) }
    func audience(_ id: AudienceID) -> String { name(audiences[id]?.name, id) }
    func channel(_ id: ChannelID) -> String { name(channels[id]?.name, id) }
    func theme(_ id: ThemeID) -> String { name(themes[id]?.title, id) }
    func indicator(_ id: IndicatorID) -> String { name(indicators[id]?.name, id) }
    func metric(_ id: PortalMetricID) -> String { metrics[id]?.name[language] ?? id.rawValue }

    private func name<Entity>(_ text: LocalizedText?, _ id: Identifier<Entity>) -> String {
        MarkdownEscaping.inline(text?[language] ?? id.rawValue)
    }
}
