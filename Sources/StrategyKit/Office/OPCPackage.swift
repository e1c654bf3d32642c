/// An Office Open XML package (XLSX, DOCX) as its parts and relationships (ECMA-376 Part 2,
/// "Open Packaging Conventions"), read through ``ZIPArchiveReader`` and ``XMLPullReader``.
///
/// A reader finds its main part from the package relationships (`_rels/.rels`, type
/// `…/officeDocument`) and the parts that hang off it from that part's relationships
/// (`xl/_rels/workbook.xml.rels`), never by a fixed path: Excel, LibreOffice and openpyxl name
/// the parts differently. Relationship types and namespaces come in a transitional and a strict
/// variant; ``Relationship/kind`` and ``OOXMLNamespace`` accept both.
struct OPCPackage: Sendable {
    /// Why a package cannot be read: a ZIP problem, an XML problem in a part, or a missing part.
    struct Failure: Error, Equatable, CustomStringConvertible {
        /// The part concerned, if any.
        var part: String?
        var reason: String

        var description: String { part.map { "\($0): \(reason)" } ?? reason }

        init(part: String?, reason: String) {
            self.part = part
            self.reason = reason
        }

        init(_ failure: ZIPArchiveReader.Failure) {
            self.init(part: failure.entry, reason: failure.reason)
        }

        init(_ failure: XMLReadError, part: String) {
            self.init(part: part, reason: failure.description)
        }
    }

    /// One relationship of a part.
    struct Relationship: Hashable, Sendable {
        var id: String
        /// The full type URI.
        var type: String
        /// The target as a part name (resolved against the source part, no leading `/`), or
        /// the raw target when ``isExternal``.
        var target: String
        var isExternal: Bool

        /// The last segment of the type: `officeDocument`, `worksheet`, `sharedStrings`,
        /// `styles`, `comments`… the same for the transitional and the strict URI.
        var kind: Substring { type.split(separator: "/").last ?? "" }
    }

    /// The archive the parts are read from.
    let archive: ZIPArchiveReader
    private let xmlLimits: XMLReadLimits

    /// Opens a package from the bytes of its file.
    init(
        bytes: [UInt8], limits: ZIPArchiveReader.Limits = ZIPArchiveReader.Limits(),
        xmlLimits: XMLReadLimits = XMLReadLimits()
    ) throws(Failure) {
        do {
            archive = try ZIPArchiveReader(bytes: bytes, limits: limits)
        } catch {
            throw Failure(error)
        }
        self.xmlLimits = xmlLimits
    }

    /// The bytes of the part `name`, or nil when the package has none.
    func part(_ name: String) throws(Failure) -> [UInt8]? {
        do {
            return try archive.contents(ofEntryNamed: name)
        } catch {
            throw Failure(error)
        }
    }

    /// The part `name` read whole as XML, or nil when the package has none.
    func xml(_ name: String) throws(Failure) -> XMLTreeElement? {
        guard let bytes = try part(name) else { return nil }
        do {
            return try XMLPullReader.tree(bytes, limits: xmlLimits)
        } catch {
            throw Failure(error, part: name)
        }
    }

    /// The relationships of the part `source` ("" for the package itself), in file order; none
    /// when it has no relationships part.
    func relationships(of source: String) throws(Failure) -> [Relationship] {
        let folder = Self.folder(of: source)
        let name = source.isEmpty ? "_rels/.rels"
            : folder + "_rels/" + String(source.dropFirst(folder.count)) + ".rels"
        guard let root = try xml(name) else { return [] }
        var relationships: [Relationship] = []
        for element in root.elements("Relationship") {
            guard let id = element.attribute("Id"), let type = element.attribute("Type"),
                  let target = element.attribute("Target")
            else {
                throw Failure(part: name, reason: "\(element.line):\(element.column): a "
                                  + "relationship without Id, Type or Target")
            }
            let isExternal = element.attribute("TargetMode") == "External"
            let resolved = isExternal ? target : try Self.resolve(target, from: folder, in: name)
            relationships.append(Relationship(id: id, type: type, target: resolved,
                                              isExternal: isExternal))
        }
        return relationships
    }

    /// The main part (`xl/workbook.xml`, `word/document.xml`…): the target of the package's
    /// `officeDocument` relationship.
    func mainPart() throws(Failure) -> String {
        let main = try relationships(of: "").first { $0.kind == "officeDocument" && !$0.isExternal }
        guard let main else {
            throw Failure(part: "_rels/.rels",
                          reason: "the package names no main document (not an Office file?)")
        }
        return main.target
    }

    /// The folder of a part name, with its trailing `/` ("" at the root).
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// `target` resolved against `folder`: `/xl/x.xml` is absolute, `../x.xml` climbs, and a
    /// target that would climb out of the package is refused.
    static func resolve(_ target: String, from folder: String, in part: String) throws(Failure) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? []
            : folder.split(separator: "/", omittingEmptySubsequences: true)
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard segments.popLast() != nil else {
                    throw Failure(part: part, reason: "the target '\(target)' leaves the package")
                }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}

/// The namespaces of Office Open XML, each with its transitional URI (what Excel, Word and
/// LibreOffice write) and its strict one (ISO/IEC 29500 Strict, "Save as Strict Open XML").
enum OOXMLNamespace {
    /// SpreadsheetML: workbook, worksheets, shared strings, styles.
    static let spreadsheet: Set<String> = [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ]
    /// WordprocessingML: document, comments, styles.
    static let wordprocessing: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    /// Relationship ids inside a part (`r:id`).
    static let relationships: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]
    /// The relationships parts themselves (`_rels/*.rels`).
    static let packageRelationships: Set<String> = [
        "http://schemas.openxmlformats.org/package/2006/relationships",
    ]
}
