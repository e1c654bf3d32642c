import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StrategyKit

/// Helpers shared by the libFuzzer targets: invariant checks that crash loudly, and the small
/// valid workspace the rendering targets insert fuzzed text into.
public enum Fuzz {
    /// Stops the process (libFuzzer saves the input as a crash) when an invariant fails.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        guard !condition() else { return }
        FileHandle.standardError.write(Data("invariant failed at \(file):\(line): \(message())\n".utf8))
        abort()
    }

    /// A location must be 1-based, with the file it was asked for.
    public static func checkLocation(
        _ location: SourceLocation, file: String, line: UInt = #line
    ) {
        require(location.file == file, "location \(location) names another file", line: line)
        require(location.line >= 1 && location.column >= 1, "location \(location) is not 1-based",
                line: line)
    }

    /// Diagnostics must come sorted, with 1-based locations in `file`.
    public static func checkDiagnostics(_ diagnostics: [Diagnostic], file: String) {
        require(diagnostics == diagnostics.sorted(), "diagnostics are not sorted")
        for diagnostic in diagnostics {
            checkLocation(diagnostic.location, file: file)
            require(!diagnostic.code.isEmpty && !diagnostic.message.isEmpty,
                    "diagnostic without code or message: \(diagnostic)")
        }
    }

    /// HTML (XHTML-compatible by design) and the parts of a DOCX must be well-formed XML.
    public static func checkXML(_ data: Data, _ name: String) {
        #if canImport(FoundationXML)
        // XMLParser, not XMLDocument: on Linux XMLDocument leaks its libxml2 tree, which
        // LeakSanitizer reports as a leak on every run.
        let parser = XMLParser(data: data)
        guard !parser.parse() else { return }
        let text = String(decoding: data.prefix(600), as: UTF8.self)
        require(false, "\(name) is not well-formed XML: \(String(describing: parser.parserError))\n\(text)")
        #endif
    }

    /// ``checkXML(_:_:)``, skipped for bytes already found well-formed: most parts of a DOCX
    /// (styles, numbering, settings) are the same on every run, and parsing them again was a
    /// large part of the time of the targets that write one.
    public static func checkXMLOnce(_ data: Data, _ name: String) {
        guard !wellFormed.contains(data) else { return }
        checkXML(data, name)
        if wellFormed.count >= 10_000 { wellFormed.removeAll() }
        wellFormed.insert(data)
    }

    /// XML found well-formed so far (libFuzzer runs one input at a time).
    nonisolated(unsafe) private static var wellFormed = Set<Data>()

    /// The bytes libFuzzer hands over, as `Data` (copied: the buffer is only lent).
    public static func data(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Data {
        Data(UnsafeBufferPointer(start: bytes, count: size))
    }
}

/// The test suite's `mini` workspace, loaded once per process: a small, check-clean strategy,
/// so that a target which renders it still runs hundreds of times a second.
public enum MiniWorkspace {
    /// The strategy and the built-in templates, to render in one language.
    public struct Fixture: Sendable {
        public var strategy: Strategy
        public var templates: TemplateSet
        public var language: Language
        /// The strategy's budget sums, added up once: they depend on neither the templates nor
        /// the prose the targets change.
        public var costs: DocumentCosts

        /// The language's templates; changes go into ``templates``.
        public var languageTemplates: LanguageTemplates {
            get { templates.languages[language]! }
            set { templates.languages[language] = newValue }
        }
    }

    /// `STRATEGY_FUZZ_WORKSPACE`, else `Tests/StrategyKitTests/Fixtures/mini` of this checkout.
    public static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["STRATEGY_FUZZ_WORKSPACE"] {
            return URL(fileURLWithPath: path)
        }
        // scripts/fuzz/Sources/FuzzSupport/FuzzSupport.swift → the repository root.
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { root.deleteLastPathComponent() }
        return root.appendingPathComponent("Tests/StrategyKitTests/Fixtures/mini")
    }()

    /// The English fixture; the process stops when the workspace cannot be loaded, since
    /// fuzzing against nothing would prove nothing.
    public static let english: Fixture = load("en")

    private static func load(_ code: String) -> Fixture {
        let opened = Workspace.open(folder)
        let language = Language(code)
        let templates = TemplateSet.builtIn().0
        guard let strategy = opened.strategy, opened.errorCount == 0,
              templates.languages[language] != nil
        else {
            let lines = opened.diagnostics.map(\.description).joined(separator: "\n")
            FileHandle.standardError.write(Data(
                "fuzz: cannot load the workspace at \(folder.path)\n\(lines)\n".utf8))
            exit(2)
        }
        return Fixture(strategy: strategy, templates: templates, language: language,
                       costs: DocumentCosts(strategy))
    }
}
