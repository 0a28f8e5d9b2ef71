import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory for as long as the value lives.
///
/// Pages are read from disk only when touched, so mapping a large table costs next to nothing
/// until it is looked up. Shared by the lexicon (`lexicon.bin`) and every ``PhraseFile``.
public final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid until the value is gone.
    public let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`, or `nil` when it cannot be opened, is empty or cannot be mapped.
    public init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// The hash every prebuilt table of Wenxi uses over code points (`lexicon.bin`, ``PhraseFile``):
/// FNV-1a over the code points, then murmur3's fmix32 to pick the slot.
public enum CodePointHash {
    /// The FNV-1a offset basis.
    public static let basis: UInt32 = 0x811C_9DC5

    /// One FNV-1a step over one code point.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt32, _ scalar: UInt32) -> UInt32 { (hash ^ scalar) &* 16_777_619 }

    /// murmur3's fmix32, so that the low bits of a slot index depend on every code point.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt32) -> UInt32 {
        var h = value
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return h
    }
}
