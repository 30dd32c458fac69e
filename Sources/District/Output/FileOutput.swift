#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write-only file with a 1 MiB buffer, filled byte by byte without Foundation.
///
/// Appends never throw, so the hot path stays branch-light; the first failed `write(2)` is
/// remembered, later output is dropped, and ``close()`` throws it.
final class FileOutput {
    let path: String
    private var fd: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private var failure: DistrictError?

    /// Creates (or truncates) the file.
    init(path: String, capacity: Int = 1 << 20) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw DistrictError.system("open", path: path) }
        self.path = path
        self.fd = fd
        self.capacity = capacity
        self.buffer = .allocate(capacity: capacity)
    }

    deinit {
        if fd >= 0 { _ = closeDescriptor(fd) }
        buffer.deallocate()
    }

    /// Appends bytes.
    @inline(__always) func append(_ bytes: [UInt8]) {
        let n = bytes.count
        if count + n > capacity { drain(); if n > capacity { writeAll(bytes); return } }
        bytes.withUnsafeBufferPointer { src in
            (buffer + count).update(from: src.baseAddress!, count: n)
        }
        count += n
    }

    /// Appends a slice of bytes.
    func append(_ bytes: ArraySlice<UInt8>) {
        for b in bytes { append(b) }
    }

    /// Appends the UTF-8 of a string.
    func append(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            for b in utf8 { append(b) }
        }
    }

    /// Appends one byte.
    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { drain() }
        buffer[count] = byte
        count += 1
    }

    /// Appends `value` in decimal, zero-padded to at least `width` digits (at most 20).
    @inline(__always) func appendDigits(_ value: UInt64, width: Int = 1) {
        var n = 1
        var v = value
        while v >= 10 { v /= 10; n += 1 }
        if n < width { n = width }
        if count + n > capacity { drain() }
        v = value
        var i = count + n
        while i > count {
            i -= 1
            buffer[i] = UInt8(truncatingIfNeeded: 48 &+ v % 10)
            v /= 10
        }
        count += n
    }

    /// Appends a signed integer in decimal.
    @inline(__always) func appendInt(_ value: Int, width: Int = 1) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), width: width)
    }

    /// Writes out the buffer; failures are kept for ``close()``.
    private func drain() {
        writeAll(UnsafeBufferPointer(start: buffer, count: count))
        count = 0
    }

    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0) }
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                failure = .system("write", path: path)
                return
            }
            p += n
            left -= n
        }
    }

    /// Flushes and closes the file, throwing the first write error if there was one.
    func close() throws {
        drain()
        if fd >= 0 {
            let rc = closeDescriptor(fd)
            fd = -1
            if rc != 0, failure == nil { failure = .system("close", path: path) }
        }
        if let failure { throw failure }
    }
}

/// `close(2)`, named so that it does not collide with ``FileOutput/close()``.
@inline(__always) func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
