import Foundation

extension StrategyDiff {
    /// The changes from `old` to `new`.
    ///
    /// Entities are matched by id through dictionaries, and an entity equal on both sides is
    /// not looked at field by field, so the cost grows with the size of the strategy (20,000
    /// actions and 50,000 cost lines take one pass each), not with its square. Prose is
    /// compared paragraph by paragraph (see ``ParagraphDiff``).
    public init(from old: Strategy, to new: Strategy) {
        var languages = new.languages
        for language in old.languages where !languages.contains(language) { languages.append(language) }
        let comparer = EntityComparer(languages: languages)
        var entities: [EntityChange] = []
        let strategyFields = comparer.fieldChanges(DiffFields.strategy(old), DiffFields.strategy(new))
        if !strategyFields.isEmpty {
            entities.append(EntityChange(
                kind: .strategy, id: EntityKind.strategy.rawValue, change: .changed, name: new.title,
                fields: strategyFields))
        }
        entities += comparer.compare(
            .member, old.members, new.members, id: { $0.id.value.rawValue }, name: { $0.name },
            fields: DiffFields.member)
        entities += comparer.compare(
            .workArea, old.workAreas, new.workAreas, id: { $0.id.value.rawValue }, name: { $0.title },
            fields: DiffFields.workArea)
        entities += comparer.compare(
            .goal, old.goals.map(GoalFields.init), new.goals.map(GoalFields.init),
            id: { $0.goal.id.value.rawValue }, name: { $0.goal.title }, fields: { DiffFields.goal($0.goal) })
        entities += comparer.compare(
            .objective, old.objectives, new.objectives, id: { $0.id.value.rawValue }, name: { $0.title },
            fields: DiffFields.objective)
        entities += comparer.compare(
            .audience, old.audiences, new.audiences, id: { $0.id.value.rawValue }, name: { $0.name },
            fields: DiffFields.audience)
        entities += comparer.compare(
            .channel, old.channels, new.channels, id: { $0.id.value.rawValue }, name: { $0.name },
            fields: DiffFields.channel)
        entities += comparer.compare(
            .theme, old.themes, new.themes, id: { $0.id.value.rawValue }, name: { $0.title },
            fields: DiffFields.theme)
        entities += comparer.compare(
            .action, old.actions, new.actions, id: { $0.id.value.rawValue }, name: { $0.title },
            fields: DiffFields.action)
        entities += comparer.compare(
            .costLine, old.costLines, new.costLines, id: { $0.id.value.rawValue }, name: { $0.item },
            fields: DiffFields.costLine)
        entities += comparer.compare(
            .fundingSource, old.fundingSources, new.fundingSources, id: { $0.id.value.rawValue },
            name: { $0.name }, fields: DiffFields.fundingSource)
        entities += comparer.compare(
            .exchangeRate, old.exchangeRates, new.exchangeRates,
            id: { "\($0.currency.value.code) \($0.date.value)" }, name: { _ in nil },
            fields: DiffFields.exchangeRate)
        entities += comparer.compare(
            .indicator, old.indicators, new.indicators, id: { $0.id.value.rawValue }, name: { $0.name },
            fields: DiffFields.indicator)
        entities += comparer.compare(
            .portalMetric, old.portalMetrics, new.portalMetrics, id: { $0.id.value.rawValue },
            name: { $0.name }, fields: DiffFields.portalMetric)
        entities += comparer.compare(
            .risk, old.risks, new.risks, id: { $0.id.value.rawValue }, name: { $0.title },
            fields: DiffFields.risk)
        entities += comparer.compare(
            .contract, old.contract.map { [$0] } ?? [], new.contract.map { [$0] } ?? [],
            id: { _ in EntityKind.contract.rawValue }, name: { $0.title }, fields: DiffFields.contract)
        entities += comparer.compare(
            .contractTask, old.contract?.tasks ?? [], new.contract?.tasks ?? [],
            id: { $0.id.value.rawValue }, name: { $0.title }, fields: DiffFields.contractTask)
        entities += comparer.compare(
            .deliverable, old.contract?.deliverables ?? [], new.contract?.deliverables ?? [],
            id: { $0.id.value.rawValue }, name: { $0.title }, fields: DiffFields.deliverable)
        entities += comparer.compare(
            .tranche, old.contract?.tranches ?? [], new.contract?.tranches ?? [],
            id: { $0.id.value.rawValue }, name: { $0.name }, fields: DiffFields.tranche)
        self.init(
            entities: entities, prose: ProseDiff.changes(from: old.prose, to: new.prose, languages: languages),
            languages: languages, images: ImageChange.changes(from: old.images, to: new.images))
    }
}

/// A goal without its objectives (they are compared on their own), so that changing an
/// objective does not also mark its goal as changed.
private struct GoalFields: Hashable {
    var goal: Goal

    init(_ goal: Goal) {
        var goal = goal
        goal.objectives = []
        self.goal = goal
    }
}

/// Matches the entities of one kind by id and compares their fields.
struct EntityComparer {
    /// The languages localized fields are compared in.
    let languages: [Language]

    /// Added (new order), removed (old order), then changed (new order). An id repeated on one
    /// side (a workspace with errors) counts once, at its first place.
    func compare<Entity: Hashable>(
        _ kind: EntityKind, _ old: [Entity], _ new: [Entity], id: (Entity) -> String,
        name: (Entity) -> LocalizedText?, fields: (Entity) -> [DiffField]
    ) -> [EntityChange] {
        // Indexes, not `for entity in …`: binding an element copies it (a retain per field),
        // which cost more than the comparisons on 50,000 cost lines.
        var oldIndex: [String: Int] = [:]
        oldIndex.reserveCapacity(old.count)
        for index in old.indices {
            let key = id(old[index])
            if oldIndex[key] == nil { oldIndex[key] = index }
        }
        var newIDs = Set<String>()
        newIDs.reserveCapacity(new.count)
        var added: [EntityChange] = []
        var changed: [EntityChange] = []
        for index in new.indices {
            let key = id(new[index])
            guard newIDs.insert(key).inserted else { continue }
            guard let before = oldIndex[key] else {
                added.append(EntityChange(kind: kind, id: key, change: .added, name: name(new[index])))
                continue
            }
            // Equality ignores source positions: an entity that only moved in its file is unchanged.
            guard old[before] != new[index] else { continue }
            let changes = fieldChanges(fields(old[before]), fields(new[index]))
            if !changes.isEmpty {
                changed.append(EntityChange(kind: kind, id: key, change: .changed, name: name(new[index]), fields: changes))
            }
        }
        var removed: [EntityChange] = []
        for index in old.indices {
            let key = id(old[index])
            guard oldIndex[key] == index, !newIDs.contains(key) else { continue }
            removed.append(EntityChange(kind: kind, id: key, change: .removed, name: name(old[index])))
        }
        return added + removed + changed
    }

    /// The fields whose values differ, in the new side's field order; localized fields once per
    /// language that differs.
    func fieldChanges(_ old: [DiffField], _ new: [DiffField]) -> [FieldChange] {
        var oldContent: [String: DiffField.Content] = [:]
        for field in old where oldContent[field.name] == nil { oldContent[field.name] = field.content }
        let newNames = Set(new.map(\.name))
        let pairs = new.map { ($0.name, oldContent[$0.name], Optional($0.content)) }
            + old.filter { !newNames.contains($0.name) }.map { ($0.name, Optional($0.content), nil) }
        var result: [FieldChange] = []
        for (name, before, after) in pairs {
            if isLocalized(before) || isLocalized(after) {
                for language in languages {
                    let a = value(before, in: language)
                    let b = value(after, in: language)
                    if a != b { result.append(FieldChange(field: name, language: language, old: a, new: b)) }
                }
            } else {
                let a = value(before, in: nil)
                let b = value(after, in: nil)
                if a != b { result.append(FieldChange(field: name, language: nil, old: a, new: b)) }
            }
        }
        return result
    }

    private func isLocalized(_ content: DiffField.Content?) -> Bool {
        switch content {
        case .localized?, .localizedList?: true
        case .plain?, nil: false
        }
    }

    private func value(_ content: DiffField.Content?, in language: Language?) -> DiffValue {
        func text(_ localized: LocalizedText?) -> DiffValue {
            guard let language, let text = localized?.text(in: language),
                  !text.allSatisfy(\.isWhitespace)
            else { return .none }
            return .text(text)
        }
        switch content {
        case nil: return .none
        case .plain(let value)?: return value
        case .localized(let localized)?: return text(localized)
        case .localizedList(let items)?: return items.isEmpty ? .none : .list(items.map { text($0) })
        }
    }
}
