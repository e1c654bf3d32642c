/// The Coalition's communication and advocacy strategy: the whole workspace as values.
public struct Strategy: Hashable, Sendable {
    /// The title.
    public var title: LocalizedText
    /// The subtitle.
    public var subtitle: LocalizedText
    /// 2023–2026.
    public var period: PlanPeriod
    /// The configured languages, in the order the workspace lists them.
    public var languages: [Language]
    /// The strategy's own currency (KGS).
    public var currency: Located<CurrencyCode>
    /// The edition being rendered.
    public var edition: Edition
    /// The Coalition.
    public var coalition: Coalition
    /// Its members.
    public var members: [Member]
    /// The Programme's work areas.
    public var workAreas: [WorkArea]
    /// Where money comes from.
    public var fundingSources: [FundingSource]
    /// Dated exchange rates into `currency`.
    public var exchangeRates: [ExchangeRate]
    /// Goals with their objectives.
    public var goals: [Goal]
    /// Indicators.
    public var indicators: [Indicator]
    /// Audiences.
    public var audiences: [Audience]
    /// Channels and tools.
    public var channels: [Channel]
    /// Advocacy themes.
    public var themes: [AdvocacyTheme]
    /// The action matrix.
    public var actions: [Action]
    /// The cost estimate.
    public var costLines: [CostLine]
    /// Risks.
    public var risks: [Risk]
    /// The consultancy contract, when the workspace has one.
    public var contract: Contract?
    /// The planning session of the consultancy (`session.json`), when the workspace has one.
    public var planningSession: PlanningSession?
    /// The Portal's metrics.
    public var portalMetrics: [PortalMetric]
    /// The Portal's plan: its targets and audiences (`portal-targets.json`), when present.
    public var portalPlan: PortalPlan?
    /// The Portal data imported so far (`portal/metrics.csv`), when any.
    public var portalData: PortalData?
    /// Prose sections per language, by section id.
    public var prose: [Language: [String: ProseSection]]
    /// The language translations are made from, as `strategy.json` names it
    /// (`"sourceLanguage"`); nil when it names none (see ``translationSource``).
    public var sourceLanguage: Located<Language>? = nil

    /// The language every other language is translated from: `sourceLanguage`, else the first
    /// of `languages`.
    public var translationSource: Language? { sourceLanguage?.value ?? languages.first }
    /// The pictures the prose shows, by workspace-relative path (`prose/en/images/map.png`),
    /// read and checked when the workspace is loaded.
    public var images: [String: DocumentImage] = [:]
    /// Set when the workspace is an illustration (a worked example, not a real strategy): every
    /// document rendered from it carries this notice, visibly, in every format.
    public var illustration: LocalizedText? = nil
    /// The abbreviations and their expansions (`abbreviations.json`), when the workspace keeps
    /// the list; nil: no list, and no check that abbreviations are defined.
    public var abbreviations: [Language: [Abbreviation]]? = nil
    /// The sources the text cites (`sources.json`), in the order they are numbered.
    public var references: [Reference] = []
    /// The stakeholders (`stakeholders.json`), when the workspace maps them.
    public var stakeholders: [Stakeholder] = []

    /// Every objective, in goal order.
    public var objectives: [Objective] { goals.flatMap(\.objectives) }
}

/// A prose section in one language: Markdown read from `prose/<lang>/<id>.md`.
public struct ProseSection: Hashable, Sendable {
    /// The section id (the file's name without `.md`).
    public var id: String
    /// The Markdown text.
    public var markdown: String
    /// The file.
    public var location: SourceLocation
}
