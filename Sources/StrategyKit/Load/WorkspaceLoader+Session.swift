import Foundation

extension WorkspaceLoader.FileName {
    /// The planning session's programme and participants.
    public static let session = "session.json"
}

extension WorkspaceLoader {
    /// Reads `session.json`: the planning session's programme and participants.
    static func readSession(_ node: JSONNode, sink: DiagnosticSink) -> PlanningSession? {
        let file = FileName.session
        guard var object = JSONObjectReader(node, subject: file, sink: sink) else { return nil }
        let here = object.location
        let title = object.text("title")
        let date = object.date("date")
        let venue = object.text("venue")
        let objectives = object.texts("objectives")
        let items = object.array("programme").compactMap { readProgrammeItem($0, sink: sink) }
        let participants = object.array("participants").compactMap { readParticipant($0, sink: sink) }
        let language = object.optionalText("workingLanguage")
        let reading = object.value("preReading", required: false) == nil ? [] : object.texts("preReading")
        object.finish()
        guard let date else {
            sink.markIncomplete(file)
            return nil
        }
        var session = PlanningSession(
            title: title, date: date, venue: venue, objectives: objectives, items: items,
            participants: participants, location: here)
        session.workingLanguage = language
        session.preReading = reading
        return session
    }

    private static func readProgrammeItem(_ node: JSONNode, sink: DiagnosticSink) -> ProgrammeItem? {
        guard var object = JSONObjectReader(node, subject: "a programme item", sink: sink) else { return nil }
        let start = object.string("start").flatMap { clockTime($0, sink: sink) }
        let end = object.string("end").flatMap { clockTime($0, sink: sink) }
        let topic = object.text("topic")
        let format = object.optionalText("format")
        let owner = object.subject
        let leads: [Located<String>] = object.array("leads", required: false).compactMap { element in
            JSONObjectReader.string(element, key: "leads", subject: owner, sink: sink)
        }
        let output = object.optionalText("output")
        object.finish()
        guard let start, let end else {
            sink.markIncomplete(FileName.session)
            return nil
        }
        var item = ProgrammeItem(start: start, end: end, topic: topic, format: format, leads: leads)
        item.output = output
        return item
    }

    private static func readParticipant(_ node: JSONNode, sink: DiagnosticSink) -> Participant? {
        guard var object = JSONObjectReader(node, subject: "a participant", sink: sink) else { return nil }
        let organisation = object.string("organisation")
        let position = object.text("position")
        let role = object.text("role")
        let name = object.optionalText("name")
        let count = object.integer("count", required: false)
        object.finish()
        if let count, count.value < 1 {
            sink.report(.error(
                "value.number", "a participant's 'count' must be 1 or more, found \(count.value)",
                at: count.location))
        }
        guard let organisation else {
            sink.markIncomplete(FileName.session)
            return nil
        }
        return Participant(
            organisation: organisation, position: position, role: role, name: name,
            count: max(1, count?.value ?? 1))
    }

    private static func clockTime(_ text: Located<String>, sink: DiagnosticSink) -> Located<ClockTime>? {
        guard let time = ClockTime(text.value) else {
            sink.report(.error(
                "value.time", "'\(text.value)' is not a time of day (HH:MM, 00:00–23:59)",
                at: text.location))
            return nil
        }
        return Located(time, at: text.location)
    }
}
