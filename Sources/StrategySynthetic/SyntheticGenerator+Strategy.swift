/// `strategy.json`, `goals.json`, `indicators.json`, `risks.json` and `portal.json`.
extension SyntheticGenerator {
    func strategyJSON() -> String {
        var random = random(1)
        let members: [SyntheticJSON] = memberIDs.enumerated().map { index, id in
            let names = Self.memberNames[index]
            return .object([
                ("id", .string(id)),
                ("name", .text(names.name)),
                ("shortName", .text(names.short)),
                ("mandate", .text(random.sentence())),
                ("specifics", .text(random.sentence() + Bilingual(" ", " ") + random.sentence())),
                ("role", .text(random.sentence())),
            ])
        }
        let areas: [SyntheticJSON] = workAreaIDs.enumerated().map { index, id in
            .object([
                ("id", .string(id)),
                ("number", .number(String(index + 1))),
                ("title", .text(Self.workAreaNames[index])),
                ("description", .text(random.sentence())),
            ])
        }
        let sources: [(String, Bilingual)] = [
            ("src.sdc", .init("Грант SDC в рамках Программы Коалиции", "SDC grant under the Coalition Programme")),
            ("src.own", .init("Собственные средства членов Коалиции", "Coalition members’ own funds")),
            ("src.partners", .init("Средства других доноров и партнеров", "Other donors and partners")),
        ]
        let nbkr = Bilingual("НБКР, официальный курс", "NBKR official rate")
        let root = SyntheticJSON.object([
            ("title", .text(.init(
                "Коммуникационная стратегия Коалиции на 2023–2026 годы (синтетическая, \(counts.actions) мер)",
                "Communication Strategy of the Coalition for 2023–2026 (synthetic, \(counts.actions) actions)"))),
            ("subtitle", .text(.init("с адвокационным компонентом", "with an advocacy component"))),
            ("period", .object([("start", .string("2023-01")), ("end", .string("2026-12"))])),
            ("languages", .array([.string("ru"), .string("en")])),
            ("currency", .string("KGS")),
            ("edition", .object([
                ("version", .string("v1")), ("date", .string("2023-11-20")),
                ("status", .text(.init("Проект", "Draft"))),
            ])),
            ("coalition", .object([
                ("name", .text(.init(
                    "Коалиция по развитию местного самоуправления",
                    "Coalition for Local Self-Government Development"))),
                ("coordinator", .string("ipr")),
                ("funder", .text(.init(
                    "Швейцарское бюро по сотрудничеству (SDC)",
                    "Swiss Agency for Development and Cooperation (SDC)"))),
            ])),
            ("members", .array(members)),
            ("workAreas", .array(areas)),
            ("fundingSources", .array(sources.map { .object([("id", .string($0.0)), ("name", .text($0.1))]) })),
            ("exchangeRates", .array([
                .object([("currency", .string("USD")), ("rate", .string("89.2500")),
                         ("date", .string("2023-10-11")), ("source", .text(nbkr))]),
                .object([("currency", .string("CHF")), ("rate", .string("98.6500")),
                         ("date", .string("2023-10-11")), ("source", .text(nbkr))]),
            ])),
        ])
        return root.document
    }

    func goalsJSON() -> String {
        var random = random(2)
        let goals: [SyntheticJSON] = (0..<counts.goals).map { goal in
            let objectives: [SyntheticJSON] = stride(from: goal, to: counts.objectives, by: counts.goals)
                .map { index in
                    let indicators = random.extend([], to: random.int(1...2), below: counts.indicators)
                    return .object([
                        ("id", .string(objectiveIDs[index])),
                        ("title", .text(random.pick(SyntheticText.subjects) + random.pick(SyntheticText.predicates)
                            + random.pick(SyntheticText.objects) + random.pick(SyntheticText.clauses))),
                        ("indicators", .array(indicators.map { .string(indicatorIDs[$0]) })),
                    ])
                }
            return .object([
                ("id", .string("G\(goal + 1)")),
                ("workArea", .string(workAreaIDs[goal % counts.workAreas])),
                ("title", .text(Bilingual(
                    "Цель \(goal + 1). Лица, принимающие решения, учитывают",
                    "Goal \(goal + 1). Decision makers take into account")
                    + random.pick(SyntheticText.objects) + random.pick(SyntheticText.clauses))),
                ("description", .text(random.paragraph())),
                ("objectives", .array(objectives)),
            ])
        }
        return SyntheticJSON.object([("goals", .array(goals))]).document
    }

    func indicatorsJSON() -> String {
        var random = random(3)
        let indicators: [SyntheticJSON] = indicatorIDs.enumerated().map { index, id in
            var value = 0
            let targets: [SyntheticJSON] = (2023...2026).map { year in
                value += random.int(1...12)
                // Now and then a number written as a string, as FORMAT.md allows.
                let number: SyntheticJSON = random.chance(10) ? .string("\(value).5") : .number(String(value))
                return .object([("date", .string("\(year)-12")), ("value", number)])
            }
            let source: SyntheticJSON = index % 4 == 3
                ? .object([("kind", .string("portal")), ("metric", .string(metricIDs[index % metricIDs.count]))])
                : .object([("kind", .string("manual"))])
            var members: [(String, SyntheticJSON)] = [
                ("id", .string(id)),
                ("name", .text(random.pick(SyntheticText.activities) + random.pick(SyntheticText.topics)
                    + Bilingual(" (\(index + 1))", " (\(index + 1))"))),
            ]
            // Every other indicator has the optional short form.
            if index % 2 == 0 {
                members.append(("shortName", .text(Bilingual("Индикатор \(index + 1)", "Indicator \(index + 1)"))))
            }
            return .object(members + [
                ("unit", .text(random.pick(SyntheticText.costItems).unit)),
                ("baseline", .object([("value", .number("0")), ("date", .string("2023-01"))])),
                ("targets", .array(targets)),
                ("source", source),
                ("verification", .text(random.pick(SyntheticText.details) + Bilingual(".", "."))),
            ])
        }
        return SyntheticJSON.object([("indicators", .array(indicators))]).document
    }

    func risksJSON() -> String {
        var random = random(4)
        let levels = ["low", "medium", "high"]
        let risks: [SyntheticJSON] = (0..<counts.risks).map { index in
            .object([
                ("id", .string("R-\(Self.padded(index + 1, width: 2))")),
                ("title", .text(random.sentence())),
                ("likelihood", .string(random.pick(levels))),
                ("impact", .string(random.pick(levels))),
                ("mitigation", .text(random.paragraph())),
                ("owner", .string(memberIDs[index % memberIDs.count])),
            ])
        }
        return SyntheticJSON.object([("risks", .array(risks))]).document
    }

    func portalJSON() -> String {
        let metrics: [SyntheticJSON] = Self.portalMetricNames.enumerated().map { index, metric in
            .object([
                ("id", .string(metric.id)),
                ("name", .text(metric.name)),
                ("unit", .text(metric.unit)),
                ("clause", .string("003 §III, табл. 1, п. \(index + 1)")),
            ])
        }
        return SyntheticJSON.object([("metrics", .array(metrics))]).document
    }
}
