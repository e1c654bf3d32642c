/// Wall time of a piece of work, in milliseconds, from the monotonic clock.
enum Stopwatch {
    /// Runs `work` and returns its result and how long it took.
    static func time<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        return (result, milliseconds(clock.now - start))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

/// The timings and peak memory of one command at one size.
struct Sample {
    /// Wall time of each run, in milliseconds.
    var milliseconds: [Double] = []
    /// The highest peak resident set size over the runs, in KiB; nil when unknown.
    var peakKiB: Int?

    mutating func add(_ time: Double, peakKiB peak: Int?) {
        milliseconds.append(time)
        if let peak { peakKiB = Swift.max(peakKiB ?? 0, peak) }
    }

    var min: Double { milliseconds.min() ?? 0 }
    var max: Double { milliseconds.max() ?? 0 }

    /// The middle run (the mean of the two middle ones for an even count).
    var median: Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var peakMiB: Double? { peakKiB.map { Double($0) / 1024 } }
}
