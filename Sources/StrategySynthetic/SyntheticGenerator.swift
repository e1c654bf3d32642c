import Foundation

/// Writes the files of one synthetic workspace.
///
/// Each file draws from its own random stream, so changing how one file is generated leaves
/// the others' bytes alone. Coverage comes first and randomness second: entity `e` of a kind
/// with `c` entities is listed by action `e mod N`, then random picks fill each list, so every
/// audience, channel, theme, objective and member has an action even when N is small.
struct SyntheticGenerator {
    let counts: SyntheticWorkspace.Counts
    let seed: UInt64

    let memberIDs: [String]
    let workAreaIDs: [String]
    /// Objective ids in goal order, and the goal index of each.
    let objectiveIDs: [String]
    let objectiveGoals: [Int]
    let audienceIDs: [String]
    let channelIDs: [String]
    let themeIDs: [String]
    let indicatorIDs: [String]
    let metricIDs: [String]

    init(counts: SyntheticWorkspace.Counts, seed: UInt64) {
        self.counts = counts
        self.seed = seed
        memberIDs = Array(["ipr", "smsu", "amuca"].prefix(counts.members))
        workAreaIDs = Array(["wa.national", "wa.local", "wa.institutional"].prefix(counts.workAreas))
        var objectiveIDs: [String] = []
        var objectiveGoals: [Int] = []
        // Objectives go round-robin over goals, so each goal has at least one.
        var perGoal = Array(repeating: 0, count: counts.goals)
        for index in 0..<counts.objectives {
            let goal = index % counts.goals
            perGoal[goal] += 1
            objectiveIDs.append("O\(goal + 1).\(perGoal[goal])")
            objectiveGoals.append(goal)
        }
        self.objectiveIDs = objectiveIDs
        self.objectiveGoals = objectiveGoals
        audienceIDs = Self.ids(Self.audienceNames.map(\.id), extra: "aud.group", count: counts.audiences)
        channelIDs = Self.ids(Self.channelNames.map(\.id), extra: "ch.tool", count: counts.channels)
        themeIDs = Self.themeNames.map(\.id)
        indicatorIDs = (0..<counts.indicators).map { "ind.\(Self.padded($0 + 1, width: 4))" }
        metricIDs = Self.portalMetricNames.map(\.id)
    }

    /// Every file of the workspace.
    func files() -> [String: Data] {
        var texts: [String: String] = [
            "strategy.json": strategyJSON(),
            "goals.json": goalsJSON(),
            "indicators.json": indicatorsJSON(),
            "audiences.json": audiencesJSON(),
            "channels.json": channelsJSON(),
            "themes.json": themesJSON(),
            "risks.json": risksJSON(),
            "contract.json": Self.contractJSON(),
            "portal.json": portalJSON(),
        ]
        let (actions, spans) = actionsCSV()
        texts["actions.csv"] = actions
        texts["costs.csv"] = costsCSV(spans)
        for (path, text) in prose() { texts[path] = text }
        return texts.mapValues { Data($0.utf8) }
    }

    /// A random stream for one file.
    func random(_ stream: UInt64) -> SyntheticRandom {
        SyntheticRandom(seed: seed, stream: stream)
    }

    /// The entities (of a kind with `count`) that action `action` must list so that every
    /// one of them is listed by some action: those whose index is `action` modulo N.
    func covered(by action: Int, of count: Int) -> [Int] {
        Array(stride(from: action, to: count, by: counts.actions))
    }

    /// Named ids first, then numbered ones.
    private static func ids(_ named: [String], extra prefix: String, count: Int) -> [String] {
        (0..<count).map { $0 < named.count ? named[$0] : "\(prefix)-\(padded($0 + 1, width: 4))" }
    }

    /// `7` → `0007`.
    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The display name of entity `index` of a kind whose first entities have real names.
    static func name(_ index: Int, named: [Bilingual]) -> Bilingual {
        if index < named.count { return named[index] }
        let base = named[index % named.count]
        let place = SyntheticText.places[(index / named.count) % SyntheticText.places.count]
        return base + place + Bilingual(" (\(index + 1))", " (\(index + 1))")
    }
}
