import Foundation

extension WorkspaceLoader {
    static func readStrategy(_ node: JSONNode, sink: DiagnosticSink) -> Strategy? {
        guard var object = JSONObjectReader(node, subject: FileName.strategy, sink: sink) else {
            return nil
        }
        let title = object.text("title")
        let subtitle = object.text("subtitle")
        let period = readPeriod(&object, key: "period", sink: sink)
        var languages: [Language] = []
        for element in object.array("languages") {
            guard let code = JSONObjectReader.string(
                element, key: "languages", subject: FileName.strategy, sink: sink)
            else { continue }
            guard let language = ValueGrammar.language(code.value, at: code.location, sink: sink)
            else { continue }
            if languages.contains(language) {
                sink.report(.error(
                    "ref.duplicate-id", "language '\(code.value)' is listed twice",
                    at: code.location))
                continue
            }
            languages.append(language)
        }
        let sourceText = object.string("sourceLanguage", required: false)
        var sourceLanguage: Located<Language>?
        if let sourceText, let language = ValueGrammar.language(sourceText.value, at: sourceText.location, sink: sink) {
            if languages.contains(language) {
                sourceLanguage = Located(language, at: sourceText.location)
            } else {
                sink.report(.error(
                    "translation.unknown-language",
                    "the source language '\(language)' is not one of the languages strategy.json lists",
                    at: sourceText.location))
            }
        }
        let currencyText = object.string("currency")
        let currency = currencyText.flatMap {
            ValueGrammar.currency($0.value, at: $0.location, sink: sink)
        } ?? Located(CurrencyCode("KGS"), at: node.location)
        let edition = readEdition(&object, sink: sink)
        let coalition = readCoalition(&object, sink: sink)
        func all<T>(_ key: String, _ read: (JSONNode, DiagnosticSink) -> T?) -> [T] {
            let elements = object.array(key)
            let values = elements.compactMap { read($0, sink) }
            if values.count < elements.count { sink.markIncomplete(FileName.strategy) }
            return values
        }
        let members = all("members", readMember)
        let workAreas = all("workAreas", readWorkArea)
        let sources = all("fundingSources", readFundingSource)
        let rates = all("exchangeRates", readExchangeRate)
        let illustration = object.optionalText("illustration")
        object.finish()
        var strategy = Strategy(
            title: title, subtitle: subtitle, period: period, languages: languages,
            currency: currency, edition: edition, coalition: coalition, members: members,
            workAreas: workAreas, fundingSources: sources, exchangeRates: rates, goals: [],
            indicators: [], audiences: [], channels: [], themes: [], actions: [], costLines: [],
            risks: [], contract: nil, portalMetrics: [], prose: [:], illustration: illustration)
        strategy.sourceLanguage = sourceLanguage
        return strategy
    }

    /// `{"start": …, "end": …}`; a missing or bad part falls back to the object's place so the
    /// partial model stays usable (the problem is already reported).
    static func readPeriod(
        _ parent: inout JSONObjectReader, key: String, sink: DiagnosticSink
    ) -> PlanPeriod {
        let fallback = Located(PlanDate.day(CalendarDate.epoch), at: parent.location)
        guard var object = parent.object(key) else {
            return PlanPeriod(start: fallback, end: fallback)
        }
        let start = object.planDate("start")
        let end = object.planDate("end")
        object.finish()
        return PlanPeriod(start: start ?? fallback, end: end ?? start ?? fallback)
    }

    private static func readEdition(_ parent: inout JSONObjectReader, sink: DiagnosticSink) -> Edition {
        guard var object = parent.object("edition") else {
            return Edition(
                version: "", date: CalendarDate.epoch, status: LocalizedText([:], at: parent.location))
        }
        let version = object.string("version")?.value ?? ""
        let date = object.date("date")
        let status = object.text("status")
        let changesSince = object.string("changesSince", required: false)
        let stageText = object.string("stage", required: false)
        let stage = stageText.flatMap { text -> Located<StrategyStage>? in
            let value: StrategyStage? = ValueGrammar.choice(text.value, at: text.location, sink: sink)
            return value.map { Located($0, at: text.location) }
        }
        object.finish()
        return Edition(
            version: version, date: date?.value ?? CalendarDate.epoch, status: status,
            changesSince: changesSince, stage: stage, dateLocation: date?.location)
    }

    private static func readCoalition(_ parent: inout JSONObjectReader, sink: DiagnosticSink) -> Coalition {
        let empty = LocalizedText([:], at: parent.location)
        guard var object = parent.object("coalition") else {
            return Coalition(
                name: empty, coordinator: Located(MemberID(""), at: parent.location), funder: empty)
        }
        let name = object.text("name")
        let coordinator: Located<MemberID> = object.id("coordinator")
            ?? Located(MemberID(""), at: object.location)
        let funder = object.text("funder")
        object.finish()
        return Coalition(name: name, coordinator: coordinator, funder: funder)
    }

    private static func readMember(_ node: JSONNode, _ sink: DiagnosticSink) -> Member? {
        guard var object = JSONObjectReader(node, subject: subject("member", node), sink: sink)
        else { return nil }
        let id: Located<MemberID>? = object.id("id")
        let name = object.text("name")
        let shortName = object.text("shortName")
        let mandate = object.text("mandate")
        let specifics = object.text("specifics")
        let role = object.text("role")
        object.finish()
        return id.map {
            Member(
                id: $0, name: name, shortName: shortName, mandate: mandate, specifics: specifics,
                role: role)
        }
    }

    private static func readWorkArea(_ node: JSONNode, _ sink: DiagnosticSink) -> WorkArea? {
        guard var object = JSONObjectReader(node, subject: subject("work area", node), sink: sink)
        else { return nil }
        let id: Located<WorkAreaID>? = object.id("id")
        let number = object.integer("number")?.value ?? 0
        let title = object.text("title")
        let description = object.text("description")
        object.finish()
        return id.map { WorkArea(id: $0, number: number, title: title, description: description) }
    }

    private static func readFundingSource(_ node: JSONNode, _ sink: DiagnosticSink) -> FundingSource? {
        guard var object = JSONObjectReader(node, subject: subject("funding source", node), sink: sink)
        else { return nil }
        let id: Located<FundingSourceID>? = object.id("id")
        let name = object.text("name")
        object.finish()
        return id.map { FundingSource(id: $0, name: name) }
    }

    private static func readExchangeRate(_ node: JSONNode, _ sink: DiagnosticSink) -> ExchangeRate? {
        guard var object = JSONObjectReader(node, subject: "exchange rate", sink: sink) else {
            return nil
        }
        let currency = object.string("currency").flatMap {
            ValueGrammar.currency($0.value, at: $0.location, sink: sink)
        }
        let rate = object.decimal("rate")
        let date = object.date("date")
        let source = object.optionalText("source")
        object.finish()
        guard let currency, let rate, let date else { return nil }
        return ExchangeRate(currency: currency, rate: rate, date: date, source: source)
    }
}
