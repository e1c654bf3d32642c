import Foundation
import FuzzSupport
import StrategyKit

/// The Office readers' inflater and ZIP reader on arbitrary bytes, with small limits so that
/// every limit is reached: nothing may trap, no entry may come back larger than its declared
/// size or the limit, every accepted name must be safe; and archives written by the DOCX
/// writer's `ZIPArchive` (entries cut from the input) must read back exactly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkInflate(bytes)
    checkArchive(bytes)
    // One input in 16: compressing (the DOCX writer's DEFLATE sets up its match finder per
    // entry) ran at FuzzDeflate's few hundred executions a second.
    if bytes.first.map({ $0 % 16 == 0 }) == true { checkRoundTrip(bytes) }
    return 0
}

/// Small limits: an entry that inflates to the limit is decoded bit by bit, and a corpus of
/// archives that each inflate 64 entries of 64 KiB ran at 140 executions a second.
private let entryLimit = 1 << 12

private func checkInflate(_ bytes: [UInt8]) {
    guard let lenient = try? FuzzEntryPoints.inflate(bytes, limit: entryLimit, isStrict: false)
    else { return }
    Fuzz.require(lenient.count <= entryLimit, "inflated \(lenient.count) bytes past the limit")
    if let strict = try? FuzzEntryPoints.inflate(bytes, limit: entryLimit, isStrict: true) {
        Fuzz.require(strict == lenient, "strict and lenient inflating disagree")
    }
}

private func checkArchive(_ bytes: [UInt8]) {
    let report = FuzzEntryPoints.readZIP(bytes, entries: 16, entryBytes: entryLimit,
                                         totalBytes: 4 * entryLimit)
    if let failure = report.failure {
        Fuzz.require(report.entries.isEmpty && !failure.isEmpty, "a failure with entries")
        return
    }
    Fuzz.require(report.entries.count <= 16, "\(report.entries.count) entries past the limit")
    Fuzz.require(Set(report.entries.map(\.name)).count == report.entries.count, "duplicate names")
    var total = 0
    for entry in report.entries {
        Fuzz.require(FuzzEntryPoints.isSafeZIPName(entry.name), "unsafe name '\(entry.name)'")
        let segments = entry.name.split(separator: "/", omittingEmptySubsequences: false)
        Fuzz.require(!entry.name.hasPrefix("/") && !segments.contains(".."),
                     "name '\(entry.name)' escapes")
        total += entry.size
        if case .success(let contents) = entry.contents {
            Fuzz.require(contents.count == entry.size && contents.count <= entryLimit,
                         "\(entry.name): \(contents.count) bytes, declared \(entry.size)")
        }
    }
    Fuzz.require(total <= 4 * entryLimit, "declared total \(total) past the limit")
}

/// The input cut into up to eight entries (the first byte says where), named safely.
private func checkRoundTrip(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let count = Int(first % 8) + 1
    let body = Array(bytes.dropFirst())
    let piece = max(1, body.count / count)
    var entries: [(name: String, bytes: [UInt8])] = []
    for index in 0..<count {
        let start = min(body.count, index * piece)
        let end = index == count - 1 ? body.count : min(body.count, start + piece)
        entries.append(("part\(index)/\(first).xml", Array(body[start..<end])))
    }
    guard let archive = try? FuzzEntryPoints.writeZIP(entries) else {
        Fuzz.require(false, "the writer refused \(count) small entries")
        return
    }
    // Our own archive of the input (at most 8 KiB) within limits it fits.
    let report = FuzzEntryPoints.readZIP(archive, entries: 16, entryBytes: 1 << 16, totalBytes: 1 << 16)
    Fuzz.require(report.failure == nil, "our own archive refused: \(report.failure ?? "")")
    let read = report.entries.map { entry -> (String, [UInt8]) in
        guard case .success(let contents) = entry.contents else {
            Fuzz.require(false, "our own entry \(entry.name) refused")
            return (entry.name, [])
        }
        return (entry.name, contents)
    }
    let expected = entries.sorted { $0.name < $1.name }
    Fuzz.require(read.map(\.0) == expected.map(\.name) && read.map(\.1) == expected.map(\.bytes),
                 "an archive of \(count) entries did not read back")
}
