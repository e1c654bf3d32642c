/// A JSON value together with the place in its file where the value starts.
public struct JSONNode: Hashable, Sendable {
    /// The value.
    public var value: JSONValue
    /// The location of the value's first character: `{`, `[`, `"`, `-`, a digit or a letter.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ value: JSONValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A JSON value as written (RFC 8259); nested values are ``JSONNode``s, so they keep locations.
public enum JSONValue: Hashable, Sendable {
    /// An object; members in source order, duplicate keys included.
    case object([JSONMember])
    /// An array.
    case array([JSONNode])
    /// A string, with its escapes decoded.
    case string(String)
    /// A number as its raw lexeme, such as `-12.50`: never converted through `Double`, so
    /// money can be read exactly as `Decimal`.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The kind for messages: "object", "array", "string", "number", "boolean" or "null",
    /// as in "expected a string, found a number".
    public var kindName: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    /// The key, with its escapes decoded.
    public var key: String
    /// The location of the key's opening quote.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

extension JSONNode {
    /// The value of the first member named `key`, when this node is an object that has one.
    public subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }

    /// The members in source order, when this node is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements, when this node is an array.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The decoded text, when this node is a string.
    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The raw lexeme, such as `-12.50`, when this node is a number.
    public var numberLexeme: String? {
        if case .number(let lexeme) = value { return lexeme }
        return nil
    }

    /// The truth value, when this node is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// Whether this node is `null`.
    public var isNull: Bool { value == .null }

    /// The kind for messages: "object", "array", "string", "number", "boolean" or "null".
    public var kindName: String { value.kindName }
}
