import Foundation

/// The only code that reads a workspace's files: it decodes them and reports what it cannot read.
struct WorkspaceFiles {
    let root: URL
    let sink: DiagnosticSink

    private func data(_ path: String, required: Bool) -> Data? {
        let url = root.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
              !isDirectory.boolValue
        else {
            if required {
                sink.report(.error(
                    "file.missing", "the workspace has no \(path)", at: .file(path)))
            }
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
        let (root, diagnostics) = JSONReader.parse(data, file: path)
        sink.report(contentsOf: diagnostics)
        return root
    }

    /// A CSV table, or nil (with diagnostics) when it is missing or has no header.
    func csv(_ path: String, required: Bool) -> CSVTable? {
        guard let data = data(path, required: required) else { return nil }
        let (table, diagnostics) = CSVReader.read(data, file: path)
        sink.report(contentsOf: diagnostics)
        return table
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
                sections[id] = ProseSection(
                    id: id, markdown: text.replacingOccurrences(of: "\r\n", with: "\n"),
                    location: .file(filePath))
            }
            result[Language(code)] = sections
        }
        return result
    }
}
