import Foundation
import FuzzSupport
import StrategyKit

/// The Office readers' XML reader on arbitrary bytes, with small limits so that they are
/// reached: nothing may trap; an accepted part has balanced events and 1-based, ordered
/// locations; a refused one says where (1-based); the tree and the events always agree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let report = FuzzEntryPoints.readXML(bytes, depth: 24, nodes: 600)
    Fuzz.require(report.treeAgrees, "the tree and the events disagree")
    if let failure = report.failure {
        Fuzz.require(failure.line >= 1 && failure.column >= 1 && !failure.message.isEmpty,
                     "failure at \(failure.line):\(failure.column): \(failure.message)")
        return 0
    }
    let starts = report.events.filter { $0.hasPrefix("<") && !$0.hasPrefix("</") }.count
    let ends = report.events.filter { $0.hasPrefix("</") }.count
    Fuzz.require(starts == ends && starts >= 1, "\(starts) starts, \(ends) ends")
    Fuzz.require(report.events.count <= 2 * 600, "\(report.events.count) events past the limit")
    var previous = (line: 1, column: 1)
    for location in report.locations {
        Fuzz.require(location.line >= 1 && location.column >= 1, "location \(location)")
        Fuzz.require(location.line > previous.line
                        || (location.line == previous.line && location.column >= previous.column),
                     "locations go back: \(previous) then \(location)")
        previous = location
    }
    return 0
}
