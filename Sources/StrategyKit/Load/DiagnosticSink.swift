/// Collects diagnostics while a workspace is read and checked.
///
/// A class because every reader and rule of one run appends to the same list; it never
/// leaves the run that created it.
public final class DiagnosticSink {
    /// Everything reported so far, in the order reported.
    public private(set) var diagnostics: [Diagnostic] = []

    // "Did you mean" costs a pass over every id of a kind; bounding how many are offered keeps
    // a workspace with thousands of broken references linear.
    private var suggestionsLeft = 100

    /// Whether another "did you mean" may be computed in this run.
    func takeSuggestion() -> Bool {
        guard suggestionsLeft > 0 else { return false }
        suggestionsLeft -= 1
        return true
    }

    /// Workspace files that were not read whole: missing, malformed, or with an entity or row
    /// dropped for a bad value. The rules do not report what is merely absent because of them,
    /// so one broken file gives its own errors, not a cascade of "unknown id" and "no action".
    public private(set) var incompleteFiles: Set<String> = []

    /// Records that `path` was not read whole (its problem is already reported).
    func markIncomplete(_ path: String) {
        incompleteFiles.insert(path)
    }

    /// Creates an empty sink.
    public init() {}

    /// Adds one diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds several.
    public func report(contentsOf more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// Everything reported, sorted by file, line, column and code, without exact repeats.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted().filter { seen.insert($0).inserted }
    }
}
