// swift-tools-version: 6.2
import Foundation
import PackageDescription

// libFuzzer targets for StrategyKit's parsers and its DEFLATE compressor. Deliberately outside
// the root package so that `swift build` / `swift test` there never see them; build and run them
// with `scripts/fuzz.sh`.
// Each executable has no `main`: libFuzzer's own `main` is linked in by `--sanitize=fuzzer`,
// so a plain `swift build` of this package fails at link time by design.

// SwiftPM names a path dependency after its folder, so the root package's identity is whatever
// the clone is called ("main" here).
let rootPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .standardizedFileURL.lastPathComponent
let strategyKit: Target.Dependency = .product(name: "StrategyKit", package: rootPackage)

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", strategyKit],
        swiftSettings: strict)
}

let package = Package(
    name: "StrategyFuzz",
    dependencies: [.package(path: "../..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [strategyKit],
            swiftSettings: strict),
        fuzzTarget("FuzzJSON"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzProse"),
        fuzzTarget("FuzzTemplate"),
        fuzzTarget("FuzzValues"),
        fuzzTarget("FuzzComments"),
        fuzzTarget("FuzzDeflate"),
        fuzzTarget("FuzzJournal"),
        fuzzTarget("FuzzPortal"),
        fuzzTarget("FuzzZIP"),
        fuzzTarget("FuzzXML"),
        fuzzTarget("FuzzXLIFF"),
        fuzzTarget("FuzzXLSX"),
        fuzzTarget("FuzzDOCXComments"),
    ],
    swiftLanguageModes: [.v6]
)
