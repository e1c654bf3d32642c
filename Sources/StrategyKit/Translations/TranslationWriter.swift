import Foundation

/// Writes translated texts into the workspace's own files in place: the JSON string, the CSV
/// cell, the prose paragraph, changing no other byte (a language new to a JSON object or a CSV
/// file gets its member or column added beside the others).
struct TranslationWriter {
    /// One text to write.
    struct Change {
        var unit: TranslationUnit
        var language: Language
        var text: String
    }

    /// One file's new bytes.
    struct FileChange: Hashable, Sendable {
        /// Workspace-relative path.
        var path: String
        /// The bytes before, nil for a new file.
        var old: Data?
        /// The bytes after.
        var new: Data
    }

    let root: URL

    /// The new contents of every file the changes touch (only changes whose text differs from
    /// the current one), sorted by path.
    func files(for changes: [Change]) throws(TranslationFailure) -> [FileChange] {
        var byFile: [String: [Change]] = [:]
        for change in changes {
            let current = change.unit.text(in: change.language)?.value
            if let current, Self.normalized(change.text, for: change.unit.slot).utf8.elementsEqual(current.utf8) { continue }
            byFile[change.unit.slot.file(for: change.language), default: []].append(change)
        }
        var result: [FileChange] = []
        var problems: [Diagnostic] = []
        for path in byFile.keys.sorted() {
            guard let edits = byFile[path], let first = edits.first else { continue }
            let url = root.appendingPathComponent(path)
            let old = FileManager.default.contents(atPath: url.path)
            do {
                let new: Data
                switch first.unit.slot {
                case .json: new = try json(old, path: path, edits)
                case .csv: new = try csv(old, path: path, edits)
                case .prose: new = try prose(old, path: path, edits)
                }
                result.append(FileChange(path: path, old: old, new: new))
            } catch {
                problems.append(.error("translation.write", error.description, at: .file(path)))
            }
        }
        if !problems.isEmpty {
            throw TranslationFailure("the translations cannot be written; nothing was changed", diagnostics: problems)
        }
        return result
    }

    /// The text as the model will read it back from the unit's kind of file.
    static func normalized(_ text: String, for slot: TranslationUnit.Slot) -> String {
        switch slot {
        case .json: text
        case .csv: text.trimmedWhitespace
        case .prose:
            // A paragraph without a blank line or trailing space is already as it reads back.
            text.utf8.contains(0x0A) || text.utf8.last == 0x20 || text.utf8.last == 0x09
                ? ProseParagraphs(text).paragraphs.map(\.text).joined(separator: "\n\n") : text
        }
    }

    // MARK: JSON

    private func json(_ old: Data?, path: String, _ changes: [Change]) throws(TranslationFailure) -> Data {
        guard let old else { throw TranslationFailure("\(path) does not exist any more") }
        let source = SourceText(data: old)
        let (root, diagnostics) = JSONReader.parse(source.text, file: path)
        guard let root, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw TranslationFailure("\(path) has JSON errors; fix them first")
        }
        var objects: [SourceLocation: [JSONMember]] = [:]
        Self.collectObjects(root, into: &objects)
        let utf8 = source.text.utf8
        var edits: [SourceText.Edit] = []
        for change in changes {
            guard case .json(_, let location) = change.unit.slot, let members = objects[location] else {
                throw TranslationFailure("\(change.unit.id) is no longer where it was read; nothing was changed")
            }
            let literal = JSONText.quoted(change.text)
            if let member = members.first(where: { $0.key == change.language.code }) {
                guard let start = source.offset(of: member.value.location),
                      let end = SourceJSON.stringEnd(in: utf8, from: start)
                else { throw TranslationFailure("\(change.unit.id): the \(change.language) text cannot be found in \(path)") }
                edits.append(.init(range: start..<end, replacement: literal))
            } else {
                guard let last = members.last, let keyStart = source.offset(of: last.keyLocation),
                      let valueStart = source.offset(of: last.value.location),
                      let valueEnd = SourceJSON.stringEnd(in: utf8, from: valueStart),
                      let objectStart = source.offset(of: location)
                else { throw TranslationFailure("\(change.unit.id): the texts cannot be found in \(path)") }
                let bytes = Array(utf8)
                let spansLines = bytes[objectStart..<keyStart].contains(0x0A)
                var separator = " "
                if spansLines {
                    var lineStart = keyStart
                    while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                    separator = source.lineBreak + String(decoding: bytes[lineStart..<keyStart], as: UTF8.self)
                }
                edits.append(.init(
                    range: valueEnd..<valueEnd,
                    replacement: "," + separator + JSONText.quoted(change.language.code) + ": " + literal))
            }
        }
        return try source.applying(edits).data
    }

    private static func collectObjects(_ node: JSONNode, into objects: inout [SourceLocation: [JSONMember]]) {
        switch node.value {
        case .object(let members):
            objects[node.location] = members
            for member in members { collectObjects(member.value, into: &objects) }
        case .array(let elements):
            for element in elements { collectObjects(element, into: &objects) }
        default:
            break
        }
    }

    // MARK: CSV

    private func csv(_ old: Data?, path: String, _ changes: [Change]) throws(TranslationFailure) -> Data {
        guard let old else { throw TranslationFailure("\(path) does not exist any more") }
        let source = SourceText(data: old)
        let (table, _) = CSVReader.read(source.text, file: path)
        guard let table else { throw TranslationFailure("\(path) has no header") }
        let separator = table.separator
        let separatorByte = String(separator).utf8.first ?? 0x2C
        let lineBreak = source.lineBreak
        let utf8 = source.text.utf8
        var edits: [SourceText.Edit] = []
        // Columns a language does not have yet: added after the last column of their group,
        // with an empty cell in every row but those translated now.
        var newColumns: [String: (after: Int, cells: [Int: String])] = [:]
        for change in changes {
            guard case .csv(_, let rowIndex, let base) = change.unit.slot, rowIndex < table.rows.count else {
                throw TranslationFailure("\(change.unit.id) is no longer where it was read; nothing was changed")
            }
            let name = "\(base).\(change.language.code)"
            let cell = SourceCSV.cell(change.text.trimmedWhitespace, separator: separator, lineBreak: lineBreak)
            if let column = table.columnIndex(name) {
                let row = table.rows[rowIndex]
                guard column < row.fields.count, let start = source.offset(of: row.fields[column].location) else {
                    throw TranslationFailure("\(change.unit.id): the cell cannot be found in \(path)")
                }
                let end = SourceCSV.fieldEnd(in: utf8, from: start, separator: separatorByte)
                edits.append(.init(range: start..<end, replacement: cell))
            } else {
                guard let after = table.header.lastIndex(where: { $0.value.hasPrefix(base + ".") }) else {
                    throw TranslationFailure("\(path) has no column of '\(base)'")
                }
                newColumns[name, default: (after, [:])].cells[rowIndex] = cell
            }
        }
        for (name, column) in newColumns.sorted(by: { $0.key < $1.key }) {
            func insertion(after field: CSVField, _ text: String) throws(TranslationFailure) -> SourceText.Edit {
                guard let start = source.offset(of: field.location) else {
                    throw TranslationFailure("a cell of \(path) cannot be found")
                }
                let end = SourceCSV.fieldEnd(in: utf8, from: start, separator: separatorByte)
                return .init(range: end..<end, replacement: String(separator) + text)
            }
            edits.append(try insertion(after: table.header[column.after], name))
            for (index, row) in table.rows.enumerated() where column.after < row.fields.count {
                edits.append(try insertion(after: row.fields[column.after], column.cells[index] ?? ""))
            }
        }
        return try source.applying(edits).data
    }

    // MARK: Prose

    private func prose(_ old: Data?, path: String, _ changes: [Change]) throws(TranslationFailure) -> Data {
        for change in changes {
            let paragraphs = ProseParagraphs(change.text).paragraphs
            guard paragraphs.count <= 1 else {
                throw TranslationFailure("\(change.unit.id): a paragraph's translation must not contain a blank line")
            }
        }
        let source: SourceText
        if let old {
            source = SourceText(data: old)
        } else {
            source = SourceText(text: "", encoding: .utf8)
        }
        let lineBreak = source.lineBreak
        let existing = ProseParagraphs(source.text).paragraphs
        var lines = source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let endsWithBreak = source.text.last?.isNewline ?? false
        if endsWithBreak { lines.removeLast() }
        var replaced: [Int: String] = [:]
        var appended: [Int: String] = [:]
        for change in changes {
            guard case .prose(_, let index) = change.unit.slot else { continue }
            let text = Self.normalized(change.text, for: change.unit.slot)
            if index < existing.count { replaced[index] = text } else { appended[index] = text }
        }
        for index in replaced.keys.sorted(by: >) {
            guard let text = replaced[index] else { continue }
            let paragraph = existing[index]
            lines.replaceSubrange(paragraph.firstLine...paragraph.lastLine, with: text.components(separatedBy: "\n"))
        }
        var next = existing.count
        for index in appended.keys.sorted() {
            guard index == next, let text = appended[index] else {
                throw TranslationFailure(
                    "\(path) has \(existing.count) paragraph(s); paragraph \(index + 1) can only be added after paragraph \(next + 1)")
            }
            while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
            if !lines.isEmpty { lines.append("") }
            lines += text.components(separatedBy: "\n")
            next += 1
        }
        var text = lines.joined(separator: lineBreak)
        if endsWithBreak || old == nil || !appended.isEmpty { text += lineBreak }
        return try SourceText.encode(text, as: source.encoding)
    }
}
