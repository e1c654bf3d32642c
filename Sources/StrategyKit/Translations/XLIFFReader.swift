/// Reads an XLIFF file (2.0, 1.2 or 1.1) from a translator's tool into an ``XLIFFDocument``,
/// through the library's safe XML reader: no DTD, no entity, bounded depth and size, every
/// problem with its line and column.
///
/// Only what an import needs is kept: per unit its id and aliases, the source and target as
/// text and inline codes (several segments joined), the state and the `source-hash` note.
/// Elements of other namespaces (a tool's extensions) and 1.2's `<alt-trans>` and
/// `<seg-source>` are passed over.
public enum XLIFFReader {
    /// The namespaces of the versions read.
    static let namespace2 = "urn:oasis:names:tc:xliff:document:2.0"
    static let namespace12 = "urn:oasis:names:tc:xliff:document:1.2"
    static let namespace11 = "urn:oasis:names:tc:xliff:document:1.1"

    /// The most nodes an XLIFF file may have: 16 million leaves room for every text of 20,000
    /// actions with their notes, and is refused in bounded memory beyond.
    static let limits = XMLReadLimits(depth: 64, nodes: 16_000_000, attributes: 64)

    /// The document, or nil, and the problems found (positions in `file`). Reading stops with
    /// an error once the file has more than `maximumUnits` units.
    public static func read(
        _ bytes: [UInt8], file: String, maximumUnits: Int = 1_000_000
    ) -> (XLIFFDocument?, [Diagnostic]) {
        var state = ReadState(file: file, maximumUnits: maximumUnits)
        do {
            var reader = try XMLPullReader(bytes, limits: limits)
            while let event = try reader.next() {
                switch event {
                case .start(let tag): state.start(tag)
                case .end(let name): state.end(name)
                case .text(let text): state.text(text)
                }
                if state.isStopped { break }
            }
        } catch {
            state.problems.append(.error(
                "xliff.malformed", "\(file) is not well-formed XML: \(error.message)",
                at: SourceLocation(file: file, line: error.line, column: error.column)))
            return (nil, state.problems)
        }
        guard let version = state.version else {
            if state.problems.isEmpty {
                state.problems.append(.error("xliff.root", "\(file) has no <xliff> element", at: .file(file)))
            }
            return (nil, state.problems)
        }
        let document = XLIFFDocument(
            version: version, sourceLanguage: state.sourceLanguage, targetLanguage: state.targetLanguage,
            units: state.units)
        return (state.problems.contains { $0.severity == .error } ? nil : document, state.problems)
    }

    /// The reading state: where in the document the events are, and the unit being read.
    private struct ReadState {
        let file: String
        let maximumUnits: Int
        var problems: [Diagnostic] = []
        var isStopped = false
        var version: XLIFFWriter.Version?
        var namespace = ""
        var sourceLanguage: String?
        var targetLanguage: String?
        var units: [XLIFFDocument.Unit] = []

        /// The open elements' names, innermost last.
        var open: [XMLName] = []
        /// The depth at which a passed-over element started, while inside it.
        var skipDepth: Int?

        // The unit being read.
        var unit: XLIFFDocument.Unit?
        var data: [String: String] = [:]
        var dataID: String?
        var sources: [[Pending]] = []
        var targets: [[Pending]] = []
        var states: [Bool] = []
        /// Whether the unit has a `<target>` at all.
        var sawTarget = false
        /// Where inline content goes: source or target of the current segment.
        var inline: Inline?
        var inlineDepth = 0
        /// Text of the note, context or data being read.
        var capture: Capture?
        var captured = ""
        /// Inside a 1.2 `<ph>`, `<bpt>`, `<ept>`, `<it>`: its content is one code.
        var codeDepth: Int?
        var codeText = ""
        /// The closing data references of the open 2.0 `<pc>` elements.
        var pairedEnds: [String?] = []

        enum Inline { case source, target }
        enum Capture { case note(String?), context, data }
        /// An inline piece before the unit's original data is known.
        enum Pending {
            case text(String)
            case data(String)
            case dataRef(String, id: String)
            case code(String)
        }

        init(file: String, maximumUnits: Int) {
            self.file = file
            self.maximumUnits = maximumUnits
        }

        func location(_ tag: XMLStartTag) -> SourceLocation {
            SourceLocation(file: file, line: tag.line, column: tag.column)
        }

        mutating func refuse(_ code: String, _ message: String, at tag: XMLStartTag) {
            problems.append(.error(code, message, at: location(tag)))
            isStopped = true
        }

        var isXLIFF2: Bool { version == .v2 }

        mutating func start(_ tag: XMLStartTag) {
            defer { open.append(tag.name) }
            if skipDepth != nil { return }
            if open.isEmpty {
                root(tag)
                return
            }
            if let codeDepth, open.count > codeDepth {
                // A `<sub>` inside a 1.2 code: its text is part of the code.
                return
            }
            guard tag.name.namespace == namespace else {
                // Another namespace: a tool's extension, passed over whole.
                skipDepth = open.count
                return
            }
            let name = tag.name.local
            if inline != nil {
                inlineStart(tag)
                return
            }
            switch name {
            case "unit" where isXLIFF2, "trans-unit" where !isXLIFF2:
                beginUnit(tag)
            case "file" where !isXLIFF2:
                let source = tag.attribute("source-language")
                let target = tag.attribute("target-language")
                if let source, let known = sourceLanguage, known != source {
                    refuse("xliff.language", "the files of \(self.file) are in different source languages", at: tag)
                }
                if let target, let known = targetLanguage, known != target {
                    refuse("xliff.language", "the files of \(self.file) are in different target languages", at: tag)
                }
                sourceLanguage = sourceLanguage ?? source
                targetLanguage = targetLanguage ?? target
            case "alt-trans", "seg-source":
                skipDepth = open.count
            case "segment" where unit != nil && isXLIFF2, "ignorable" where unit != nil && isXLIFF2:
                sources.append([])
                targets.append([])
                if name == "segment" {
                    states.append(["translated", "reviewed", "final"].contains(tag.attribute("state") ?? "initial"))
                }
            case "source" where unit != nil:
                if !isXLIFF2 {
                    sources.append([])
                }
                inline = .source
                inlineDepth = open.count
            case "target" where unit != nil:
                sawTarget = true
                if !isXLIFF2 {
                    targets.append([])
                    let state = tag.attribute("state") ?? ""
                    let confirmed = ["translated", "signed-off", "final"].contains(state) || state.hasPrefix("needs-review")
                    states.append(confirmed || unit?.isConfirmed == true)
                }
                inline = .target
                inlineDepth = open.count
            case "note" where unit != nil:
                capture = .note(tag.attribute("category"))
                captured = ""
            case "context" where unit != nil && !isXLIFF2:
                capture = tag.attribute("context-type") == "sourcefile" && open.last?.local == "context-group" ? .context : nil
                captured = ""
            case "data" where unit != nil && isXLIFF2:
                capture = .data
                dataID = tag.attribute("id")
                captured = ""
            default:
                break
            }
        }

        mutating func root(_ tag: XMLStartTag) {
            guard tag.name.local == "xliff" else {
                refuse("xliff.root", "\(file) is not XLIFF: its root element is <\(tag.name.local)>", at: tag)
                return
            }
            switch tag.name.namespace {
            case namespace2:
                version = .v2
                sourceLanguage = tag.attribute("srcLang")
                targetLanguage = tag.attribute("trgLang")
            case namespace12, namespace11:
                version = .v12
            default:
                let found = tag.name.namespace.isEmpty ? "no namespace" : "the namespace '\(tag.name.namespace)'"
                refuse("xliff.namespace",
                       "\(file) has \(found); XLIFF is in '\(namespace2)' (2.0) or '\(namespace12)' (1.2)", at: tag)
                return
            }
            namespace = tag.name.namespace
            if let declared = tag.attribute("version"), isXLIFF2 != declared.hasPrefix("2") {
                refuse("xliff.namespace", "\(file) says version \(declared) in the namespace of another version", at: tag)
            }
        }

        mutating func beginUnit(_ tag: XMLStartTag) {
            guard unit == nil else {
                refuse("xliff.malformed", "a unit inside a unit", at: tag)
                return
            }
            if units.count >= maximumUnits {
                refuse("xliff.too-many-units",
                       "\(file) has more than \(maximumUnits) units, more than the workspace has texts", at: tag)
                return
            }
            guard let id = tag.attribute("id"), !id.isEmpty else {
                refuse("xliff.malformed", "a unit without an id", at: tag)
                return
            }
            var aliases: [String] = []
            if let name = tag.attribute(isXLIFF2 ? "name" : "resname"), name != id { aliases.append(name) }
            unit = XLIFFDocument.Unit(
                id: id, aliases: aliases, source: nil, target: nil,
                isConfirmed: !isXLIFF2 && tag.attribute("approved") == "yes", sourceHash: nil, location: location(tag))
            data = [:]
            sawTarget = false
            sources = []
            targets = []
            states = []
        }

        mutating func inlineStart(_ tag: XMLStartTag) {
            let name = tag.name.local
            if !isXLIFF2 {
                if ["ph", "bpt", "ept", "it"].contains(name) {
                    codeDepth = open.count
                    codeText = ""
                } else if ["x", "bx", "ex"].contains(name) {
                    append(.code(tag.attribute("id") ?? ""))
                }
                // `<g>`, `<mrk>`: markers around text, which is kept.
                return
            }
            switch name {
            case "ph", "sc", "ec":
                let id = tag.attribute("id") ?? tag.attribute("startRef") ?? ""
                if let reference = tag.attribute("dataRef") {
                    append(.dataRef(reference, id: id))
                } else if tag.name.local == "ph" {
                    append(.code(id))
                }
            case "pc":
                if let reference = tag.attribute("dataRefStart") { append(.dataRef(reference, id: "")) }
                pairedEnds.append(tag.attribute("dataRefEnd"))
            case "cp":
                if let hex = tag.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    append(.text(String(Character(scalar))))
                }
            default:
                // `<mrk>`, `<sm>`, `<em>`: markers around text, which is kept.
                break
            }
        }

        mutating func append(_ piece: Pending) {
            switch inline {
            case .source?: if !sources.isEmpty { sources[sources.count - 1].append(piece) }
            case .target?: if !targets.isEmpty { targets[targets.count - 1].append(piece) }
            case nil: break
            }
        }

        mutating func text(_ text: String) {
            if skipDepth != nil { return }
            if codeDepth != nil {
                codeText += text
            } else if inline != nil {
                append(.text(text))
            } else if capture != nil {
                captured += text
            }
        }

        mutating func end(_ name: XMLName) {
            open.removeLast()
            if let depth = skipDepth {
                if open.count == depth { skipDepth = nil }
                return
            }
            if let depth = codeDepth {
                if open.count == depth {
                    codeDepth = nil
                    append(.data(codeText))
                }
                return
            }
            if inline != nil {
                if open.count == inlineDepth {
                    inline = nil
                } else if name.local == "pc", isXLIFF2, let end = pairedEnds.popLast() {
                    // The closing half of a paired code, named on its start tag.
                    if let end { append(.dataRef(end, id: "")) }
                }
                return
            }
            switch capture {
            case .note(let category)?:
                captureNote(category: category)
            case .context?:
                if !captured.isEmpty { unit?.aliases.append(captured) }
            case .data?:
                if let dataID { data[dataID] = captured }
            case nil:
                break
            }
            capture = nil
            if name.local == (isXLIFF2 ? "unit" : "trans-unit"), var finished = unit {
                finished.source = sources.isEmpty ? nil : resolve(sources.flatMap { $0 })
                finished.target = !sawTarget ? nil : resolve(targets.flatMap { $0 })
                if isXLIFF2 {
                    finished.isConfirmed = !states.isEmpty && states.allSatisfy { $0 }
                } else {
                    finished.isConfirmed = states.last ?? finished.isConfirmed
                }
                units.append(finished)
                unit = nil
            }
        }

        mutating func captureNote(category: String?) {
            let text = captured.trimmedWhitespace
            if category == "source-hash" {
                unit?.sourceHash = text
            } else if text.hasPrefix("source-hash:") {
                unit?.sourceHash = String(text.dropFirst("source-hash:".count)).trimmedWhitespace
            }
        }

        /// The pieces with their original data looked up.
        func resolve(_ pending: [Pending]) -> [XLIFFDocument.Inline] {
            pending.compactMap { piece in
                switch piece {
                case .text(let text): .text(text)
                case .data(let text): .data(text)
                case .code(let id): .code(id)
                case .dataRef(let reference, let id):
                    if let value = data[reference] { .data(value) } else if id.isEmpty { nil } else { .code(id) }
                }
            }
        }
    }
}
