import Foundation

/// This process's peak resident memory, from `/proc/self/status`.
///
/// VmHWM is the peak over the process's whole life, so before each in-process phase the probe
/// resets it by writing `5` to `/proc/self/clear_refs` (Linux ≥ 4.0); the peak read after the
/// phase is then the phase's own (plus what the process already held). Where the reset is not
/// allowed, the numbers are lifetime peaks and the report says so.
enum MemoryProbe {
    /// Resets the peak to the current resident size; false when the kernel refuses.
    @discardableResult
    static func resetPeak() -> Bool {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
    }

    /// VmHWM in KiB, or nil when `/proc` is not there.
    static func peakKiB() -> Int? { statusField("VmHWM:") }

    /// VmRSS in KiB, or nil when `/proc` is not there.
    static func residentKiB() -> Int? { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return nil
        }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}
