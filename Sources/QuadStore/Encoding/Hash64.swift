/// A fast 64-bit hash of bytes (wyhash-style multiply-fold), used to derive term ids.
///
/// Not cryptographic: ids only need to spread well; collisions are detected and resolved by the
/// store (Docs/storage.md).
enum Hash64 {
    private static let p0: UInt64 = 0xa076_1d64_78bd_642f
    private static let p1: UInt64 = 0xe703_7ed1_a0b4_28db
    private static let p2: UInt64 = 0x8ebc_6af0_9c88_c6e3

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let r = a.multipliedFullWidth(by: b)
        return r.high ^ r.low
    }

    @inline(__always)
    private static func read64(_ p: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    private static func read32(_ p: UnsafeRawPointer) -> UInt64 {
        UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
    }

    /// Hashes `bytes` with `seed`.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        pair(bytes, seed: seed).0
    }

    /// Two 64-bit hashes of `bytes` from one pass: the second tells apart inputs whose first
    /// hashes are equal (it is drawn from the other half of the 128-bit final product).
    static func pair(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> (UInt64, UInt64) {
        let len = bytes.count
        var seed = seed ^ mix(seed ^ p0, p1)
        var a: UInt64 = 0, b: UInt64 = 0
        guard let base = bytes.baseAddress, len > 0 else { return (mix(p1, mix(p1, seed)), mix(p2, seed)) }
        if len <= 16 {
            if len >= 4 {
                a = (read32(base) << 32) | read32(base + ((len >> 3) << 2))
                b = (read32(base + len - 4) << 32) | read32(base + len - 4 - ((len >> 3) << 2))
            } else {
                a = (UInt64(bytes[0]) << 16) | (UInt64(bytes[len >> 1]) << 8) | UInt64(bytes[len - 1])
                b = 0
            }
        } else {
            var i = len
            var p = base
            if i > 48 {
                var s1 = seed, s2 = seed
                repeat {
                    seed = mix(read64(p) ^ p1, read64(p + 8) ^ seed)
                    s1 = mix(read64(p + 16) ^ p2, read64(p + 24) ^ s1)
                    s2 = mix(read64(p + 32) ^ p0, read64(p + 40) ^ s2)
                    p += 48
                    i -= 48
                } while i > 48
                seed ^= s1 ^ s2
            }
            while i > 16 {
                seed = mix(read64(p) ^ p1, read64(p + 8) ^ seed)
                p += 16
                i -= 16
            }
            a = read64(p + i - 16)
            b = read64(p + i - 8)
        }
        a ^= p1
        b ^= seed
        let r = a.multipliedFullWidth(by: b)
        return (mix(r.low ^ p0 ^ UInt64(len), r.high ^ p1), mix(r.high ^ p2 ^ UInt64(len), r.low ^ p0))
    }
}
