import Foundation
import StrategyKit

/// Filled-in comment forms for a benchmark: deterministic for a seed, in the three shapes members
/// send them back (Russian Excel: Windows-1251, `;`, CRLF; Excel "CSV UTF-8": BOM, `,`; and
/// LibreOffice: columns reordered, every field quoted, LF), with texts that need quoting, line
/// breaks and formula-like starts.
public enum SyntheticComments {
    /// `count` comments on `targets` of `version`, spread round-robin over `members`, one form per
    /// member (named `comments-<member>.csv`), each comment distinct (so all are new on import).
    public static func forms(
        version: String, members: [String], targets: [String], count: Int, seed: UInt64 = SyntheticWorkspace.defaultSeed
    ) -> [(name: String, data: Data)] {
        guard !members.isEmpty, !targets.isEmpty else { return [] }
        var random = SyntheticRandom(seed: seed, stream: 0xC0)
        var rows: [[[String]]] = Array(repeating: [], count: members.count)
        let types = [("общее", "general"), ("по существу", "substantive"), ("редакционное", "editorial")]
        for index in 0..<count {
            let member = index % members.count
            let target = targets[random.int(0..<targets.count)]
            let paragraph = random.chance(60) ? String(random.int(1...12)) : ""
            let type = random.pick(types)
            let subject = random.pick(SyntheticText.subjects) + random.pick(SyntheticText.predicates)
                + random.pick(SyntheticText.objects)
            var text = member == 0 ? subject.ru : subject.en
            if random.chance(10) { text += member == 0 ? "; уточнить сроки" : "; clarify the dates" }
            if random.chance(5) { text = "=" + text }
            if random.chance(5) { text += "\n" + (member == 0 ? "Второй абзац." : "A second paragraph.") }
            text += " (№ \(index + 1))"
            let proposal = random.chance(40)
                ? (member == 0 ? random.pick(SyntheticText.clauses).ru : "-" + random.pick(SyntheticText.clauses).en)
                : ""
            rows[member].append([version, members[member], target, "", paragraph,
                                 member == 0 ? type.0 : type.1, text, proposal])
        }
        return members.indices.map { index in
            let name = "comments-\(members[index]).csv"
            switch index % 3 {
            case 0:
                let header = ["Версия", "Член Коалиции", "Раздел или элемент", "Название", "Абзац", "Тип замечания",
                              "Замечание", "Предлагаемая редакция"]
                let text = excel([header] + rows[index], separator: ";")
                let bytes = (try? Windows1251.encode(text).get()) ?? Array(text.utf8)
                return (name, Data(bytes))
            case 1:
                let header = ["Version", "Member", "Section or entity", "Title", "Paragraph", "Type of comment", "Comment",
                              "Proposed wording"]
                return (name, Data([0xEF, 0xBB, 0xBF]) + Data(excel([header] + rows[index], separator: ",").utf8))
            default:
                let header = ["comment", "proposal", "type", "paragraph", "target", "member", "version"]
                let reordered = rows[index].map { [$0[6], $0[7], $0[5], $0[4], $0[2], $0[1], $0[0]] }
                let text = ([header] + reordered).map { row in
                    row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
                }.joined(separator: "\n") + "\n"
                return (name, Data(text.utf8))
            }
        }
    }

    /// Excel's CSV: quoted only when needed, CRLF.
    private static func excel(_ rows: [[String]], separator: Character) -> String {
        var text = ""
        for row in rows {
            text += row.map { cell in
                guard cell.contains(separator) || cell.contains("\"") || cell.contains("\n") else { return cell }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: String(separator))
            text += "\r\n"
        }
        return text
    }
}
