import Foundation
import Synchronization

/// Where a command writes: injected so tests capture output in-process.
public struct Console: Sendable {
    /// Writes to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Whether to colour diagnostics (a terminal, and no `NO_COLOR`).
    public var colour: Bool
    /// The folder relative paths are resolved against.
    public var currentDirectory: URL
    /// Why writing to standard output or error failed (a full disk, a closed pipe), or nil.
    public var streamFailure: @Sendable () -> String? = { nil }

    /// Creates a console.
    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        colour: Bool = false,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.out = out
        self.err = err
        self.colour = colour
        self.currentDirectory = currentDirectory
    }

    /// The process's own streams; colour only on a terminal and never with `NO_COLOR`.
    public static func standard() -> Console {
        let environment = ProcessInfo.processInfo.environment
        let colour = isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
        // A closed pipe is a failed write (EPIPE), reported like a full disk, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        let out = StreamWriter(descriptor: STDOUT_FILENO, name: "standard output")
        let err = StreamWriter(descriptor: STDERR_FILENO, name: "standard error")
        var console = Console(out: { out.write($0) }, err: { err.write($0) }, colour: colour)
        console.streamFailure = { out.failure ?? err.failure }
        return console
    }

    /// A line to standard output.
    func line(_ text: String = "") { out(text + "\n") }

    /// A line to standard error.
    func errorLine(_ text: String) { err(text + "\n") }

    /// A path as given on the command line, resolved against the current folder.
    func url(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return currentDirectory.appendingPathComponent(path).standardizedFileURL
    }

    /// A path shown to the user: relative to the current folder when inside it.
    func display(_ url: URL) -> String {
        let base = currentDirectory.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}

/// The process exit statuses, as swift-argument-parser uses them.
public enum ExitStatus: Int32, Sendable {
    /// Success.
    case ok = 0
    /// The workspace or input has errors.
    case failure = 1
    /// The command line is wrong.
    case usage = 64
}

/// Writes text to a file descriptor without ever trapping: the first failure is kept (and
/// later writes to that stream skipped) so the command can end with exit 1 and say why.
final class StreamWriter: Sendable {
    private let descriptor: Int32
    private let name: String
    private let state = Mutex<String?>(nil)

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Why a write failed, or nil.
    var failure: String? { state.withLock { $0 } }

    func write(_ text: String) {
        guard failure == nil else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let reason = written < 0 ? String(cString: strerror(errno)) : "nothing written"
                state.withLock { $0 = "cannot write to \(name): \(reason)" }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
