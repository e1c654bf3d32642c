/// A seeded linear congruential generator: the only source of variety in synthetic workspaces.
///
/// Not `random()` or the system generator, and no clock, so a seed gives the same bytes on
/// every machine and every run. Knuth's MMIX constants; the high bits are returned because the
/// low bits of an LCG cycle quickly.
struct SyntheticRandom {
    private var state: UInt64

    /// A generator for one file: the same seed and stream give the same sequence.
    init(seed: UInt64, stream: UInt64) {
        state = (seed &+ 0x9E37_79B9_7F4A_7C15) &* (stream &* 2 &+ 1) ^ 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    /// The next 31 random bits.
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    /// A number in `range` (which must not be empty).
    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(max(1, range.count)))
    }

    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        int(range.lowerBound..<(range.upperBound + 1))
    }

    /// True with the given probability in percent.
    mutating func chance(_ percent: Int) -> Bool {
        int(0..<100) < percent
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0..<items.count)]
    }

    /// Up to `count` distinct numbers in `0..<upperBound`, added to `base` without repeats, in
    /// the order chosen.
    mutating func extend(_ base: [Int], to count: Int, below upperBound: Int) -> [Int] {
        var result = base
        var attempts = 0
        while result.count < min(count, upperBound), attempts < 8 * count {
            let candidate = int(0..<upperBound)
            if !result.contains(candidate) { result.append(candidate) }
            attempts += 1
        }
        return result
    }
}
