import Foundation
@testable import StrategyKit
import XCTest

/// URL imports against a server on the loopback interface, and the ways a download fails.
final class PortalDownloadTests: XCTestCase {
    typealias F = PortalFixture

    private var server: LoopbackHTTPServer?

    override func tearDown() {
        server?.stop()
        server = nil
        super.tearDown()
    }

    private func start(_ routes: [String: LoopbackHTTPServer.Reply]) throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(routes: routes)
        self.server = server
        return server
    }

    private func failure(_ url: URL, timeout: Double = 5) -> String? {
        do {
            _ = try PortalDownload.fetch(url, timeout: timeout)
            return nil
        } catch {
            return error.description
        }
    }

    func testImportFromURL_downloadsAndImports() throws {
        let export = try F.exampleExport
        let server = try start(["/export.csv": .respond(status: 200, contentType: "text/csv; charset=utf-8", body: export)])
        let data = try PortalDownload.fetch(server.url("/export.csv"), timeout: 5)
        XCTAssertEqual(data, export)
        let workspace = try F.shippedWorkspace(withData: false)
        let report = try PortalStore(workspace: workspace).importExport(
            data, name: server.url("/export.csv").absoluteString, date: F.date)
        XCTAssertEqual(report.added, 430)
        XCTAssertEqual(Workspace.open(workspace).strategy?.portalData?.observations.count, 430)
    }

    func testFetch_statusErrors() throws {
        let server = try start([
            "/gone.csv": .respond(status: 404, contentType: "text/plain", body: Data("no".utf8)),
            "/broken.csv": .respond(status: 500, contentType: "text/plain", body: Data("oops".utf8)),
        ])
        XCTAssertEqual(failure(server.url("/gone.csv")),
                       "\(server.url("/gone.csv")) answered HTTP 404 (Not Found), not the export")
        XCTAssertEqual(failure(server.url("/broken.csv")),
                       "\(server.url("/broken.csv")) answered HTTP 500 (Internal Server Error), not the export")
    }

    func testFetch_anHTMLPageIsNotAnExport() throws {
        let page = Data("<!DOCTYPE html><html><body>Войдите</body></html>".utf8)
        let server = try start([
            "/login": .respond(status: 200, contentType: "text/html; charset=utf-8", body: page),
            "/disguised.csv": .respond(status: 200, contentType: "text/csv", body: Data("\n  <html><body>x</body></html>".utf8)),
            "/empty.csv": .respond(status: 200, contentType: "text/csv", body: Data()),
        ])
        for path in ["/login", "/disguised.csv"] {
            XCTAssertEqual(failure(server.url(path)), "\(server.url(path)) sent an HTML page, not a CSV export "
                + "(a login or error page?); download the export and import the file")
        }
        XCTAssertEqual(failure(server.url("/empty.csv")), "\(server.url("/empty.csv")) sent an empty body, not the export")
    }

    func testFetch_timesOut() throws {
        let server = try start(["/slow.csv": .hang(seconds: 10)])
        let start = Date()
        XCTAssertEqual(failure(server.url("/slow.csv"), timeout: 1), "\(server.url("/slow.csv")) did not answer within 1 s")
        XCTAssertLessThan(Date().timeIntervalSince(start), 8)
    }

    func testFetch_nothingListening_andNotHTTP() throws {
        let server = try start([:])
        let url = server.url("/x.csv")
        server.stop()
        let message = failure(url, timeout: 2) ?? ""
        XCTAssertTrue(message.hasPrefix("cannot download \(url.absoluteString): "), message)
        XCTAssertEqual(failure(URL(string: "ftp://127.0.0.1/x.csv")!), "ftp://127.0.0.1/x.csv is not an http or https URL")
        XCTAssertTrue(PortalDownload.isURL("HTTPS://portal.example/x.csv"))
        XCTAssertFalse(PortalDownload.isURL("exports/http.csv"))
    }
}
