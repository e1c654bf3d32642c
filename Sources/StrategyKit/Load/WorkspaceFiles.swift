import Foundation

/// The only code that reads a workspace's files: it decodes them and reports what it cannot read.
struct WorkspaceFiles {
    let root: URL
    let sink: DiagnosticSink
    /// Every JSON and CSV file read so far, as parsed: the translation catalog reads its texts
    /// and their places from these rather than parsing the files a second time.
    let parsed = ParsedSources()

    private func data(_ path: String, required: Bool) -> Data? {
        let data = readData(path, required: required)
        let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
        if data == nil, required || exists {
            sink.markIncomplete(path)
        }
        return data
    }

    private func readData(_ path: String, required: Bool) -> Data? {
        let url = root.appendingPathComponent(path)
        // fileExists follows links: a dangling or looping link counts as missing.
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required {
                sink.report(.error(
                    "file.missing", "the workspace has no \(path)", at: .file(path)))
            }
            return nil
        }
        // Only regular files are read: a FIFO or device named like a workspace file would block
        // or never end.
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path)[.type]) as? FileAttributeType
        guard type == .typeRegular else {
            sink.report(.error(
                "file.unreadable", "\(path) is not a regular file", at: .file(path)))
            return nil
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            sink.report(.error(
                "file.unreadable", "\(path) cannot be read: \(error.localizedDescription)",
                at: .file(path)))
            return nil
        }
    }

    /// The root node of a JSON file, or nil (with diagnostics) when it is missing or malformed.
    func json(_ path: String, required: Bool) -> JSONNode? {
        guard let data = data(path, required: required) else { return nil }
        if Self.looksLikeUTF16WithoutBOM(data) {
            sink.report(.error(
                "json.encoding",
                "\(path) looks like UTF-16 without a byte-order mark; save it as UTF-8",
                at: .file(path)))
            sink.markIncomplete(path)
            return nil
        }
        let (root, diagnostics) = JSONReader.parse(data, file: path)
        sink.report(contentsOf: diagnostics)
        if root == nil { sink.markIncomplete(path) }
        if let root { parsed.json[path] = root }
        return root
    }

    /// A CSV table, or nil (with diagnostics) when it is missing or has no header.
    func csv(_ path: String, required: Bool) -> CSVTable? {
        guard let data = data(path, required: required) else { return nil }
        if Self.looksLikeUTF16WithoutBOM(data) {
            sink.report(.error(
                "csv.encoding",
                "\(path) looks like UTF-16 without a byte-order mark; save it as UTF-8 (CSV UTF-8 in Excel)",
                at: .file(path)))
            sink.markIncomplete(path)
            return nil
        }
        let (table, diagnostics) = CSVReader.read(data, file: path)
        sink.report(contentsOf: diagnostics)
        if table == nil || diagnostics.contains(where: { $0.severity == .error }) {
            sink.markIncomplete(path)
        }
        if let table { parsed.csv[path] = table }
        return table
    }

    /// Text in UTF-16 without a BOM has a NUL in every other byte; no spreadsheet's UTF-8 or
    /// Windows-1251 export does. Decoded as either, it would be noise in every cell.
    static func looksLikeUTF16WithoutBOM(_ data: Data) -> Bool {
        let sample = data.prefix(1024)
        guard sample.count >= 4, sample.prefix(2) != Data([0xFF, 0xFE]),
              sample.prefix(2) != Data([0xFE, 0xFF])
        else { return false }
        var even = 0
        var odd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        return max(even, odd) * 4 >= sample.count
    }

    /// Every `prose/<lang>/<id>.md`, by language and section id, in sorted order.
    func prose(_ folder: String) -> [Language: [String: ProseSection]] {
        let manager = FileManager.default
        let base = root.appendingPathComponent(folder)
        guard let languageFolders = try? manager.contentsOfDirectory(atPath: base.path) else {
            return [:]
        }
        var result: [Language: [String: ProseSection]] = [:]
        for code in languageFolders.sorted() where !code.hasPrefix(".") {
            let path = "\(folder)/\(code)"
            guard Language.isValidCode(code) else {
                sink.report(.warning(
                    "file.unexpected", "\(path) is not named after a language code; it is ignored",
                    at: .file(path)))
                continue
            }
            guard let names = try? manager.contentsOfDirectory(atPath: base.appendingPathComponent(code).path)
            else { continue }
            var sections: [String: ProseSection] = [:]
            for name in names.sorted() where !name.hasPrefix(".") {
                let filePath = "\(path)/\(name)"
                // Folders and pictures beside the prose are what its images point at.
                var isFolder: ObjCBool = false
                let isPicture = ImageHeader.format(ofExtension: name) != nil
                if isPicture || (manager.fileExists(atPath: root.appendingPathComponent(filePath).path, isDirectory: &isFolder)
                    && isFolder.boolValue) {
                    continue
                }
                guard name.hasSuffix(".md") else {
                    sink.report(.warning(
                        "file.unexpected", "\(filePath) is not a Markdown file; it is ignored",
                        at: .file(filePath)))
                    continue
                }
                guard let data = data(filePath, required: true) else { continue }
                guard var text = String(data: data, encoding: .utf8) else {
                    sink.report(.error(
                        "file.encoding", "\(filePath) is not valid UTF-8", at: .file(filePath)))
                    continue
                }
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                let id = String(name.dropLast(3))
                // Only a text with a CR pays for Foundation's replace (a round trip through NSString).
                if text.utf8.contains(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
                sections[id] = ProseSection(
                    id: id, markdown: text,
                    location: .file(filePath))
            }
            result[Language(code)] = sections
        }
        return result
    }
}

/// The parsed JSON and CSV files of one workspace read, by workspace-relative path.
///
/// A class because the reader that fills it is a value passed down the loader; it never leaves
/// the read that created it.
final class ParsedSources {
    /// JSON roots.
    var json: [String: JSONNode] = [:]
    /// CSV tables.
    var csv: [String: CSVTable] = [:]
}
