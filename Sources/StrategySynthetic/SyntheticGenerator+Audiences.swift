/// `audiences.json`, `channels.json` and `themes.json`.
extension SyntheticGenerator {
    func audiencesJSON() -> String {
        var random = random(5)
        let named = Self.audienceNames.map(\.name)
        let audiences: [SyntheticJSON] = audienceIDs.enumerated().map { index, id in
            let messages: [SyntheticJSON] = (0..<random.int(1...3)).map { _ in .text(random.sentence()) }
            var members: [(String, SyntheticJSON)] = [
                ("id", .string(id)),
                ("priority", .string(index < 4 || random.chance(30) ? "primary" : "secondary")),
                ("name", .text(Self.name(index, named: named))),
            ]
            // The named audiences have the optional short form the action matrix uses.
            if index < Self.audienceNames.count {
                members.append(("shortName", .text(Self.audienceNames[index].short)))
            }
            members += [
                ("description", .text(random.sentence())),
                ("changeSought", .text(random.sentence())),
                ("keyMessages", .array(messages)),
            ]
            return .object(members)
        }
        return SyntheticJSON.object([("audiences", .array(audiences))]).document
    }

    func channelsJSON() -> String {
        var random = random(6)
        let named = Self.channelNames.map(\.name)
        let frequencies: [Bilingual] = [
            .init("два раза в год", "twice a year"), .init("ежемесячно", "monthly"),
            .init("ежеквартально", "quarterly"), .init("по мере необходимости", "as needed"),
        ]
        let channels: [SyntheticJSON] = channelIDs.enumerated().map { index, id in
            let kind = index < Self.channelNames.count
                ? Self.channelNames[index].kind : random.pick(Self.channelKinds)
            var members: [(String, SyntheticJSON)] = [
                ("id", .string(id)),
                ("kind", .string(kind)),
                ("name", .text(Self.name(index, named: named))),
            ]
            if index < Self.channelNames.count {
                members.append(("shortName", .text(Self.channelNames[index].short)))
            }
            members.append(("description", .text(random.sentence() + Bilingual(" ", " ") + random.sentence())))
            if random.chance(60) { members.append(("frequency", .text(random.pick(frequencies)))) }
            return .object(members)
        }
        return SyntheticJSON.object([("channels", .array(channels))]).document
    }

    func themesJSON() -> String {
        var random = random(7)
        let themes: [SyntheticJSON] = Self.themeNames.map { theme in
            let targets = random.extend([], to: random.int(2...3), below: counts.audiences)
            let allies: [SyntheticJSON] = (0..<2).map { _ in
                .text(random.pick(SyntheticText.subjects) + random.pick(SyntheticText.places))
            }
            return .object([
                ("id", .string(theme.id)),
                ("title", .text(theme.title)),
                ("shortName", .text(theme.short)),
                ("problem", .text(random.paragraph())),
                ("position", .text(random.sentence())),
                ("ask", .text(random.sentence())),
                ("targets", .array(targets.map { .string(audienceIDs[$0]) })),
                ("allies", .array(allies)),
            ])
        }
        return SyntheticJSON.object([("themes", .array(themes))]).document
    }
}
