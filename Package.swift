// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "StrategyWorkbench",
    products: [
        .executable(name: "strategy", targets: ["strategy"]),
        .executable(name: "strategy-bench", targets: ["strategy-bench"]),
        .library(name: "StrategyKit", targets: ["StrategyKit"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "StrategyKit", swiftSettings: strict),
        .target(name: "StrategyCLI", dependencies: ["StrategyKit"], swiftSettings: strict),
        .executableTarget(name: "strategy", dependencies: ["StrategyCLI"], swiftSettings: strict),
        .target(name: "StrategySynthetic", dependencies: ["StrategyKit"], swiftSettings: strict),
        .executableTarget(
            name: "strategy-bench", dependencies: ["StrategySynthetic", "StrategyKit", "StrategyCLI"],
            swiftSettings: strict),
        .testTarget(
            name: "StrategyKitTests", dependencies: ["StrategyKit"],
            exclude: ["Fixtures", "Golden"], swiftSettings: strict),
        .testTarget(
            name: "StrategySyntheticTests", dependencies: ["StrategySynthetic", "StrategyKit"],
            swiftSettings: strict),
        .testTarget(
            name: "StrategyCLITests", dependencies: ["StrategyCLI", "StrategyKit"],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
