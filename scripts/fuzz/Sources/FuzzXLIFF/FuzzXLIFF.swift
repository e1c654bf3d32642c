import Foundation
import FuzzSupport
import StrategyKit

/// The XLIFF reader of `strategy translate import` on arbitrary bytes, with a small unit limit
/// so that it is reached: nothing may trap; a file is either read (its units with ids, at
/// 1-based places) or refused with at least one diagnostic at a 1-based place; the Markdown
/// codes of every text give the text back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let report = FuzzEntryPoints.readXLIFF(bytes, maximumUnits: 20)
    Fuzz.require(report.units != nil || !report.diagnostics.isEmpty, "neither read nor refused")
    if let units = report.units {
        Fuzz.require(units.count <= 20, "\(units.count) units past the limit")
        Fuzz.require(units.allSatisfy { !$0.isEmpty }, "a unit without an id")
    }
    for location in report.locations {
        Fuzz.require(location.line >= 1 && location.column >= 1, "location \(location)")
    }
    Fuzz.require(report.codesRoundTrip, "Markdown codes do not give the text back")
    return 0
}
