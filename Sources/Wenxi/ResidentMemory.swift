#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The process's resident memory now and at its peak so far, in bytes (Linux's /proc/self/status).
///
/// For `--timings`: which phase holds the memory. Zero where /proc is not there.
public struct ResidentMemory: Sendable, Hashable {
    /// Resident set size now (VmRSS).
    public var current: Int
    /// The highest resident set size so far (VmHWM).
    public var peak: Int

    public init(current: Int, peak: Int) {
        self.current = current
        self.peak = peak
    }

    /// The readings of /proc/self/status now.
    public static func now() -> ResidentMemory {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return ResidentMemory(current: 0, peak: 0)
        }
        return parse(status)
    }

    /// Hands memory freed so far back to the system (glibc's `malloc_trim`): between phases, the
    /// free chunks a phase leaves scattered through the heap would otherwise stay resident and add
    /// to the next phase's peak.
    public static func giveBackFreed() {
        #if canImport(Glibc)
        _ = glibcMallocTrim?(0)
        #endif
    }

    /// The VmRSS and VmHWM lines of a /proc/PID/status text (kB), in bytes.
    static func parse(_ status: String) -> ResidentMemory {
        var memory = ResidentMemory(current: 0, peak: 0)
        for line in status.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { continue }
            if fields[0] == "VmRSS:" { memory.current = kilobytes * 1024 }
            if fields[0] == "VmHWM:" { memory.peak = kilobytes * 1024 }
        }
        return memory
    }
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)`, found once by name: the Glibc module does not export
/// malloc.h. Nil where the C library has none.
private let glibcMallocTrim: (@convention(c) (Int) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
}()
#endif
