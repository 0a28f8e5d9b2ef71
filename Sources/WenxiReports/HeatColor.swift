/// The colour ramp of heatmaps and shaded tables: ColorBrewer's sequential "Blues" (nine classes),
/// interpolated linearly between its stops. Light cells take dark text, dark cells white text.
enum HeatColor {
    /// ColorBrewer Blues, light to dark (Cynthia Brewer, Apache-2.0).
    static let stops: [(Int, Int, Int)] = [
        (0xF7, 0xFB, 0xFF), (0xDE, 0xEB, 0xF7), (0xC6, 0xDB, 0xEF), (0x9E, 0xCA, 0xE1), (0x6B, 0xAE, 0xD6),
        (0x42, 0x92, 0xC6), (0x21, 0x71, 0xB5), (0x08, 0x51, 0x9C), (0x08, 0x30, 0x6B),
    ]

    /// The background colour for an intensity in 0...1 (clamped; NaN counts as 0) as "#rrggbb".
    static func background(_ intensity: Double) -> String {
        let t = intensity.isNaN ? 0 : min(1, max(0, intensity))
        let position = t * Double(stops.count - 1)
        let lower = min(stops.count - 2, Int(position))
        let f = position - Double(lower)
        let (a, b) = (stops[lower], stops[lower + 1])
        func mix(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * f).rounded()) }
        return "#" + hex(mix(a.0, b.0)) + hex(mix(a.1, b.1)) + hex(mix(a.2, b.2))
    }

    /// Whether text on that intensity should be white rather than dark.
    static func needsLightText(_ intensity: Double) -> Bool {
        !intensity.isNaN && intensity > 0.55
    }

    /// The inline style of a cell of that intensity: background, and white text on dark cells.
    static func style(_ intensity: Double) -> String {
        "background:" + background(intensity) + (needsLightText(intensity) ? ";color:#fff" : "")
    }

    /// A CSS linear gradient across the whole ramp, for legends.
    static var gradient: String {
        "linear-gradient(to right," + stride(from: 0, through: 8, by: 1)
            .map { background(Double($0) / 8) }.joined(separator: ",") + ")"
    }

    static func hex(_ v: Int) -> String {
        let digits = Array("0123456789abcdef")
        let c = min(255, max(0, v))
        return String([digits[c >> 4], digits[c & 0xF]])
    }
}
