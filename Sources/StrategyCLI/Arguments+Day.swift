import Foundation
import StrategyKit

extension Arguments {
    /// `--date`, else today on this computer's calendar: the one place a command reads the
    /// clock. Rendered exports never call it; they carry the workspace's date.
    func day(_ name: String = "date") throws(UsageError) -> CalendarDate {
        guard let text = value(name) else { return Self.today() }
        guard let date = CalendarDate(text) else { throw UsageError("'\(text)' is not a date (YYYY-MM-DD)") }
        return date
    }

    /// Today on this computer's calendar.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? .epoch
    }
}
