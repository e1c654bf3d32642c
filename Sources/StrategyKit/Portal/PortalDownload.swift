import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a Portal export from an `http(s)` URL: the one place the workbench uses the network.
///
/// A timeout, a status other than 2xx, an empty body or an HTML page (a login or error page
/// instead of the CSV) is a ``Failure`` that says which.
public enum PortalDownload {
    /// Why the export could not be downloaded.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Whether `text` names a URL rather than a file (`http://` or `https://`).
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The body of a successful GET of `url`, waiting at most `timeout` seconds.
    public static func fetch(_ url: URL, timeout: Double) throws(Failure) -> Data {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw Failure(description: "\(url.absoluteString) is not an http or https URL")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("text/csv, text/plain;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        // The session's own timeout fires first; this one only guards against a hang.
        if done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            throw Failure(description: "\(url.absoluteString) did not answer within \(seconds(timeout))")
        }
        let (data, response, error) = box.get()
        if let error {
            if let urlError = error as? URLError, urlError.code == .timedOut {
                throw Failure(description: "\(url.absoluteString) did not answer within \(seconds(timeout))")
            }
            throw Failure(description: "cannot download \(url.absoluteString): \(error.localizedDescription)")
        }
        guard let http = response as? HTTPURLResponse else {
            throw Failure(description: "cannot download \(url.absoluteString): no HTTP response")
        }
        guard (200..<300).contains(http.statusCode) else {
            let reason = HTTPURLResponse.localizedString(forStatusCode: http.statusCode)
            throw Failure(description: "\(url.absoluteString) answered HTTP \(http.statusCode) (\(reason)), not the export")
        }
        let body = data ?? Data()
        guard !body.isEmpty else {
            throw Failure(description: "\(url.absoluteString) sent an empty body, not the export")
        }
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        if type.contains("text/html") || type.contains("application/xhtml") || looksLikeHTML(body) {
            throw Failure(description: "\(url.absoluteString) sent an HTML page, not a CSV export "
                + "(a login or error page?); download the export and import the file")
        }
        return body
    }

    /// Whether a body starts (after a BOM and blanks) like an HTML document.
    static func looksLikeHTML(_ body: Data) -> Bool {
        var start = body.prefix(512)
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        let text = String(decoding: start, as: UTF8.self).drop { $0.isWhitespace }.lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"].contains { text.hasPrefix($0) }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

/// The completion handler's results, handed from URLSession's queue to the waiting thread.
private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: (any Error)?

    func set(data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.withLock {
            self.data = data
            self.response = response
            self.error = error
        }
    }

    func get() -> (Data?, URLResponse?, (any Error)?) {
        lock.withLock { (data, response, error) }
    }
}
