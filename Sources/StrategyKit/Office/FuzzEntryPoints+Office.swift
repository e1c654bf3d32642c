import Foundation

extension FuzzEntryPoints {
    /// What ``readZIP(_:entries:entryBytes:totalBytes:)`` found.
    public struct ZIPReport: Sendable {
        /// Why the directory was refused, or nil when it was read.
        public var failure: String?
        /// Each entry's name, declared size, and contents or why they were refused.
        public var entries: [(name: String, size: Int, contents: Result<[UInt8], ZIPFailure>)]
    }

    /// A refusal, as text for the fuzz targets' messages.
    public struct ZIPFailure: Error, Sendable {
        public var description: String
    }

    /// `bytes` decoded by the library's inflater (``Inflate``), refused past `limit` bytes.
    public static func inflate(_ bytes: [UInt8], limit: Int, isStrict: Bool) throws -> [UInt8] {
        try Inflate.inflate(bytes, limit: limit, mode: isStrict ? .strict : .lenient)
    }

    /// Reads `bytes` as a ZIP archive within the given limits, and every entry in it.
    public static func readZIP(
        _ bytes: [UInt8], entries: Int, entryBytes: Int, totalBytes: Int
    ) -> ZIPReport {
        let limits = ZIPArchiveReader.Limits(entries: entries, entryBytes: entryBytes,
                                             totalBytes: totalBytes)
        let reader: ZIPArchiveReader
        do {
            reader = try ZIPArchiveReader(bytes: bytes, limits: limits)
        } catch {
            return ZIPReport(failure: error.description, entries: [])
        }
        let read = reader.entries.map { entry in
            let contents = Result { () throws(ZIPArchiveReader.Failure) -> [UInt8] in
                try reader.contents(of: entry)
            }.mapError { ZIPFailure(description: $0.description) }
            return (entry.name, entry.size, contents)
        }
        return ZIPReport(failure: nil, entries: read)
    }

    /// The bytes of a ZIP archive of `entries` written by the DOCX writer's ``ZIPArchive``.
    public static func writeZIP(_ entries: [(name: String, bytes: [UInt8])]) throws -> [UInt8] {
        var archive = ZIPArchive()
        for entry in entries { archive.add(entry.name, Data(entry.bytes)) }
        return [UInt8](try archive.data())
    }

    /// Whether ``ZIPArchiveReader`` accepts `name` as an entry name.
    public static func isSafeZIPName(_ name: String) -> Bool {
        (try? ZIPArchiveReader.checkName(name)) != nil
    }

    /// What ``readXML(_:depth:nodes:)`` found.
    public struct XMLReport: Sendable {
        /// The events as text (`<{ns}name a=v>`, `</{ns}name>`, `"text"`), in order.
        public var events: [String]
        /// The line and column of each start tag.
        public var locations: [(line: Int, column: Int)]
        /// Why the part was refused (line, column, message), or nil.
        public var failure: (line: Int, column: Int, message: String)?
        /// Whether reading the part whole (the tree) agreed with the events: both failed with
        /// the same error, or both succeeded with the same text.
        public var treeAgrees: Bool
    }

    /// Reads `bytes` as an XML part with the given limits, as events and as a tree.
    public static func readXML(_ bytes: [UInt8], depth: Int, nodes: Int) -> XMLReport {
        let limits = XMLReadLimits(depth: depth, nodes: nodes)
        var events: [String] = []
        var locations: [(Int, Int)] = []
        var failure: XMLReadError?
        var text = ""
        do {
            var reader = try XMLPullReader(bytes, limits: limits)
            var depth = 0
            while let event = try reader.next() {
                switch event {
                case .start(let tag):
                    let attributes = tag.attributes.map { " \($0.name)=\($0.value)" }.joined()
                    events.append("<\(tag.name)\(attributes)>")
                    locations.append((tag.line, tag.column))
                    depth += 1
                case .end(let name):
                    events.append("</\(name)>")
                    depth -= 1
                case .text(let value):
                    events.append("\"\(value)\"")
                    if depth > 0 { text += value }
                }
            }
        } catch {
            failure = error
        }
        let agrees: Bool
        do {
            let tree = try XMLPullReader.tree(bytes, limits: limits)
            agrees = failure == nil && tree.text == text
        } catch {
            agrees = failure == error
        }
        return XMLReport(events: events, locations: locations,
                         failure: failure.map { ($0.line, $0.column, $0.message) },
                         treeAgrees: agrees)
    }
}
