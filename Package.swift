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
        .executable(name: "wenxi-data", targets: ["WenxiData"]),
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
        // Characters and their classes, normalization, decoding and input, dates and datelines, the data
        // directory, parallel work, the JSON writer, and the ICU wrappers: the only importer of CICUShim.
        .target(name: "WenxiText", dependencies: ["CICUShim"], swiftSettings: swiftSettings),
        // The lexicon, the segmenter, the user dictionary, figure spans.
        .target(name: "WenxiSegmentation", dependencies: ["WenxiText"], swiftSettings: swiftSettings),
        // Pages into articles: blocks, datelines, bylines, sentences, duplicates.
        .target(name: "WenxiArticles", dependencies: ["WenxiText"], swiftSettings: swiftSettings),
        // Figures: numbers, amounts, percentages, dates and times.
        .target(name: "WenxiFigures", dependencies: ["WenxiText"], swiftSettings: swiftSettings),
        // Named entities: persons, places, organizations.
        .target(
            name: "WenxiEntities", dependencies: ["WenxiText", "WenxiSegmentation"], swiftSettings: swiftSettings),
        // Terms, compounds, IDF, keywords, keyness, similarity.
        .target(name: "WenxiTerms", dependencies: ["WenxiText", "WenxiSegmentation"], swiftSettings: swiftSettings),
        // The analyzer (one article through every stage) and the corpus stage.
        .target(
            name: "WenxiPipeline",
            dependencies: [
                "WenxiText", "WenxiSegmentation", "WenxiArticles", "WenxiFigures", "WenxiEntities", "WenxiTerms",
            ],
            swiftSettings: swiftSettings
        ),
        // Report models and their Markdown, HTML and JSON renderings.
        .target(
            name: "WenxiReports",
            dependencies: [
                "WenxiText", "WenxiArticles", "WenxiFigures", "WenxiEntities", "WenxiTerms", "WenxiPipeline",
            ],
            swiftSettings: swiftSettings
        ),
        // The library product: re-exports every stage, and runs the pipeline then the reports (ReportRun).
        .target(
            name: "Wenxi",
            dependencies: [
                "WenxiText", "WenxiSegmentation", "WenxiArticles", "WenxiFigures", "WenxiEntities", "WenxiTerms",
                "WenxiPipeline", "WenxiReports",
            ],
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
        // Rebuilds the prebuilt .bin files of Dictionaries/ from their text sources (`swift run wenxi-data`).
        .executableTarget(
            name: "WenxiData",
            dependencies: [
                "WenxiText", "WenxiFigures", "WenxiEntities", "WenxiTerms",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // The seeded generator the random and fuzz tests share.
        .target(name: "WenxiTestSupport", path: "Tests/WenxiTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "WenxiTextTests", dependencies: ["WenxiText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiSegmentationTests", dependencies: ["WenxiText", "WenxiSegmentation", "WenxiTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiArticlesTests", dependencies: ["WenxiText", "WenxiSegmentation", "WenxiArticles"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiFiguresTests", dependencies: ["WenxiText", "WenxiFigures", "WenxiTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiEntitiesTests", dependencies: ["WenxiText", "WenxiSegmentation", "WenxiEntities"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiTermsTests", dependencies: ["WenxiText", "WenxiSegmentation", "WenxiTerms", "WenxiTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiPipelineTests",
            dependencies: ["WenxiText", "WenxiArticles", "WenxiTerms", "WenxiPipeline"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "WenxiReportsTests", dependencies: ["WenxiArticles", "WenxiTerms", "WenxiReports"], swiftSettings: swiftSettings),
        // Whole-job tests: the built `wenxi` binary and ReportRun (seeds/ to Reports/).
        .testTarget(
            name: "WenxiCLITests", dependencies: ["Wenxi", "WenxiText", "WenxiReports", "WenxiTestSupport"],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
