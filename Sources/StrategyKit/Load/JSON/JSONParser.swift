/// The first syntax error in a file; it ends the parse.
struct JSONSyntaxError: Error {
    var diagnostic: Diagnostic
}

/// The RFC 8259 grammar over UTF-8 bytes, for ``JSONReader``.
///
/// Open arrays and objects live on an explicit stack instead of the call stack, so the depth
/// limit is the only bound on nesting and deep input cannot overflow the stack. Lexing
/// (strings, numbers, literals) is in `JSONParser+Lexing.swift`.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var positions: TextPositions
    /// `json.duplicate-key` errors found so far, in source order.
    private(set) var duplicateKeys: [Diagnostic] = []
    private var stack: [Frame] = []

    /// Prepares to parse `bytes`, which must be valid UTF-8 without a byte order mark.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        positions = TextPositions(bytes: bytes, file: file)
    }

    /// Parses the single top-level value and checks that only whitespace follows it.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        var finished: JSONNode?
        while true {
            if let node = finished {
                if stack.isEmpty {
                    skipWhitespace()
                    if index < bytes.count {
                        throw syntaxError("unexpected text after the top-level value", at: index)
                    }
                    return node
                }
                finished = try continueContainer(after: node)
            } else {
                finished = try beginValue()
            }
        }
    }

    /// Reads a scalar or an empty container and returns it; or opens a container, reads up to
    /// its first value and returns nil.
    private mutating func beginValue() throws(JSONSyntaxError) -> JSONNode? {
        skipWhitespace()
        guard index < bytes.count else { throw endOfFile() }
        let start = index
        switch bytes[start] {
        case UInt8(ascii: "{"):
            let location = try open(at: start)
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return JSONNode(.object([]), at: location)
            }
            stack.append(Frame(isObject: true, location: location))
            try readKey(afterComma: false)
            return nil
        case UInt8(ascii: "["):
            let location = try open(at: start)
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return JSONNode(.array([]), at: location)
            }
            stack.append(Frame(isObject: false, location: location))
            return nil
        case UInt8(ascii: "\""):
            let location = positions.location(of: start)
            return JSONNode(.string(try readString()), at: location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let location = positions.location(of: start)
            return JSONNode(.number(try readNumber()), at: location)
        default:
            let location = positions.location(of: start)
            return JSONNode(try readLiteral(), at: location)
        }
    }

    /// Checks the depth limit and steps over `{` or `[`.
    private mutating func open(at start: Int) throws(JSONSyntaxError) -> SourceLocation {
        if stack.count >= JSONReader.maximumDepth {
            let message = "nesting deeper than \(JSONReader.maximumDepth) levels"
            throw syntaxError(message, at: start)
        }
        index += 1
        return positions.location(of: start)
    }

    /// Adds `node` to the innermost open container, then reads `,` (and the next key) and
    /// returns nil, or reads the closing bracket and returns the finished container.
    private mutating func continueContainer(
        after node: JSONNode
    ) throws(JSONSyntaxError) -> JSONNode? {
        let top = stack.count - 1
        let isObject = stack[top].isObject
        if isObject {
            let member = JSONMember(
                key: stack[top].pendingKey, keyLocation: stack[top].pendingKeyLocation,
                value: node)
            stack[top].members.append(member)
        } else {
            stack[top].elements.append(node)
        }
        skipWhitespace()
        guard index < bytes.count else { throw endOfFile() }
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        switch bytes[index] {
        case UInt8(ascii: ","):
            let comma = index
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == close {
                let bracket = isObject ? "}" : "]"
                throw syntaxError("trailing comma before '\(bracket)'", at: comma)
            }
            if isObject { try readKey(afterComma: true) }
            return nil
        case close:
            index += 1
            let frame = stack.removeLast()
            let value: JSONValue = isObject ? .object(frame.members) : .array(frame.elements)
            return JSONNode(value, at: frame.location)
        default:
            let message = isObject
                ? "expected ',' or '}' after an object member"
                : "expected ',' or ']' after an array element"
            throw syntaxError(message, at: index)
        }
    }

    /// Reads `"key" :` for the innermost (object) frame and reports a repeated key.
    private mutating func readKey(afterComma: Bool) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: "\"") else {
            let expected = afterComma
                ? "expected a key in double quotes after ','"
                : "expected a key in double quotes or '}'"
            throw syntaxError("\(expected), found \(found(at: index))", at: index)
        }
        let keyLocation = positions.location(of: index)
        let key = try readString()
        let top = stack.count - 1
        if let first = stack[top].register(key: key, at: keyLocation) {
            duplicateKeys.append(
                .error(
                    "json.duplicate-key", "duplicate key \(quoted(key))", at: keyLocation,
                    notes: [Diagnostic.Note("first defined here", at: first)]))
        }
        stack[top].pendingKey = key
        stack[top].pendingKeyLocation = keyLocation
        skipWhitespace()
        guard index < bytes.count else { throw endOfFile() }
        guard bytes[index] == UInt8(ascii: ":") else {
            let message = "expected ':' after the key \(quoted(key)), found \(found(at: index))"
            throw syntaxError(message, at: index)
        }
        index += 1
    }

    /// Steps over JSON whitespace: space, tab, line feed, carriage return (nothing else).
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// A `json.syntax` error at the byte `offset`.
    mutating func syntaxError(_ message: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            diagnostic: .error("json.syntax", message, at: positions.location(of: offset)))
    }

    /// "unexpected end of file", with a note on the innermost bracket left open.
    mutating func endOfFile() -> JSONSyntaxError {
        var error = syntaxError("unexpected end of file", at: bytes.count)
        if let frame = stack.last {
            let bracket = frame.isObject ? "{" : "["
            error.diagnostic.notes = [
                Diagnostic.Note("'\(bracket)' opened here is never closed", at: frame.location)
            ]
        }
        return error
    }
}

/// An array or object that has been opened and not yet closed.
private struct Frame {
    /// Objects gather into a dictionary once they have this many members; smaller ones are
    /// scanned, which is cheaper than hashing.
    static let indexThreshold = 16

    let isObject: Bool
    let location: SourceLocation
    var elements: [JSONNode] = []
    var members: [JSONMember] = []
    /// The key read before the value now being parsed.
    var pendingKey = ""
    var pendingKeyLocation: SourceLocation
    /// First location of each key, built once the object grows past `indexThreshold`.
    var firstKeyLocations: [String: SourceLocation]?

    init(isObject: Bool, location: SourceLocation) {
        self.isObject = isObject
        self.location = location
        pendingKeyLocation = location
    }

    /// Records `key` and returns where it was first defined, if it was seen before.
    mutating func register(key: String, at location: SourceLocation) -> SourceLocation? {
        if firstKeyLocations == nil, members.count < Self.indexThreshold {
            return members.first { $0.key == key }?.keyLocation
        }
        if firstKeyLocations == nil {
            var index: [String: SourceLocation] = [:]
            for member in members where index[member.key] == nil {
                index[member.key] = member.keyLocation
            }
            firstKeyLocations = index
        }
        if let first = firstKeyLocations?[key] { return first }
        firstKeyLocations?[key] = location
        return nil
    }
}
