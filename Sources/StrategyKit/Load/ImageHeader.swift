import Foundation

/// What the first bytes of a picture say: its format and size, without decoding it.
enum ImageHeader {
    /// The format and size in pixels of `data`, or nil when it is not a PNG, JPEG or SVG the
    /// size of which can be read.
    static func read(_ data: Data) -> (format: DocumentImage.Format, width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(1 << 16))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            // The IHDR chunk comes first: width and height are big-endian at 16 and 20.
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
            let width = bigEndian(bytes, 16, 4)
            let height = bigEndian(bytes, 20, 4)
            guard width > 0, height > 0 else { return nil }
            return (.png, width, height)
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            return jpegSize(data).map { (.jpeg, $0.width, $0.height) }
        }
        if let size = svgSize(bytes) { return (.svg, size.width, size.height) }
        return nil
    }

    /// The format an extension promises (`png`, `jpg`, `jpeg`, `svg`, any case).
    static func format(ofExtension name: String) -> DocumentImage.Format? {
        switch (name as NSString).pathExtension.lowercased() {
        case "png": .png
        case "jpg", "jpeg": .jpeg
        case "svg": .svg
        default: nil
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        var value = 0
        for index in offset..<(offset + count) { value = value << 8 | Int(bytes[index]) }
        return value
    }

    /// The size in a JPEG's start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC), found by
    /// walking the segments from the start.
    private static func jpegSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                index += 2
                continue
            }
            let length = bigEndian(bytes, index + 2, 2)
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = bigEndian(bytes, index + 5, 2)
                let width = bigEndian(bytes, index + 7, 2)
                guard width > 0, height > 0 else { return nil }
                return (width, height)
            }
            if marker == 0xDA || marker == 0xD9 { return nil }
            index += 2 + length
        }
        return nil
    }

    /// The size of an SVG from its root element: `width` and `height` (in px, pt, mm, cm or
    /// in), else the `viewBox`, else 300 × 150 (the size browsers give a picture without one).
    private static func svgSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let text = String(decoding: bytes.prefix(8192), as: UTF8.self)
        guard let open = text.range(of: "<svg"),
              text[..<open.lowerBound].allSatisfy({ $0.isWhitespace || $0.isASCII }),
              let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = text[open.upperBound..<close]
        guard tag.first.map({ $0.isWhitespace || $0 == ">" || $0 == "/" }) ?? true else { return nil }
        let width = attribute("width", in: tag).flatMap(length)
        let height = attribute("height", in: tag).flatMap(length)
        var box: [Double] = []
        if let viewBox = attribute("viewBox", in: tag) {
            box = viewBox.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        }
        let hasBox = box.count == 4 && box[2] > 0 && box[3] > 0
        switch (width, height) {
        case let (width?, height?): return (Int(width.rounded()), Int(height.rounded()))
        case let (width?, nil) where hasBox: return (Int(width.rounded()), Int((width * box[3] / box[2]).rounded()))
        case let (nil, height?) where hasBox: return (Int((height * box[2] / box[3]).rounded()), Int(height.rounded()))
        default: return hasBox ? (Int(box[2].rounded()), Int(box[3].rounded())) : (300, 150)
        }
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        for quote in ["\"", "'"] {
            var search = tag[...]
            while let range = search.range(of: name + "=" + quote) {
                let before = tag[..<range.lowerBound].last
                if before.map({ $0.isWhitespace }) ?? false,
                   let end = tag[range.upperBound...].range(of: quote) {
                    return String(tag[range.upperBound..<end.lowerBound])
                }
                search = tag[range.upperBound...]
            }
        }
        return nil
    }

    /// A CSS length in pixels; percentages and unknown units are no size.
    private static func length(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("px", 1), ("pt", 4.0 / 3), ("mm", 96 / 25.4), ("cm", 96 / 2.54), ("in", 96), ("", 1)]
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            guard let value = Double(trimmed.dropLast(unit.count)), value > 0, value < 100_000 else { return nil }
            return value * factor
        }
        return nil
    }
}
