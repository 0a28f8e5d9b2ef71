/// A growing byte buffer for output: appends are a bounds check and a copy, without the
/// uniqueness checks of an array (the printer appends two or three times a token).
struct ByteSink {
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }

        func grow(to needed: Int) {
            let capacity = max(needed, self.capacity * 2)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: base, count: count)
            base.deallocate()
            base = larger
            self.capacity = capacity
        }
    }

    private let storage = Storage(capacity: 1 << 16)

    /// The bytes appended so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if storage.count == storage.capacity { storage.grow(to: storage.count + 1) }
        storage.base[storage.count] = byte
        storage.count += 1
    }

    @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if storage.count + bytes.count > storage.capacity { storage.grow(to: storage.count + bytes.count) }
        (storage.base + storage.count).update(from: source, count: bytes.count)
        storage.count += bytes.count
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        if bytes.count == 1 { append(bytes[0]) } else { bytes.withUnsafeBufferPointer { append(contentsOf: $0) } }
    }

    mutating func append(contentsOf text: String.UTF8View) {
        for byte in text { append(byte) }
    }
}
