import Foundation
@testable import StrategyKit
import XCTest

/// The M&E section: indicators that name a Portal metric show its latest value, date, target
/// and status in every format and language, or say that nothing has been imported.
final class PortalMonitoringTests: XCTestCase {
    typealias F = PortalFixture

    /// The text of every rendered file, by path (DOCX: its document part without tags).
    private func render(withData: Bool) throws -> [String: String] {
        let opened = Workspace.open(try F.shippedWorkspace(withData: withData))
        let strategy = try XCTUnwrap(opened.strategy)
        let files = try Workspace.render(
            strategy, templates: opened.templates, languages: strategy.languages, formats: [.md, .html, .docx],
            changes: opened.changes)
        var texts: [String: String] = [:]
        for file in files where file.path.hasSuffix("/strategy.md") || file.path.hasSuffix("/strategy.html")
            || file.path.hasSuffix("/strategy.docx") {
            if file.path.hasSuffix(".docx") {
                let part = try XCTUnwrap(try ZIPReader.read(file.data).first { $0.path == "word/document.xml" })
                let xml = String(decoding: part.data, as: UTF8.self)
                texts[file.path] = xml.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            } else {
                texts[file.path] = String(decoding: file.data, as: UTF8.self)
            }
        }
        XCTAssertEqual(texts.count, 6)
        return texts
    }

    func testIndicators_showTheLatestValueTargetAndStatus_inEveryFormatAndLanguage() throws {
        let expected = [
            "en": ["Latest value: 118 (29 December 2022).",
                   "Portal plan, December 2022: 130 by 30 December 2022 (40 + 90) — missed.",
                   "Portal plan, December 2022: 40 by 30 December 2022 — met.",
                   "Latest value: 28 % (30 December 2022).", "Latest value: 2 (December 2022).",
                   "Portal plan, December 2022: 50 by Dec 2022, each with at least 10 participants — met.",
                   "Example data, not the Portal’s real figures."],
            "ru": ["Последнее значение: 118 (29 декабря 2022 г.).",
                   "План Портала, декабрь 2022: 130 к 30 декабря 2022 г. (40 + 90) — не выполнено.",
                   "План Портала, декабрь 2022: не менее 25 % к мар. 2022 — не выполнено.",
                   "Пример данных, а не реальные показатели Портала."],
        ]
        for (path, text) in try render(withData: true) {
            let language = String(path.prefix(2))
            for phrase in expected[language] ?? [] {
                XCTAssertTrue(text.contains(phrase), "\(path) lacks “\(phrase)”")
            }
        }
    }

    func testIndicators_sayWhenNothingHasBeenImported() throws {
        for (path, text) in try render(withData: false) {
            let phrase = path.hasPrefix("ru") ? "Данные Портала еще не импортированы." : "No Portal data has been imported yet."
            XCTAssertEqual(text.components(separatedBy: phrase).count - 1, 5, "\(path): one per Portal indicator")
            XCTAssertFalse(text.contains("Portal plan,") || text.contains("План Портала,"), path)
        }
    }
}
