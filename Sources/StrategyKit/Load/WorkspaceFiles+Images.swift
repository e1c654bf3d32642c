import Foundation

extension WorkspaceFiles {
    /// The largest picture read (a photograph from a phone is a few megabytes).
    static let maximumImageBytes = 20 << 20

    /// The pictures the prose shows, by workspace-relative path; a picture that is missing, of
    /// another type or outside the workspace is a diagnostic at the place of the prose that
    /// names it, and is left out (the writers then show its alternative text).
    ///
    /// A source is a path relative to the prose file's folder, as a Markdown editor's preview
    /// reads it (`images/map.png` in `prose/en/situation.md` is `prose/en/images/map.png`);
    /// `..` may climb to other folders of the workspace but not out of it, and neither may a
    /// symbolic link.
    func proseImages(_ prose: [Language: [String: ProseSection]]) -> [String: DocumentImage] {
        var images: [String: DocumentImage] = [:]
        for language in prose.keys.sorted(by: { $0.code < $1.code }) {
            for (_, section) in (prose[language] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let folder = (section.location.file as NSString).deletingLastPathComponent
                for source in MarkdownParser.imageSources(in: section.markdown) {
                    let location = Self.location(of: source, in: section)
                    guard let path = Self.workspacePath(source, from: folder) else {
                        sink.report(.error(
                            "prose.image-outside",
                            "image '\(source)' is not a file inside the workspace",
                            at: location))
                        continue
                    }
                    if images[path] != nil { continue }
                    if let image = readImage(path, source: source, at: location) {
                        images[path] = image
                    }
                }
            }
        }
        return images
    }

    /// The picture at the workspace-relative `path`, or nil with a diagnostic at `location`.
    private func readImage(_ path: String, source: String, at location: SourceLocation) -> DocumentImage? {
        func report(_ code: String, _ message: String) {
            sink.report(.error(code, message, at: location))
        }
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            report("prose.image-missing", "image '\(source)' does not exist (looked for \(path))")
            return nil
        }
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        let realFile = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard realFile.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            report("prose.image-outside",
                   "image '\(source)' leads outside the workspace through a symbolic link")
            return nil
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            report("prose.image-missing", "image '\(source)' is not a regular file")
            return nil
        }
        guard let expected = ImageHeader.format(ofExtension: path) else {
            report("prose.image-type",
                   "image '\(source)' is not a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg)")
            return nil
        }
        if let size = attributes?[.size] as? Int, size > Self.maximumImageBytes {
            report("prose.image-type",
                   "image '\(source)' is larger than \(Self.maximumImageBytes >> 20) MB")
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            report("file.unreadable", "image '\(source)' cannot be read")
            return nil
        }
        guard let header = ImageHeader.read(data), header.format == expected else {
            report("prose.image-type",
                   "image '\(source)' is not a readable \(expected.rawValue.uppercased()) file")
            return nil
        }
        return DocumentImage(data: data, format: header.format, width: header.width, height: header.height)
    }

    /// The workspace-relative path of `source`, relative to `folder`, or nil when it is a URL,
    /// an absolute path or climbs out of the workspace. Percent escapes are decoded, as an
    /// editor's preview does.
    static func workspacePath(_ source: String, from folder: String) -> String? {
        let decoded = source.removingPercentEncoding ?? source
        guard !decoded.isEmpty, !decoded.hasPrefix("/"), !decoded.contains("\\"),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return nil }
        if let colon = decoded.firstIndex(of: ":"),
           !decoded[..<colon].contains("/") { return nil }  // A scheme: `https:`, `file:`, `C:`.
        var parts = folder.split(separator: "/").map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: "/")
    }

    /// Where `source` is written in the section: the first line that has it, else the file.
    static func location(of source: String, in section: ProseSection) -> SourceLocation {
        for (number, line) in section.markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: source) {
                return SourceLocation(
                    file: section.location.file, line: number + 1,
                    column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return section.location
    }
}
