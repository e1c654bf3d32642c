import Foundation
@testable import StrategyKit
import XCTest

final class StrategyDiffTests: XCTestCase {
    private let ru = Language("ru")
    private let en = Language("en")

    func testDiff_miniAfterEdits_listsExactlyTheChanges() throws {
        let diff = try VersionDiffFixture.changes().diff
        let text = VersionDiffFixture.text
        XCTAssertEqual(diff.languages, [ru, en])
        XCTAssertEqual(diff.entities, [
            EntityChange(kind: .action, id: "A-03", change: .added, name: text("Семинар для МСУ", "Seminar for LSG")),
            EntityChange(kind: .action, id: "A-02", change: .removed, name: text("Пресс-тур", "Press tour")),
            EntityChange(
                kind: .action, id: "A-01", change: .changed,
                name: text("Доклад \"о местном самоуправлении\"", "Report \"on LSG\""),
                fields: [FieldChange(
                    field: "title", language: ru, old: .text("Доклад \"о МСУ\""),
                    new: .text("Доклад \"о местном самоуправлении\""))]),
            EntityChange(kind: .costLine, id: "C-002", change: .removed, name: text("Транспорт", "Transport")),
            EntityChange(
                kind: .costLine, id: "C-001", change: .changed, name: text("Эксперт", "Expert"),
                fields: [FieldChange(field: "quantity", language: nil, old: .number(10), new: .number(12))]),
        ])
        XCTAssertEqual(diff.prose, [ProseChange(language: ru, section: "situation", paragraphs: [
            ParagraphChange(
                change: .changed, oldNumber: 1, newNumber: 1, old: "Раздел situation.",
                new: "Раздел situation, дополненный."),
            ParagraphChange(
                change: .added, oldNumber: nil, newNumber: 2, old: nil,
                new: "Новый абзац о климатической адаптации."),
        ])])
    }

    func testDiff_sameStrategy_isEmpty() throws {
        let strategy = try XCTUnwrap(WorkspaceLoader.load(from: TestWorkspace.fixture("mini")).strategy)
        XCTAssertTrue(StrategyDiff(from: strategy, to: strategy).isEmpty)
    }

    func testDiff_movedEntityOrReformattedNumber_isNoChange() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let old = try XCTUnwrap(WorkspaceLoader.load(from: workspace).strategy)
        // Rows swapped, and 10 written as 10.0: positions and spelling are not content.
        let url = workspace.appendingPathComponent("costs.csv")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.swapAt(1, 2)
        lines[2] = lines[2].replacingOccurrences(of: ",day,10,", with: ",day,10.0,")
        try TestWorkspace.write(workspace, "costs.csv", lines.joined(separator: "\n") + "\n")
        let new = try XCTUnwrap(WorkspaceLoader.load(from: workspace).strategy)
        XCTAssertNotEqual(old.costLines.map(\.id.value), new.costLines.map(\.id.value))
        XCTAssertTrue(StrategyDiff(from: old, to: new).isEmpty)
    }

    func testDiff_everyKindAndFieldType_isDescribed() throws {
        let workspace = try TestWorkspace.copyOfMini()
        let old = try XCTUnwrap(WorkspaceLoader.load(from: workspace).strategy)
        var new = old
        new.audiences[0].priority = .secondary
        new.audiences[0].keyMessages.append(VersionDiffFixture.text("Новое", "New"))
        new.risks[0].impact = .low
        new.indicators[0].targets.removeLast()
        new.edition.version = "v2"
        new.goals[0].objectives[0].title = VersionDiffFixture.text("Задача", "Objective")
        let diff = StrategyDiff(from: old, to: new)
        XCTAssertEqual(diff.entities.map { "\($0.kind.rawValue) \($0.id) \($0.change.rawValue)" }, [
            "strategy strategy changed", "objective O1.1 changed", "audience \(old.audiences[0].id.value) changed",
            "indicator ind.reports changed", "risk \(old.risks[0].id.value) changed",
        ], "a changed objective does not mark its goal changed")
        let audience = try XCTUnwrap(diff.entities.first { $0.kind == .audience })
        XCTAssertEqual(audience.fields.map(\.field), ["priority", "keyMessages", "keyMessages"])
        XCTAssertEqual(audience.fields[0].old, .label("audience.priority.primary"))
        XCTAssertEqual(audience.fields[0].new, .label("audience.priority.secondary"))
        let indicator = try XCTUnwrap(diff.entities.first { $0.kind == .indicator })
        XCTAssertEqual(indicator.fields.map(\.field), ["targets"])
        guard case .list(let before) = indicator.fields[0].old, case .list(let after) = indicator.fields[0].new else {
            return XCTFail("targets are lists")
        }
        XCTAssertEqual(before.count, after.count + 1)
    }

    func testFieldNames_allHaveLabelsInEveryLanguageAndCoverTheModel() throws {
        let (templates, _) = TemplateSet.builtIn()
        let strategy = try XCTUnwrap(WorkspaceLoader.load(from: TestWorkspace.fixture("mini")).strategy)
        let contract = try XCTUnwrap(strategy.contract)
        var used: [DiffField] = DiffFields.strategy(strategy)
        used += strategy.members.flatMap(DiffFields.member) + strategy.workAreas.flatMap(DiffFields.workArea)
        used += strategy.fundingSources.flatMap(DiffFields.fundingSource)
        used += strategy.exchangeRates.flatMap(DiffFields.exchangeRate) + strategy.goals.flatMap(DiffFields.goal)
        used += strategy.objectives.flatMap(DiffFields.objective) + strategy.audiences.flatMap(DiffFields.audience)
        used += strategy.channels.flatMap(DiffFields.channel) + strategy.themes.flatMap(DiffFields.theme)
        used += strategy.actions.flatMap(DiffFields.action) + strategy.costLines.flatMap(DiffFields.costLine)
        used += strategy.indicators.flatMap(DiffFields.indicator) + strategy.risks.flatMap(DiffFields.risk)
        used += strategy.portalMetrics.flatMap(DiffFields.portalMetric) + DiffFields.contract(contract)
        used += contract.tasks.flatMap(DiffFields.contractTask) + contract.deliverables.flatMap(DiffFields.deliverable)
        used += contract.tranches.flatMap(DiffFields.tranche)
        XCTAssertEqual(Set(used.map(\.name)), Set(DiffField.allNames))
        for language in [ru, en] {
            let labels = try XCTUnwrap(templates.languages[language]).labels
            for name in DiffField.allNames {
                XCTAssertNotNil(labels.values["changes.field.\(name)"], "\(language): changes.field.\(name)")
            }
            for kind in EntityKind.allCases {
                XCTAssertNotNil(labels.values["changes.kind.\(kind.rawValue)"], "\(language): \(kind)")
            }
        }
    }

    func testDiff_twentyThousandActions_isOnePassPerKind() throws {
        // Not a timing: the same diff on 20,000 actions, built with dictionaries, must finish
        // and report exactly the changed entities (the benchmark times it).
        let strategy = try XCTUnwrap(WorkspaceLoader.load(from: TestWorkspace.fixture("mini")).strategy)
        var old = strategy
        let template = strategy.actions[0]
        old.actions = (0..<20_000).map { index in
            var action = template
            action.id.value = ActionID("A-\(index)")
            return action
        }
        var new = old
        for index in stride(from: 0, to: 20_000, by: 100) {
            new.actions[index].title.values[ru] = "Изменено \(index)"
        }
        new.actions.removeLast()
        let diff = StrategyDiff(from: old, to: new)
        XCTAssertEqual(diff.entities.filter { $0.change == .changed }.count, 200)
        XCTAssertEqual(diff.entities.filter { $0.change == .removed }.map(\.id), ["A-19999"])
    }
}
