import Foundation

/// The character encoding a text file was read in.
///
/// The raw value is the spelling used in reports and configuration.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 with a byte order mark (what Excel writes for "CSV UTF-8").
    case utf8BOM = "utf8-bom"
    /// UTF-16 little-endian, recognised by its byte order mark.
    case utf16LE = "utf16le"
    /// UTF-16 big-endian, recognised by its byte order mark.
    case utf16BE = "utf16be"
    /// Windows-1251 (Cyrillic), what Russian Excel writes for plain "CSV".
    case windows1251 = "cp1251"
}

/// Turns the bytes of a text file into a `String`, recognising the encodings spreadsheets write.
public enum TextDecoding {
    /// Decodes `data`, choosing the encoding from its first bytes and its validity.
    ///
    /// In order:
    /// 1. `EF BB BF` (UTF-8 BOM): the BOM is stripped and the rest decoded as UTF-8; invalid bytes
    ///    after a UTF-8 BOM become U+FFFD (the BOM is a clear statement of intent).
    /// 2. `FF FE` / `FE FF` (UTF-16 LE / BE BOM): the rest is decoded as UTF-16; unpaired
    ///    surrogates and a trailing odd byte become U+FFFD.
    /// 3. Valid UTF-8 (strict): decoded as is. Empty data is UTF-8.
    /// 4. Otherwise Windows-1251, which always decodes: every byte maps to one scalar. The
    ///    unassigned byte 0x98 maps to the C1 control U+0098, as Foundation and the WHATWG
    ///    encoding standard do, so a CSV reader reports it as a control character.
    ///
    /// UTF-16 without a BOM is not guessed; it usually reads as UTF-8 with NUL characters.
    public static func decode(_ data: Data) -> (text: String, encoding: TextEncoding) {
        data.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self))
        }
    }

    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (text: String, encoding: TextEncoding) {
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = UnsafeBufferPointer(rebasing: bytes[3...])
            return (String(decoding: rest, as: UTF8.self), .utf8BOM)
        }
        if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (decodeUTF16(bytes, bigEndian: false), .utf16LE)
        }
        if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (decodeUTF16(bytes, bigEndian: true), .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return (decodeWindows1251(bytes), .windows1251)
    }

    /// Decodes the bytes after a two-byte BOM as UTF-16.
    private static func decodeUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool
    ) -> String {
        let pairs = (bytes.count - 2) / 2
        var units: [UInt16] = []
        units.reserveCapacity(pairs)
        var index = 2
        for _ in 0..<pairs {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if (bytes.count - 2) % 2 != 0 {
            text.unicodeScalars.append("\u{FFFD}")
        }
        return text
    }

    /// Decodes Windows-1251 with a fixed table, so the behaviour does not depend on the platform.
    private static func decodeWindows1251(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            let scalar: UInt32
            switch byte {
            case 0x00..<0x80:
                utf8.append(byte)
                continue
            case 0x80..<0xC0:
                scalar = UInt32(windows1251High[Int(byte) - 0x80])
            default:
                // 0xC0...0xFF are А...я in alphabetical order.
                scalar = 0x0410 + UInt32(byte) - 0xC0
            }
            if scalar < 0x800 {
                utf8.append(UInt8(0xC0 | scalar >> 6))
                utf8.append(UInt8(0x80 | scalar & 0x3F))
            } else {
                utf8.append(UInt8(0xE0 | scalar >> 12))
                utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                utf8.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Scalars for bytes 0x80...0xBF (WHATWG index-windows-1251).
    static let windows1251High: [UInt16] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ]
}
