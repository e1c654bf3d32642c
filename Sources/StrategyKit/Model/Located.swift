/// A value read from the workspace together with the place it was read from.
///
/// Equality ignores the location: two readings of the same value are the same value, which is
/// what version diffs and tests want.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public static func == (lhs: Located, rhs: Located) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
