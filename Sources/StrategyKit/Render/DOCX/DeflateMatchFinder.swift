/// Finds LZ77 matches for ``Deflate``: hash chains over the last 32 KiB, as zlib keeps them.
///
/// `head` maps a hash of the next 4 bytes to the latest position with that hash, `previous`
/// links each position (modulo the window) to the one before it with the same hash. The
/// longest of the first ``maxChain`` candidates wins; a match of 258 bytes (or up to the end of
/// the input) ends the search.
/// Only the first ``insertLimit`` positions of a match are indexed: the long matches of
/// repetitive XML are skipped over rather than hashed byte by byte, which is most of the speed,
/// and costs little because the next match usually starts at their end.
///
/// Positions are stored modulo 2³² and distances computed in 32-bit arithmetic, so inputs past
/// 4 GiB stay correct: a stale entry can only propose a candidate, which is compared byte by
/// byte before it is used.
struct DeflateMatchFinder: ~Copyable {
    /// A match: `length` bytes (0 when there is none) that occurred `distance` bytes earlier.
    struct Match {
        var length: Int
        var distance: Int
    }

    /// The shortest match looked for: the hash covers 4 bytes, and a 3-byte match rarely pays
    /// for its distance code.
    static let minMatch = 4
    /// The longest match DEFLATE can express.
    static let maxMatch = 258
    /// The farthest a match may reach back.
    static let windowSize = 32_768
    /// Candidates examined per position: 8 gives 25:1 on document.xml, 32 gives 29:1 at about
    /// 80% of the speed; more gains little.
    static let maxChain = 32
    /// Positions of a match put into the hash chains (see the type's comment).
    static let insertLimit = 32

    private static let windowMask = windowSize - 1
    private static let hashBits = 16
    private static let hashSize = 1 << hashBits

    private let source: UnsafeRawPointer
    private let count: Int
    /// The last position whose 4 bytes can be hashed, which is also the last a match starts at.
    private let lastHashable: Int
    private let head: UnsafeMutablePointer<UInt32>
    private let previous: UnsafeMutablePointer<UInt32>

    /// A finder over the `count` bytes at `source`, which must stay valid while it is used.
    init(source: UnsafeRawPointer, count: Int) {
        self.source = source
        self.count = count
        lastHashable = count - Self.minMatch
        head = .allocate(capacity: Self.hashSize)
        head.initialize(repeating: 0, count: Self.hashSize)
        previous = .allocate(capacity: Self.windowSize)
        previous.initialize(repeating: 0, count: Self.windowSize)
    }

    deinit {
        head.deallocate()
        previous.deallocate()
    }

    /// Indexes `position` and returns the longest match there, if any.
    @inline(__always)
    mutating func longestMatch(at position: Int) -> Match {
        var best = Match(length: 0, distance: 0)
        guard position <= lastHashable else { return best }
        let prefix = load32(position)
        let longest = min(Self.maxMatch, count &- position)
        let here = UInt32(truncatingIfNeeded: position)
        var candidate = insert(position, prefix)
        var distance = Int(here &- candidate)
        var chain = Self.maxChain
        while distance >= 1, distance <= Self.windowSize, distance <= position {
            let earlier = position &- distance
            // A candidate can only beat the best if it agrees at the best's last byte + 1.
            if best.length == 0 || byte(earlier &+ best.length) == byte(position &+ best.length),
               load32(earlier) == prefix {
                let length = matchLength(position, earlier, longest: longest)
                if length > best.length {
                    best = Match(length: length, distance: distance)
                    // Nothing can be longer (and the byte after it may be past the end).
                    if length == longest { break }
                }
            }
            chain &-= 1
            if chain == 0 { break }
            let next = previous[Int(truncatingIfNeeded: candidate) & Self.windowMask]
            let nextDistance = Int(here &- next)
            // Chains only go back in time; anything else is a slot reused by a newer position.
            if nextDistance <= distance { break }
            candidate = next
            distance = nextDistance
        }
        return best
    }

    /// Indexes the first positions after `position` inside a match of `length` bytes there.
    @inline(__always)
    mutating func skip(from position: Int, length: Int) {
        let indexed = min(length, Self.insertLimit, lastHashable &- position &+ 1)
        var inside = 1
        while inside < indexed {
            let at = position &+ inside
            _ = insert(at, load32(at))
            inside &+= 1
        }
    }

    /// Makes `position` the head of its chain and returns the previous head.
    @inline(__always)
    private mutating func insert(_ position: Int, _ prefix: UInt32) -> UInt32 {
        let slot = Int(truncatingIfNeeded: (prefix &* 0x9E37_79B1) &>> UInt32(32 - Self.hashBits))
        let latest = head[slot]
        previous[position & Self.windowMask] = latest
        head[slot] = UInt32(truncatingIfNeeded: position)
        return latest
    }

    @inline(__always)
    private func byte(_ offset: Int) -> UInt8 {
        source.load(fromByteOffset: offset, as: UInt8.self)
    }

    @inline(__always)
    private func load32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: source.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    private func load64(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The length, up to `longest`, of the match at `position` with the bytes at `earlier`, whose
    /// first 4 bytes agree: compared 8 bytes at a time, the first differing byte found from the
    /// XOR's trailing zeros (the loads are little-endian).
    @inline(__always)
    private func matchLength(_ position: Int, _ earlier: Int, longest: Int) -> Int {
        var length = Self.minMatch
        while length &+ 8 <= longest {
            let difference = load64(position &+ length) ^ load64(earlier &+ length)
            if difference != 0 { return length &+ difference.trailingZeroBitCount &>> 3 }
            length &+= 8
        }
        while length < longest, byte(position &+ length) == byte(earlier &+ length) {
            length &+= 1
        }
        return length
    }
}
