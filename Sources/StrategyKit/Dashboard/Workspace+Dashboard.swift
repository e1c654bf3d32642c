import Foundation

extension Workspace {
    /// The coordinator's dashboard of an opened workspace in one language on `date`, as one
    /// self-contained HTML page (`<lang>/dashboard.html`); `member` narrows it to one member.
    public static func dashboard(
        _ opened: OpenedWorkspace, language: Language, date: CalendarDate, member: MemberID? = nil, workspace: URL
    ) throws -> RenderedFile {
        guard let strategy = opened.strategy else {
            throw RenderError(diagnostic: .error("file.missing", "the workspace could not be read", at: .file("strategy.json")))
        }
        let labels = try opened.templates.templates(for: language).labels
        let document = DashboardBuilder(
            opened, strategy: strategy, labels: labels, language: language, date: date, member: member,
            workspace: workspace
        ).document()
        return RenderedFile(path: "\(language)/dashboard.html", data: HTMLWriter().write(document, labels: labels))
    }
}
