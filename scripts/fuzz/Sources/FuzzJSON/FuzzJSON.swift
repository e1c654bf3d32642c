import Foundation
import FuzzSupport
import StrategyKit

/// `JSONReader` on arbitrary bytes: both entry points (bytes as the loader reads a file, text as
/// the template loader reads `labels.json`), which must agree on valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = "strategy/fuzz.json"
    let bytes = Fuzz.data(data, size)
    let (root, diagnostics) = JSONReader.parse(bytes, file: file)
    Fuzz.checkDiagnostics(diagnostics, file: file)
    Fuzz.require(root != nil || !diagnostics.isEmpty, "no root and no diagnostic")
    if let root { visit(root, file: file, depth: 0) }

    if let text = String(validating: bytes, as: UTF8.self) {
        // The text as the template loader decodes labels.json: with its byte order mark, which
        // the reader skips as it does for bytes (a second one is content, as for bytes).
        let fromText = JSONReader.parse(text, file: file)
        let startsWithBOM = text.unicodeScalars.first == "\u{FEFF}"
        let fromBOMText = JSONReader.parse(startsWithBOM ? text : "\u{FEFF}" + text, file: file)
        let isUTF16 = size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE)
            || (data[0] == 0xFE && data[1] == 0xFF))
        if !isUTF16 {
            Fuzz.require(fromText.root == root, "text and bytes give different trees")
            Fuzz.require(fromText.diagnostics == diagnostics,
                         "text and bytes give different diagnostics")
        }
        Fuzz.require(fromBOMText.root == fromText.root && fromBOMText.diagnostics == fromText.diagnostics,
                     "a BOM changes the result")
    }
    return 0
}

/// Walks the tree (without recursion deeper than the reader allows) and checks every location.
private func visit(_ node: JSONNode, file: String, depth: Int) {
    Fuzz.require(depth <= JSONReader.maximumDepth, "nesting past the limit: \(depth)")
    Fuzz.checkLocation(node.location, file: file)
    switch node.value {
    case .object(let members):
        for member in members {
            Fuzz.checkLocation(member.keyLocation, file: file)
            visit(member.value, file: file, depth: depth + 1)
        }
    case .array(let elements):
        for element in elements { visit(element, file: file, depth: depth + 1) }
    case .number(let lexeme):
        Fuzz.require(!lexeme.isEmpty, "empty number lexeme")
    case .string, .bool, .null:
        break
    }
}
