import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a Portal export from an `http(s)` URL: the one place the workbench uses the network.
///
/// Within bounds: one deadline for the whole transfer (not reset while bytes arrive), a cap on
/// the bytes received and kept (``defaultMaxSize``, `--max-size`), `Accept-Encoding: identity`
/// and a compressed body refused, redirects only to the same scheme, host and port unless
/// followed explicitly. A status other than 2xx, an empty body or an HTML page (a login or
/// error page instead of the CSV) is a ``Failure`` that says which. A password in the URL is
/// never printed or stored (``redacted(_:)``).
///
/// URLSession with a data delegate rather than an HTTP client of our own: it speaks https, and
/// the delegate sees each piece of the body as it arrives, so the cap and the deadline hold
/// without ever buffering more than the cap.
public enum PortalDownload {
    /// Why the export could not be downloaded.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The largest export downloaded unless `--max-size` says otherwise: 64 MiB, about 600,000
    /// rows, far beyond the Portal's real exports.
    public static let defaultMaxSize = 64 << 20

    /// Whether `text` names a URL rather than a file (`http://` or `https://`).
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// `text` with the password of an `http(s)` URL's `user:password@` replaced by `***` (the
    /// user name kept), and a lone `token@` replaced whole; any other text unchanged.
    public static func redacted(_ text: String) -> String {
        guard isURL(text), let schemeEnd = text.range(of: "://") else { return text }
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return text }
        let userInfo = authority[..<at]
        // `user:password`: the user stays (it says which account); a lone part may be a token.
        guard let colon = userInfo.firstIndex(of: ":") else {
            return String(text[..<schemeEnd.upperBound]) + "***" + String(text[at...])
        }
        return String(text[..<schemeEnd.upperBound]) + userInfo[..<colon] + ":***" + String(text[at...])
    }

    /// The body of a successful GET of `url`.
    ///
    /// - Parameters:
    ///   - timeout: seconds for the whole transfer, from the request to the last byte.
    ///   - maxSize: the most bytes accepted, whether announced (`Content-Length`) or received.
    ///   - followRedirects: follow redirects to another scheme, host or port too.
    public static func fetch(
        _ url: URL, timeout: Double, maxSize: Int = defaultMaxSize, followRedirects: Bool = false
    ) throws(Failure) -> Data {
        let shown = redacted(url.absoluteString)
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw Failure(description: "\(shown) is not an http or https URL")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let delegate = DownloadDelegate(origin: url, maxSize: maxSize, followRedirects: followRedirects)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("text/csv, text/plain;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        request.setValue("identity", forHTTPHeaderField: "Accept-Encoding")
        let task = session.dataTask(with: request)
        task.resume()
        // One deadline for everything: bytes arriving do not extend it.
        if delegate.done.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            let outcome = delegate.outcome()
            guard outcome.response != nil else {
                throw Failure(description: "\(shown) did not answer within \(seconds(timeout))")
            }
            throw Failure(description: "\(shown) did not send the whole export within \(seconds(timeout))"
                + " (\(outcome.data.count) bytes received); nothing was kept")
        }
        let outcome = delegate.outcome()
        if let refusal = outcome.refusal { throw Failure(description: "\(shown) \(refusal); nothing was kept") }
        if let error = outcome.error {
            if let urlError = error as? URLError, urlError.code == .timedOut {
                throw Failure(description: "\(shown) did not answer within \(seconds(timeout))")
            }
            throw Failure(description: "cannot download \(shown): \(error.localizedDescription)")
        }
        guard let http = outcome.response else {
            throw Failure(description: "cannot download \(shown): no HTTP response")
        }
        if (300..<400).contains(http.statusCode) {
            let target = http.value(forHTTPHeaderField: "Location").map(redacted) ?? "another address"
            throw Failure(description: "\(shown) redirects to \(target), another host or scheme; not followed "
                + "(add --follow-redirects if you trust it)")
        }
        guard (200..<300).contains(http.statusCode) else {
            let reason = HTTPURLResponse.localizedString(forStatusCode: http.statusCode)
            throw Failure(description: "\(shown) answered HTTP \(http.statusCode) (\(reason)), not the export")
        }
        let body = outcome.data
        guard !body.isEmpty else {
            throw Failure(description: "\(shown) sent an empty body, not the export")
        }
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        if type.contains("text/html") || type.contains("application/xhtml") || looksLikeHTML(body) {
            throw Failure(description: "\(shown) sent an HTML page, not a CSV export "
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

    /// "1 s", "2.5 s".
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// "64 MiB", "1500 bytes".
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}

/// Receives the body piece by piece on URLSession's queue, stopping the transfer as soon as it
/// breaks a bound; hands the outcome to the waiting thread under a lock.
private final class DownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Outcome {
        var data = Data()
        var response: HTTPURLResponse?
        var error: (any Error)?
        /// Why the download was stopped on purpose ("sent more than …").
        var refusal: String?
    }

    let done = DispatchSemaphore(value: 0)
    private let origin: URL
    private let maxSize: Int
    private let followRedirects: Bool
    private let lock = NSLock()
    private var state = Outcome()
    private var finished = false

    init(origin: URL, maxSize: Int, followRedirects: Bool) {
        self.origin = origin
        self.maxSize = maxSize
        self.followRedirects = followRedirects
    }

    func outcome() -> Outcome { lock.withLock { state } }

    private func refuse(_ reason: String, task: URLSessionTask) {
        lock.withLock { if state.refusal == nil { state.refusal = reason } }
        task.cancel()
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        lock.withLock { state.response = http }
        let encoding = (http?.value(forHTTPHeaderField: "Content-Encoding") ?? "identity")
            .trimmingCharacters(in: .whitespaces).lowercased()
        if encoding != "identity", !encoding.isEmpty {
            refuse("sent a compressed body (Content-Encoding: \(encoding)) though asked for none", task: dataTask)
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > Int64(maxSize) {
            refuse("announces \(response.expectedContentLength) bytes, more than the limit of "
                + "\(PortalDownload.size(maxSize)) (--max-size)", task: dataTask)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = lock.withLock { () -> Bool in
            guard state.refusal == nil else { return false }
            guard state.data.count + data.count <= maxSize else { return true }
            state.data.append(data)
            return false
        }
        if tooLarge {
            lock.withLock { state.data = Data() }
            refuse("sent more than the limit of \(PortalDownload.size(maxSize)) (--max-size)", task: dataTask)
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        guard let target = request.url else {
            completionHandler(nil)
            return
        }
        let sameOrigin = target.scheme?.lowercased() == origin.scheme?.lowercased()
            && target.host?.lowercased() == origin.host?.lowercased() && target.port == origin.port
        // Not followed: the redirect itself becomes the response, and fetch names its target.
        completionHandler(sameOrigin || followRedirects ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let first = lock.withLock { () -> Bool in
            if state.refusal == nil { state.error = error }
            defer { finished = true }
            return !finished
        }
        if first { done.signal() }
    }
}
