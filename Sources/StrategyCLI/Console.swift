import Foundation

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
        return Console(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) },
            colour: colour)
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
