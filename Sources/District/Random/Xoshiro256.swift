/// xoshiro256** (Blackman and Vigna), the generator behind every random choice in the district.
///
/// Streams are keyed, not sequential: ``init(seed:stream:index:)`` derives an independent
/// generator for (user seed, purpose, entity number), so any department can recompute any
/// person without generating the ones before it. That is what lets the seven departments be
/// written concurrently and still byte-identically for a given seed.
public struct Xoshiro256: Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Seeds the four state words from SplitMix64, as the authors recommend.
    @inlinable public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    /// An independent stream for one entity (`index`) and one purpose (`stream`).
    @inlinable public init(seed: UInt64, stream: UInt64, index: UInt64) {
        self.init(seed: SplitMix64.mix(seed ^ SplitMix64.mix(stream &* 0xD1B5_4A32_D192_ED03 &+ index)))
    }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A number in `0..<bound` (Lemire's multiply-shift; the bias below 2^-32 is irrelevant here).
    @inlinable public mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    @inlinable public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p`.
    @inlinable public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < p
    }

    /// One element of a non-empty array.
    @inlinable public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
