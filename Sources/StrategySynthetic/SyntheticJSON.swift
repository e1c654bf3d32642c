/// A JSON value with ordered keys, printed the way the shipped workspace is written.
///
/// Foundation's encoders sort or scramble keys and escape `/`; a workspace file should read
/// like one written by hand, in a fixed order, so the generator prints its own.
indirect enum SyntheticJSON {
    case string(String)
    /// A number exactly as written (`2`, `89.2500`).
    case number(String)
    case array([SyntheticJSON])
    case object([(String, SyntheticJSON)])

    /// `{"ru": …, "en": …}`.
    static func text(_ text: Bilingual) -> SyntheticJSON {
        .object([("ru", .string(text.ru)), ("en", .string(text.en))])
    }

    /// The document, pretty-printed with two-space indentation and a final newline.
    var document: String {
        var output = ""
        write(to: &output, indent: 0)
        output += "\n"
        return output
    }

    /// Scalars, and objects and arrays that hold only scalars, go on one line.
    private var isFlat: Bool {
        switch self {
        case .string, .number: return true
        case .array(let items): return items.allSatisfy(\.isScalar)
        case .object(let members): return members.allSatisfy { $0.1.isScalar }
        }
    }

    private var isScalar: Bool {
        if case .string = self { return true }
        if case .number = self { return true }
        return false
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .string(let text):
            Self.quote(text, into: &output)
        case .number(let text):
            output += text
        case .array(let items):
            if items.isEmpty || isFlat {
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += ", " }
                    item.write(to: &output, indent: indent)
                }
                output += "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                item.write(to: &output, indent: indent + 2)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty || isFlat {
                output += "{"
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { output += ", " }
                    Self.quote(key, into: &output)
                    output += ": "
                    value.write(to: &output, indent: indent)
                }
                output += "}"
                return
            }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                Self.quote(key, into: &output)
                output += ": "
                value.write(to: &output, indent: indent + 2)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\u` and four hex digits.
    private static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
