import Foundation

/// The journal's acts listed for people (`contract log`) and scripts (`contract log --json`).
public enum ContractLog {
    /// One act per line: journal line, date, act, subject, who, then what it carries.
    public static func text(_ acts: [ContractAct], contract: Contract) -> String {
        let currency = contract.total.value.currency
        let rows: [[String]] = acts.map { act in
            var details: [String] = []
            if let version = act.version { details.append("version \(version)") }
            if let amount = act.amount { details.append("\(amount.plainText(scale: currency.minorUnits)) \(currency)") }
            if let days = act.days { details.append("\(days) day\(days == 1 ? "" : "s")") }
            if let file = act.file { details.append("file \(file)") }
            if !act.note.isEmpty { details.append("“\(act.note)”") }
            return [
                String(act.location(.date).line), act.date.description, act.kind.rawValue, act.subject,
                act.who.rawValue, details.joined(separator: ", "),
            ]
        }
        let header = ["line", "date", "act", "subject", "who", "details"]
        let widths = (0..<header.count - 1).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func format(_ row: [String]) -> String {
            var cells = zip(row.dropLast(), widths).map { cell, width in
                cell + String(repeating: " ", count: width - cell.count)
            }
            cells.append(row.last ?? "")
            return cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([format(header)] + rows.map(format)).joined(separator: "\n") + "\n"
    }

    /// The acts as a JSON array; keys in a fixed order, absent values as null.
    public static func json(_ acts: [ContractAct]) -> String {
        func string(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
        let items = acts.map { act in
            let fields = [
                "\"line\": \(act.location(.date).line)",
                "\"date\": \(string(act.date.description))",
                "\"act\": \(string(act.kind.rawValue))",
                "\"subject\": \(string(act.subject))",
                "\"version\": \(string(act.version))",
                "\"amount\": \(string(act.amount.map { "\($0)" }))",
                "\"days\": \(string(act.days.map { "\($0)" }))",
                "\"who\": \(string(act.who.rawValue))",
                "\"note\": \(string(act.note))",
                "\"file\": \(string(act.file))",
                "\"sha256\": \(string(act.sha256))",
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}
