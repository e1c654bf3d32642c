import Foundation

extension DocumentBuilder {
    /// What the Portal's data says about an indicator's metric, as paragraphs of its source
    /// cell in the M&E table: the latest value and its date, each plan target measuring the
    /// metric with its status in the last month of data, and whether the data is an example;
    /// or that no data has been imported.
    func portalStatus(_ metric: PortalMetricID) -> [[Inline]] {
        guard let data = strategy.portalData, let coverage = data.coveredMonth else {
            return [[.emphasis([.text(labels["indicator.portal.none"])])]]
        }
        let rows = data.observations.filter { $0.metric == metric }
        guard let last = rows.last else { return [[.emphasis([.text(labels["indicator.portal.no-rows"])])]] }
        var value = labels.number(last.value)
        var date = labels.date(last.date)
        var paragraphs: [[Inline]] = []
        if let plan = strategy.portalPlan, !plan.targets(measuring: metric).isEmpty {
            let evaluator = PortalEvaluator(plan: plan, data: data)
            let words = PortalWording(labels: labels, language: language, plan: plan, metrics: strategy.portalMetricsByID)
            let results = plan.targets(measuring: metric).map { evaluator.evaluate($0, in: coverage) }
            // The latest value in the first target's terms; the statuses below are each target's.
            switch results.first?.target.kind {
            case .monthly(_, let countsAudiences)?:
                value = labels.number(evaluator.monthValue(metric, coverage, countsAudiences: countsAudiences))
                date = words.month(coverage)
            case .cumulative?:
                value = labels.number(evaluator.sum(metric, through: last.date))
            case .qualifying(_, _, let minimum)?:
                value = labels.number(Decimal(evaluator.qualifying(metric, through: last.date, minimum: minimum)))
            case .share?:
                value = labels.number(last.value) + " %"
            case .periodic?, .deadline?, .perEvent?, nil:
                break
            }
            paragraphs.append([.text(labels.format("indicator.portal.latest", ["value": value, "date": date]))])
            for result in results {
                paragraphs.append([.text(labels.format("indicator.portal.target", [
                    "month": words.month(coverage), "required": words.required(result.target),
                    "status": words.status(result.status),
                ]))])
            }
        } else {
            paragraphs.append([.text(labels.format("indicator.portal.latest", ["value": value, "date": date]))])
        }
        if rows.contains(where: \.isExample) {
            paragraphs.append([.strong([.text(labels["indicator.portal.example"])])])
        }
        return paragraphs
    }
}
