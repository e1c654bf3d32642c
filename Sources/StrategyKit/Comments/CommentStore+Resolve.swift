import Foundation

/// What `resolve` recorded.
public enum CommentResolveOutcome: Hashable, Sendable {
    /// The first decision on the comment.
    case recorded
    /// The response in another language for the decision in force.
    case translated
    /// A new decision (or response) replacing the one in force, which the journal names.
    case changed(from: CommentDecision)
    /// The same decision and response were already recorded: nothing was written.
    case unchanged
}

extension CommentStore {
    /// Records the consultant's decision on comment `id` and the response in `language`.
    ///
    /// The first call records the decision; a call with the same decision and another language
    /// adds the translation of the response. A decision is never overwritten silently: a
    /// different decision, or a different response in a language that has one, is refused
    /// unless `change` is set, and is then a new journal line naming the decision it replaces.
    public func resolve(
        _ id: String, decision: CommentDecision, response: String, language: Language, date: CalendarDate,
        change: Bool = false, lockTimeout: Double = 10
    ) throws(Failure) -> CommentResolveOutcome {
        let text = response.trimmedWhitespace
        guard !text.isEmpty else { throw Failure("the response is empty; say what was done and why (--response)") }
        return try changing(lockTimeout: lockTimeout) { contents throws(Failure) in
            guard contents.comment(id) != nil else {
                var message = "there is no comment '\(id)'"
                if let near = Suggestion.closest(to: id, in: contents.comments.map(\.id)) {
                    message += "; did you mean '\(near)'?"
                }
                throw Failure(message)
            }
            var replaces: CommentDecision?
            var outcome = CommentResolveOutcome.recorded
            if let current = contents.resolutions[id] {
                let existing = current.responses[language]
                if current.decision == decision, existing == text { return .unchanged }
                if current.decision == decision, existing == nil {
                    outcome = .translated
                } else if change {
                    replaces = current.decision
                    outcome = .changed(from: current.decision)
                } else if current.decision != decision {
                    throw Failure(
                        "\(id) was already decided '\(current.decision.rawValue)' on \(current.date); "
                            + "a decision is not overwritten: add --change to replace it (the journal keeps both)")
                } else {
                    throw Failure(
                        "\(id) already has a '\(language)' response to its '\(decision.rawValue)' decision; "
                            + "add --change to replace it (the journal keeps both)")
                }
            }
            try appendDecision(CommentRecords.decisionLine(
                id: id, decision: decision, date: date, language: language, response: text, replaces: replaces))
            return outcome
        }
    }
}
