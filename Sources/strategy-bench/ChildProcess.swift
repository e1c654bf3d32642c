import Foundation

/// Runs another program and measures it: wall time and its own peak memory (from `wait4`'s
/// resource usage, so each child is measured alone, unlike `getrusage(RUSAGE_CHILDREN)`,
/// which keeps the maximum over every child ever waited for).
///
/// `ru_maxrss` also counts the memory the child shared with its parent before `exec`: on Linux,
/// `exec` records the peak of the address space it replaces, which for `posix_spawn` (a vfork)
/// is the parent's. So the bench spawns from a small parent whose peak it resets first, and
/// does the heavy in-process work in child processes of its own.
enum ChildProcess {
    struct Outcome {
        /// The exit status, 128 + signal when it was killed, nil when it ran out of time.
        var status: Int32?
        var milliseconds: Double
        /// `ru_maxrss`, in KiB on Linux.
        var peakKiB: Int
    }

    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments[0]` (looked up on PATH when it has no `/`) with standard output to
    /// /dev/null and standard error to `errorFile` (nil: this process's standard error).
    ///
    /// With a `timeout`, a child still running after that many seconds is killed and the
    /// outcome's status is nil; waiting then polls every 10 ms, so use it only where 10 ms do
    /// not matter (pandoc).
    static func run(_ arguments: [String], errorFile: String?, timeout: Double? = nil) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if let errorFile {
            posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }

        let cStrings = arguments.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        let argv = cStrings + [nil]
        var pid: pid_t = 0
        MemoryProbe.resetPeak()
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = argv.withUnsafeBufferPointer { buffer in
            posix_spawnp(&pid, arguments[0], &actions, nil, buffer.baseAddress!, environ)
        }
        guard spawned == 0 else {
            throw LaunchError(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let waited = wait4(pid, &status, timeout == nil ? 0 : WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 {
                guard errno == EINTR else {
                    throw LaunchError(description: "waiting for \(arguments[0]) failed: \(String(cString: strerror(errno)))")
                }
                continue
            }
            if let timeout, Stopwatch.milliseconds(clock.now - start) > timeout * 1000, !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(10_000)
        }
        let elapsed = Stopwatch.milliseconds(clock.now - start)
        if timedOut {
            return Outcome(status: nil, milliseconds: elapsed, peakKiB: usage.ru_maxrss)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are C macros Swift cannot import.
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return Outcome(status: code, milliseconds: elapsed, peakKiB: usage.ru_maxrss)
    }

    /// The full path of `name` on PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
