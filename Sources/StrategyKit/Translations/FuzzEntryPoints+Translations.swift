extension FuzzEntryPoints {
    /// What ``readXLIFF(_:maximumUnits:)`` found.
    public struct XLIFFReport: Sendable {
        /// The units' ids, when the file was read.
        public var units: [String]?
        /// The diagnostics, as text.
        public var diagnostics: [String]
        /// The places of the units and diagnostics: 1-based lines and columns.
        public var locations: [SourceLocation]
        /// Whether every source and target text, cut into Markdown codes and joined again, is
        /// the same text.
        public var codesRoundTrip: Bool
    }

    /// Reads `bytes` as an XLIFF file, refusing it past `maximumUnits` units.
    public static func readXLIFF(_ bytes: [UInt8], maximumUnits: Int) -> XLIFFReport {
        let (document, problems) = XLIFFReader.read(bytes, file: "in.xlf", maximumUnits: maximumUnits)
        var roundTrip = true
        for unit in document?.units ?? [] {
            for pieces in [unit.source, unit.target].compactMap({ $0 }) {
                let text = XLIFFDocument.Unit.text(pieces, sourceCodes: ["*", "**", "[", "](x)"]) ?? ""
                if MarkdownCodes.text(MarkdownCodes.pieces(text)) != text { roundTrip = false }
            }
        }
        return XLIFFReport(
            units: document?.units.map(\.id), diagnostics: problems.map(\.description),
            locations: (document?.units.map(\.location) ?? []) + problems.map(\.location),
            codesRoundTrip: roundTrip)
    }
}
