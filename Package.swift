// swift-tools-version: 6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Wenxi",
    products: [
        .library(name: "Wenxi", targets: ["Wenxi"]),
        .executable(name: "wenxi", targets: ["WenxiCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System ICU (libicu-dev). Only the C shim sees its headers; Swift never imports it.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Every call into ICU. Its public header is ICU-free (stdint types, opaque structs).
        .target(name: "CICUShim", dependencies: ["CICU"]),
        // The pipeline: decoding, normalization, segmentation, articles, figures, entities, terms, reports.
        .target(
            name: "Wenxi",
            dependencies: ["CICUShim"],
            swiftSettings: swiftSettings
        ),
        // The command line: parses options and prints.
        .executableTarget(
            name: "WenxiCLI",
            dependencies: [
                "Wenxi",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WenxiTests",
            dependencies: ["Wenxi"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
