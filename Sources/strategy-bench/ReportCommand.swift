import StrategyKit

/// A `strategy timeline`, `budget`, `contract status` or `render --doc` command line the bench times twice: in-process,
/// as the StrategyKit calls the command makes once the workspace is open and checked (the
/// opening is the `load+check` row), and as a whole run of the `strategy` binary.
///
/// In-process runs use the workspace's first language, as the command does without `--lang`.
struct ReportCommand {
    /// What the command computes and prints.
    enum Work {
        case timeline(Timeline.Plan, TimelineFormat)
        /// `--format ics`, which does not depend on `--plan`.
        case calendar
        case budget(BudgetGrouping, BudgetFormat)
        /// `contract status` on the contract's last day (the synthetic journal is empty).
        case contractStatus
        /// `render --doc …`: the paperwork in every language and format.
        case paperwork([PaperworkKind])
    }

    enum TimelineFormat { case text, svg, csv }

    enum BudgetFormat { case text, csv, md }

    /// Why an in-process run produced nothing.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The arguments after `strategy`, without `--workspace`.
    let arguments: [String]
    let work: Work

    /// Every format of both plans (ICS once: it is the same for both), and the budget by year as
    /// text, by member as CSV and by action as Markdown (the one roll-up whose rows grow with the
    /// actions).
    static let all: [ReportCommand] = [
        .init(["timeline"], .timeline(.strategy, .text)),
        .init(["timeline", "--format", "svg"], .timeline(.strategy, .svg)),
        .init(["timeline", "--format", "csv"], .timeline(.strategy, .csv)),
        .init(["timeline", "--plan", "contract"], .timeline(.contract, .text)),
        .init(["timeline", "--plan", "contract", "--format", "svg"], .timeline(.contract, .svg)),
        .init(["timeline", "--plan", "contract", "--format", "csv"], .timeline(.contract, .csv)),
        .init(["timeline", "--format", "ics"], .calendar),
        .init(["budget"], .budget(.year, .text)),
        .init(["budget", "--by", "member", "--format", "csv"], .budget(.member, .csv)),
        .init(["budget", "--by", "action", "--format", "md"], .budget(.action, .md)),
        .init(["contract", "status", "--date", "2023-12-22"], .contractStatus),
        // The programme needs session.json, which a synthetic workspace does not have.
        .init(["render", "--doc", "schedule,report,act"], .paperwork([.schedule, .report, .act])),
    ]

    private init(_ arguments: [String], _ work: Work) {
        self.arguments = arguments
        self.work = work
    }

    /// The row name: the command line without `strategy`.
    var name: String { arguments.joined(separator: " ") }

    /// What the command prints for `strategy` in its first language.
    func output(_ strategy: Strategy, templates: TemplateSet) throws(Failure) -> String {
        guard let language = strategy.languages.first,
              let labels = templates.languages[language]?.labels
        else {
            throw Failure(description: "the workspace has no language with labels")
        }
        switch work {
        case .calendar:
            return TimelineICS.render(strategy, language: language, labels: labels)
        case .timeline(let plan, let format):
            let timeline: Timeline
            switch plan {
            case .strategy:
                timeline = Timeline.strategyPlan(strategy, language: language, labels: labels, groupBy: .objective)
            case .contract:
                guard let contract = Timeline.contractPlan(strategy, language: language, labels: labels) else {
                    throw Failure(description: "the workspace has no contract")
                }
                timeline = contract
            }
            switch format {
            case .text: return TimelineText.render(timeline, labels: labels)
            case .svg: return TimelineSVG.render(timeline, labels: labels)
            case .csv: return TimelineCSV.render(timeline)
            }
        case .contractStatus:
            guard let contract = strategy.contract else { throw Failure(description: "the workspace has no contract") }
            return ContractStatus(contract: contract, acts: [], asOf: contract.period.lastDay)
                .text(language: language, labels: labels)
        case .paperwork(let kinds):
            do {
                let files = try Workspace.renderPaperwork(
                    strategy, templates: templates, kinds: kinds, languages: strategy.languages,
                    formats: Workspace.Format.allCases, records: PaperworkRecords())
                return files.map { "\($0.path) \($0.data.count)" }.joined(separator: "\n")
            } catch {
                throw Failure(description: "render failed: \(error)")
            }
        case .budget(let grouping, let format):
            let report = BudgetReport(strategy, by: grouping, language: language)
            guard report.unconverted.isEmpty else {
                throw Failure(description: "\(report.unconverted.count) cost lines have no exchange rate")
            }
            switch format {
            case .text: return report.text(labels: labels)
            case .csv: return report.csv(labels: labels)
            case .md: return MarkdownWriter().text(report.document(labels: labels))
            }
        }
    }
}
