/// Finds the version in which a comment's section or entity changed: the first version after
/// the one commented on whose content of that target differs from the version before it.
///
/// It compares the target's own values between consecutive versions (an entity's fields, a
/// section's prose in every language and the entities it shows), with equality that ignores
/// where values were written, so moving a row in a file is not a change. This is a small
/// comparison of its own rather than the full version diff: it only needs "did this target
/// change", and it answers that for thousands of comments with one index per version.
public struct ChangeLocator {
    /// Where a target changed.
    public struct Landing: Hashable, Sendable {
        /// The version.
        public var version: String
        /// Whether the target is gone from that version.
        public var isRemoval: Bool
        /// The version before it (the redline of `version` is against this one).
        public var previous: String = ""
    }

    /// One version's strategy and outline.
    public struct Snapshot {
        public var name: String
        public var strategy: Strategy
        public var outline: ReviewOutline

        public init(name: String, strategy: Strategy, outline: ReviewOutline) {
            self.name = name
            self.strategy = strategy
            self.outline = outline
        }
    }

    private let chain: [Snapshot]
    private var values: [[String: AnyHashable]]

    /// A locator over `base` (the version commented on) and the versions after it, oldest first.
    public init(base: Snapshot, later: [Snapshot]) {
        chain = [base] + later
        values = chain.map(Self.entityValues)
    }

    /// The first later version where `target` differs from the version before it, or nil when
    /// it never changed (or there is no later version).
    public func landing(of target: String) -> Landing? {
        var previous = value(of: target, in: 0)
        for index in chain.indices.dropFirst() {
            let current = value(of: target, in: index)
            if current != previous {
                return Landing(version: chain[index].name, isRemoval: current == nil, previous: chain[index - 1].name)
            }
            previous = current
        }
        return nil
    }

    /// The first later version that no longer has `target`, or nil.
    public func removal(of target: String) -> String? {
        chain.dropFirst().first { $0.outline.target(target) == nil }?.name
    }

    private func value(of target: String, in index: Int) -> AnyHashable? {
        let snapshot = chain[index]
        guard let found = snapshot.outline.target(target) else { return nil }
        switch found.kind {
        case .document:
            var strategy = snapshot.strategy
            // The edition (version label, date) changes with every version by design.
            strategy.edition = Edition(version: "", date: .epoch, status: LocalizedText([:], at: .file("")))
            return AnyHashable(strategy)
        case .section:
            return AnyHashable(found.placeholders.map { Self.content(of: $0, in: snapshot.strategy) })
        default:
            return values[index][target]
        }
    }

    /// What a placeholder shows, as a comparable value.
    private static func content(of placeholder: String, in strategy: Strategy) -> AnyHashable? {
        if placeholder.hasPrefix("prose:") {
            let id = String(placeholder.dropFirst(6))
            var texts: [Language: String] = [:]
            for (language, sections) in strategy.prose { texts[language] = sections[id]?.markdown }
            return AnyHashable(texts)
        }
        switch placeholder {
        case "title-page", "title", "subtitle":
            return AnyHashable([AnyHashable(strategy.title), AnyHashable(strategy.subtitle), AnyHashable(strategy.coalition)])
        case "coalition.members", "members.list", "members.annex":
            return AnyHashable([AnyHashable(strategy.members), AnyHashable(strategy.coalition)])
        case "work-areas": return AnyHashable(strategy.workAreas)
        case "goals": return AnyHashable(strategy.goals)
        case "audiences": return AnyHashable(strategy.audiences)
        case "channels": return AnyHashable(strategy.channels)
        case "themes": return AnyHashable(strategy.themes)
        case "actions.matrix", "timeline.plan": return AnyHashable(strategy.actions)
        case "budget.summary":
            return AnyHashable([AnyHashable(strategy.costLines), AnyHashable(strategy.exchangeRates),
                                AnyHashable(strategy.fundingSources)])
        case "indicators": return AnyHashable([AnyHashable(strategy.indicators), AnyHashable(strategy.portalMetrics)])
        case "risks": return AnyHashable(strategy.risks)
        case "contract": return strategy.contract.map { AnyHashable($0) }
        case "coverage.audiences-channels", "coverage.themes-actions":
            return AnyHashable([AnyHashable(strategy.audiences), AnyHashable(strategy.channels),
                                AnyHashable(strategy.themes), AnyHashable(strategy.actions)])
        default: return nil
        }
    }

    /// Every entity's value by id, built once per version.
    private static func entityValues(_ snapshot: Snapshot) -> [String: AnyHashable] {
        let strategy = snapshot.strategy
        var values: [String: AnyHashable] = [:]
        func add<T: Hashable>(_ id: String, _ value: T) {
            if values[id] == nil { values[id] = AnyHashable(value) }
        }
        for goal in strategy.goals {
            var own = goal
            own.objectives = []
            add(goal.id.value.rawValue, own)
            for objective in goal.objectives { add(objective.id.value.rawValue, objective) }
        }
        for item in strategy.audiences { add(item.id.value.rawValue, item) }
        for item in strategy.channels { add(item.id.value.rawValue, item) }
        for item in strategy.themes { add(item.id.value.rawValue, item) }
        for item in strategy.actions { add(item.id.value.rawValue, item) }
        for item in strategy.costLines { add(item.id.value.rawValue, item) }
        for item in strategy.indicators { add(item.id.value.rawValue, item) }
        for item in strategy.risks { add(item.id.value.rawValue, item) }
        return values
    }
}
