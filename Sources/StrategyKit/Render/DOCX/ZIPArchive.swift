import Foundation

/// A ZIP archive of stored (uncompressed) entries, written byte-for-byte the same for the same
/// entries.
///
/// Foundation on Linux has no compression, and an OOXML package needs none: stored entries with
/// a CRC-32 open in Word, LibreOffice, python-docx and `unzip`. Reproducibility comes from what
/// is left out or fixed: every entry is dated 1980-01-01 00:00 (the DOS epoch), carries no extra
/// fields, comments or file attributes, and the entries are written in one fixed order:
/// `[Content_Types].xml` first (Office expects it, and some readers sniff the first entry to
/// recognise an OOXML package), then all other paths in ascending order of their UTF-8 bytes.
/// Names are flagged as UTF-8 (general purpose bit 11). No ZIP64: an archive is limited to
/// 65,535 entries and 4 GiB, and larger input is an error rather than a corrupt file.
struct ZIPArchive {
    /// Why an archive cannot be written.
    enum Error: Swift.Error, Equatable, CustomStringConvertible {
        /// Two entries have the same path.
        case duplicatePath(String)
        /// A path is empty, absolute, or too long for a ZIP header.
        case invalidPath(String)
        /// The archive would need ZIP64 (more than 65,535 entries or 4 GiB).
        case tooLarge

        var description: String {
            switch self {
            case .duplicatePath(let path): "ZIP archive: the path '\(path)' occurs twice"
            case .invalidPath(let path): "ZIP archive: '\(path)' is not a valid entry path"
            case .tooLarge: "ZIP archive: more than 65,535 entries or 4 GiB (ZIP64 is not written)"
            }
        }
    }

    /// One file in the archive.
    struct Entry: Hashable, Sendable {
        /// The path inside the archive, with `/` separators and no leading `/`.
        var path: String
        /// The contents.
        var data: Data
    }

    /// The path that is always written first when present.
    static let firstPath = "[Content_Types].xml"

    /// The entries, in any order: ``data()`` sorts them.
    var entries: [Entry] = []

    /// Adds an entry.
    mutating func add(_ path: String, _ data: Data) {
        entries.append(Entry(path: path, data: data))
    }

    /// The entries in the order they are written.
    var orderedEntries: [Entry] {
        entries.sorted { lhs, rhs in
            let (left, right) = (lhs.path == Self.firstPath, rhs.path == Self.firstPath)
            if left != right { return left }
            return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8)
        }
    }

    /// The archive's bytes.
    func data() throws(Error) -> Data {
        let ordered = orderedEntries
        guard ordered.count <= 0xFFFF else { throw .tooLarge }
        var seen = Set<String>()
        for entry in ordered {
            guard seen.insert(entry.path).inserted else { throw .duplicatePath(entry.path) }
            guard !entry.path.isEmpty, !entry.path.hasPrefix("/"), entry.path.utf8.count <= 0xFFFF
            else { throw .invalidPath(entry.path) }
        }
        let total = ordered.reduce(0) { $0 + 30 + 46 + 2 * $1.path.utf8.count + $1.data.count } + 22
        guard total <= 0xFFFF_FFFF else { throw .tooLarge }

        var output = ZIPBytes(capacity: total)
        var central = ZIPBytes(capacity: ordered.reduce(0) { $0 + 46 + $1.path.utf8.count })
        for entry in ordered {
            let name = Array(entry.path.utf8)
            let header = LocalHeader(
                crc: CRC32.checksum(entry.data), size: UInt32(entry.data.count),
                nameLength: UInt16(name.count), offset: UInt32(output.count))
            output.u32(0x0403_4B50)
            header.writeCommonFields(to: &output)
            output.u16(0)  // extra field length
            output.bytes(name)
            output.bytes(entry.data)

            central.u32(0x0201_4B50)
            central.u16(Self.version)  // version made by: 2.0, MS-DOS attributes
            header.writeCommonFields(to: &central)
            central.u16(0)  // extra field length
            central.u16(0)  // comment length
            central.u16(0)  // disk number start
            central.u16(0)  // internal attributes
            central.u32(0)  // external attributes
            central.u32(header.offset)
            central.bytes(name)
        }
        let centralOffset = UInt32(output.count)
        output.bytes(central.storage)
        output.u32(0x0605_4B50)
        output.u16(0)  // this disk
        output.u16(0)  // disk with the central directory
        output.u16(UInt16(ordered.count))
        output.u16(UInt16(ordered.count))
        output.u32(UInt32(central.count))
        output.u32(centralOffset)
        output.u16(0)  // comment length
        return Data(output.storage)
    }

    /// ZIP 2.0, the version every reader supports.
    fileprivate static let version: UInt16 = 20

    /// The fields a local header shares with its central directory record.
    private struct LocalHeader {
        var crc: UInt32
        var size: UInt32
        var nameLength: UInt16
        var offset: UInt32

        func writeCommonFields(to bytes: inout ZIPBytes) {
            bytes.u16(ZIPArchive.version)  // version needed to extract
            bytes.u16(0x0800)  // flags: bit 11, names are UTF-8
            bytes.u16(0)  // method: stored
            bytes.u16(0)  // time 00:00:00
            bytes.u16(0x0021)  // date 1980-01-01: (1980 - 1980) << 9 | 1 << 5 | 1
            bytes.u32(crc)
            bytes.u32(size)  // compressed size
            bytes.u32(size)  // uncompressed size
            bytes.u16(nameLength)
        }
    }
}

/// A little-endian byte buffer.
private struct ZIPBytes {
    var storage: [UInt8] = []

    init(capacity: Int) { storage.reserveCapacity(capacity) }

    var count: Int { storage.count }

    mutating func u16(_ value: UInt16) {
        storage.append(UInt8(truncatingIfNeeded: value))
        storage.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func u32(_ value: UInt32) {
        u16(UInt16(truncatingIfNeeded: value))
        u16(UInt16(truncatingIfNeeded: value >> 16))
    }

    mutating func bytes(_ data: some Sequence<UInt8>) { storage.append(contentsOf: data) }
}
