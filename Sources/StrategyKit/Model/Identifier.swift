/// A typed, human-readable id such as `aud.decision-makers` or `A-07`.
///
/// The phantom `Entity` parameter keeps an `AudienceID` from being passed where a `ChannelID`
/// is due.
public struct Identifier<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as users write it in the workspace.
    public let rawValue: String

    /// Wraps a raw id; validity is checked by ``isValidSlug(_:)`` in the loader.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue.localizedStandardLess(rhs.rawValue)
    }

    /// Whether `text` is a slug: a letter or digit, then letters, digits, `.`, `-` or `_`.
    public static func isValidSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isSlugStart(first) else { return false }
        return text.unicodeScalars.allSatisfy { isSlugStart($0) || $0 == "." || $0 == "-" || $0 == "_" }
    }

    private static func isSlugStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

extension String {
    /// Orders ids the way people expect: `A-2` before `A-10`, independent of locale.
    func localizedStandardLess(_ other: String) -> Bool {
        NaturalOrder.less(self, other)
    }
}

/// Natural ("human") ordering: runs of digits compare by value, everything else by scalar.
enum NaturalOrder {
    static func less(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.unicodeScalars.makeIterator()
        var right = rhs.unicodeScalars.makeIterator()
        var pendingLeft = left.next()
        var pendingRight = right.next()
        while let l = pendingLeft, let r = pendingRight {
            if l.properties.numericType == .decimal, r.properties.numericType == .decimal,
               l.isASCII, r.isASCII {
                var leftDigits = ""
                var rightDigits = ""
                while let scalar = pendingLeft, scalar.isASCII, ("0"..."9").contains(scalar) {
                    leftDigits.unicodeScalars.append(scalar)
                    pendingLeft = left.next()
                }
                while let scalar = pendingRight, scalar.isASCII, ("0"..."9").contains(scalar) {
                    rightDigits.unicodeScalars.append(scalar)
                    pendingRight = right.next()
                }
                let a = leftDigits.drop { $0 == "0" }
                let b = rightDigits.drop { $0 == "0" }
                if a.count != b.count { return a.count < b.count }
                if a != b { return a < b }
                if leftDigits.count != rightDigits.count {
                    return leftDigits.count < rightDigits.count
                }
                continue
            }
            if l != r { return l.value < r.value }
            pendingLeft = left.next()
            pendingRight = right.next()
        }
        return pendingLeft == nil && pendingRight != nil
    }
}
