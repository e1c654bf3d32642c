import Foundation

/// Reads the entries of a ZIP archive (an XLSX or DOCX package) written by anyone, within
/// ``OfficeLimits``.
///
/// The central directory is the index: it is found from the end-of-central-directory record
/// and read whole when the reader is made, and each entry's local header is only used to find
/// where its data starts. Entries are stored (method 0) or deflated (method 8, by ``Inflate``
/// in lenient mode); each is checked against its declared size and CRC-32.
///
/// Refused, with a ``Failure`` that says why: bytes that are not a ZIP or are cut short; more
/// than ``Limits/entries`` entries; a name that is empty, absolute, holds a backslash, a drive
/// letter, a NUL, a `.` or `..` segment, is not UTF-8, or occurs twice; an encrypted entry; a
/// method other than 0 and 8; an entry declared or found larger than ``Limits/entryBytes``;
/// declared sizes that add up past ``Limits/totalBytes``; and any ZIP64 record (an archive that
/// needs one is past the limits anyway, so none is supported). An entry never inflates past its
/// declared size, so reading every entry costs at most the total limit.
struct ZIPArchiveReader: Sendable {
    /// The bounds an archive is read within (``OfficeLimits`` by default; tests make them small).
    struct Limits: Sendable {
        var entries = OfficeLimits.zipEntries
        var entryBytes = OfficeLimits.zipEntryBytes
        var totalBytes = OfficeLimits.zipTotalBytes
    }

    /// Why an archive or one of its entries cannot be read.
    struct Failure: Error, Equatable, CustomStringConvertible {
        /// What went wrong, as a stable category.
        enum Kind: String, Sendable {
            case notZIP, truncated, invalidName, duplicateName, tooManyEntries, entryTooLarge,
                 totalTooLarge, encrypted, unsupportedMethod, zip64, corrupt
        }

        var kind: Kind
        /// The entry concerned, if any.
        var entry: String?
        /// A sentence for the user.
        var reason: String

        var description: String {
            entry.map { "ZIP entry '\($0)': \(reason)" } ?? "ZIP archive: \(reason)"
        }
    }

    /// One entry of the central directory.
    struct Entry: Hashable, Sendable {
        /// The path inside the archive (`/` separators, no leading `/`).
        var name: String
        /// 0 stored, 8 deflated.
        var method: Int
        var crc: UInt32
        var compressedSize: Int
        /// The declared uncompressed size.
        var size: Int
        /// Where its local header starts.
        var localHeaderOffset: Int
    }

    /// The entries in the order of the central directory.
    let entries: [Entry]
    private let bytes: [UInt8]
    private let index: [String: Int]
    private let limits: Limits

    /// Reads the central directory of `data`.
    init(_ data: Data, limits: Limits = Limits()) throws(Failure) {
        try self.init(bytes: [UInt8](data), limits: limits)
    }

    /// Reads the central directory of `bytes`.
    init(bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        let cursor = ZIPCursor(bytes: bytes)
        let end = try Self.endRecord(in: bytes)
        let diskNumbers = (try cursor.u16(end + 4), try cursor.u16(end + 6))
        let count = try cursor.u16(end + 10)
        let directorySize = try cursor.u32(end + 12)
        let directoryOffset = try cursor.u32(end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
            || (end >= 20 && (try? cursor.u32(end - 20)) == 0x0706_4B50) {
            throw Failure(kind: .zip64, reason: "ZIP64 archives are not supported")
        }
        guard diskNumbers == (0, 0), try cursor.u16(end + 8) == count else {
            throw Failure(kind: .corrupt, reason: "archives split over several disks are not supported")
        }
        guard count <= limits.entries else {
            throw Failure(kind: .tooManyEntries,
                          reason: "\(count) entries, more than the limit of \(limits.entries)")
        }
        guard directoryOffset + directorySize <= end else {
            throw Failure(kind: .truncated, reason: "the central directory lies outside the file")
        }

        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var total = 0
        var offset = directoryOffset
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let entry = try Self.centralRecord(at: &offset, cursor: cursor,
                                               directoryEnd: directoryOffset + directorySize)
            guard entry.size <= limits.entryBytes else {
                throw Failure(kind: .entryTooLarge, entry: entry.name,
                              reason: "declares \(entry.size) bytes, more than the limit of "
                                  + "\(limits.entryBytes)")
            }
            total += entry.size
            guard total <= limits.totalBytes else {
                throw Failure(kind: .totalTooLarge,
                              reason: "the entries declare more than the limit of "
                                  + "\(limits.totalBytes) bytes in all")
            }
            guard index.updateValue(entries.count, forKey: entry.name) == nil else {
                throw Failure(kind: .duplicateName, entry: entry.name,
                              reason: "the name occurs twice")
            }
            entries.append(entry)
        }
        self.entries = entries
        self.index = index
    }

    /// The entry named `name`, if the archive has one.
    func entry(named name: String) -> Entry? {
        index[name].map { entries[$0] }
    }

    /// The uncompressed bytes of the entry named `name`, or nil when there is none.
    func contents(ofEntryNamed name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The uncompressed bytes of `entry`, checked against its size and CRC-32.
    func contents(of entry: Entry) throws(Failure) -> [UInt8] {
        func fail(_ kind: Failure.Kind, _ reason: String) -> Failure {
            Failure(kind: kind, entry: entry.name, reason: reason)
        }
        let cursor = ZIPCursor(bytes: bytes)
        let local = entry.localHeaderOffset
        guard try cursor.u32(local) == 0x0403_4B50 else {
            throw fail(.corrupt, "no local header at offset \(local)")
        }
        let start = local + 30 + (try cursor.u16(local + 26)) + (try cursor.u16(local + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw fail(.truncated, "the data runs past the end of the file")
        }
        let stored = Array(bytes[start..<(start + entry.compressedSize)])
        let content: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else {
                throw fail(.corrupt, "a stored entry whose sizes differ")
            }
            content = stored
        case 8:
            do {
                content = try Inflate.inflate(stored, limit: entry.size, mode: .lenient)
            } catch let failure as Inflate.Failure where failure.isOverLimit {
                throw fail(.entryTooLarge, "inflates to more than its declared \(entry.size) bytes")
            } catch {
                throw fail(.corrupt, "bad DEFLATE data (\(error))")
            }
        default:
            throw fail(.unsupportedMethod, "compression method \(entry.method) is not supported")
        }
        guard content.count == entry.size else {
            throw fail(.corrupt, "inflates to \(content.count) bytes, not the declared \(entry.size)")
        }
        guard CRC32.checksum(content) == entry.crc else {
            throw fail(.corrupt, "the CRC-32 does not match")
        }
        return content
    }

    /// The offset of the end-of-central-directory record: the last signature whose comment
    /// length reaches exactly the end of the file (the comment is at most 65,535 bytes).
    private static func endRecord(in bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else {
            throw Failure(kind: .notZIP, reason: "not a ZIP archive (too short)")
        }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 5,
               bytes[offset + 3] == 6,
               Int(bytes[offset + 20]) | Int(bytes[offset + 21]) << 8 == bytes.count - offset - 22 {
                return offset
            }
            offset -= 1
        }
        let isLocal = bytes.starts(with: [0x50, 0x4B, 3, 4])
        throw Failure(kind: isLocal ? .truncated : .notZIP,
                      reason: isLocal ? "the archive is cut short (no central directory)"
                          : "not a ZIP archive")
    }

    /// Reads the central directory record at `offset` and moves past it.
    private static func centralRecord(
        at offset: inout Int, cursor: ZIPCursor, directoryEnd: Int
    ) throws(Failure) -> Entry {
        let at = offset
        guard at + 46 <= directoryEnd, try cursor.u32(at) == 0x0201_4B50 else {
            throw Failure(kind: .corrupt, reason: "a damaged central directory")
        }
        let flags = try cursor.u16(at + 8)
        let method = try cursor.u16(at + 10)
        let crc = UInt32(try cursor.u32(at + 16))
        let compressedSize = try cursor.u32(at + 20)
        let size = try cursor.u32(at + 24)
        let nameLength = try cursor.u16(at + 28)
        let extraLength = try cursor.u16(at + 30)
        let commentLength = try cursor.u16(at + 32)
        let disk = try cursor.u16(at + 34)
        let localOffset = try cursor.u32(at + 42)
        let next = at + 46 + nameLength + extraLength + commentLength
        guard next <= directoryEnd else {
            throw Failure(kind: .corrupt, reason: "a damaged central directory")
        }
        offset = next
        let nameBytes = cursor.bytes[(at + 46)..<(at + 46 + nameLength)]
        guard let name = String(validating: nameBytes, as: UTF8.self) else {
            throw Failure(kind: .invalidName, entry: String(decoding: nameBytes, as: UTF8.self),
                          reason: "the name is not UTF-8")
        }
        try checkName(name)
        if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF
            || disk == 0xFFFF {
            throw Failure(kind: .zip64, entry: name, reason: "ZIP64 entries are not supported")
        }
        if flags & 1 != 0 || flags & 0x40 != 0 {
            throw Failure(kind: .encrypted, entry: name, reason: "the entry is encrypted")
        }
        return Entry(name: name, method: method, crc: crc, compressedSize: compressedSize,
                     size: size, localHeaderOffset: localOffset)
    }

    /// Refuses a name that could point outside a folder it were unpacked into, or that two
    /// systems would read differently.
    static func checkName(_ name: String) throws(Failure) {
        func refuse(_ reason: String) -> Failure {
            Failure(kind: .invalidName, entry: name, reason: reason)
        }
        guard !name.isEmpty else { throw refuse("the name is empty") }
        guard !name.hasPrefix("/") else { throw refuse("the name is an absolute path") }
        guard !name.contains("\\") else { throw refuse("the name holds a backslash") }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw refuse("the name holds a control character")
        }
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        if let first = segments.first, first.count == 2, first.hasSuffix(":") {
            throw refuse("the name starts with a drive letter")
        }
        // An empty last segment is a folder entry ("xl/"); empty ones inside are not allowed.
        for (position, segment) in segments.enumerated() {
            if segment == ".." || segment == "." {
                throw refuse("the name holds a '\(segment)' segment")
            }
            if segment.isEmpty && position != segments.count - 1 {
                throw refuse("the name holds an empty segment")
            }
        }
    }
}

/// Bounds-checked little-endian reads.
private struct ZIPCursor {
    let bytes: [UInt8]

    func u16(_ at: Int) throws(ZIPArchiveReader.Failure) -> Int {
        guard at >= 0, at <= bytes.count - 2 else {
            throw ZIPArchiveReader.Failure(kind: .truncated, reason: "the archive is cut short")
        }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) throws(ZIPArchiveReader.Failure) -> Int {
        try u16(at) | (try u16(at + 2)) << 16
    }
}
