import Foundation
import StrategyKit

/// Synthetic Portal data for benchmarks: a plan over the synthetic workspace's Portal metrics
/// (`portal-targets.json`) and exports of any number of rows, deterministic for a seed.
///
/// The rows run in date order over the plan's five years and mix every shape the importer
/// reads: counts, events with participants and the Portal's ids, audiences, share readings
/// with a decimal comma, notes with quotes, line breaks, Cyrillic and formula-like starts. The
/// export is what Russian Excel writes: BOM, `;`, CRLF.
public enum SyntheticPortal {
    /// The months of the synthetic plan.
    static let firstYear = 2022
    static let years = 5

    /// The audiences of activity 1 (seed 003), as in the shipped plan.
    static let audiences = [
        "pa.lsg", "pa.universities", "pa.state-bodies", "pa.experts", "pa.consultants-ngos", "pa.communities",
        "pa.donors", "pa.business", "pa.citizens",
    ]

    /// `portal-targets.json` for a workspace from ``SyntheticWorkspace``: a target of each kind
    /// its metrics allow.
    public static func targetsJSON() -> Data {
        func target(_ id: String, _ metric: String, _ kind: String, _ keys: [(String, SyntheticJSON)]) -> SyntheticJSON {
            .object([
                ("id", .string(id)), ("clause", .string("003 §III, табл. 1")), ("metric", .string(metric)),
                ("kind", .string(kind)),
            ] + keys + [("title", .text(.init("Цель \(id)", "Target \(id)")))])
        }
        let end = "\(firstYear + years - 1)-12"
        let root = SyntheticJSON.object([
            ("period", .object([("start", .string("\(firstYear)-01")), ("end", .string(end))])),
            ("audiences", .array(audiences.map { id in
                .object([("id", .string(id)), ("name", .text(.init("аудитория \(id)", "audience \(id)")))])
            })),
            ("targets", .array([
                target("pt.informed", "portal.audiences-informed", "monthly",
                       [("minimum", .number("2")), ("counts", .string("distinct-audiences"))]),
                target("pt.bodies-1", "portal.lsg-bodies-registered", "cumulative",
                       [("value", .number("40")), ("due", .string("\(firstYear)-12-30"))]),
                target("pt.bodies-2", "portal.lsg-bodies-registered", "cumulative",
                       [("value", .number("90")), ("after", .string("pt.bodies-1")), ("due", .string("\(firstYear)-12-30"))]),
                target("pt.staff", "portal.lsg-staff-registered", "cumulative", [("value", .number("5000")), ("due", .string(end))]),
                target("pt.requests", "portal.client-requests-handled", "monthly", [("minimum", .number("2"))]),
                target("pt.practices", "portal.best-practices-found", "monthly", [("minimum", .number("2"))]),
                target("pt.voting", "portal.voting-rotations", "monthly", [("minimum", .number("2"))]),
                target("pt.events", "portal.online-events", "qualifying",
                       [("value", .number("250")), ("due", .string(end)), ("minimumParticipants", .number("10"))]),
                target("pt.share", "portal.national-partners-share", "share",
                       [("value", .string("25")), ("due", .string("\(firstYear)-03"))]),
            ])),
        ])
        return Data(root.document.utf8)
    }

    /// An export of `rows` rows, in date order.
    public static func export(rows: Int, seed: UInt64 = SyntheticWorkspace.defaultSeed) -> Data {
        var random = SyntheticRandom(seed: seed, stream: 0x9047A1)
        let days = (0..<years).reduce(0) { $0 + (CalendarDate.isLeap(firstYear + $1) ? 366 : 365) }
        var text = "\u{FEFF}date;metric;value;participants;audience;ref;id;example;note\r\n"
        text.reserveCapacity(rows * 60)
        var share = 180
        for index in 0..<rows {
            let date = day(index * days / max(1, rows))
            var cells = [date, "", "1", "", "", "", "", "", ""]
            switch random.int(0..<100) {
            case 0..<20:
                cells[1] = "portal.audiences-informed"
                cells[2] = String(random.int(1...3))
                cells[4] = random.pick(audiences)
            case 20..<35:
                cells[1] = "portal.lsg-bodies-registered"
            case 35..<55:
                cells[1] = "portal.lsg-staff-registered"
                cells[2] = String(random.int(1...8))
            case 55..<70:
                cells[1] = "portal.client-requests-handled"
            case 70..<80:
                cells[1] = "portal.best-practices-found"
            case 80..<88:
                cells[1] = "portal.voting-rotations"
            case 88..<99:
                cells[1] = "portal.online-events"
                cells[3] = String(random.int(5...40))
                cells[6] = "ev-\(index)"
            default:
                cells[1] = "portal.national-partners-share"
                share = min(400, max(100, share + random.int(-10...14)))
                cells[2] = "\(share / 10),\(share % 10)"
            }
            if random.chance(3) { cells[7] = "yes" }
            if random.chance(5) {
                cells[8] = random.pick([
                    "\"Обращение; с \"\"кавычками\"\"\"", "\"note on\r\ntwo lines\"", "=SUM(A1)", "отчет АМУЦА",
                ])
            }
            text += cells.joined(separator: ";") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// The day `offset` days after 1 January of the first year, as `YYYY-MM-DD`.
    private static func day(_ offset: Int) -> String {
        var year = firstYear
        var rest = offset
        while rest >= (CalendarDate.isLeap(year) ? 366 : 365) {
            rest -= CalendarDate.isLeap(year) ? 366 : 365
            year += 1
        }
        var month = 1
        while rest >= CalendarDate.daysIn(month: month, year: year) {
            rest -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(rest < 9 ? "0" : "")\(rest + 1)"
    }
}
