import Foundation
import Synchronization

/// The seam through which Store/ calls `write` and `fsync`, so tests can make them fail the way
/// a full disk or a network share does. Without an injected fault it is the system's call.
public enum FileFaults {
    /// A failure to inject: the call fails with `errno` after `after` successful calls.
    public struct Fault: Sendable {
        /// The error number the call returns.
        public var errno: Int32
        /// How many calls succeed first.
        public var after: Int

        /// A fault.
        public init(errno: Int32, after: Int = 0) {
            self.errno = errno
            self.after = after
        }
    }

    private struct Faults: Sendable {
        var fsync: Fault?
        var write: Fault?
    }

    private static let faults = Mutex(Faults())

    /// Runs `body` with `fsync` failing as `fault` says (tests only).
    public static func withFsyncFailing<T>(_ fault: Fault, _ body: () throws -> T) rethrows -> T {
        faults.withLock { $0.fsync = fault }
        defer { faults.withLock { $0.fsync = nil } }
        return try body()
    }

    /// Runs `body` with `write` failing as `fault` says (tests only).
    public static func withWriteFailing<T>(_ fault: Fault, _ body: () throws -> T) rethrows -> T {
        faults.withLock { $0.write = fault }
        defer { faults.withLock { $0.write = nil } }
        return try body()
    }

    /// The errno to fail with now, counting the call.
    private static func take(_ path: WritableKeyPath<Faults, Fault?>) -> Int32? {
        faults.withLock { state -> Int32? in
            guard var fault = state[keyPath: path] else { return nil }
            if fault.after > 0 {
                fault.after -= 1
                state[keyPath: path] = fault
                return nil
            }
            return fault.errno
        }
    }

    static func fsync(_ descriptor: Int32) -> Int32 {
        if let error = take(\.fsync) {
            errno = error
            return -1
        }
        return Foundation.fsync(descriptor)
    }

    static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        if let error = take(\.write) {
            errno = error
            return -1
        }
        return Foundation.write(descriptor, buffer, count)
    }
}
