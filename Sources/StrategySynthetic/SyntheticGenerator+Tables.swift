/// `actions.csv` and `costs.csv`.
extension SyntheticGenerator {
    /// What the cost lines of an action need to know about it.
    struct ActionSpan {
        var id: String
        var members: [String]
        var years: ClosedRange<Int>
    }

    func actionsCSV() -> (String, [ActionSpan]) {
        var random = random(8)
        var csv = SyntheticCSV(
            header: ["id", "objective", "title.ru", "title.en", "description.ru", "description.en",
                     "themes", "audiences", "channels", "lead", "partners", "start", "end", "indicators"],
            reservingRows: counts.actions, bytesPerRow: 600)
        var spans: [ActionSpan] = []
        spans.reserveCapacity(counts.actions)
        let width = max(2, String(counts.actions).count)
        for action in 0..<counts.actions {
            let id = "A-" + Self.padded(action + 1, width: width)
            let objective = action < counts.objectives ? action : random.int(0..<counts.objectives)
            let themes = random.extend(covered(by: action, of: counts.themes), to: random.int(1...3), below: counts.themes)
            let audiences = random.extend(
                covered(by: action, of: counts.audiences), to: random.int(1...3), below: counts.audiences)
            let channels = random.extend(
                covered(by: action, of: counts.channels), to: random.int(1...3), below: counts.channels)
            let lead = action < counts.members ? action : random.int(0..<counts.members)
            let partners = random.extend([lead], to: 1 + random.int(0...2), below: counts.members).dropFirst()
            let indicators = random.extend([], to: random.int(1...2), below: counts.indicators)
            let start = random.int(0..<48)
            let end = random.int(start...min(47, start + 17))
            let title = random.actionTitle()
            let description = random.chance(40) ? random.actionDescription() : Bilingual("", "")
            // Lists are mostly space-separated, as in the shipped file; some use ", ".
            let separator = random.chance(5) ? ", " : " "
            func list(_ indexes: [Int], _ ids: [String]) -> String {
                indexes.map { ids[$0] }.joined(separator: separator)
            }
            csv.append([
                id, objectiveIDs[objective], title.ru, title.en, description.ru, description.en,
                list(themes, themeIDs), list(audiences, audienceIDs), list(channels, channelIDs),
                memberIDs[lead], list(Array(partners), memberIDs),
                Self.planDate(month: start, isEnd: false, random: &random),
                Self.planDate(month: end, isEnd: true, random: &random),
                list(indicators, indicatorIDs),
            ])
            spans.append(ActionSpan(
                id: id, members: ([lead] + partners).map { memberIDs[$0] },
                years: (2023 + start / 12)...(2023 + end / 12)))
        }
        return (csv.text, spans)
    }

    /// Month `month` (0 = January 2023) as a quarter, a month or a day. Starts take any day up
    /// to the 28th; ends take the 28th, so a start and an end in the same month stay in order.
    private static func planDate(month: Int, isEnd: Bool, random: inout SyntheticRandom) -> String {
        let year = 2023 + month / 12
        let number = month % 12 + 1
        switch random.int(0..<3) {
        case 0: return "\(year)-Q\((number - 1) / 3 + 1)"
        case 1: return "\(year)-\(padded(number, width: 2))"
        default:
            let day = isEnd ? 28 : random.int(1...28)
            return "\(year)-\(padded(number, width: 2))-\(padded(day, width: 2))"
        }
    }

    func costsCSV(_ spans: [ActionSpan]) -> String {
        var random = random(9)
        var csv = SyntheticCSV(
            header: ["id", "action", "item.ru", "item.en", "unit.ru", "unit.en", "quantity", "unit_cost",
                     "currency", "year", "member", "source"],
            reservingRows: counts.costLines, bytesPerRow: 200)
        let width = max(3, String(counts.costLines).count)
        var number = 0
        for (index, span) in spans.enumerated() {
            for _ in 0..<(2 + index % 2) {
                number += 1
                let item = random.pick(SyntheticText.costItems)
                let currency = random.chance(10) ? "USD" : random.chance(3) ? "CHF" : "KGS"
                let quantity = random.chance(10)
                    ? "\(random.int(1...9))\(random.chance(50) ? "," : ".")5" : String(random.int(1...40))
                let unitCost: String
                if currency == "KGS" {
                    let som = random.int(6...1200) * 50
                    unitCost = random.chance(10) ? "\(som).\(padded2(random.int(1...99)))" : String(som)
                } else {
                    unitCost = String(random.int(20...900))
                }
                let source = random.chance(80) ? "src.sdc" : random.chance(50) ? "src.own" : "src.partners"
                csv.append([
                    "C-" + Self.padded(number, width: width), span.id, item.item.ru, item.item.en,
                    item.unit.ru, item.unit.en, quantity, unitCost, currency,
                    String(random.int(span.years)), random.pick(span.members), source,
                ])
            }
        }
        return csv.text
    }

    private func padded2(_ number: Int) -> String { Self.padded(number, width: 2) }
}
