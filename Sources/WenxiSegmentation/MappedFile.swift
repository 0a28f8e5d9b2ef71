import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory for as long as the value lives.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid until the value is gone.
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`, or `nil` when it cannot be opened, is empty or cannot be mapped.
    init?(path: String) {
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
