import Foundation

/// The coordinator's one page: "where are we?" on a given day, in one language, as a
/// ``Document`` the HTML writer turns into a self-contained page.
///
/// Every figure comes from the library function the other commands use (the budget report,
/// the timeline, the checker's diagnostics), so the page can never disagree with them.
public struct DashboardBuilder {
    /// The workspace, opened and checked.
    let opened: OpenedWorkspace
    let strategy: Strategy
    let labels: Labels
    let language: Language
    /// The day the page describes.
    let date: CalendarDate
    /// The member the page is narrowed to, if any.
    let member: MemberID?
    let names: NameIndex

    /// The workspace folder: comments live beside the strategy, not in the opened model.
    let workspace: URL?

    /// A builder for `opened` (which must have a strategy) on `date`, narrowed to `member`.
    public init(
        _ opened: OpenedWorkspace, strategy: Strategy, labels: Labels, language: Language, date: CalendarDate,
        member: MemberID? = nil, workspace: URL? = nil
    ) {
        self.opened = opened
        self.workspace = workspace
        self.strategy = strategy
        self.labels = labels
        self.language = language
        self.date = date
        self.member = member
        names = NameIndex(strategy: strategy, language: language)
    }

    /// The page.
    public func document() -> Document {
        var title = labels.format("dashboard.title", ["date": labels.date(date)])
        if let member { title += " — " + names.memberShort(member) }
        var blocks: [Block] = [
            .heading(level: 1, content: Inline.plain(title), anchor: "dashboard"),
            .paragraph(Inline.plain(strategy.title[language])),
        ]
        if let contract = strategy.contract, member == nil {
            blocks += section("consultancy", consultancySection(contract))
        }
        if let workspace {
            blocks += section("comments", commentsSection(workspace))
        }
        blocks += section("plan", planSection)
        blocks += section("budget", budgetSection)
        if let plan = strategy.portalPlan, member == nil {
            blocks += section("portal", portalSection(plan))
        }
        blocks += section("quality", qualitySection)
        return Document(language: language, title: title, blocks: blocks)
            .withIllustrationNotice(strategy.illustrationNotice(language))
    }

    private func section(_ key: String, _ content: [Block]) -> [Block] {
        [.heading(level: 2, content: Inline.plain(labels["dashboard.\(key)"]), anchor: "dashboard-\(key)")] + content
    }

    private var actions: [Action] {
        guard let member else { return strategy.actions }
        return strategy.actions.filter { $0.lead.value == member }
    }

    private func share(_ part: Int, of total: Int) -> String {
        guard total > 0 else { return labels["none"] }
        return labels.number(Decimal(part) * 100 / Decimal(total), scale: 0) + " %"
    }

    // MARK: The consultancy

    /// Products, tranches, days and what is overdue: the wording of `strategy contract status`,
    /// from the same status.
    private func consultancySection(_ contract: Contract) -> [Block] {
        let status = ContractStatus(contract: contract, acts: opened.journal.acts, asOf: date)
        let words = ContractWords(language: language, labels: labels, year: contract.period.firstDay.year)
        let currency = contract.total.value.currency.code
        let products = status.products.map { line in
            Table.Row([
                Inline.plain(line.deliverable.id.value.rawValue), Inline.plain(words.shortTitle(line.deliverable)),
                Inline.plain(labels.date(line.deliverable.due.value)),
                line.isOverdue
                    ? [.strong([.text(labels["dashboard.overdue"])]), .text(" " + words.state(line.product))]
                    : Inline.plain(words.state(line.product)),
            ])
        }
        let overdue = status.overdueProducts.map { words.overdue($0) } + status.tasksBehind.map { words.behind($0) }
        var blocks: [Block] = [
            .paragraph(Inline.plain(labels.format("status.summary", [
                "period": labels.period(contract.period), "total": labels.money(contract.total.value),
                // An assumed total says so wherever it is shown (seed 000 gives no amount).
                "currency": currency + (contract.totalIsAssumption ? " " + labels["contract.total.assumed.short"] : ""),
                "days": labels.number(contract.days.value),
            ]))),
            .table(Table(columns: [
                .init(Inline.plain(labels["deliverable.column.number"]), width: 1),
                .init(Inline.plain(labels["deliverable.column.title"]), width: 6),
                .init(Inline.plain(labels["deliverable.column.due"]), width: 3),
                .init(Inline.plain(labels["dashboard.state"]), width: 5),
            ], rows: products)),
            .list(ordered: false, items: status.tranches.map { [.paragraph(Inline.plain(words.trancheSentence($0, currency: currency)))] }),
            .paragraph(Inline.plain(labels.format("status.days", [
                "worked": labels.number(status.daysWorked), "planned": labels.number(contract.taskDays),
            ]))),
        ]
        if overdue.isEmpty {
            blocks.append(.paragraph(Inline.plain(labels.format("status.overdue.none", ["date": labels.date(date)]))))
        } else {
            blocks.append(.paragraph([.strong(Inline.plain(labels.format("status.overdue", ["date": labels.date(date)])))]))
            blocks.append(.list(ordered: false, items: overdue.map { [.paragraph(Inline.plain($0))] }))
        }
        return blocks
    }

    // MARK: Comments

    /// The review of the current version (the edition's version when it was cut, else the
    /// latest one): per member, the comments received, decided and still open, from the
    /// comment store and its decisions journal, the same records `comments list` reads.
    /// Targets are named from the workspace's own outline, so no version is loaded.
    private func commentsSection(_ workspace: URL) -> [Block] {
        let versions = VersionStore(workspace: workspace).list().versions
        guard let version = versions.first(where: { $0.name == strategy.edition.version }) ?? versions.last else {
            return [.paragraph(Inline.plain(labels["dashboard.comments.no-version"]))]
        }
        let contents = CommentStore(workspace: workspace).read()
        if contents.hasErrors {
            let reason = contents.diagnostics.first { $0.severity == .error }?.description ?? ""
            return [.paragraph(Inline.plain(labels.format("dashboard.comments.unreadable", ["reason": reason])))]
        }
        let comments = contents.comments.filter { $0.version == version.name && (member == nil || $0.member == member) }
        var received: [MemberID: Int] = [:]
        var open: [MemberID: Int] = [:]
        var openComments: [Comment] = []
        for comment in comments {
            received[comment.member, default: 0] += 1
            if contents.status(of: comment.id) == .open {
                open[comment.member, default: 0] += 1
                openComments.append(comment)
            }
        }
        let members = strategy.members.map(\.id.value).filter { member == nil || $0 == member }
        let rows = members.map { id in
            let count = received[id] ?? 0
            let pending = open[id] ?? 0
            return Table.Row([
                Inline.plain(names.memberShort(id)), Inline.plain(String(count)), Inline.plain(String(count - pending)),
                pending > 0 ? [.strong([.text(String(pending))])] : Inline.plain("0"),
            ])
        }
        var blocks: [Block] = [
            .paragraph(Inline.plain(labels.format("dashboard.comments.version", [
                "version": version.name, "date": labels.date(version.date), "note": version.note,
            ]))),
            .table(Table(columns: [
                .init(Inline.plain(labels["dashboard.comments.member"]), width: 4),
                .init(Inline.plain(labels["dashboard.comments.received"]), width: 2, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.comments.resolved"]), width: 2, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.comments.open"]), width: 2, alignment: .trailing),
            ], rows: rows)),
        ]
        if !openComments.isEmpty {
            let outline = ReviewOutline(strategy: strategy, templates: opened.templates)
            blocks.append(.paragraph([.strong(Inline.plain(labels["dashboard.comments.open-list"]))]))
            blocks.append(.list(ordered: false, items: openComments.map { comment in
                let title = outline.target(comment.target)?.titles[language]
                let target = title.map { "\(comment.target) \($0)" } ?? comment.target
                return [.paragraph([.strong([.text(comment.id)])] + Inline.plain(" (\(target)): \(comment.text)"))]
            }))
        }
        return blocks
    }

    // MARK: The action plan

    private var planSection: [Block] {
        let progress = ActionProgress(actions, on: date)
        let rows: [(String, Int)] = [
            (labels["dashboard.plan.not-started"], progress.notStarted),
            (labels["dashboard.plan.running"], progress.running),
            (labels["dashboard.plan.due"], progress.due),
        ]
        var table = rows.map { label, count in
            Table.Row([Inline.plain(label), Inline.plain(String(count)), Inline.plain(share(count, of: progress.total))])
        }
        table.append(Table.Row([Inline.plain(labels["total"]), Inline.plain(String(progress.total)),
                                Inline.plain(share(progress.total, of: progress.total))], isTotal: true))
        var plan = strategy
        plan.actions = actions
        let timeline = Timeline.strategyPlan(plan, language: language, labels: labels)
        return [
            .paragraph(Inline.plain(labels.format("dashboard.plan.intro", ["date": labels.date(date)]))),
            .table(Table(columns: [
                .init(Inline.plain(labels["dashboard.plan.state"]), width: 6),
                .init(Inline.plain(labels["dashboard.plan.actions"]), width: 2, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.share"]), width: 2, alignment: .trailing),
            ], rows: table)),
            .figure(Figure(
                svg: TimelineSVG.render(timeline, labels: labels, today: date),
                caption: timeline.title,
                fallback: [.paragraph(Inline.plain(timeline.summary))])),
        ]
    }

    // MARK: The budget

    private var budgetSection: [Block] {
        let currency = strategy.currency.value.code
        let byYear: [(String, Decimal)]
        let byMember: [(String, Decimal)]
        let total: Decimal
        if let member {
            let costs = DocumentCosts(strategy)
            let years = costs.byMemberAndYear[member] ?? [:]
            byYear = years.keys.sorted().map { (String($0), years[$0] ?? 0) }
            total = years.values.reduce(Decimal(0), +)
            byMember = [(names.memberShort(member), total)]
        } else {
            let years = BudgetReport(strategy, by: .year, language: language)
            let members = BudgetReport(strategy, by: .member, language: language)
            byYear = years.rows.map { ($0.label, $0.amount) }
            byMember = members.rows.map { row in
                (strategy.members.first { $0.id.value.rawValue == row.key }.map { $0.shortName[language] } ?? row.label, row.amount)
            }
            total = years.total
        }
        func chart(_ rows: [(String, Decimal)], title: String) -> Block {
            let bars = rows.map { BarChartSVG.Bar(label: $0.0, value: $0.1, text: money($0.1)) }
            let summary = rows.map { "\($0.0): \(money($0.1)) \(currency)" }.joined(separator: "; ")
            return .figure(Figure(
                svg: BarChartSVG.render(bars, title: title, summary: summary),
                caption: title,
                fallback: [.table(amountTable(rows, total: total))]))
        }
        return [
            .paragraph(Inline.plain(labels.format("dashboard.budget.total", ["total": money(total), "currency": currency]))),
            chart(byYear, title: labels.format("dashboard.budget.by-year", ["currency": currency])),
            chart(byMember, title: labels.format("dashboard.budget.by-member", ["currency": currency])),
        ]
    }

    private func money(_ amount: Decimal) -> String { labels.money(Money(amount, strategy.currency.value)) }

    private func amountTable(_ rows: [(String, Decimal)], total: Decimal) -> Table {
        var body = rows.map { Table.Row([Inline.plain($0.0), Inline.plain(money($0.1))]) }
        body.append(Table.Row([Inline.plain(labels["total"]), Inline.plain(money(total))], isTotal: true))
        return Table(columns: [
            .init(Inline.plain(""), width: 4),
            .init(Inline.plain(labels.format("budget.column.amount", ["currency": strategy.currency.value.code])),
                  width: 3, alignment: .trailing),
        ], rows: body)
    }

    // MARK: The Portal

    /// Every target of the Portal's plan with its status for the month of the page's day
    /// (or the last month with data when the day is outside the plan), a sparkline of its
    /// actual values month by month, and the strategy indicators bound to its metric.
    private func portalSection(_ plan: PortalPlan) -> [Block] {
        let inPlan = plan.months.contains(PortalMonth(date))
        let report = PortalReport(strategy: strategy, plan: plan, month: inPlan ? PortalMonth(date) : nil)
        let evaluator = PortalEvaluator(plan: plan, data: strategy.portalData)
        let wording = PortalWording(labels: labels, language: language, plan: plan, metrics: report.metrics)
        let indicators = Dictionary(grouping: strategy.indicators.compactMap { indicator -> (PortalMetricID, String)? in
            guard case .portal(let metric) = indicator.source else { return nil }
            return (metric.value, indicator.name[language])
        }, by: \.0).mapValues { $0.map(\.1) }
        let rows = report.results.map { result -> Table.Row in
            // Up to the month shown: later months have not happened on the page's day.
            let values = plan.months.filter { $0 <= report.month }.map { evaluator.evaluate(result.target, in: $0).actual }
            let title = result.target.title[language]
            let alternative = labels.format("dashboard.portal.trend", ["target": title, "period": wording.period])
            let spark = SparklineSVG.render(values, target: result.required, label: alternative)
            var cells: [[[Inline]]] = [
                [Inline.plain(title), Inline.plain(result.target.clause)],
                [Inline.plain(wording.required(result.target))],
                [Inline.plain(wording.actual(result))],
                [[.strong([.text(wording.mark(result.status) + " " + wording.status(result.status))])]],
                [Inline.plain(indicators[result.target.metric.value]?.joined(separator: labels["list.separator"]) ?? labels["none"])],
            ]
            cells.append([[.chart(svg: spark, alternative: alternative)]])
            return Table.Row(paragraphs: cells)
        }
        var blocks: [Block] = [
            .paragraph(Inline.plain(labels.format("dashboard.portal.month", ["month": wording.month(report.month)]))),
        ]
        if report.exampleCount > 0 {
            blocks.append(.paragraph([.strong(Inline.plain(labels["indicator.portal.example"]))]))
        }
        blocks.append(.table(Table(columns: [
            .init(Inline.plain(labels["dashboard.portal.target"]), width: 6),
            .init(Inline.plain(labels["dashboard.portal.required"]), width: 3),
            .init(Inline.plain(labels["dashboard.portal.actual"]), width: 3),
            .init(Inline.plain(labels["dashboard.state"]), width: 3),
            .init(Inline.plain(labels["dashboard.portal.indicators"]), width: 4),
            .init(Inline.plain(labels["dashboard.portal.sparkline"]), width: 3),
        ], rows: rows)))
        return blocks
    }

    // MARK: Translations and the check

    private var qualitySection: [Block] {
        let fields = strategy.localizedFields.filter { !$0.isOptional }
        let sections = Set(strategy.prose.values.flatMap(\.keys))
        let rows = strategy.languages.map { language -> Table.Row in
            let done = fields.filter { $0.text.has(language) }.count
            let prose = (strategy.prose[language] ?? [:]).values.filter { !$0.markdown.allSatisfy(\.isWhitespace) }.count
            // The source language has nothing to translate; a language without records is not
            // tracked, so its stale texts cannot be told.
            let standing = opened.translations?.state(of: language)
            let missing = standing.map { String($0.missingCount) } ?? labels["none"]
            let stale = standing.map { $0.isTracked ? String($0.staleCount) : labels["dashboard.quality.untracked"] }
                ?? labels["none"]
            return Table.Row([
                Inline.plain(language.code),
                Inline.plain("\(done) / \(fields.count)"), Inline.plain(share(done, of: fields.count)),
                Inline.plain("\(prose) / \(sections.count)"),
                Inline.plain(missing), Inline.plain(stale),
            ])
        }
        var blocks: [Block] = [
            .table(Table(columns: [
                .init(Inline.plain(labels["dashboard.quality.language"]), width: 2),
                .init(Inline.plain(labels["dashboard.quality.texts"]), width: 3, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.share"]), width: 2, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.quality.prose"]), width: 3, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.quality.missing"]), width: 2, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.quality.stale"]), width: 3, alignment: .trailing),
            ], rows: rows)),
            .paragraph(Inline.plain(labels.format("dashboard.quality.check", [
                "errors": String(opened.errorCount), "warnings": String(opened.warningCount),
            ]))),
        ]
        let shown = opened.diagnostics.prefix(10).map { [Block.paragraph(Inline.plain($0.description))] }
        if !shown.isEmpty { blocks.append(.list(ordered: false, items: Array(shown))) }
        return blocks
    }
}
