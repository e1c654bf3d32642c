import Foundation
@testable import StrategyKit
import XCTest

/// A hostile server on the loopback interface: an endless body, a huge announced length, a
/// gzip bomb, a redirect to another host, a password in the URL. Every download ends within its
/// deadline and its size cap, and keeps nothing.
final class PortalDownloadBoundsTests: XCTestCase {
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

    private func failure(
        _ url: URL, timeout: Double = 20, maxSize: Int = PortalDownload.defaultMaxSize, follow: Bool = false
    ) -> String? {
        do {
            _ = try PortalDownload.fetch(url, timeout: timeout, maxSize: maxSize, followRedirects: follow)
            return nil
        } catch {
            return error.description
        }
    }

    func testEndlessBody_stopsAtTheSizeCap() throws {
        let server = try start(["/endless.csv": .endless(chunk: Data(repeating: 0x41, count: 64 << 10), pause: 0)])
        let message = failure(server.url("/endless.csv"), timeout: 120, maxSize: 1 << 20)
        XCTAssertEqual(message, "\(server.url("/endless.csv")) sent more than the limit of 1 MiB (--max-size); nothing was kept")
    }

    func testSlowEndlessBody_stopsAtTheDeadline_thoughBytesKeepArriving() throws {
        // A chunk every 20 ms keeps any per-read timeout from firing; only a deadline for the
        // whole transfer ends it. The bound on the elapsed time is loose on purpose: without the
        // deadline the download never ends at all.
        let server = try start(["/slow.csv": .endless(chunk: Data("2022-01-01,x,1\n".utf8), pause: 0.02)])
        let started = Date()
        let message = failure(server.url("/slow.csv"), timeout: 1) ?? ""
        XCTAssertTrue(message.hasPrefix("\(server.url("/slow.csv")) did not send the whole export within 1 s"), message)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }

    func testHugeContentLength_isRefusedBeforeTheBody() throws {
        let server = try start([
            "/huge.csv": .raw(head: "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 2147483648\r\n",
                              body: Data(repeating: 0x41, count: 1 << 20)),
        ])
        XCTAssertEqual(failure(server.url("/huge.csv"), maxSize: 1 << 20),
                       "\(server.url("/huge.csv")) announces 2147483648 bytes, more than the limit of 1 MiB (--max-size); "
                           + "nothing was kept")
    }

    func testGzipBomb_isRefused_andIdentityWasAsked() throws {
        // 16 MiB of zeros deflated to a few kilobytes, in a gzip wrapper.
        let zeros = [UInt8](repeating: 0, count: 16 << 20)
        let deflated = zeros.withUnsafeBytes { FuzzEntryPoints.deflate($0, blockSymbols: 1 << 16) }
        var gzip: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflated
        let crc = CRC32.checksum(zeros)
        for value in [crc, UInt32(zeros.count)] { gzip += (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        XCTAssertLessThan(gzip.count, 1 << 20)
        let server = try start([
            "/bomb.csv": .raw(
                head: "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Encoding: gzip\r\nContent-Length: \(gzip.count)\r\n",
                body: Data(gzip)),
        ])
        XCTAssertEqual(failure(server.url("/bomb.csv"), maxSize: 1 << 20),
                       "\(server.url("/bomb.csv")) sent a compressed body (Content-Encoding: gzip) though asked for none; "
                           + "nothing was kept")
        XCTAssertTrue(server.requests.first?.lowercased().contains("accept-encoding: identity\r\n") ?? false,
                      server.requests.first ?? "no request")
    }

    func testRedirectToAnotherHost_isNotFollowed_unlessAsked() throws {
        let export = try F.exampleExport
        let server = try start([
            "/export.csv": .respond(status: 200, contentType: "text/csv", body: export),
            "/moved.csv": .redirect(location: "/export.csv"),
        ])
        // "localhost" is another host name than 127.0.0.1, though the same machine.
        let elsewhere = server.url("/export.csv", host: "localhost").absoluteString
        let server2 = server
        let routes: [String: LoopbackHTTPServer.Reply] = ["/away.csv": .redirect(location: elsewhere)]
        let redirecting = try LoopbackHTTPServer(routes: routes)
        defer { redirecting.stop() }
        XCTAssertEqual(try PortalDownload.fetch(server2.url("/moved.csv"), timeout: 20), export, "same host: followed")
        XCTAssertEqual(failure(redirecting.url("/away.csv")),
                       "\(redirecting.url("/away.csv")) redirects to \(elsewhere), another host or scheme; not followed "
                           + "(add --follow-redirects if you trust it)")
        XCTAssertEqual(try PortalDownload.fetch(redirecting.url("/away.csv"), timeout: 20, followRedirects: true), export)
    }

    func testCredentials_areNeverShownOrStored() throws {
        let export = try F.exampleExport
        let server = try start([
            "/export.csv": .respond(status: 200, contentType: "text/csv", body: export),
            "/gone.csv": .respond(status: 404, contentType: "text/plain", body: Data()),
        ])
        let secret = "s3cr3t-Pa55"
        let url = server.url("/export.csv", userInfo: "coalition:\(secret)@")
        XCTAssertEqual(PortalDownload.redacted(url.absoluteString), "http://coalition:***@127.0.0.1:\(server.port)/export.csv")
        let message = failure(server.url("/gone.csv", userInfo: "coalition:\(secret)@")) ?? ""
        XCTAssertFalse(message.contains(secret), message)
        XCTAssertTrue(message.contains("coalition:***@"), message)
        let data = try PortalDownload.fetch(url, timeout: 20)
        let workspace = try F.shippedWorkspace(withData: false)
        let report = try PortalStore(workspace: workspace).importExport(data, name: url.absoluteString, date: F.date)
        XCTAssertFalse(report.name.contains(secret))
        let journal = try String(contentsOf: workspace.appendingPathComponent(PortalStore.journalPath), encoding: .utf8)
        XCTAssertFalse(journal.contains(secret), journal)
        XCTAssertTrue(journal.contains("coalition:***@"), journal)
    }

    func testRedacted_leavesOtherTextAlone() {
        XCTAssertEqual(PortalDownload.redacted("exports/a@b.csv"), "exports/a@b.csv")
        XCTAssertEqual(PortalDownload.redacted("https://portal.example/x.csv?mail=a@b"), "https://portal.example/x.csv?mail=a@b")
        XCTAssertEqual(PortalDownload.redacted("https://token@portal.example/x.csv"), "https://***@portal.example/x.csv")
        XCTAssertEqual(PortalDownload.redacted("https://u:p:q@h/x"), "https://u:***@h/x")
    }
}
