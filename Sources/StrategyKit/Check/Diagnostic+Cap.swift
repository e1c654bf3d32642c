extension Diagnostic {
    /// How many diagnostics of one file are shown; the rest are counted in one more line.
    public static let shownPerFile = 100

    /// `diagnostics` with at most ``shownPerFile`` per file (the first ones, in the given order),
    /// each file's surplus replaced by one diagnostic that counts it, placed after that file's
    /// last shown one. A damaged or binary file gives a screenful, not hundreds of thousands
    /// of lines; the counts in the summary line stay those of the whole list.
    public static func capped(_ diagnostics: [Diagnostic], perFile limit: Int = shownPerFile) -> [Diagnostic] {
        var shown: [String: Int] = [:]
        var hidden: [String: (count: Int, errors: Int)] = [:]
        var result: [Diagnostic] = []
        var lastIndex: [String: Int] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if shown[file, default: 0] < limit {
                shown[file, default: 0] += 1
                result.append(diagnostic)
                lastIndex[file] = result.count - 1
            } else {
                var count = hidden[file] ?? (0, 0)
                count.count += 1
                if diagnostic.severity == .error { count.errors += 1 }
                hidden[file] = count
            }
        }
        guard !hidden.isEmpty else { return diagnostics }
        // Insert from the back so earlier positions stay valid.
        for (file, count) in hidden.sorted(by: { (lastIndex[$0.key] ?? 0) > (lastIndex[$1.key] ?? 0) }) {
            let summary = Diagnostic(
                count.errors > 0 ? .error : .warning, code: "diagnostics.capped",
                message: "\(count.count) more problem\(count.count == 1 ? "" : "s") in \(file) not shown "
                    + "(\(count.errors) error\(count.errors == 1 ? "" : "s")); the first \(limit) are above",
                at: .file(file))
            result.insert(summary, at: (lastIndex[file] ?? (result.count - 1)) + 1)
        }
        return result
    }
}
