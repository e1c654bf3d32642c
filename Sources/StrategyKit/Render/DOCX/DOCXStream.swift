/// word/document.xml deflated while ``DOCXBody`` writes it: the body hands over its text each
/// time a megabyte has gathered, so a document of 20,000 actions holds about a megabyte of XML
/// and its compressed bytes (5 MB) instead of 165 MB of text and a copy of it.
struct DOCXStream {
    /// How much text gathers before it is compressed.
    static let pieceBytes = 1 << 20

    /// A stream that takes nothing: the body keeps its whole text (the golden tests' parts).
    static let keepingAll = DOCXStream(pieceBytes: .max)

    private let limit: Int
    private var deflater = DeflateStream()

    /// A stream that compresses the text a piece of `pieceBytes` at a time.
    init(pieceBytes: Int = Self.pieceBytes) {
        limit = pieceBytes
    }

    /// Compresses `xml` and empties it (keeping its storage) when it holds a piece's worth.
    mutating func take(_ xml: inout String) {
        guard xml.utf8.count >= limit else { return }
        xml.withUTF8 { deflater.append(UnsafeRawBufferPointer($0), isFinal: false) }
        xml.removeAll(keepingCapacity: true)
    }

    /// The compressed part, ended with `rest`, the text the body returned from `finish()`.
    mutating func finish(with rest: String) -> DeflateStream.Result {
        var rest = rest
        rest.withUTF8 { deflater.append(UnsafeRawBufferPointer($0), isFinal: true) }
        return deflater.result()
    }
}
