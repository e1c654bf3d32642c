import Foundation

/// The external hyperlinks and the pictures of `word/document.xml`: one relationship per
/// distinct target, with ids numbered in order of first use after the fixed relationships.
struct DOCXHyperlinks {
    /// The relationships, in the order they are written; a picture's target is its part
    /// (`media/image1.png`), a hyperlink's an external URI.
    private(set) var relationships: [(id: String, target: String, isImage: Bool)] = []
    /// The picture parts, in the order of their relationships: path in the package and bytes.
    private(set) var media: [(path: String, image: DocumentImage)] = []
    private var ids: [String: String] = [:]
    private var imageIDs: [String: String] = [:]
    private let firstNumber: Int

    /// Starts numbering at `rId<firstNumber>`.
    init(firstNumber: Int) {
        self.firstNumber = firstNumber
    }

    /// The relationship id of `target`, added when it is new.
    mutating func id(for target: String) -> String {
        let uri = Self.uri(target)
        if let id = ids[uri] { return id }
        let id = "rId\(firstNumber + relationships.count)"
        ids[uri] = id
        relationships.append((id, uri, false))
        return id
    }

    /// The relationship id of the picture `source`, its part added on first use.
    mutating func imageID(for source: String, image: DocumentImage) -> String {
        if let id = imageIDs[source] { return id }
        let id = "rId\(firstNumber + relationships.count)"
        imageIDs[source] = id
        let name = "media/image\(media.count + 1).\(image.format.fileExtension)"
        relationships.append((id, name, true))
        media.append(("word/" + name, image))
        return id
    }

    /// The target with the characters a URI may not contain (spaces, controls, `"<>\^`{|}`)
    /// percent-encoded, so strict package readers accept the relationship. Other non-ASCII
    /// characters stay (an IRI, which Word and LibreOffice open).
    static func uri(_ target: String) -> String {
        var result = ""
        for scalar in target.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            let isExcluded = "\"<>\\^`{|}".unicodeScalars.contains(scalar)
            if scalar.value <= 0x20 || scalar.value == 0x7F || isExcluded {
                for byte in String(scalar).utf8 {
                    let hex = String(byte, radix: 16, uppercase: true)
                    result += "%" + (hex.count == 1 ? "0" : "") + hex
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
