#!/usr/bin/env bash
# Times the figure extractor on a text file (the 10 MB input, say) and prints bytes,
# figures, seconds, MB/s and figures per second (mean of three runs, release build).
# Usage: Benchmarks/figures-timing.sh FILE [REFERENCE-DATE]
# Builds a throwaway package in a temporary folder that depends on this checkout; nothing
# is added to the package or its tests.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
reference=${2:--}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/figures-timing"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "figures-timing",
    dependencies: [.package(path: "$here")],
    targets: [.executableTarget(name: "figures-timing", dependencies: [.product(name: "Wenxi", package: "$(basename "$here")")])]
)
SWIFT
cat > "$work/Sources/figures-timing/main.swift" <<'SWIFT'
import Foundation
import Wenxi
let arguments = CommandLine.arguments
let data = FileManager.default.contents(atPath: arguments[1])!
let text = String(decoding: data, as: UTF8.self)
let reference = arguments[2] == "-" ? nil : CalendarDate(arguments[2])
let extractor = FigureExtractor()
var count = 0
let start = Date()
for _ in 0..<3 { count = extractor.figures(in: text, referenceDate: reference).count }
let seconds = Date().timeIntervalSince(start) / 3
print(String(format: "bytes %d figures %d seconds %.3f MB/s %.1f figures/s %.0f",
             data.count, count, seconds, Double(data.count) / 1e6 / seconds, Double(count) / seconds))
SWIFT
swift build -c release --package-path "$work" >/dev/null
"$work/.build/release/figures-timing" "$file" "$reference"
