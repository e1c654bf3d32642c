import Foundation

extension TranslationStore {
    /// Imports the XLIFF file `data` (named `file` in diagnostics); see
    /// ``importDocument(_:file:language:dryRun:lockTimeout:)``.
    public func importXLIFF(
        _ data: Data, file: String, language: String? = nil, dryRun: Bool = false, lockTimeout: Double = 10
    ) throws(TranslationFailure) -> ImportPlan {
        throw TranslationFailure("XLIFF reading is not built yet")
    }
}
