import Foundation

/// A ZIP archive whose entries are deflated (or stored, when deflating does not make them
/// smaller), written byte-for-byte the same for the same entries.
///
/// Foundation on Linux has no compression, so entries go through the package's own
/// ``Deflate`` (method 8, version needed 2.0); an empty or incompressible entry is stored
/// (method 0). Reproducibility comes from what is left out or fixed: the compressor is
/// deterministic, every entry is dated 1980-01-01 00:00 (the DOS epoch), carries no extra
/// fields, comments or file attributes, and the entries are written in one fixed order:
/// `[Content_Types].xml` first (Office expects it, and some readers sniff the first entry to
/// recognise an OOXML package), then all other paths in ascending order of their UTF-8 bytes.
/// Names are flagged as UTF-8 (general purpose bit 11). No ZIP64: an archive is limited to
/// 65,535 entries and 4 GiB (counted as if stored), and larger input is an error rather than a
/// corrupt file.
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
        /// The contents (empty when the entry was added already deflated).
        var data: Data
        /// The contents, when they were deflated as they were written.
        var deflated: DeflateStream.Result?

        /// The size of the contents, uncompressed.
        var size: Int { deflated?.size ?? data.count }
    }

    /// The path that is always written first when present.
    static let firstPath = "[Content_Types].xml"

    /// The entries, in any order: ``data()`` sorts them.
    var entries: [Entry] = []
    /// Whether entries are stored without trying to deflate them (fuzzing packages built
    /// around fuzzed parts, where compressing would cost more than the reading being tested).
    var storesEntries = false

    /// Adds an entry.
    mutating func add(_ path: String, _ data: Data) {
        entries.append(Entry(path: path, data: data))
    }

    /// Adds an entry whose contents are deflated already (always written deflated).
    mutating func add(_ path: String, deflated: DeflateStream.Result) {
        entries.append(Entry(path: path, data: Data(), deflated: deflated))
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
    ///
    /// Everything is written into one buffer sized for the worst case (each entry deflated at
    /// its largest), which is then cut to length: pages never touched cost no memory, and the
    /// entries' data is neither copied to an intermediate buffer nor copied again at the end.
    func data() throws(Error) -> Data {
        let ordered = orderedEntries
        guard ordered.count <= 0xFFFF else { throw .tooLarge }
        var seen = Set<String>()
        for entry in ordered {
            guard seen.insert(entry.path).inserted else { throw .duplicatePath(entry.path) }
            guard !entry.path.isEmpty, !entry.path.hasPrefix("/"), entry.path.utf8.count <= 0xFFFF
            else { throw .invalidPath(entry.path) }
        }
        let total = ordered.reduce(0) { $0 + 30 + 46 + 2 * $1.path.utf8.count + $1.size } + 22
        guard total <= 0xFFFF_FFFF else { throw .tooLarge }

        let capacity = ordered.reduce(22) { sum, entry in
            sum + 30 + 46 + 2 * entry.path.utf8.count
                + (entry.deflated?.compressed.count ?? Deflate.maxCompressedCount(entry.data.count))
        }
        var output = Data(count: capacity)
        let count = output.withUnsafeMutableBytes { buffer in
            var bytes = ZIPBytes(buffer)
            var headers: [LocalHeader] = []
            headers.reserveCapacity(ordered.count)
            for entry in ordered {
                let name = Array(entry.path.utf8)
                let offset = bytes.count
                bytes.skip(30 + name.count)
                let header = if let deflated = entry.deflated {
                    bytes.deflated(deflated, nameLength: name.count, offset: offset)
                } else {
                    entry.data.withUnsafeBytes { data in
                        bytes.compress(data, nameLength: name.count, offset: offset, deflating: !storesEntries)
                    }
                }
                let end = bytes.count
                bytes.count = offset
                bytes.u32(0x0403_4B50)
                header.writeCommonFields(to: &bytes)
                bytes.u16(0)  // extra field length
                bytes.bytes(name)
                bytes.count = end
                headers.append(header)
            }
            let centralOffset = bytes.count
            for (entry, header) in zip(ordered, headers) {
                bytes.u32(0x0201_4B50)
                bytes.u16(Self.version)  // version made by: 2.0, MS-DOS attributes
                header.writeCommonFields(to: &bytes)
                bytes.u16(0)  // extra field length
                bytes.u16(0)  // comment length
                bytes.u16(0)  // disk number start
                bytes.u16(0)  // internal attributes
                bytes.u32(0)  // external attributes
                bytes.u32(header.offset)
                bytes.bytes(entry.path.utf8)
            }
            let centralSize = bytes.count - centralOffset
            bytes.u32(0x0605_4B50)
            bytes.u16(0)  // this disk
            bytes.u16(0)  // disk with the central directory
            bytes.u16(UInt16(ordered.count))
            bytes.u16(UInt16(ordered.count))
            bytes.u32(UInt32(centralSize))
            bytes.u32(UInt32(centralOffset))
            bytes.u16(0)  // comment length
            return bytes.count
        }
        output.count = count
        return output
    }

    /// ZIP 2.0, the version every reader supports, and the one that introduced deflating.
    fileprivate static let version: UInt16 = 20

    /// The fields a local header shares with its central directory record.
    fileprivate struct LocalHeader {
        /// 0 stored, 8 deflated.
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var size: UInt32
        var nameLength: UInt16
        var offset: UInt32

        func writeCommonFields(to bytes: inout ZIPBytes) {
            bytes.u16(ZIPArchive.version)  // version needed to extract
            bytes.u16(0x0800)  // flags: bit 11, names are UTF-8
            bytes.u16(method)
            bytes.u16(0)  // time 00:00:00
            bytes.u16(0x0021)  // date 1980-01-01: (1980 - 1980) << 9 | 1 << 5 | 1
            bytes.u32(crc)
            bytes.u32(compressedSize)
            bytes.u32(size)  // uncompressed size
            bytes.u16(nameLength)
        }
    }
}

/// Little-endian writes into a buffer that ``ZIPArchive/data()`` sized for the worst case.
private struct ZIPBytes {
    let buffer: UnsafeMutableRawBufferPointer
    /// The bytes written so far; moving it back rewrites.
    var count = 0

    init(_ buffer: UnsafeMutableRawBufferPointer) { self.buffer = buffer }

    mutating func skip(_ count: Int) { self.count += count }

    mutating func u16(_ value: UInt16) {
        buffer.storeBytes(of: value.littleEndian, toByteOffset: count, as: UInt16.self)
        count += 2
    }

    mutating func u32(_ value: UInt32) {
        buffer.storeBytes(of: value.littleEndian, toByteOffset: count, as: UInt32.self)
        count += 4
    }

    mutating func bytes(_ data: some Collection<UInt8>) {
        let end = count + data.count
        UnsafeMutableRawBufferPointer(rebasing: buffer[count..<end]).copyBytes(from: data)
        count = end
    }

    /// Writes contents deflated beforehand and returns their header.
    mutating func deflated(
        _ entry: DeflateStream.Result, nameLength: Int, offset: Int
    ) -> ZIPArchive.LocalHeader {
        bytes(entry.compressed)
        return ZIPArchive.LocalHeader(
            method: 8, crc: entry.crc, compressedSize: UInt32(entry.compressed.count),
            size: UInt32(entry.size), nameLength: UInt16(nameLength), offset: UInt32(offset))
    }

    /// Writes `data` deflated when that is smaller, else as it is, and returns its header.
    mutating func compress(
        _ data: UnsafeRawBufferPointer, nameLength: Int, offset: Int, deflating: Bool = true
    ) -> ZIPArchive.LocalHeader {
        let room = UnsafeMutableRawBufferPointer(
            rebasing: buffer[count..<(count + Deflate.maxCompressedCount(data.count))])
        let deflated = deflating ? Deflate.compress(data, into: room) : data.count
        let isDeflated = deflated < data.count
        if isDeflated {
            count += deflated
        } else {
            bytes(data)
        }
        return ZIPArchive.LocalHeader(
            method: isDeflated ? 8 : 0, crc: CRC32.checksum(data),
            compressedSize: UInt32(isDeflated ? deflated : data.count), size: UInt32(data.count),
            nameLength: UInt16(nameLength), offset: UInt32(offset))
    }
}
