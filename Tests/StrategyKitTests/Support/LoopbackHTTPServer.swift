import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of URL imports: plain sockets, one thread,
/// one connection at a time, `Connection: close`.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// What the server answers on a path.
    enum Reply: Sendable {
        /// Status, content type and body.
        case respond(status: Int, contentType: String, body: Data)
        /// Accepts the request and answers nothing for this many seconds (a timeout).
        case hang(seconds: Double)
        /// A status line and headers as given (each ending CRLF), then `body`.
        case raw(head: String, body: Data)
        /// A chunked body that never ends: `chunk` again and again, `pause` seconds apart,
        /// until the client goes away or the server stops.
        case endless(chunk: Data, pause: Double)
        /// A redirect (302) to `location`.
        case redirect(location: String)
    }

    /// The request heads received, in order.
    var requests: [String] { received.withLock { $0 } }
    private let received = Mutex<[String]>([])

    /// The port it listens on.
    let port: UInt16
    private let listener: Int32
    private let routes: [String: Reply]
    private let stopped = NSLock()
    private var isStopped = false

    /// Starts listening on an ephemeral port of the loopback interface.
    init(routes: [String: Reply]) throws {
        self.routes = routes
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServerError("socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else {
            close(descriptor)
            throw ServerError("bind/listen: \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = descriptor
        let serve = Thread { [self] in self.serve() }
        serve.start()
    }

    /// The URL of `path` on this server.
    func url(_ path: String, host: String = "127.0.0.1", userInfo: String = "") -> URL {
        URL(string: "http://\(userInfo)\(host):\(port)\(path)")!
    }

    /// Stops listening; a hanging reply ends too. The serving thread holds the server until
    /// it returns.
    func stop() {
        let wasStopped = stopped.withLock {
            defer { isStopped = true }
            return isStopped
        }
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var shouldStop: Bool { stopped.withLock { isStopped } }

    private func serve() {
        while !shouldStop {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if shouldStop || errno == EBADF || errno == EINVAL { return }
                continue
            }
            handle(connection)
            close(connection)
        }
    }

    private func handle(_ connection: Int32) {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.contains(Data("\r\n\r\n".utf8)) {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
        }
        received.withLock { $0.append(String(decoding: request, as: UTF8.self)) }
        let line = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self)
        let path = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        switch routes[path] ?? .respond(status: 404, contentType: "text/plain", body: Data("not found".utf8)) {
        case .hang(let seconds):
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, !shouldStop { usleep(20_000) }
        case .respond(let status, let contentType, let body):
            let reason = HTTPURLResponse.localizedString(forStatusCode: status)
            var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\n"
            head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            _ = sendAll(connection, Data(head.utf8) + body)
        case .raw(let head, let body):
            _ = sendAll(connection, Data((head + "Connection: close\r\n\r\n").utf8) + body)
        case .redirect(let location):
            let head = "HTTP/1.1 302 Found\r\nLocation: \(location)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            _ = sendAll(connection, Data(head.utf8))
        case .endless(let chunk, let pause):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            guard sendAll(connection, Data(head.utf8)) else { return }
            let framed = Data((String(chunk.count, radix: 16) + "\r\n").utf8) + chunk + Data("\r\n".utf8)
            while !shouldStop, sendAll(connection, framed) {
                if pause > 0 { usleep(useconds_t(pause * 1_000_000)) }
            }
        }
    }

    /// Sends every byte; false when the client has gone.
    private func sendAll(_ connection: Int32, _ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                // MSG_NOSIGNAL: a client that gave up must not kill the tests with SIGPIPE.
                let written = send(connection, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
