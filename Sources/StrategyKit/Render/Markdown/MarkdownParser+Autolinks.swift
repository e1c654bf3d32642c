extension MarkdownParser.InlineParser {
    /// `<br>` (`<br/>`, `<br />`, any case) is a line break; `<scheme:…>` and `<name@host>` are
    /// autolinks; any other `<` is literal (raw HTML stays text for the writers to escape).
    mutating func parseAngleBracket() {
        if let end = lineBreakTagEnd() {
            append(.lineBreak)
            position = end
        } else if let (target, label, end) = autolink() ?? emailAutolink() {
            append(.link(target: target, content: [.text(label)]))
            position = end
        } else {
            pending.append(Byte.lessThan)
            position += 1
        }
    }

    /// The offset after a `<br>` tag at `position`, if there is one.
    func lineBreakTagEnd() -> Int? {
        var index = position + 1
        // `| 0x20` lowercases an ASCII letter: "b" is 0x62, "r" is 0x72.
        guard index + 1 < bytes.count, bytes[index] | 0x20 == 0x62, bytes[index + 1] | 0x20 == 0x72
        else { return nil }
        index += 2
        while index < bytes.count, Byte.isBlank(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == Byte.slash { index += 1 }
        guard index < bytes.count, bytes[index] == Byte.greaterThan else { return nil }
        return index + 1
    }

    /// A URI autolink `<scheme:…>` at `position`: its target, its text and the offset after it.
    /// Like every autolink scan, it stops at the next `<`, so no byte is scanned for two `<`s.
    func autolink() -> (target: String, label: String, end: Int)? {
        let start = position + 1
        var index = start
        while index < bytes.count, index - start < 32, Self.isSchemeByte(bytes[index]) {
            index += 1
        }
        guard index - start >= 2, index < bytes.count, bytes[index] == Byte.colon,
              Byte.isLetter(bytes[start]) else { return nil }
        while index < bytes.count, bytes[index] > Byte.space, bytes[index] != 0x7F,
              bytes[index] != Byte.lessThan, bytes[index] != Byte.greaterThan {
            index += 1
        }
        guard index < bytes.count, bytes[index] == Byte.greaterThan else { return nil }
        let uri = String(decoding: bytes[start..<index], as: UTF8.self)
        return (uri, uri, index + 1)
    }

    /// An e-mail autolink `<local@domain.example>` at `position`, as a `mailto:` link.
    func emailAutolink() -> (target: String, label: String, end: Int)? {
        let start = position + 1
        var index = start
        while index < bytes.count, Self.isEmailLocalByte(bytes[index]) { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == Byte.at else { return nil }
        index += 1
        let domainStart = index
        while index < bytes.count, Self.isDomainByte(bytes[index]) { index += 1 }
        guard index > domainStart, index < bytes.count, bytes[index] == Byte.greaterThan,
              Byte.isLetter(bytes[domainStart]) || Byte.isDigit(bytes[domainStart]),
              Byte.isLetter(bytes[index - 1]) || Byte.isDigit(bytes[index - 1]) else { return nil }
        let address = String(decoding: bytes[start..<index], as: UTF8.self)
        return ("mailto:" + address, address, index + 1)
    }

    /// A letter, digit, `+`, `.` or `-`.
    static func isSchemeByte(_ byte: UInt8) -> Bool {
        Byte.isLetter(byte) || Byte.isDigit(byte)
            || byte == Byte.plus || byte == Byte.dot || byte == Byte.minus
    }

    /// A letter, digit, `-` or `.`.
    static func isDomainByte(_ byte: UInt8) -> Bool {
        Byte.isLetter(byte) || Byte.isDigit(byte) || byte == Byte.minus || byte == Byte.dot
    }

    /// What the local part of an e-mail address may hold (the HTML standard's grammar).
    static func isEmailLocalByte(_ byte: UInt8) -> Bool {
        Byte.isLetter(byte) || Byte.isDigit(byte) || emailSymbols[Int(byte)]
    }

    /// The punctuation allowed in the local part of an e-mail address.
    static let emailSymbols: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in ".!#$%&'*+/=?^_`{|}~-".utf8 { table[Int(byte)] = true }
        return table
    }()
}
