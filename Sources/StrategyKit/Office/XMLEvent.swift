/// A name resolved against the namespaces in scope: `w:t` with `xmlns:w="…/main"` is
/// `XMLName(namespace: "…/main", local: "t")`; a name without prefix has the default namespace
/// (elements) or none (attributes), written as the empty string.
struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, or "" for none.
    var namespace: String
    /// The local part of the name.
    var local: String

    init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}

/// One attribute of a start tag, its value with references decoded (namespace declarations are
/// not attributes: they are resolved into the names).
struct XMLAttribute: Hashable, Sendable {
    var name: XMLName
    var value: String
}

/// A start tag, with where it begins.
struct XMLStartTag: Hashable, Sendable {
    var name: XMLName
    var attributes: [XMLAttribute]
    /// The 1-based line and column (in Unicode scalars) of its `<`.
    var line: Int
    var column: Int

    /// The value of the attribute `local` in `namespace` ("" for an unprefixed attribute).
    func attribute(_ local: String, namespace: String = "") -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }
}

/// What ``XMLPullReader`` reports, in document order. An empty element `<a/>` is a start and an
/// end; text between tags (character data and CDATA sections, references decoded, line ends
/// normalised to LF) may come as several consecutive events.
enum XMLEvent: Hashable, Sendable {
    case start(XMLStartTag)
    case end(XMLName)
    case text(String)
}

/// Why an XML part cannot be read: what and where.
struct XMLReadError: Error, Equatable, CustomStringConvertible {
    /// A stable category of the problem.
    enum Kind: String, Sendable {
        case notUTF8, invalidCharacter, doctype, entityDeclaration, unknownEntity,
             invalidReference, tooDeep, tooManyNodes, tooManyAttributes, duplicateAttribute,
             unboundPrefix, mismatchedTag, malformed, unexpectedEnd
    }

    var kind: Kind
    /// 1-based line and column (Unicode scalars) where the problem was found.
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(line):\(column): \(message)" }
}

/// The bounds one part is read within (``OfficeLimits`` by default).
struct XMLReadLimits: Sendable {
    var depth = OfficeLimits.xmlDepth
    var nodes = OfficeLimits.xmlNodes
    var attributes = OfficeLimits.xmlAttributes
}
