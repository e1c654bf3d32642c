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

    /// A builder for `opened` (which must have a strategy) on `date`, narrowed to `member`.
    public init(
        _ opened: OpenedWorkspace, strategy: Strategy, labels: Labels, language: Language, date: CalendarDate,
        member: MemberID? = nil
    ) {
        self.opened = opened
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
        blocks += section("plan", planSection)
        blocks += section("budget", budgetSection)
        blocks += section("quality", qualitySection)
        return Document(language: language, title: title, blocks: blocks)
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

    // MARK: Translations and the check

    private var qualitySection: [Block] {
        let fields = strategy.localizedFields.filter { !$0.isOptional }
        let sections = Set(strategy.prose.values.flatMap(\.keys))
        let rows = strategy.languages.map { language -> Table.Row in
            let done = fields.filter { $0.text.has(language) }.count
            let prose = (strategy.prose[language] ?? [:]).values.filter { !$0.markdown.allSatisfy(\.isWhitespace) }.count
            return Table.Row([
                Inline.plain(language.code),
                Inline.plain("\(done) / \(fields.count)"), Inline.plain(share(done, of: fields.count)),
                Inline.plain("\(prose) / \(sections.count)"),
            ])
        }
        var blocks: [Block] = [
            .table(Table(columns: [
                .init(Inline.plain(labels["dashboard.quality.language"]), width: 2),
                .init(Inline.plain(labels["dashboard.quality.texts"]), width: 3, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.share"]), width: 2, alignment: .trailing),
                .init(Inline.plain(labels["dashboard.quality.prose"]), width: 3, alignment: .trailing),
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
