/// A small, safe XML reader for the parts of Office files: UTF-8 bytes in, ``XMLEvent``s out,
/// with namespaces resolved and every element's line and column.
///
/// It reads well-formed XML 1.0 without a DTD: the declaration, elements, attributes, text,
/// CDATA sections, comments and processing instructions (the last two are skipped), the five
/// predefined entities and character references. It refuses, with an ``XMLReadError`` naming
/// the line and column: a DOCTYPE (so no entity can be declared, and none expand without bound),
/// any other entity reference, bytes that are not UTF-8 or characters XML forbids, an encoding
/// other than UTF-8, an unbound prefix, a duplicate attribute, mismatched tags, nesting deeper
/// than ``XMLReadLimits/depth``, more than ``XMLReadLimits/nodes`` nodes or
/// ``XMLReadLimits/attributes`` attributes on an element. Every byte is looked at a bounded
/// number of times, so time is linear in the input whatever it holds.
struct XMLPullReader {
    private let bytes: [UInt8]
    private let limits: XMLReadLimits
    private var position: Int
    /// Open elements: the byte range of the qualified name, the resolved name, and how many
    /// namespace bindings the element pushed.
    private var open: [(name: Range<Int>, resolved: XMLName, bindings: Int)] = []
    private var namespaces: [String: String] = ["xml": "http://www.w3.org/XML/1998/namespace"]
    /// Undo log of bindings: the prefix and the URI it had before ("" for unbound).
    private var shadowed: [(prefix: String, previous: String?)] = []
    private var pendingEnd: XMLName?
    private var nodes = 0
    private var hasRoot = false
    private var isRootClosed = false
    /// Where line and column were last counted, for ``location(of:)``.
    private var counted = 0
    private var line = 1
    private var column = 1

    /// A reader of `bytes`; invalid UTF-8 or a forbidden character anywhere is refused here.
    init(_ bytes: [UInt8], limits: XMLReadLimits = XMLReadLimits()) throws(XMLReadError) {
        self.bytes = bytes
        self.limits = limits
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        counted = position
        if let bad = XMLCharacters.firstInvalid(in: bytes) {
            let (line, column) = location(of: bad.offset)
            throw XMLReadError(kind: bad.isEncoding ? .notUTF8 : .invalidCharacter,
                               line: line, column: column, message: bad.message)
        }
    }

    /// Reads a whole part into its root element.
    static func tree(
        _ bytes: [UInt8], limits: XMLReadLimits = XMLReadLimits()
    ) throws(XMLReadError) -> XMLTreeElement {
        var reader = try XMLPullReader(bytes, limits: limits)
        var stack: [XMLTreeElement] = []
        var root: XMLTreeElement?
        // Read to the end even after the root closed: what follows it must be well-formed too.
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                stack.append(XMLTreeElement(tag: tag))
            case .text(let text):
                if !stack.isEmpty { stack[stack.count - 1].children.append(.text(text)) }
            case .end:
                guard let done = stack.popLast() else { break }
                if stack.isEmpty {
                    root = done
                } else {
                    stack[stack.count - 1].children.append(.element(done))
                }
            }
        }
        // next() returns nil only after the root element closed.
        guard let root else {
            throw reader.error(.unexpectedEnd, "no root element", at: bytes.count)
        }
        return root
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XMLReadError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return try close(name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                if let text = try text() { return .text(text) }
                continue
            }
            let start = position
            if starts(with: "</") {
                return try endTag()
            } else if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction", from: start)
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "comment", from: start)
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty else {
                    throw error(.malformed, "a CDATA section outside the root element", at: start)
                }
                position += 9
                let end = try find("]]>", what: "CDATA section", from: start)
                position = end + 3
                try countNode(at: start)
                return .text(XMLCharacters.normalisingLineEnds(bytes[(start + 9)..<end]))
            } else if starts(with: "<!DOCTYPE") {
                throw error(.doctype, "a DOCTYPE is not allowed (no DTD or entity is read)",
                            at: start)
            } else if starts(with: "<!ENTITY") {
                throw error(.entityDeclaration, "an entity declaration is not allowed", at: start)
            } else if starts(with: "<!") {
                throw error(.malformed, "an unknown declaration '<!'", at: start)
            } else {
                return try startTag()
            }
        }
        if let innermost = open.last {
            let (line, column) = location(of: innermost.name.lowerBound - 1)
            throw error(.unexpectedEnd,
                        "the document ends inside <\(qualified(innermost.name))> opened at "
                            + "\(line):\(column)", at: bytes.count)
        }
        guard hasRoot else { throw error(.unexpectedEnd, "no root element", at: bytes.count) }
        return nil
    }

    // MARK: Tags

    private mutating func startTag() throws(XMLReadError) -> XMLEvent {
        let start = position
        guard !isRootClosed else {
            throw error(.malformed, "a second root element", at: start)
        }
        guard open.count < limits.depth else {
            throw error(.tooDeep, "elements nested deeper than \(limits.depth)", at: start)
        }
        try countNode(at: start)
        position += 1
        let name = try qualifiedName(what: "element")
        var raw: [(name: Range<Int>, value: String, at: Int)] = []
        var bindings = 0
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else {
                throw error(.unexpectedEnd, "the document ends inside a start tag", at: start)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            guard hadSpace else { throw error(.malformed, "expected a space, '>' or '/>'") }
            guard raw.count < limits.attributes else {
                throw error(.tooManyAttributes,
                            "more than \(limits.attributes) attributes on one element", at: start)
            }
            let at = position
            let attributeName = try qualifiedName(what: "attribute")
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw error(.malformed, "expected '=' after an attribute name")
            }
            position += 1
            skipSpace()
            let value = try attributeValue()
            for other in raw where bytes[other.name] == bytes[attributeName] {
                throw error(.duplicateAttribute,
                            "the attribute '\(qualified(attributeName))' occurs twice", at: at)
            }
            raw.append((attributeName, value, at))
        }
        let isEmpty = bytes[position] == UInt8(ascii: "/")
        if isEmpty {
            guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                throw error(.malformed, "expected '>' after '/'")
            }
            position += 2
        } else {
            position += 1
        }

        // Declarations first: they apply to the element's own name and attributes.
        for attribute in raw {
            let text = qualified(attribute.name)
            if text == "xmlns" {
                bind("", to: attribute.value)
                bindings += 1
            } else if text.hasPrefix("xmlns:") {
                let prefix = String(text.dropFirst(6))
                guard !attribute.value.isEmpty else {
                    throw error(.malformed, "the prefix '\(prefix)' is bound to nothing",
                                at: attribute.at)
                }
                bind(prefix, to: attribute.value)
                bindings += 1
            }
        }
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(raw.count - bindings)
        for attribute in raw {
            let text = qualified(attribute.name)
            guard text != "xmlns", !text.hasPrefix("xmlns:") else { continue }
            let resolved = try resolve(attribute.name, isAttribute: true, at: attribute.at)
            for other in attributes where other.name == resolved {
                throw error(.duplicateAttribute, "the attribute '\(resolved)' occurs twice",
                            at: attribute.at)
            }
            attributes.append(XMLAttribute(name: resolved, value: attribute.value))
        }
        let resolved = try resolve(name, isAttribute: false, at: start)
        open.append((name, resolved, bindings))
        hasRoot = true
        if isEmpty { pendingEnd = resolved }
        let (line, column) = location(of: start)
        return .start(XMLStartTag(name: resolved, attributes: attributes, line: line,
                                  column: column))
    }

    private mutating func endTag() throws(XMLReadError) -> XMLEvent {
        let start = position
        position += 2
        let name = try qualifiedName(what: "element")
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error(.malformed, "expected '>' to end the end tag")
        }
        position += 1
        guard let innermost = open.last else {
            throw error(.mismatchedTag, "</\(qualified(name))> closes nothing", at: start)
        }
        guard bytes[innermost.name] == bytes[name] else {
            throw error(.mismatchedTag,
                        "</\(qualified(name))> closes <\(qualified(innermost.name))>", at: start)
        }
        return try close(innermost.resolved)
    }

    private mutating func close(_ name: XMLName) throws(XMLReadError) -> XMLEvent {
        if let innermost = open.popLast() {
            for _ in 0..<innermost.bindings {
                guard let undo = shadowed.popLast() else { break }
                namespaces[undo.prefix] = undo.previous
            }
        }
        if open.isEmpty { isRootClosed = true }
        return .end(name)
    }

    private mutating func bind(_ prefix: String, to uri: String) {
        shadowed.append((prefix, namespaces[prefix]))
        namespaces[prefix] = uri
    }

    private mutating func resolve(
        _ range: Range<Int>, isAttribute: Bool, at offset: Int
    ) throws(XMLReadError) -> XMLName {
        let colon = bytes[range].firstIndex(of: UInt8(ascii: ":"))
        guard let colon else {
            let local = String(decoding: bytes[range], as: UTF8.self)
            return XMLName(isAttribute ? "" : namespaces[""] ?? "", local)
        }
        let prefix = String(decoding: bytes[range.lowerBound..<colon], as: UTF8.self)
        guard let uri = namespaces[prefix] else {
            throw error(.unboundPrefix, "the prefix '\(prefix)' is not bound to a namespace",
                        at: offset)
        }
        return XMLName(uri, String(decoding: bytes[(colon + 1)..<range.upperBound], as: UTF8.self))
    }

    /// A name of XML 1.0 with at most one colon, neither first nor last.
    private mutating func qualifiedName(what: String) throws(XMLReadError) -> Range<Int> {
        let start = position
        var colons = 0
        while position < bytes.count {
            let byte = bytes[position]
            let isStart = XMLCharacters.isNameStart(byte)
            guard isStart || (position > start && XMLCharacters.isName(byte)) else { break }
            if byte == UInt8(ascii: ":") { colons += 1 }
            position += 1
        }
        guard position > start else { throw error(.malformed, "expected an \(what) name") }
        if colons > 1 || bytes[start] == UInt8(ascii: ":")
            || bytes[position - 1] == UInt8(ascii: ":") {
            throw error(.malformed, "'\(qualified(start..<position))' is not a valid \(what) name",
                        at: start)
        }
        return start..<position
    }

    private mutating func attributeValue() throws(XMLReadError) -> String {
        guard position < bytes.count,
              bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw error(.malformed, "expected a quoted attribute value") }
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != quote {
            guard bytes[position] != UInt8(ascii: "<") else {
                throw error(.malformed, "'<' in an attribute value")
            }
            position += 1
        }
        guard position < bytes.count else {
            throw error(.unexpectedEnd, "the document ends inside an attribute value", at: start)
        }
        position += 1
        return try decode(start..<(position - 1), isAttribute: true)
    }

    // MARK: Text

    /// The text up to the next `<`, or nil for white space outside the root element.
    private mutating func text() throws(XMLReadError) -> String? {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        guard !open.isEmpty else {
            for offset in start..<position where !XMLCharacters.isSpace(bytes[offset]) {
                throw error(.malformed, "text outside the root element", at: offset)
            }
            return nil
        }
        try countNode(at: start)
        return try decode(start..<position, isAttribute: false)
    }

    /// The characters of `range` with references decoded and line ends normalised (in an
    /// attribute, white space characters become spaces).
    private mutating func decode(_ range: Range<Int>, isAttribute: Bool) throws(XMLReadError) -> String {
        let slice = bytes[range]
        let special = slice.contains {
            $0 == UInt8(ascii: "&") || $0 == 0x0D || (isAttribute && ($0 == 0x09 || $0 == 0x0A))
        }
        guard special else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "&"):
                let (scalar, end) = try reference(at: offset, before: range.upperBound)
                output.append(contentsOf: Array(String(scalar).utf8))
                offset = end
                continue
            case 0x0D:
                let isPair = offset + 1 < range.upperBound && bytes[offset + 1] == 0x0A
                if !isPair { output.append(isAttribute ? 0x20 : 0x0A) }
            case 0x09, 0x0A:
                output.append(isAttribute ? 0x20 : byte)
            default:
                output.append(byte)
            }
            offset += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The character a reference at `offset` stands for, and the offset after its `;`.
    private mutating func reference(
        at offset: Int, before end: Int
    ) throws(XMLReadError) -> (Unicode.Scalar, Int) {
        // The longest reference allowed is "&#x10FFFF;" or "&#1114111;" (10 bytes); a longer
        // run without ';' is refused after that many bytes, which keeps the scan linear.
        var semicolon = offset + 1
        while semicolon < end, semicolon - offset <= 12, bytes[semicolon] != UInt8(ascii: ";") {
            semicolon += 1
        }
        guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";") else {
            throw error(.invalidReference, "'&' does not start a reference ending in ';'",
                        at: offset)
        }
        let name = Array(bytes[(offset + 1)..<semicolon])
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "lt": return ("<", semicolon + 1)
        case "gt": return (">", semicolon + 1)
        case "amp": return ("&", semicolon + 1)
        case "apos": return ("'", semicolon + 1)
        case "quot": return ("\"", semicolon + 1)
        default: break
        }
        guard name.first == UInt8(ascii: "#") else {
            throw error(.unknownEntity, "the entity '&\(text);' is not defined (only &lt; &gt; "
                            + "&amp; &apos; &quot; are)", at: offset)
        }
        let isHex = name.count > 1 && name[1] == UInt8(ascii: "x")
        let digits = name.dropFirst(isHex ? 2 : 1)
        var value: UInt32 = 0
        for digit in digits {
            guard let number = XMLCharacters.digit(digit, hex: isHex) else { value = 0; break }
            value = value * (isHex ? 16 : 10) + number
            if value > 0x10FFFF { break }
        }
        guard !digits.isEmpty, let scalar = Unicode.Scalar(value),
              XMLCharacters.isAllowed(scalar.value)
        else {
            throw error(.invalidReference, "'&\(text);' is not a character XML allows",
                        at: offset)
        }
        return (scalar, semicolon + 1)
    }

    // MARK: Scanning

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { text in
            for index in 0..<count where bytes[position + index] != text[index] { return false }
            return true
        }
    }

    /// The offset of the next `terminator` at or after the current position.
    private mutating func find(
        _ terminator: StaticString, what: String, from start: Int
    ) throws(XMLReadError) -> Int {
        let text = Array(UnsafeBufferPointer(start: terminator.utf8Start,
                                             count: terminator.utf8CodeUnitCount))
        var offset = position
        while offset + text.count <= bytes.count {
            if bytes[offset] == text[0] {
                var index = 1
                while index < text.count, bytes[offset + index] == text[index] { index += 1 }
                if index == text.count { return offset }
            }
            offset += 1
        }
        throw error(.unexpectedEnd, "the document ends inside a \(what)", at: start)
    }

    private mutating func skip(
        past terminator: StaticString, what: String, from start: Int
    ) throws(XMLReadError) {
        if what == "processing instruction", start == 0 || (start == 3 && bytes.count > 3
            && bytes[0] == 0xEF) {
            try checkDeclaration(from: start)
        }
        position = start + 2
        position = try find(terminator, what: what, from: start) + terminator.utf8CodeUnitCount
    }

    /// The XML declaration may name an encoding: only UTF-8 is read.
    private mutating func checkDeclaration(from start: Int) throws(XMLReadError) {
        position = start
        guard let end = try? find("?>", what: "declaration", from: start) else { return }
        let text = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        guard let range = text.range(of: "encoding") else { return }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }
        guard name == "utf-8" || name == "utf8" else {
            throw error(.notUTF8, "the encoding '\(name)' is not read (only UTF-8)", at: start)
        }
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, XMLCharacters.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private mutating func countNode(at offset: Int) throws(XMLReadError) {
        nodes += 1
        guard nodes <= limits.nodes else {
            throw error(.tooManyNodes, "more than \(limits.nodes) elements and texts", at: offset)
        }
    }

    private func qualified(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: Locations

    /// The line and column of `offset`, counted on from the last location asked for (offsets
    /// asked for only grow, so counting is linear); an earlier offset gets the last location.
    private mutating func location(of offset: Int) -> (Int, Int) {
        let target = min(offset, bytes.count)
        while counted < target {
            let byte = bytes[counted]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            counted += 1
        }
        return (line, column)
    }

    private mutating func error(
        _ kind: XMLReadError.Kind, _ message: String, at offset: Int? = nil
    ) -> XMLReadError {
        let (line, column) = location(of: offset ?? position)
        return XMLReadError(kind: kind, line: line, column: column, message: message)
    }
}
