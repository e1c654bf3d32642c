/// A finding about a workspace: severity, a stable code, a message and the place it points at.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary remark attached to a diagnostic (a previous definition, a suggestion).
    public struct Note: Hashable, Sendable {
        /// The remark.
        public var message: String
        /// Where it points, if anywhere.
        public var location: SourceLocation?

        /// Creates a note.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The stable rule id, such as `ref.unknown-id`.
    public var code: String
    /// One sentence that names the entity and what is wrong.
    public var message: String
    /// The offending value.
    public var location: SourceLocation
    /// Further remarks.
    public var notes: [Note]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, code: String, message: String, at location: SourceLocation,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error.
    public static func error(
        _ code: String, _ message: String, at location: SourceLocation, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: location, notes: notes)
    }

    /// A warning.
    public static func warning(
        _ code: String, _ message: String, at location: SourceLocation, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: location, notes: notes)
    }

    /// `path:line:column: severity: message [code]`, then one indented line per note.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message) [\(code)]"
        for note in notes {
            let place = note.location.map { "\($0): " } ?? ""
            text += "\n    \(place)note: \(note.message)"
        }
        return text
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, line, column, then code and message, so output is deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
