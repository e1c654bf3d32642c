extension StrictICalendar {
    /// Splits at CRLF; a bare CR or LF, a missing final CRLF, an over-long line or a line that is
    /// not valid UTF-8 by itself (a fold inside a character) is a problem.
    static func physicalLines(_ bytes: [UInt8], problems: inout [Problem]) -> [(Int, [UInt8])] {
        var lines: [(Int, [UInt8])] = []
        var current: [UInt8] = []
        var index = 0
        func finish() {
            let number = lines.count + 1
            if current.count > 75 {
                problems.append(Problem(line: number, message: "\(current.count) octets, more than 75 without the CRLF"))
            }
            if String(validating: current, as: UTF8.self) == nil {
                problems.append(Problem(
                    line: number, message: "not valid UTF-8 by itself (a fold splits a multi-byte character, or the text is not UTF-8)"))
            }
            lines.append((number, current))
            current = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                finish()
                index += 2
                continue
            }
            if byte == 0x0D || byte == 0x0A {
                problems.append(Problem(line: lines.count + 1, message: byte == 0x0A ? "bare LF (lines must end with CRLF)" : "bare CR (lines must end with CRLF)"))
                finish()
                index += 1
                continue
            }
            current.append(byte)
            index += 1
        }
        if !current.isEmpty {
            problems.append(Problem(line: lines.count + 1, message: "the last line does not end with CRLF"))
            finish()
        }
        if lines.isEmpty { problems.append(Problem(line: 1, message: "the file is empty")) }
        return lines
    }

    /// Joins continuation lines (a leading space or tab, removed) to the line before.
    static func unfold(_ lines: [(Int, [UInt8])], problems: inout [Problem]) -> [(Int, String)] {
        var logical: [(Int, [UInt8])] = []
        for (number, bytes) in lines {
            if let first = bytes.first, first == 0x20 || first == 0x09 {
                if logical.isEmpty {
                    problems.append(Problem(line: number, message: "a continuation line with no line before it"))
                } else {
                    logical[logical.count - 1].1 += bytes.dropFirst()
                }
            } else if bytes.isEmpty {
                problems.append(Problem(line: number, message: "an empty line"))
            } else {
                logical.append((number, bytes))
            }
        }
        return logical.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    }

    // MARK: Content lines (3.1, 3.2)

    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// A control character other than a tab (RFC 5545's CONTROL).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// `name *(";" param-name "=" param-value *("," param-value)) ":" value`, where a
    /// parameter value is either quoted (any character but a control or `"`) or bare (not
    /// `"` `;` `:` `,` or a control).
    static func contentLine(_ text: String, line: Int, problems: inout [Problem]) -> Property? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func fail(_ message: String) -> Property? {
            problems.append(Problem(line: line, message: "\(message): \(text.prefix(60))"))
            return nil
        }
        func name() -> String {
            let start = index
            while index < scalars.count, isNameCharacter(scalars[index]) { index += 1 }
            return String(String.UnicodeScalarView(scalars[start..<index])).uppercased()
        }
        let propertyName = name()
        guard !propertyName.isEmpty else { return fail("a content line without a name") }
        var parameters: [Parameter] = []
        while index < scalars.count, scalars[index] == ";" {
            index += 1
            let parameterName = name()
            guard !parameterName.isEmpty else { return fail("a parameter without a name") }
            guard index < scalars.count, scalars[index] == "=" else { return fail("parameter \(parameterName) without '='") }
            var values: [String] = []
            repeat {
                index += 1
                var value = String.UnicodeScalarView()
                if index < scalars.count, scalars[index] == "\"" {
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        guard !isControl(scalars[index]) else { return fail("a control character in a quoted parameter value") }
                        value.append(scalars[index])
                        index += 1
                    }
                    guard index < scalars.count else { return fail("an unclosed quote in parameter \(parameterName)") }
                    index += 1
                } else {
                    while index < scalars.count, !";:,".unicodeScalars.contains(scalars[index]) {
                        guard scalars[index] != "\"" else { return fail("a quote inside the bare value of parameter \(parameterName)") }
                        guard !isControl(scalars[index]) else { return fail("a control character in parameter \(parameterName)") }
                        value.append(scalars[index])
                        index += 1
                    }
                }
                values.append(String(value))
            } while index < scalars.count && scalars[index] == ","
            parameters.append(Parameter(name: parameterName, values: values))
        }
        guard index < scalars.count, scalars[index] == ":" else { return fail("no ':' after the name and parameters") }
        let value = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        if value.unicodeScalars.contains(where: isControl) { return fail("a control character in the value") }
        return Property(line: line, name: propertyName, parameters: parameters, value: value)
    }
}
