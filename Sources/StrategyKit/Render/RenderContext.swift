import Foundation

/// What a renderer needs besides the strategy: the language, its templates and the date.
public struct RenderContext: Sendable {
    /// The language to render.
    public var language: Language
    /// That language's templates and labels.
    public var templates: LanguageTemplates
    /// The date the document carries (the edition's date or `--date`), never the clock.
    public var date: CalendarDate
    /// The changes since the edition's `changesSince` version, for `{{changes.annex}}`.
    public var changes: VersionChanges?

    /// Creates a context.
    public init(
        language: Language, templates: LanguageTemplates, date: CalendarDate, changes: VersionChanges? = nil
    ) {
        self.language = language
        self.templates = templates
        self.date = date
        self.changes = changes
    }

    /// The labels of the language.
    public var labels: Labels { templates.labels }
}

/// A rendered file: a path relative to the exports folder and its bytes.
public struct RenderedFile: Hashable, Sendable {
    /// `ru/strategy.md`.
    public var path: String
    /// The bytes.
    public var data: Data

    /// Creates a file.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Turns a strategy into files. Pure: no file system, clock, locale or environment.
public protocol Renderer {
    /// The files for `strategy` in the context's language.
    func render(_ strategy: Strategy, in context: RenderContext) throws -> [RenderedFile]
}

/// A problem found while rendering (a template the checker did not see).
public struct RenderError: Error, Sendable, CustomStringConvertible {
    /// The problem.
    public var diagnostic: Diagnostic

    public var description: String { diagnostic.description }
}
